/** Scores one unit's sheet against its criteria set: every leaf's final points, the flags, the totals. */
import { a1 } from './a1';
import { cellText, isBlank, isErrorValue, isNotApplicable, readNumber } from './cells';
import type { CriteriaSet, Criterion } from './criteria-sheet';
import { readColumns } from './headers';
import { formatNumber } from './messages';
import { numberProblemKey, SheetProblems } from './problems';
import { computePoints } from './rules/apply-rule';
import { TOLERANCE } from './rules/rule';
import { readCode } from './codes';
import type { Survey, SurveyRow } from './survey-sheet';
import type { Basis, Cell, FieldResult, Language, ParError, Sheet } from './types';
import { APPLICABLE, APPRAISED, COMPUTED, FINAL, LeafArena, LeafTable, ROW, SELF } from './leaf-table';
import {
  headerName,
  UNIT_SHEET_CODE_HEADERS,
  UNIT_SHEET_COLUMNS,
  type UnitSheetColumn,
} from './workbook-schema';

export interface UnitScore {
  points: number;
  max: number;
  index: number | null;
  sipas: number | null;
  /** Every leaf's outcome; LeafResult and Flag objects are made from it on demand. */
  table: LeafTable;
  errors: ParError[];
  warnings: ParError[];
}

export interface ScoreUnitInput {
  sheet: Sheet;
  criteria: CriteriaSet;
  survey: Survey | null;
  /** The unit's row in the Survey sheet, when it has one. */
  surveyRow?: SurveyRow;
  /** Where the leaf tables of many units are kept together. */
  arena?: LeafArena;
  basis: Basis;
  language: Language;
}

/** 0-based column of each meaning in the unit sheet, -1 where the sheet has none. */
type ColumnIndexes = Record<UnitSheetColumn, number>;

let lastColumns: { found: Partial<Record<UnitSheetColumn, number>>; col: ColumnIndexes } | undefined;

/** Every meaning's column, -1 where the sheet has none; the same header row gives the same object. */
function columnIndexes(found: Partial<Record<UnitSheetColumn, number>>): ColumnIndexes {
  if (lastColumns?.found !== found) {
    const col = {} as ColumnIndexes;
    for (const spec of UNIT_SHEET_COLUMNS) col[spec.key] = found[spec.key] ?? -1;
    lastColumns = { found, col };
  }
  return lastColumns.col;
}

/** Rows already given to a criterion in the sheet being read (reused from unit to unit), for repeated codes. */
let rowOfScratch = new Int32Array(0);

/**
 * Finds each leaf's row in the unit sheet and writes it into the table's ROW slot; unknown, bad and
 * repeated codes are errors. Gives the sheet's columns, or null when it has no header row.
 */
function indexRows(input: ScoreUnitInput, problems: SheetProblems, table: LeafTable): ColumnIndexes | null {
  const { sheet, criteria, language } = input;
  const found = readColumns(sheet.values, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS);
  if (!found) {
    problems.error(null, 'noHeaderRow', { column: headerName(UNIT_SHEET_CODE_HEADERS, language) });
    return null;
  }
  const col = columnIndexes(found.column);
  const codeCol = col.code;
  const maxCol = col.max;
  const all = criteria.criteria;
  // Every criterion's row, parents included, so a code given twice is caught.
  if (rowOfScratch.length < all.length) rowOfScratch = new Int32Array(all.length);
  const rowOf = rowOfScratch.fill(-1, 0, all.length);
  let next = 0;
  for (let r = found.headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] as readonly Cell[] | undefined;
    const code = readCode(cells?.[codeCol]);
    if (code === null) continue;
    if (typeof code !== 'string') {
      problems.error(a1(r, codeCol), 'badCode', { text: code.bad });
      continue;
    }
    // Unit sheets mostly list the criteria in their order: try the next one before looking the code up.
    const expected = all[next];
    const criterion = expected !== undefined && expected.code === code ? expected : criteria.byCode.get(code);
    if (!criterion) {
      problems.error(a1(r, codeCol), 'unknownCode', { code, criteria: criteria.sheet });
      continue;
    }
    next = criterion.position + 1;
    const seen = rowOf[criterion.position] as number;
    if (seen >= 0) {
      problems.error(a1(r, codeCol), 'duplicateCode', { code, row: seen + 1 });
      continue;
    }
    rowOf[criterion.position] = r;
    if (!criterion.isLeaf) continue;
    table.set(criterion.leaf, ROW, r);
    const shown = maxCol < 0 ? null : (cells?.[maxCol] ?? null);
    if (shown === null || shown === '' || shown === criterion.max) continue;
    const given = readNumber(shown);
    if (given.ok && Math.abs(given.value - criterion.max) > TOLERANCE) {
      problems.warn(a1(r, maxCol), 'maxDiffers', {
        given: formatNumber(language, given.value),
        max: formatNumber(language, criterion.max),
      });
    }
  }
  return col;
}

/**
 * A score typed by a person: a number inside the leaf's range, or null when blank. An error value (#REF!…) was
 * already reported by the caller when `errorValueReported` is true.
 */
function readScore(
  cell: Cell,
  criterion: Criterion,
  row: number,
  column: number,
  problems: SheetProblems,
  errorValueReported = true,
): number | null | 'error' {
  let value: number;
  if (typeof cell === 'number' && Number.isFinite(cell)) value = cell;
  else {
    if (isBlank(cell)) return null;
    if (errorValueReported && isErrorValue(cell)) return 'error';
    const number = readNumber(cell);
    if (!number.ok) {
      problems.error(a1(row, column), numberProblemKey(number.problem), { text: number.text });
      return 'error';
    }
    value = number.value;
  }
  if (value >= criterion.low - TOLERANCE && value <= criterion.high + TOLERANCE) return value;
  const f = (n: number): string => formatNumber(problems.language, n);
  problems.error(a1(row, column), 'scoreOutOfRange', {
    value: f(value),
    low: f(criterion.low),
    high: f(criterion.high),
    code: criterion.code,
  });
  return 'error';
}

/** The unit's SIPAS from its Survey row: a ratio, or percent points (86.02) read as one. */
function sipasOf(input: ScoreUnitInput, surveyProblems: SheetProblems | null): number | null {
  const { survey, surveyRow: row } = input;
  if (!survey || !row || survey.sipasColumn === null || !surveyProblems) return null;
  const cell = row.cells[survey.sipasColumn] ?? null;
  if (isBlank(cell)) return null;
  const number = readNumber(cell);
  if (!number.ok) {
    surveyProblems.error(a1(row.row, survey.sipasColumn), numberProblemKey(number.problem), {
      text: number.text,
    });
    return null;
  }
  return !number.percent && number.value > 1 ? number.value / 100 : number.value;
}

interface UnitContext {
  input: ScoreUnitInput;
  problems: SheetProblems;
  surveyProblems: SheetProblems | null;
  col: ColumnIndexes;
  /** The columns whose cells are checked for error values (#REF!…). */
  checked: number[];
  table: LeafTable;
}

const NO_CELLS: readonly Cell[] = [];
const ERROR_CHECKED: readonly UnitSheetColumn[] = ['value', 'of', 'self', 'appraised', 'evidence', 'note'];

const checkedByColumns = new WeakMap<ColumnIndexes, number[]>();

/** The columns whose cells are checked for error values, once per header row. */
function checkedColumns(col: ColumnIndexes): number[] {
  let checked = checkedByColumns.get(col);
  if (!checked) {
    checked = ERROR_CHECKED.map((key) => col[key]).filter((column) => column >= 0);
    checkedByColumns.set(col, checked);
  }
  return checked;
}

const NO_COLUMNS = Object.fromEntries(UNIT_SHEET_COLUMNS.map((spec) => [spec.key, -1])) as ColumnIndexes;

function cellAt(cells: readonly Cell[], column: number): Cell {
  return column < 0 ? null : (cells[column] ?? null);
}

/** Scores leaf `i` of the unit into the table; errors go to the context's problems. */
function scoreLeaf(criterion: Criterion, i: number, context: UnitContext): void {
  const { input, problems, col, table } = context;
  const { basis, survey, surveyRow } = input;
  const row = table.get(i, ROW);
  const r = Number.isNaN(row) ? undefined : row;
  const cells: readonly Cell[] = r === undefined ? NO_CELLS : (input.sheet.values[r] ?? NO_CELLS);
  const value = cellAt(cells, col.value);
  let failed = false;
  let computed: number | null = null;

  if (r !== undefined) {
    if (
      isNotApplicable(value) ||
      isNotApplicable(cellAt(cells, col.self)) ||
      isNotApplicable(cellAt(cells, col.appraised))
    ) {
      table.set(i, APPLICABLE, 0);
      return;
    }
    const checked = context.checked;
    for (let k = 0; k < checked.length; k++) {
      const cell = cells[checked[k] as number];
      if (!isErrorValue(cell)) continue;
      problems.error(a1(r, checked[k] as number), 'errorValue', { text: cell.trim() });
      failed = true;
    }
    const note = cellAt(cells, col.note);
    if (note !== null && note !== '') table.note(i, cellText(note));
  }

  const rule = criterion.rule;
  if (rule.kind === 'survey') {
    const column = survey?.codeColumns.get(criterion.code);
    if (!survey || !surveyRow || column === undefined) {
      table.set(i, APPLICABLE, 0);
      table.flag(i, 'survey-missing', 0);
      return;
    }
    const cell = surveyRow.cells[column] ?? null;
    if (isNotApplicable(cell)) {
      table.set(i, APPLICABLE, 0);
      return;
    }
    const surveyProblems = context.surveyProblems as SheetProblems;
    const points = readScore(cell, criterion, surveyRow.row, column, surveyProblems, false);
    if (points === 'error') failed = true;
    else computed = points;
  } else if (r === undefined) {
    table.set(i, FINAL, 0);
    table.flag(i, 'missing', 0);
    if (criterion.type === 'score' && criterion.max > 0) table.flag(i, 'lost', criterion.max);
    return;
  } else if (rule.kind !== 'manual' && !failed && !isBlank(value)) {
    const result = computePoints(rule, criterion, value, cellAt(cells, col.of));
    if (typeof result === 'number') computed = result;
    else {
      problems.error(a1(r, col[result.cell]), result.key, result.params);
      failed = true;
    }
  }

  const self =
    r === undefined || col.self < 0
      ? null
      : readScore(cellAt(cells, col.self), criterion, r, col.self, problems);
  const appraised =
    r === undefined || col.appraised < 0
      ? null
      : readScore(cellAt(cells, col.appraised), criterion, r, col.appraised, problems);
  if (self === 'error' || appraised === 'error' || failed) return;
  const selfScore = self ?? computed;
  if (computed !== null) table.set(i, COMPUTED, computed);
  if (self !== null) table.set(i, SELF, self);
  if (appraised !== null) table.set(i, APPRAISED, appraised);
  // Survey points come from the secretariat, not from the unit: under Basis `appraised` they stand as appraised.
  const appraisedFinal = appraised ?? (rule.kind === 'survey' ? computed : null);
  let final =
    basis === 'self' ? selfScore : basis === 'appraised' ? appraisedFinal : (appraised ?? selfScore);
  if (final === null) {
    final = 0;
    table.flag(i, 'not-scored', 0);
  }
  table.set(i, FINAL, final);
  if (criterion.type === 'score' && final < criterion.max - TOLERANCE)
    table.flag(i, 'lost', criterion.max - final);
  if (criterion.type === 'penalty' && final < -TOLERANCE) table.flag(i, 'penalty', -final);
  if (basis !== 'self' && appraised !== null && selfScore !== null && appraised < selfScore - TOLERANCE) {
    table.flag(i, 'appraisal-cut', selfScore - appraised);
  }
  if (self !== null && computed !== null && self > computed + TOLERANCE)
    table.flag(i, 'overclaim', self - computed);
  if (
    criterion.evidenceRequired &&
    final > TOLERANCE &&
    r !== undefined &&
    isBlank(cellAt(cells, col.evidence))
  ) {
    table.flag(i, 'no-evidence', 0);
  }
}

export function scoreUnit(input: ScoreUnitInput): UnitScore {
  const { sheet, criteria, survey, language } = input;
  const errors: ParError[] = [];
  const warnings: ParError[] = [];
  const problems = new SheetProblems(language, sheet.name, errors, warnings);
  const table = new LeafTable(criteria.leaves, input.arena);
  const col = indexRows(input, problems, table) ?? NO_COLUMNS;
  const context: UnitContext = {
    input,
    problems,
    surveyProblems: survey ? new SheetProblems(language, survey.sheet, errors) : null,
    col,
    checked: checkedColumns(col),
    table,
  };
  const leaves = criteria.leaves;
  for (let i = 0; i < leaves.length; i++) scoreLeaf(leaves[i] as Criterion, i, context);
  const sums = totals(criteria, table);
  return {
    points: sums.points,
    max: sums.max,
    index: indexOf(sums.points, sums.max),
    sipas: sipasOf(input, context.surveyProblems),
    table,
    errors,
    warnings,
  };
}

function totals(criteria: CriteriaSet, table: LeafTable): { points: number; max: number } {
  let points = 0;
  let max = 0;
  const leaves = criteria.leaves;
  for (let i = 0; i < leaves.length; i++) {
    if (!table.applies(i)) continue;
    const criterion = leaves[i] as Criterion;
    points += table.get(i, FINAL) || 0;
    if (criterion.type === 'score') max += criterion.max;
  }
  return { points, max };
}

/** Points, max and component index per field (top-level code), in criteria order. */
export function fieldsOf(criteria: CriteriaSet, table: LeafTable): FieldResult[] {
  const fieldPoints = new Array<number>(criteria.fields.length).fill(0);
  const fieldMax = new Array<number>(criteria.fields.length).fill(0);
  criteria.leaves.forEach((criterion, i) => {
    if (!table.applies(i)) return;
    const f = criteria.leafField[i] as number;
    fieldPoints[f] = (fieldPoints[f] as number) + (table.get(i, FINAL) || 0);
    if (criterion.type === 'score') fieldMax[f] = (fieldMax[f] as number) + criterion.max;
  });
  return criteria.fields.map((field, f) => ({
    code: field.code,
    name: field.name,
    points: fieldPoints[f] as number,
    max: fieldMax[f] as number,
    index: indexOf(fieldPoints[f] as number, fieldMax[f] as number),
    rank: null,
  }));
}

export function indexOf(points: number, max: number): number | null {
  return max > 0 ? (100 * points) / max : null;
}
