// The plan text every test checks the data against.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = fileURLToPath(
  new URL('../../seeds/qingdao-modern-services-plan-2021-2025.zh.txt', import.meta.url),
);
export const seed = readFileSync(SEED_PATH, 'utf8');

/** Every start index of `needle` in `hay`. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** The value of a Chinese numeral such as 九, 十四, 千 or 三百 (a bare unit counts as one of it). */
export function chineseNumeral(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      total += (digit || 1) * UNITS[ch]!;
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${s}`);
  }
  return total + digit;
}

/** The Chinese numeral of a small whole number as this text writes counts (九, 十四, 千). */
export function toChineseNumeral(n: number): string | null {
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n === 1000) return '千';
  if (Number.isInteger(n) && n > 0 && n < 10) return names[n]!;
  if (Number.isInteger(n) && n >= 10 && n < 20) return '十' + names[n - 10];
  return null;
}
