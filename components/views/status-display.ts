/**
 * A provisional status and the method line as plain data, in one language (strings already formatted):
 * render/status-parts.ts draws them. A card or bar painting a precomputed view gets them from the build
 * (target-display.ts); the other widgets make them on the page (render/status.ts).
 */
import type { Provisional } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { presetDocument, presetLabel, provisionalLabel } from './format.js';

/** What a provisional status needs: an assessment or a scorecard entry's reading and the target year. */
export interface ProvisionalOf {
  readonly provisional: Provisional | null;
  readonly targetYear: number;
}

/** A provisional status in words: its status code (for the class) and its text. */
export interface ProvisionalDisplay {
  readonly status: string;
  readonly text: string;
}

/** The method line in words: its label, the preset by name and code, the method document (or null). */
export interface MethodDisplay {
  readonly label: string;
  readonly colon: string;
  readonly preset: string;
  readonly document: string | null;
}

/** The words of a provisional status (the library's, so the CLI, the CSV and the widgets say the same), or ''. */
export const provisionalText = (a: ProvisionalOf, c: Catalog): string =>
  a.provisional ? provisionalLabel(a.provisional, c.lang, a.targetYear) : '';

/** A provisional status as plain data, or null where there is none. */
export const provisionalDisplay = (a: ProvisionalOf, c: Catalog): ProvisionalDisplay | null =>
  a.provisional ? { status: a.provisional.status, text: provisionalText(a, c) } : null;

/** The method line of `preset` as plain data. */
export function methodDisplay(preset: string, c: Catalog): MethodDisplay {
  const document = presetDocument(preset, c.lang);
  return {
    label: c.method,
    colon: c.colon,
    preset: presetLabel(preset, c.lang),
    document: document ? c.methodDocument({ title: document }) : null,
  };
}
