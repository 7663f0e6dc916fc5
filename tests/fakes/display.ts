// Display values (getDisplayValues): a cell's value formatted by its number
// format and the spreadsheet locale. Covers the formats code here uses: the
// default, '@', '0', '0.00', '#,##0.00', '0%', '0.00%', and date patterns.

import type { CellState } from './cells';
import { formatJavaDate, localeInfo, zonedParts } from './locale';

function groupDigits(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumber(n: number, format: string | null, locale: string): string {
  const info = localeInfo(locale);
  const fixed = format ? /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format) : null;
  if (fixed) {
    const decimals = fixed[2]?.length ?? 0;
    const scaled = fixed[3] ? n * 100 : n;
    const [intPart = '0', frac] = Math.abs(scaled).toFixed(decimals).split('.');
    const sign = scaled < 0 && Number(Math.abs(scaled).toFixed(decimals)) !== 0 ? '-' : '';
    const grouped = fixed[1] ? groupDigits(intPart, info.groups[0] ?? ',') : intPart;
    return `${sign}${grouped}${frac ? info.decimal + frac : ''}${fixed[3] ?? ''}`;
  }
  const text = String(Number(n.toPrecision(15))).toUpperCase();
  return text.replace('.', info.decimal);
}

/** Sheets date pattern (m = month, or minutes next to h or s) to SimpleDateFormat. */
function sheetsDatePattern(format: string): string {
  const tokens = format.match(/(y+|m+|d+|h+|s+|[^ymdhs]+)/gi) ?? [];
  return tokens
    .map((tok, i) => {
      const lower = tok.toLowerCase();
      if (lower.startsWith('y') || lower.startsWith('d') || lower.startsWith('s')) return lower;
      if (lower.startsWith('h')) return lower.replace(/h/g, 'H');
      if (lower.startsWith('m')) {
        const prev = tokens
          .slice(0, i)
          .reverse()
          .find((t) => /^[ymdhs]/i.test(t));
        const next = tokens.slice(i + 1).find((t) => /^[ymdhs]/i.test(t));
        const minute = /^h/i.test(prev ?? '') || /^s/i.test(next ?? '');
        return minute ? lower : lower.toUpperCase();
      }
      return /[A-Za-z]/.test(tok) ? `'${tok.replace(/'/g, "''")}'` : tok;
    })
    .join('');
}

function formatDateValue(d: Date, format: string | null, locale: string, timeZone: string): string {
  const ms = d.getTime();
  if (format && /[yd]/i.test(format)) return formatJavaDate(ms, timeZone, sheetsDatePattern(format));
  const p = zonedParts(ms, timeZone);
  const hasTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
  if (p.year === 1899 && p.month === 12 && p.day === 30) return formatJavaDate(ms, timeZone, 'H:mm:ss');
  const date = formatJavaDate(ms, timeZone, localeInfo(locale).dayFirst ? 'dd/MM/yyyy' : 'M/d/yyyy');
  return hasTime ? `${date} ${formatJavaDate(ms, timeZone, 'H:mm:ss')}` : date;
}

export function displayValue(cell: CellState | undefined, locale: string, timeZone: string): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatNumber(v, cell.numberFormat, locale);
  return formatDateValue(v, cell.numberFormat, locale, timeZone);
}
