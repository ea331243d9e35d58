/**
 * How every widget shows a provisional status and the method behind its statuses.
 *
 * A provisional status (`assessment.provisional`: at the target year without a target-year figure, the status the
 * latest full-year figure gives) is never shown as a verdict: it sits beside the verdict (无法评估 / Not
 * assessable) in a dashed outline, in regular weight, with an hourglass icon, and reads in the library's words
 * (`provisionalLabel`, also the command line's): "暂判：滞后预期（据2024年数据，2025年数据尚未发布）",
 * "provisional: needs acceleration as of 2024 (the 2025 figure is not published yet)".
 *
 * The method line names the preset that judged the statuses ("Eurostat growth ratio (eurostat)") and the method
 * document it follows (`presetLabel`, `presetDocument`), for the widgets' sources views.
 */
import type { nothing, TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { methodDisplay, provisionalDisplay, type ProvisionalOf } from '../views/status-display.js';
import { renderMethodDisplay, renderProvisionalDisplay } from './status-parts.js';

export { statusStyles } from './status-parts.js';
export { provisionalText, type ProvisionalOf } from '../views/status-display.js';

/**
 * The provisional status of `a` (`part="provisional"`, dashed outline, hourglass icon, its words), or nothing
 * where it has none. Put it beside the verdict, never in its place.
 */
export function renderProvisional(a: ProvisionalOf, c: Catalog): TemplateResult | typeof nothing {
  return renderProvisionalDisplay(provisionalDisplay(a, c));
}

/** The method line of a sources view: the preset by name and code, and the method document it follows. */
export const renderMethod = (preset: string, c: Catalog): TemplateResult =>
  renderMethodDisplay(methodDisplay(preset, c));
