/**
 * Small hand-built workbooks for the core and command-line tests.
 *
 * Layouts (all with the header on row 1, so the first data row is row 2):
 *
 *   criteria sheet "Tiêu chí":  A Mã | B Tiêu chí | C Điểm tối đa | D Cách chấm | E Loại | F Tài liệu kiểm chứng
 *                               | G Áp dụng cho | H Nếu không phát sinh
 *   unit sheet:                 A Mã | B Số liệu kê khai | C Trên tổng số | D Điểm tự chấm | E Tài liệu kiểm chứng
 *                               | F Điểm thẩm định | G Ý kiến thẩm định | H Giải trình | I Điểm sau giải trình
 *
 * The English layouts use the English headers in the same columns.
 */
import { message, type MessageKey, type ParamsArg } from '../../src/core/messages';
import { foldKey } from '../../src/core/basics/text';
import type {
  Cell,
  Language,
  ParError,
  Sheet,
  UnitResult,
  Workbook,
  WorkbookResult,
} from '../../src/core/types';
import type { ColumnSpec } from '../../src/core/sheets/workbook-schema';
import {
  CRITERIA_COLUMNS,
  headerName,
  UNIT_SHEET_COLUMNS,
  UNIT_SHEET_HEADER,
  type CriteriaColumn,
  type UnitSheetColumn,
} from '../../src/core/sheets/workbook-schema';

/**
 * A unit sheet's header for these meanings, from the schema: in Vietnamese as the template writes it
 * (UNIT_SHEET_HEADER), in English by the English names.
 */
export function unitSheetHeader(keys: readonly UnitSheetColumn[], language: Language = 'vi'): string[] {
  return keys.map((key) => {
    const headers = (UNIT_SHEET_COLUMNS.find((spec) => spec.key === key) as ColumnSpec<UnitSheetColumn>)
      .headers;
    if (language === 'en') return headers[0] as string;
    const folded = headers.map(foldKey);
    const written = UNIT_SHEET_HEADER.find((header) => folded.includes(foldKey(header)));
    return written ?? headerName(headers, 'vi');
  });
}

/** A criteria sheet's header for these meanings, from the schema. */
export function criteriaHeader(keys: readonly CriteriaColumn[], language: Language = 'vi'): string[] {
  return keys.map((key) =>
    headerName(
      (CRITERIA_COLUMNS.find((spec) => spec.key === key) as ColumnSpec<CriteriaColumn>).headers,
      language,
    ),
  );
}

/** The unit-sheet columns of the template, in its order. */
export const TEMPLATE_UNIT_COLUMNS: readonly UnitSheetColumn[] = [
  'code',
  'name',
  'max',
  'value',
  'of',
  'self',
  'evidence',
  'appraised',
  'note',
];

const CRITERIA_LAYOUT: readonly CriteriaColumn[] = [
  'code',
  'name',
  'max',
  'rule',
  'type',
  'evidence',
  'appliesTo',
  'ifNoneArose',
];
const UNIT_LAYOUT: readonly UnitSheetColumn[] = [
  'code',
  'value',
  'of',
  'self',
  'evidence',
  'appraised',
  'note',
  'explanation',
  'reappraised',
];

export const CRITERIA_HEADER_VI: Cell[] = criteriaHeader(CRITERIA_LAYOUT, 'vi');
export const CRITERIA_HEADER_EN: Cell[] = criteriaHeader(CRITERIA_LAYOUT, 'en');
export const UNIT_HEADER_VI: Cell[] = unitSheetHeader(UNIT_LAYOUT, 'vi');
export const UNIT_HEADER_EN: Cell[] = unitSheetHeader(UNIT_LAYOUT, 'en');

/** A criteria row: code, max, rule, type, evidence (name is made from the code). */
export interface CriterionRow {
  code: string;
  max?: Cell;
  rule?: Cell;
  type?: Cell;
  evidence?: Cell;
  name?: string;
  appliesTo?: Cell;
  ifNoneArose?: Cell;
}

/** A unit-sheet row. */
export interface UnitRow {
  code: string;
  value?: Cell;
  of?: Cell;
  self?: Cell;
  evidence?: Cell;
  appraised?: Cell;
  note?: Cell;
  explanation?: Cell;
  reappraised?: Cell;
}

export function criteriaRows(rows: readonly CriterionRow[]): Cell[][] {
  return rows.map((row) => [
    row.code,
    row.name ?? `Tiêu chí ${row.code}`,
    row.max ?? null,
    row.rule ?? null,
    row.type ?? null,
    row.evidence ?? null,
    row.appliesTo ?? null,
    row.ifNoneArose ?? null,
  ]);
}

export function criteriaSheet(
  rows: readonly CriterionRow[],
  options: { name?: string; english?: boolean } = {},
): Sheet {
  const header = options.english ? CRITERIA_HEADER_EN : CRITERIA_HEADER_VI;
  return {
    name: options.name ?? (options.english ? 'Criteria' : 'Tiêu chí'),
    values: [header, ...criteriaRows(rows)],
  };
}

export function unitRows(rows: readonly UnitRow[]): Cell[][] {
  return rows.map((row) => [
    row.code,
    row.value ?? null,
    row.of ?? null,
    row.self ?? null,
    row.evidence ?? null,
    row.appraised ?? null,
    row.note ?? null,
    row.explanation ?? null,
    row.reappraised ?? null,
  ]);
}

export function unitSheet(
  name: string,
  rows: readonly UnitRow[],
  options: { english?: boolean } = {},
): Sheet {
  return { name, values: [options.english ? UNIT_HEADER_EN : UNIT_HEADER_VI, ...unitRows(rows)] };
}

export interface WorkbookSpec {
  criteria: readonly CriterionRow[];
  /** Unit sheets by name, in tab order. */
  units: Record<string, readonly UnitRow[]>;
  /** Raw rows of a Units sheet (header included); none when absent. */
  unitsSheet?: Cell[][];
  survey?: Cell[][];
  settings?: Cell[][];
  english?: boolean;
}

/** Criteria, then Units, Survey and Settings when given, then the unit sheets. */
export function workbook(spec: WorkbookSpec): Workbook {
  const english = spec.english === true;
  const sheets: Sheet[] = [criteriaSheet(spec.criteria, { english })];
  if (spec.unitsSheet) sheets.push({ name: english ? 'Units' : 'Đơn vị', values: spec.unitsSheet });
  if (spec.survey) sheets.push({ name: english ? 'Survey' : 'Điều tra', values: spec.survey });
  if (spec.settings) sheets.push({ name: english ? 'Settings' : 'Cài đặt', values: spec.settings });
  for (const [name, rows] of Object.entries(spec.units)) sheets.push(unitSheet(name, rows, { english }));
  return { sheets };
}

export function unitOf(result: WorkbookResult, name: string): UnitResult {
  const unit = result.units.find((candidate) => candidate.unit === name);
  if (!unit) throw new Error(`no unit ${name} in ${result.units.map((u) => u.unit).join(', ')}`);
  return unit;
}

export function leafOf(unit: UnitResult, code: string) {
  const leaf = unit.leaves.find((candidate) => candidate.code === code);
  if (!leaf) throw new Error(`no leaf ${code} in ${unit.unit}`);
  return leaf;
}

/** The expected error at a cell, its message built from the message key (the text itself lives in messages.ts). */
export function err<K extends MessageKey>(
  language: Language,
  sheet: string | null,
  cell: string | null,
  key: K,
  ...params: ParamsArg<K>
): ParError {
  return { sheet, cell, message: message(language, key, ...params) };
}

/** Flags of a unit as sorted "code kind amount" strings, for order-free comparison. */
export function flagList(unit: UnitResult): string[] {
  return unit.flags.map((flag) => `${flag.code} ${flag.kind} ${round(flag.amount)}`).sort();
}

/** Rounds away float noise for comparisons of hand-calculated amounts (never used on ranking inputs). */
export function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
