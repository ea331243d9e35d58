// The full target table (every target of the plan), alone.
import 'qd-dist/components/target-table/index.js';
import { install, settleLit } from '../charts/harness.js';
install((host) => {
  const box = document.createElement('div');
  box.style.width = '960px';
  box.append(document.createElement('qd-target-table'));
  host.append(box);
}, settleLit);
