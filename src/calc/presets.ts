/**
 * Assessment presets: which ratio decides the trajectory and the bands that
 * map it onto the status codes. A band holds from `min` (inclusive) up to the
 * band above; the last band has `min: null` (everything below). docs/methods.md
 * gives each preset's formula and source document.
 *
 * | preset | ratio | bands -> status |
 * |---|---|---|
 * | eurostat (default; Statistics Canada, Open SDG) | growth | >= 0.95 substantial -> on_track; >= 0.60 moderate -> needs_acceleration; >= 0 limited -> insufficient_progress; < 0 movement away -> moving_away |
 * | unsd2022 (UNSD Progress Chart 2020-22) | growth | >= 0.95 substantial -> on_track; >= 0.50 fair -> needs_acceleration; >= -0.10 limited or none -> insufficient_progress; < -0.10 deterioration -> moving_away |
 * | unsd2023 (UNSD 2023+) | expected | >= 0.95 on track -> on_track; >= 0.10 fair, acceleration needed -> needs_acceleration; >= -0.10 stagnation -> insufficient_progress; < -0.10 regression -> moving_away |
 * | escap (anticipated progress) | anticipated | >= 1 maintain progress (target expected to be met) -> on_track; >= 0 accelerate progress -> needs_acceleration; < 0 reverse trend -> moving_away |
 * | ndrc (China's mid-term reviews) | pace | >= 0.95 on or ahead of schedule -> on_track; >= 0 behind schedule -> needs_acceleration; < 0 moving backwards -> moving_away |
 *
 * Level, share and growth targets use the preset's ratio; count targets (count,
 * per_year_count, new_count) use pace for a growth preset and a straight line
 * for expected and anticipated (calculations.md).
 */
import { fail, num } from './check.js';

/** A trajectory status a band can map to. */
export type TrajectoryStatus = 'on_track' | 'needs_acceleration' | 'insufficient_progress' | 'moving_away';

/** One band of a preset: from `min` (inclusive; null = no lower end), its own name, and the status it maps to. */
export interface Band {
  readonly min: number | null;
  readonly band: string;
  readonly status: TrajectoryStatus;
}

/** The ratios a preset can decide by (see `Ratios` and `anticipatedProgress`). */
export type PresetRatio = 'growth' | 'expected' | 'pace' | 'anticipated';

/** A method: the ratio that decides and its bands, highest first. */
export interface Preset {
  readonly name: string;
  readonly ratio: PresetRatio;
  readonly bands: readonly Band[];
}

/** The names of the built-in presets. */
export type PresetName = 'eurostat' | 'unsd2022' | 'unsd2023' | 'escap' | 'ndrc';
const RATIOS: readonly unknown[] = ['growth', 'expected', 'pace', 'anticipated'];

const band = (min: number | null, name: string, status: TrajectoryStatus): Band => ({ min, band: name, status });
const ON = 'on_track';
const ACC = 'needs_acceleration';
const LOW = 'insufficient_progress';
const AWAY = 'moving_away';

/** The built-in presets (see the table above). */
export const presets: Readonly<Record<PresetName, Preset>> = {
  eurostat: {
    name: 'eurostat',
    ratio: 'growth',
    bands: [
      band(0.95, 'substantial progress', ON),
      band(0.6, 'moderate progress', ACC),
      band(0, 'limited progress', LOW),
      band(null, 'movement away', AWAY),
    ],
  },
  unsd2022: {
    name: 'unsd2022',
    ratio: 'growth',
    bands: [
      band(0.95, 'substantial progress', ON),
      band(0.5, 'fair progress', ACC),
      band(-0.1, 'limited or no progress', LOW),
      band(null, 'deterioration', AWAY),
    ],
  },
  unsd2023: {
    name: 'unsd2023',
    ratio: 'expected',
    bands: [
      band(0.95, 'on track', ON),
      band(0.1, 'fair progress, acceleration needed', ACC),
      band(-0.1, 'stagnation', LOW),
      band(null, 'regression', AWAY),
    ],
  },
  escap: {
    name: 'escap',
    ratio: 'anticipated',
    bands: [band(1, 'maintain progress', ON), band(0, 'accelerate progress', ACC), band(null, 'reverse trend', AWAY)],
  },
  ndrc: {
    name: 'ndrc',
    ratio: 'pace',
    bands: [
      band(0.95, 'on or ahead of schedule', ON),
      band(0, 'behind schedule', ACC),
      band(null, 'moving backwards', AWAY),
    ],
  },
};

const STATUSES: readonly unknown[] = [ON, ACC, LOW, AWAY];
const isBand = (b: Band): boolean =>
  b !== null &&
  typeof b == 'object' &&
  (b.min === null || Number.isFinite(b.min)) &&
  typeof b.band == 'string' &&
  STATUSES.includes(b.status);

/** A built-in preset by name, or a custom preset checked (internal); anything else is a CalcError. */
export const presetOf = (fn: string, preset: unknown): Preset => {
  const p = (
    typeof preset == 'string' && Object.hasOwn(presets, preset) ? presets[preset as PresetName] : preset
  ) as Preset;
  const ok = p !== null && typeof p == 'object' && typeof p.name == 'string' && RATIOS.includes(p.ratio);
  return ok && Array.isArray(p.bands) && p.bands.length && p.bands.every(isBand)
    ? p
    : fail(
        'invalid_argument',
        fn,
        { preset },
        `pass ${Object.keys(presets).join(', ')} or a Preset { name, ratio: 'growth' | 'expected' | 'pace' | 'anticipated', bands: [{ min: a finite number or null, band, status }, ...] } with at least one band`,
      );
};

/** The band a ratio falls in: the first whose min <= ratio (no rounding before comparing). */
export const classify = (ratio: number, preset: Preset): Band => {
  const r = num('ratio', ratio);
  const { bands } = presetOf('classify', preset);
  return bands.find((b) => b.min === null || r >= b.min) ?? (bands[bands.length - 1] as Band);
};
