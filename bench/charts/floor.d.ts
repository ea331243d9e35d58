// Types of bench/charts/floor.js, for tests/browser/bench-floor.test.ts (the bench itself is JS).
export interface FloorInput {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly label: string;
  readonly points: readonly { year: number; value: number; kind: string; bound: string }[];
  readonly [key: string]: unknown;
}
export const FLOOR_WIDTH: number;
export const FLOOR_HEIGHT: number;
/** The floor's input from the widget's view and model, the zh-CN catalog and the library's formatters. */
export function floorData(
  v: unknown,
  m: unknown,
  c: unknown,
  f: { formatValue: (...a: never[]) => string; formatTarget: (...a: never[]) => string },
): FloorInput;
/** A zh-CN value with its unit, as the library writes it. */
export function formatValue(v: number, unit: string): string;
/** The chart's markup (caption, SVG, legend) at `width`. */
export function chartHtml(d: FloorInput, width?: number): string;
/** Draws one chart into a new shadow root in a 480 px box under `host`. */
export function render(host: Element, d: FloorInput): HTMLElement;
