/**
 * Small hand-built workbooks for the core and command-line tests.
 *
 * Layouts (all with the header on row 1, so the first data row is row 2):
 *
 *   criteria sheet "Tiêu chí":  A Mã | B Tiêu chí | C Điểm tối đa | D Cách chấm | E Loại | F Tài liệu kiểm chứng
 *   unit sheet:                 A Mã | B Số liệu kê khai | C Trên tổng số | D Điểm tự chấm | E Tài liệu kiểm chứng
 *                               | F Điểm thẩm định | G Ý kiến thẩm định
 *
 * The English layouts use the English headers in the same columns.
 */
import { message, type MessageKey, type ParamsArg } from '../../src/core/messages';
import type {
  Cell,
  Language,
  ParError,
  Sheet,
  UnitResult,
  Workbook,
  WorkbookResult,
} from '../../src/core/types';

export const CRITERIA_HEADER_VI: Cell[] = [
  'Mã',
  'Tiêu chí',
  'Điểm tối đa',
  'Cách chấm',
  'Loại',
  'Tài liệu kiểm chứng',
];
export const CRITERIA_HEADER_EN: Cell[] = ['Code', 'Criterion', 'Max', 'Rule', 'Type', 'Evidence'];
export const UNIT_HEADER_VI: Cell[] = [
  'Mã',
  'Số liệu kê khai',
  'Trên tổng số',
  'Điểm tự chấm',
  'Tài liệu kiểm chứng',
  'Điểm thẩm định',
  'Ý kiến thẩm định',
];
export const UNIT_HEADER_EN: Cell[] = [
  'Code',
  'Value',
  'Of',
  'Self score',
  'Evidence',
  'Appraised score',
  'Appraisal note',
];

/** A criteria row: code, max, rule, type, evidence (name is made from the code). */
export interface CriterionRow {
  code: string;
  max?: Cell;
  rule?: Cell;
  type?: Cell;
  evidence?: Cell;
  name?: string;
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
}

export function criteriaRows(rows: readonly CriterionRow[]): Cell[][] {
  return rows.map((row) => [
    row.code,
    row.name ?? `Tiêu chí ${row.code}`,
    row.max ?? null,
    row.rule ?? null,
    row.type ?? null,
    row.evidence ?? null,
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
