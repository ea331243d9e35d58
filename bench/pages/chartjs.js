import { render } from '../charts/chartjs.js';
import { install } from '../charts/harness.js';
install(render);
