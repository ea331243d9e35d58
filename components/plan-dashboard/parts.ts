/**
 * Pieces of `<qd-plan-dashboard>`: the status tiles of the scorecard, the
 * status filter's groups, and one target shown compactly (name, target,
 * latest, status).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Status } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { statusLabel } from '../views/format.js';
import { statusIcon } from '../base/icons.js';
import { BEHIND, type PlanRow, type ScorecardCounts } from '../views/scorecard-view.js';
import { EMPTY, rowTexts } from '../views/target-text.js';
import { renderProvisional } from '../render/status.js';

/** The groups of the status filter (the three statuses of 滞后预期 are one group). */
export const STATUS_GROUPS = ['achieved', 'on_track', 'behind', 'not_achieved', 'not_assessable'] as const;
/** A group of the status filter. */
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/** The status group of a status. */
export const groupOf = (status: Status): StatusGroup => (BEHIND.includes(status) ? 'behind' : (status as StatusGroup));

/** The label of a status group. */
export const groupLabel = (g: StatusGroup, c: Catalog): string =>
  g === 'behind' ? c.countBehind : statusLabel(g, c.lang);

const ICON: Record<StatusGroup, Status> = {
  achieved: 'achieved',
  on_track: 'on_track',
  behind: 'needs_acceleration',
  not_achieved: 'not_achieved',
  not_assessable: 'not_assessable',
};

/**
 * The scorecard's counts as tiles: achieved (of which early), on track, behind, not achieved, not assessable (no
 * data; and, in a sentence of its own, how many of those have a provisional status, which no other tile counts).
 */
export function renderTiles(counts: ScorecardCounts, c: Catalog): TemplateResult {
  const count: Record<StatusGroup, number> = {
    achieved: counts.achieved,
    on_track: counts.onTrack,
    behind: counts.behind,
    not_achieved: counts.notAchieved,
    not_assessable: counts.notAssessable,
  };
  const sub = (g: StatusGroup) =>
    g === 'achieved' && counts.early > 0
      ? c.countEarly({ n: counts.early })
      : g === 'not_assessable' && counts.noData > 0
        ? c.countNoData
        : '';
  return html`<ul class="tiles" part="counts">
    ${STATUS_GROUPS.map((g) => {
      const s = sub(g);
      return html`<li class="tile tile-${g}" part="count">
        <span class="tile-head status status-${ICON[g]}">${statusIcon(ICON[g])}<span>${groupLabel(g, c)}</span></span>
        <span class="tile-count">${c.countUnit({ n: count[g] })}</span>
        ${s ? html`<span class="tile-sub">${s}</span>` : nothing}
        ${g === 'not_assessable' && counts.provisional > 0 ? html`<span class="tile-sub tile-provisional">${c.countProvisional({ n: counts.provisional })}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** One target, compactly: its name (a button that fires `qd-select`), target, latest value and status. */
export function renderItem(row: PlanRow, c: Catalog, select: (row: PlanRow) => void): TemplateResult {
  const x = rowTexts(row, c);
  const status = row.entry.status;
  return html`<li class="item" part="item" @click=${() => select(row)}>
    <button type="button" class="name" part="name">${x.name}</button>
    <dl class="facts">
      <div><dt>${c.colTarget}</dt><dd>${x.target}</dd></div>
      <div><dt>${c.latest}</dt><dd>${x.latest === EMPTY ? c.noObservation : x.latest}</dd></div>
    </dl>
    <p class="item-status">
      <span class="status status-${status}" part="status">${statusIcon(status)}<span>${x.status}</span></span>
      ${x.reason ? html`<span class="reason">${x.reason}</span>` : nothing}
      ${renderProvisional(row.entry.assessment, c)}
    </p>
  </li>`;
}
