/**
 * The colours of the widgets, light and dark, as data: `styles.ts` turns them
 * into `--qd-*` custom properties. Every mark and status colour has at least
 * 3:1 contrast against its theme's background (WCAG 1.4.11; a unit check in
 * the palette browser test reads the rendered colours and proves it), and
 * status is never shown by colour alone (see `icons.ts`).
 */
import type { Status } from '../../src/core.js';

/** One theme's colours (CSS hex). */
export interface Palette {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly link: string;
  readonly focus: string;
  /** Progress bar track outline. */
  readonly track: string;
  /** Progress fill and the latest-value mark. */
  readonly current: string;
  /** The base mark. */
  readonly base: string;
  /** The target mark. */
  readonly target: string;
  /** Observations a site brings (src, property, table). */
  readonly user: string;
  readonly status: Readonly<Record<Status, string>>;
}

/** The light palette (background white). */
export const light: Palette = {
  background: '#ffffff',
  surface: '#f5f7fa',
  text: '#1b1f24',
  muted: '#57606a',
  border: '#7d8590',
  link: '#0b57b0',
  focus: '#0b57b0',
  track: '#6e7781',
  current: '#1f5fa8',
  base: '#57606a',
  target: '#8a3ffc',
  user: '#a0522d',
  status: {
    achieved: '#1a7f37',
    on_track: '#1a7f37',
    needs_acceleration: '#9a6700',
    insufficient_progress: '#c4432b',
    moving_away: '#b42318',
    not_achieved: '#b42318',
    not_assessable: '#57606a',
  },
};

/** The dark palette. */
export const dark: Palette = {
  background: '#16191d',
  surface: '#1f2328',
  text: '#e6edf3',
  muted: '#9aa4ae',
  border: '#6e7781',
  link: '#79b8ff',
  focus: '#79b8ff',
  track: '#8c959f',
  current: '#6cb0ff',
  base: '#a5afba',
  target: '#c4a5ff',
  user: '#f0a36b',
  status: {
    achieved: '#4ac26b',
    on_track: '#4ac26b',
    needs_acceleration: '#e3b341',
    insufficient_progress: '#ff8f6b',
    moving_away: '#ff7b72',
    not_achieved: '#ff7b72',
    not_assessable: '#9aa4ae',
  },
};

/** Both palettes by theme name. */
export const palettes = { light, dark } as const;

/** Parses `#rgb`, `#rrggbb` or `rgb()/rgba()` into 0-255 channels; null when it is not one of those. */
export function parseColor(color: string): [number, number, number] | null {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((x) => x + x).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG 2 relative luminance of a colour. */
export function luminance(color: string): number {
  const rgb = parseColor(color);
  if (!rgb) throw new TypeError(`Not a colour: '${color}'. Pass #rgb, #rrggbb or rgb(r, g, b).`);
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
