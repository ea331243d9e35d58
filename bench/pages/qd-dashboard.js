// The plan dashboard, alone.
import 'qd-dist/components/plan-dashboard/index.js';
import { install, settleLit } from '../charts/harness.js';
install((host) => {
  const box = document.createElement('div');
  box.style.width = '960px';
  box.append(document.createElement('qd-plan-dashboard'));
  host.append(box);
}, settleLit);
