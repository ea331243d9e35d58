/** Registers `<qd-target-card>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdTargetCard } from './target-card.js';

defineElement('qd-target-card', QdTargetCard);

export { QdTargetCard };
