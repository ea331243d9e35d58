/**
 * A provisional status and the method line as plain data, in one language (strings already formatted):
 * render/status-parts.ts draws them. A card or bar painting a precomputed view gets them from the build
 * (target-display.ts); the other widgets make them on the page (render/status.ts).
 */
import type { Provisional } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { presetDocument, presetDocumentUrl, presetLabel, provisionalLabel } from './format.js';

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

/** The method document of a preset: its label (方法依据 / Method document), its title and its https address. */
export interface MethodDocumentDisplay {
  readonly label: string;
  readonly title: string;
  /** `presetDocumentUrl`'s https address (the widget checks it again before linking); null: none. */
  readonly url: string | null;
}

/** The method line in words: its label, the preset by name and code, the method document (null: a custom preset). */
export interface MethodDisplay {
  readonly label: string;
  readonly colon: string;
  readonly preset: string;
  readonly document: MethodDocumentDisplay | null;
}

/** The words of a provisional status (the library's, so the CLI, the CSV and the widgets say the same), or ''. */
export const provisionalText = (a: ProvisionalOf, c: Catalog): string =>
  a.provisional ? provisionalLabel(a.provisional, c.lang, a.targetYear) : '';

/** A provisional status as plain data, or null where there is none. */
export const provisionalDisplay = (a: ProvisionalOf, c: Catalog): ProvisionalDisplay | null =>
  a.provisional ? { status: a.provisional.status, text: provisionalText(a, c) } : null;

/** The method line of `preset` as plain data, with its method document's title and address. */
export function methodDisplay(preset: string, c: Catalog): MethodDisplay {
  const title = presetDocument(preset, c.lang);
  return {
    label: c.method,
    colon: c.colon,
    preset: presetLabel(preset, c.lang),
    document: title ? { label: c.methodDocument, title, url: presetDocumentUrl(preset) } : null,
  };
}
