/** Reads the optional Settings sheet (Cài đặt): key in the first column, value in the second. */
import { a1 } from '../basics/a1';
import { cellText, isBlank, readNumber } from '../basics/cells';
import { DEFAULT_BANDS, parseClassBands } from '../scoring/class-bands';
import { SheetProblems } from '../basics/problems';
import { foldKey } from '../basics/text';
import type { Basis, Cell, ClassBand, Language, ParError, Sheet } from '../types';

export interface Settings {
  year: number | null;
  compareWith: number | null;
  basis: Basis;
  bands: ClassBand[];
  bandsText: string;
  language: Language | null;
}

/** The keys of the Settings sheet: Vietnamese name first, English second. */
export const SETTING_NAMES = {
  year: ['Năm', 'Year'],
  basis: ['Điểm xếp hạng', 'Basis'],
  bands: ['Xếp loại', 'Bands'],
  language: ['Ngôn ngữ', 'Language'],
  compareWith: ['Năm so sánh', 'Compare with'],
  stage: ['Giai đoạn', 'Stage'],
  secretariat: ['Thư ký', 'Secretariat'],
  appraisers: ['Tổ thẩm định', 'Appraisers'],
} as const;

type SettingKey = keyof typeof SETTING_NAMES;

const KEYS = new Map<string, SettingKey>(
  (Object.keys(SETTING_NAMES) as SettingKey[]).flatMap((key) =>
    SETTING_NAMES[key].map((name) => [foldKey(name), key] as const),
  ),
);

/** The setting a key cell names (in either language, ignoring case and diacritics), if any. */
export function settingKey(cell: Cell): SettingKey | undefined {
  return KEYS.get(foldKey(cellText(cell)));
}

const BASES = new Map<string, Basis>([
  ['auto', 'auto'],
  ['tu dong', 'auto'],
  ['self', 'self'],
  ['tu cham', 'self'],
  ['appraised', 'appraised'],
  ['tham dinh', 'appraised'],
]);

/** The basis a text names (auto/tự động, self/tự chấm, appraised/thẩm định, ignoring case and diacritics). */
export function basisOf(text: string): Basis | undefined {
  return BASES.get(foldKey(text));
}

const LANGUAGES: Record<string, Language> = {
  vi: 'vi',
  'tieng viet': 'vi',
  vietnamese: 'vi',
  en: 'en',
  english: 'en',
  'tieng anh': 'en',
};

/** Every row whose first filled cell is a known key, with the text of the cell beside it. */
export function settingEntries(
  sheet: Sheet,
): { key: SettingKey; row: number; column: number; value: string }[] {
  const found: { key: SettingKey; row: number; column: number; value: string }[] = [];
  sheet.values.forEach((cells, row) => {
    const first = cells.findIndex((cell) => !isBlank(cell));
    if (first < 0) return;
    const key = settingKey(cells[first] ?? null);
    if (key) found.push({ key, row, column: first + 1, value: cellText(cells[first + 1] ?? null) });
  });
  return found;
}

/** The Language key alone, read before anything else so every other message is in that language. */
export function settingsLanguage(sheet: Sheet | null): Language | null {
  if (!sheet) return null;
  const entry = settingEntries(sheet).find((candidate) => candidate.key === 'language');
  return (entry && LANGUAGES[foldKey(entry.value)]) || null;
}

export function readSettings(sheet: Sheet | null, language: Language, errors: ParError[]): Settings {
  const defaults = parseClassBands(DEFAULT_BANDS);
  const settings: Settings = {
    year: null,
    compareWith: null,
    basis: 'auto',
    bands: defaults.ok ? defaults.bands : [],
    bandsText: DEFAULT_BANDS,
    language: null,
  };
  if (!sheet) return settings;
  // Stage, Secretariat and Appraisers belong to the roles: their errors stop only Apply roles, not the scoring.
  const problems = new SheetProblems(language, sheet.name, errors);
  for (const { key, row, column, value } of settingEntries(sheet)) {
    const cell = a1(row, column);
    if (value === '') continue;
    if (key === 'year' || key === 'compareWith') {
      const year = readNumber(value);
      if (year.ok && Number.isInteger(year.value) && year.value > 1900 && year.value < 3000)
        settings[key] = year.value;
      else problems.error(cell, 'badYear', { text: value });
    } else if (key === 'basis') {
      const basis = basisOf(value);
      if (basis) settings.basis = basis;
      else problems.error(cell, 'badBasis', { text: value });
    } else if (key === 'bands') {
      const bands = parseClassBands(value);
      if (bands.ok) {
        settings.bands = bands.bands;
        settings.bandsText = value;
      } else problems.error(cell, bands.key, bands.params);
    } else if (key === 'language') {
      const chosen = LANGUAGES[foldKey(value)];
      if (chosen) settings.language = chosen;
      else problems.error(cell, 'badLanguage', { text: value });
    }
  }
  return settings;
}
