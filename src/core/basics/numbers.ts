/**
 * Numbers compared and shown, in one place: the tolerance within which two numbers are equal, the one rounding used
 * wherever a number is shown (tabs' text, the sidebar, the command's table, the reports: 85.225 shows 85,23
 * everywhere, as the spreadsheet's own ROUND and number formats show it), and the exact form messages quote.
 */
import type { Language } from '../types';

/**
 * Numbers within this of each other are equal, and a value within it of 0 is 0: comparisons allow this much float
 * noise, so 0.1 + 0.2 against a 0.3 threshold, or an index of 89.999999999999 against 90, come out as a person
 * expects.
 */
export const TOLERANCE = 1e-9;

/**
 * Rounds half away from zero on the decimal value a spreadsheet shows (15 significant digits), not on the
 * binary double: 1.005 is stored as 1.00499999999999989…, yet a spreadsheet shows and ROUNDs it to 1.01.
 */
export function roundHalfAway(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa, exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Number(`${Math.floor(shifted + 0.5)}e${-decimals}`);
  return rounded === 0 ? 0 : value < 0 ? -rounded : rounded;
}

/**
 * A number in the workbook's language: "85,23" in Vietnamese, "85.23" in English, rounded by roundHalfAway;
 * with `trim`, trailing zeros go ("0,5" rather than "0,50").
 */
export function displayNumber(value: number, language: Language, decimals = 2, trim = false): string {
  let text = roundHalfAway(value, decimals).toFixed(decimals);
  if (trim && decimals > 0) text = text.replace(/\.?0+$/, '');
  return language === 'vi' ? text.replace('.', ',') : text;
}

/** A number quoted in a message: its shortest exact form (to 9 decimals, unrounded for display), "0,125" in Vietnamese. */
export function exactNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 1e9) / 1e9);
  return language === 'vi' ? text.replace('.', ',') : text;
}
