/**
 * The evaluation years the widgets (`as-of`) and the command line (`--as-of`)
 * accept: the plan's base year to its target year.
 */
export const AS_OF_MIN = 2020;
export const AS_OF_MAX = 2025;
