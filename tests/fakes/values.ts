// How a value written by setValue/setValues/appendRow is stored: Sheets treats a
// string like text typed by a user (formula, number, boolean, date), unless the
// cell's number format is plain text ('@') or the string starts with an apostrophe.

import { FakeContext, isDate, type FakeCell } from './context';
import { localeInfo, zonedParts, zonedToUtc } from './locale';

export interface StoredInput {
  value: FakeCell;
  formula: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Number typed in the locale: sign, digits with optional grouping, decimal part, exponent, percent. */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const info = localeInfo(locale);
  const d = escapeRe(info.decimal);
  const g = `[${info.groups.map(escapeRe).join('')}]`;
  const re = new RegExp(
    `^([+-])?(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d*))?|${d}(\\d+))(?:[eE]([+-]?\\d+))?(%)?$`,
  );
  const m = re.exec(text.trim());
  if (!m) return null;
  const intPart = (m[2] ?? '0').replace(new RegExp(g, 'g'), '');
  const frac = m[3] ?? m[4] ?? '';
  const exp = Number(m[5] ?? '0') - (m[6] ? 2 : 0);
  const n = Number(`${m[1] ?? ''}${intPart}.${frac || '0'}e${exp}`);
  return Number.isFinite(n) ? (Object.is(n, -0) ? 0 : n) : null;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Dates and times Sheets recognises when typed: yyyy-MM-dd[ HH:mm[:ss]], d/M/yyyy or
 * M/d/yyyy by locale, d/M (current year), and HH:mm[:ss] (a time on 1899-12-30).
 */
export function parseTypedDate(text: string, locale: string, timeZone: string, nowMs: number): Date | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) =>
      Number(x ?? '0'),
    ) as number[];
    if (!validDate(y ?? 0, mo ?? 0, d ?? 0) || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
    return new Date(zonedToUtc(timeZone, y ?? 0, mo ?? 0, d ?? 0, h, mi, s));
  }
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = localeInfo(locale).dayFirst ? [a, b] : [b, a];
    const year = m[3] ? Number(m[3]) : zonedParts(nowMs, timeZone).year;
    if (!validDate(year, month, day)) return null;
    return new Date(zonedToUtc(timeZone, year, month, day));
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    const s = Number(m[3] ?? '0');
    if (h > 23 || mi > 59 || s > 59) return null;
    return new Date(zonedToUtc(timeZone, 1899, 12, 30, h, mi, s));
  }
  return null;
}

/** What a string typed into a cell becomes. */
export function parseTyped(text: string, numberFormat: string | null, ctx: FakeContext): StoredInput {
  if (numberFormat === '@') return { value: text, formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return formula(text, ctx);
  if (text.trim() === '') return { value: text, formula: '' };
  if (/^\s*(true|false)\s*$/i.test(text)) return { value: text.trim().toLowerCase() === 'true', formula: '' };
  const n = parseLocaleNumber(text, ctx.locale);
  if (n !== null) return { value: n, formula: '' };
  const date = parseTypedDate(text, ctx.locale, ctx.timeZone, ctx.now());
  if (date) return { value: date, formula: '' };
  if (/^[+\-@]./s.test(text)) return formula(`=${text}`, ctx);
  return { value: text, formula: '' };
}

function formula(text: string, ctx: FakeContext): StoredInput {
  return { value: ctx.formulaValue(text), formula: text };
}

/**
 * Checks one cell of data passed to a setter. Returns the JS value to store, or
 * null when the value cannot be stored (objects, arrays, functions).
 */
export function normalizeCellArg(value: unknown): FakeCell | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : '#NUM!';
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value)) return new Date(value.getTime());
  return null;
}

/** Stores a normalized value as Sheets does for setValue(s): strings are parsed as typed input. */
export function storeInput(value: FakeCell, numberFormat: string | null, ctx: FakeContext): StoredInput {
  if (typeof value === 'string') return parseTyped(value, numberFormat, ctx);
  return { value, formula: '' };
}
