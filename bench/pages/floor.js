import { render } from '../charts/floor.js';
import { install } from '../charts/harness.js';
install(render);
