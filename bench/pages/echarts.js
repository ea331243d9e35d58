import { render } from '../charts/echarts.js';
import { install } from '../charts/harness.js';
install(render);
