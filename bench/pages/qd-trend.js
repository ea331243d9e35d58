import { render } from '../charts/qd.js';
import { install, settleLit } from '../charts/harness.js';
install(render, settleLit);
