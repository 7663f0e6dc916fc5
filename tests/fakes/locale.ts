// Locale and time-zone helpers: number separators, day/month order, wall-clock
// parts of an instant in a zone, and Java SimpleDateFormat-style formatting.

export interface LocaleInfo {
  decimal: string;
  /** Accepted thousands separators (the first is used for display). */
  groups: string[];
  /** True where dates are written day first (vi_VN: dd/MM/yyyy). */
  dayFirst: boolean;
}

const DOT_GROUP_COMMA_DECIMAL = new Set([
  'vi',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'id',
  'tr',
  'da',
  'ro',
  'el',
  'hr',
  'sl',
]);
const SPACE_GROUP_COMMA_DECIMAL = new Set(['fr', 'ru', 'pl', 'cs', 'sk', 'sv', 'nb', 'fi', 'uk', 'hu', 'bg']);
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'en']);

export function localeInfo(locale: string): LocaleInfo {
  const lang = (locale.split(/[_-]/)[0] ?? '').toLowerCase();
  const dayFirst = !MONTH_FIRST.has(locale) && !MONTH_FIRST.has(lang);
  if (DOT_GROUP_COMMA_DECIMAL.has(lang)) return { decimal: ',', groups: ['.'], dayFirst };
  if (SPACE_GROUP_COMMA_DECIMAL.has(lang))
    return { decimal: ',', groups: ['\u00a0', ' ', '\u202f'], dayFirst };
  return { decimal: '.', groups: [','], dayFirst };
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const millisecond = ((ms % 1000) + 1000) % 1000;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

function offsetAt(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - ms;
}

/** The instant whose wall-clock time in timeZone is the given one. */
export function zonedToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - offsetAt(wall, timeZone);
  const again = wall - offsetAt(guess, timeZone);
  if (again !== guess) guess = again;
  return guess;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Utilities.formatDate patterns (SimpleDateFormat letters y M d E H h m s S a Z X, quoted literals). */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    out += formatField(ch, n, p, ms, timeZone);
  }
  return out;
}

function formatField(ch: string, n: number, p: ZonedParts, ms: number, timeZone: string): string {
  switch (ch) {
    case 'y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
      if (n >= 4) return MONTHS[p.month - 1] ?? '';
      if (n === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'E':
      return n >= 4 ? (WEEKDAY_NAMES[p.weekday] ?? '') : (WEEKDAYS[p.weekday] ?? '');
    case 'H':
      return pad(p.hour, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'Z':
    case 'X': {
      const offMin = Math.round(offsetAt(ms, timeZone) / 60000);
      const sign = offMin < 0 ? '-' : '+';
      const abs = Math.abs(offMin);
      const hh = pad(Math.floor(abs / 60), 2);
      const mm = pad(abs % 60, 2);
      if (ch === 'X' && offMin === 0) return 'Z';
      return ch === 'X' && n >= 3 ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
    }
    default:
      return ch.repeat(n);
  }
}

/**
 * Whether Sheets parses a formula in this locale. Where the decimal mark is a comma (vi_VN, de_DE…) arguments
 * are separated by ';' and a ',' outside a string or a sheet name is a parse error (#ERROR!); ';' works everywhere.
 */
export function parsesInLocale(formula: string, locale: string): boolean {
  if (localeInfo(locale).decimal !== ',') return true;
  let quote: string | null = null;
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') return false;
  }
  return true;
}
