/** Scores one unit's sheet against its criteria set: every leaf's final points, the flags, the totals. */
import { a1 } from '../basics/a1';
import { applicableLeaves } from './applies-to';
import { applyCaps } from './caps';
import { cellText, isBlank, isErrorValue, isNotApplicable, readNumber } from '../basics/cells';
import type { CriteriaSet, Criterion } from '../sheets/criteria-sheet';
import { readColumnsOrReport } from '../sheets/headers';
import { exactNumber, TOLERANCE } from '../basics/numbers';
import { numberProblemKey, SheetProblems } from '../basics/problems';
import { computePoints, InputList, surveyRatePoints } from '../rules/apply-rule';
import { fromSurvey } from '../rules/rule';
import { readCode } from '../basics/codes';
import { isChoiceLabel, saysNoneArose } from './none-arose';
import type { Survey, SurveyRow } from '../sheets/survey-sheet';
import type { Basis, Cell, FieldResult, Language, ParError, Sheet } from '../types';
import { APPLICABLE, APPRAISED, COMPUTED, FINAL, LeafArena, LeafTable, ROW, SELF } from './leaf-table';
import { UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS, type UnitSheetColumn } from '../sheets/workbook-schema';

/**
 * The score of one unit's sheet against its criteria set: points, max, index, SIPAS and the leaf table. A
 * ScoredUnit (scored-unit.ts) adds the unit's name, group, rank and class to it and is the UnitResult the outputs read.
 */
export interface SheetScore {
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
  /** The unit's group, for the criteria's Applies to; absent or null for a unit without a group. */
  group?: string | null;
  basis: Basis;
  language: Language;
}

/** 0-based column of each meaning in the unit sheet, -1 where the sheet has none. */
type ColumnIndexes = Record<UnitSheetColumn, number>;

/** Every meaning's column, -1 where the sheet has none. */
export function columnIndexes(found: Partial<Record<UnitSheetColumn, number>>): ColumnIndexes {
  const col = {} as ColumnIndexes;
  for (const spec of UNIT_SHEET_COLUMNS) col[spec.key] = found[spec.key] ?? -1;
  return col;
}

/** A unit sheet's columns and, of those, the ones checked for error values (#REF!…). */
export interface SheetLayout {
  col: ColumnIndexes;
  checked: number[];
}

/**
 * What scoring one unit after another reuses: the layout of the last header row seen (unit sheets nearly always
 * share one header row, and readColumns in headers.ts then gives the same mapped object), the buffer of rows
 * already given to a criterion, and a formula row's inputs. Units are scored one at a time, so one instance
 * serves them all. Measured at 10,000 units × 100 criteria (CPU time of scoreWorkbook, median of 9, on a busy
 * 2-core machine): about 1,030 ms with these made afresh for each unit against 900–950 ms with this scratch.
 */
export class ScoringScratch {
  private found: Partial<Record<UnitSheetColumn, number>> | undefined;
  private layout: SheetLayout | undefined;
  private rows = new Int32Array(0);
  /** A formula row's inputs; computePoints clears them before each row. */
  readonly inputs = new InputList();

  /** The layout of a header row mapped to `found`: the same object for the same mapping. */
  layoutOf(found: Partial<Record<UnitSheetColumn, number>>): SheetLayout {
    if (this.found !== found || !this.layout) {
      const col = columnIndexes(found);
      this.layout = { col, checked: checkedColumns(col) };
      this.found = found;
    }
    return this.layout;
  }

  /** `length` slots filled with -1, valid until the next call. */
  rowBuffer(length: number): Int32Array {
    if (this.rows.length < length) this.rows = new Int32Array(length);
    return this.rows.fill(-1, 0, length);
  }
}

const scratch = new ScoringScratch();

/** A Max typed in the unit sheet (row r, column `column`) that differs from the criteria sheet's is a warning. */
function warnIfMaxDiffers(
  shown: Cell,
  criterion: Criterion,
  r: number,
  column: number,
  problems: SheetProblems,
): void {
  if (shown === null || shown === '' || shown === criterion.max) return;
  const given = readNumber(shown);
  if (given.ok && Math.abs(given.value - criterion.max) > TOLERANCE) {
    problems.warn(a1(r, column), 'maxDiffers', {
      given: exactNumber(given.value, problems.language),
      max: exactNumber(criterion.max, problems.language),
    });
  }
}

/**
 * Finds each leaf's row in the unit sheet and writes it into the table's ROW slot; unknown, bad and
 * repeated codes are errors. Gives the sheet's columns, or null when it has no header row.
 */
function indexRows(
  input: ScoreUnitInput,
  problems: SheetProblems,
  table: LeafTable,
  applies: Uint8Array | null,
): SheetLayout | null {
  const { sheet, criteria } = input;
  const found = readColumnsOrReport(sheet.values, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS, problems);
  if (!found) return null;
  const layout = scratch.layoutOf(found.column);
  const col = layout.col;
  const codeCol = col.code;
  const all = criteria.criteria;
  // Every criterion's row, parents included, so a code given twice is caught.
  const rowOf = scratch.rowBuffer(all.length);
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
    // The row of a leaf that does not apply to the unit's group is ignored, whatever it holds.
    if (col.max >= 0 && (applies === null || applies[criterion.leaf] === 1))
      warnIfMaxDiffers(cells?.[col.max] ?? null, criterion, r, col.max, problems);
  }
  return layout;
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
  reportOutOfRange(value, criterion, row, column, problems);
  return 'error';
}

/**
 * Kept out of readScore: a closure there would make V8 allocate its context on every call, two million times
 * a run at 10,000 units.
 */
function reportOutOfRange(
  value: number,
  criterion: Criterion,
  row: number,
  column: number,
  problems: SheetProblems,
): void {
  const f = (n: number): string => exactNumber(n, problems.language);
  problems.error(a1(row, column), 'scoreOutOfRange', {
    value: f(value),
    low: f(criterion.low),
    high: f(criterion.high),
    code: criterion.code,
  });
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
  /** A formula row's inputs, reused from row to row of the unit. */
  inputs: InputList;
}

const ERROR_CHECKED: readonly UnitSheetColumn[] = [
  'value',
  'of',
  'self',
  'appraised',
  'reappraised',
  'evidence',
  'note',
  'explanation',
];

/** The columns whose cells are checked for error values. */
export function checkedColumns(col: ColumnIndexes): number[] {
  return ERROR_CHECKED.map((key) => col[key]).filter((column) => column >= 0);
}

const NO_LAYOUT: SheetLayout = { col: columnIndexes({}), checked: [] };

function cellAt(cells: readonly Cell[], column: number): Cell {
  return column < 0 ? null : (cells[column] ?? null);
}

const NO_CELLS: readonly Cell[] = [];

/** True when the row marks the leaf not applicable: N/A (Không áp dụng…) in Value, Self, Appraised or Re-appraised. */
export function markedNotApplicable(cells: readonly Cell[], col: ColumnIndexes): boolean {
  return (
    isNotApplicable(cellAt(cells, col.value)) ||
    isNotApplicable(cellAt(cells, col.self)) ||
    isNotApplicable(cellAt(cells, col.appraised)) ||
    isNotApplicable(cellAt(cells, col.reappraised))
  );
}

/** The rules whose points are the unit's claim: nothing arose does not touch survey points, the survey's result. */
const CLAIMED_KINDS: ReadonlySet<string> = new Set([
  'manual',
  'yesno',
  'choice',
  'bands',
  'ratio',
  'formula',
]);

/** Whether a cell of Of holds 0 (a number, or text read as one). */
function isZero(cell: Cell): boolean {
  if (typeof cell === 'number') return cell === 0;
  if (isBlank(cell)) return false;
  const number = readNumber(cell);
  return number.ok && number.value === 0;
}

/**
 * True when a row's Value and Of say nothing arose for the leaf: `Không phát sinh`/`KPS`/`None arose` in Value
 * (unless it is one of the leaf's own choice labels), or an Of of 0 where the leaf's If none arose is set and its rule
 * divides by Of.
 */
export function saysNothingArose(criterion: Criterion, value: Cell, of: Cell): boolean {
  const said = saysNoneArose(value);
  if (!said && !criterion.zeroOfNoneArose) return false;
  if (!CLAIMED_KINDS.has(criterion.rule.kind)) return false;
  if (said) return !isChoiceLabel(criterion.rule, value as string);
  return isZero(of);
}

/** Reports every error value (#REF!…) in the row's checked cells; true when there was one. */
function reportErrorValues(r: number, cells: readonly Cell[], context: UnitContext): boolean {
  const checked = context.checked;
  let found = false;
  for (let k = 0; k < checked.length; k++) {
    const column = checked[k] as number;
    const cell = cells[column];
    if (!isErrorValue(cell)) continue;
    context.problems.error(a1(r, column), 'errorValue', { text: cell.trim() });
    found = true;
  }
  return found;
}

/** A survey or survey-rate leaf's points from the unit's Survey row: null when blank; the leaf does not apply without one. */
function surveyPoints(
  criterion: Criterion,
  context: UnitContext,
): number | null | 'error' | 'not-applicable' | 'survey-missing' {
  const { survey, surveyRow } = context.input;
  const column = survey?.codeColumns.get(criterion.code);
  if (!survey || !surveyRow || column === undefined) return 'survey-missing';
  const cell = surveyRow.cells[column] ?? null;
  if (isNotApplicable(cell)) return 'not-applicable';
  const surveyProblems = context.surveyProblems as SheetProblems;
  if (criterion.rule.kind === 'surveyRate') {
    const points = surveyRatePoints(criterion, cell);
    if (points === null || typeof points === 'number') return points;
    surveyProblems.errorOf(a1(surveyRow.row, column), points);
    return 'error';
  }
  return readScore(cell, criterion, surveyRow.row, column, surveyProblems, false);
}

/** The points the leaf's rule gives for the row's Value and Of: null for a manual rule or a blank Value. */
function rulePoints(
  criterion: Criterion,
  r: number,
  cells: readonly Cell[],
  context: UnitContext,
): number | null | 'error' {
  const { rule } = criterion;
  const { col } = context;
  const value = cellAt(cells, col.value);
  if (rule.kind === 'manual' || fromSurvey(rule) || isBlank(value)) return null;
  const result = computePoints(rule, criterion, value, cellAt(cells, col.of), context.inputs);
  if (typeof result === 'number') return result;
  context.problems.errorOf(a1(r, col[result.cell]), result);
  return 'error';
}

/** A score typed in the row's Self or Appraised column (null when blank, or without a row or such a column). */
function enteredScore(
  r: number,
  cells: readonly Cell[],
  column: number,
  criterion: Criterion,
  context: UnitContext,
): number | null | 'error' {
  if (Number.isNaN(r) || column < 0) return null;
  return readScore(cellAt(cells, column), criterion, r, column, context.problems);
}

/**
 * The final points under the basis, or null when there are none: `auto` takes appraised, else self; `self`
 * ignores appraisal; `appraised` takes appraised only. Survey points come from the secretariat, not from the
 * unit: under `appraised` they stand as appraised.
 */
export function chooseFinal(
  basis: Basis,
  selfScore: number | null,
  appraised: number | null,
  surveyPoints: number | null,
): number | null {
  if (basis === 'self') return selfScore;
  if (basis === 'appraised') return appraised ?? surveyPoints;
  return appraised ?? selfScore;
}

/** A leaf with no row in the unit sheet scores 0: a score leaf is `missing` (and `lost`); a bonus or penalty leaf claims nothing. */
function scoreMissingRow(criterion: Criterion, i: number, table: LeafTable): void {
  table.set(i, FINAL, 0);
  if (criterion.type !== 'score') return;
  table.flag(i, 'missing', 0);
  if (criterion.max > 0) table.flag(i, 'lost', criterion.max);
}

/**
 * The flags of a scored leaf from its final points, its self score as entered (`self`), self else computed
 * (`selfScore`), computed and appraised points; those of a leaf with no final value or no row are set by the caller.
 */
export function flagScores(
  table: LeafTable,
  i: number,
  criterion: Criterion,
  basis: Basis,
  final: number,
  self: number | null,
  selfScore: number | null,
  computed: number | null,
  appraised: number | null,
  /** The Evidence cell; undefined where the unit sheet has no row for the leaf. */
  evidence: Cell | undefined,
): void {
  if (criterion.type === 'score' && final < criterion.max - TOLERANCE)
    table.flag(i, 'lost', criterion.max - final);
  if (criterion.type === 'penalty' && final < -TOLERANCE) table.flag(i, 'penalty', -final);
  if (basis !== 'self' && appraised !== null && selfScore !== null && appraised < selfScore - TOLERANCE)
    table.flag(i, 'appraisal-cut', selfScore - appraised);
  if (self !== null && computed !== null && self > computed + TOLERANCE)
    table.flag(i, 'overclaim', self - computed);
  if (criterion.evidenceRequired && final > TOLERANCE && evidence !== undefined && isBlank(evidence))
    table.flag(i, 'no-evidence', 0);
}

/** Scores leaf `i` of the unit into the table; errors go to the context's problems. */
function scoreLeaf(criterion: Criterion, i: number, context: UnitContext): void {
  const { col, table } = context;
  // NaN where the unit sheet has no row for the leaf.
  const r = table.get(i, ROW);
  const hasRow = !Number.isNaN(r);
  const cells = hasRow ? (context.input.sheet.values[r] ?? NO_CELLS) : NO_CELLS;
  let failed = false;
  let noneArose = false;
  if (hasRow) {
    noneArose = saysNothingArose(criterion, cellAt(cells, col.value), cellAt(cells, col.of));
    // N/A wins over nothing arose; nothing arose without the policy `max` makes the leaf not applicable.
    if (markedNotApplicable(cells, col) || (noneArose && criterion.noneArose !== 'max')) {
      table.set(i, APPLICABLE, 0);
      return;
    }
    failed = reportErrorValues(r, cells, context);
    const note = cellAt(cells, col.note);
    if (note !== null && note !== '') table.note(i, cellText(note));
    const explanation = cellAt(cells, col.explanation);
    if (explanation !== null && explanation !== '') table.explanation(i, cellText(explanation));
  }

  let computed: number | null = null;
  if (fromSurvey(criterion.rule)) {
    const points = surveyPoints(criterion, context);
    if (points === 'survey-missing' || points === 'not-applicable') {
      table.set(i, APPLICABLE, 0);
      if (points === 'survey-missing') table.flag(i, 'survey-missing', 0);
      return;
    }
    if (points === 'error') failed = true;
    else computed = points;
  } else if (!hasRow) {
    scoreMissingRow(criterion, i, table);
    return;
  } else if (noneArose) {
    // Full marks: the top of the leaf's range (a penalty row's is 0, nothing deducted).
    computed = criterion.high;
  } else if (!failed) {
    const points = rulePoints(criterion, r, cells, context);
    if (points === 'error') failed = true;
    else computed = points;
  }

  const self = enteredScore(r, cells, col.self, criterion, context);
  const appraisedTyped = enteredScore(r, cells, col.appraised, criterion, context);
  const reappraised = enteredScore(r, cells, col.reappraised, criterion, context);
  if (self === 'error' || appraisedTyped === 'error' || reappraised === 'error' || failed) return;
  // The re-appraised score, where typed, replaces the appraised one.
  const appraised = reappraised ?? appraisedTyped;
  const selfScore = self ?? computed;
  if (computed !== null) table.set(i, COMPUTED, computed);
  if (self !== null) table.set(i, SELF, self);
  if (appraised !== null) table.set(i, APPRAISED, appraised);
  const basis = context.input.basis;
  const chosen = chooseFinal(basis, selfScore, appraised, fromSurvey(criterion.rule) ? computed : null);
  // A bonus or penalty row left without a value claims nothing and deducts nothing: 0, with no flag.
  if (chosen === null && criterion.type === 'score') table.flag(i, 'not-scored', 0);
  const final = chosen ?? 0;
  table.set(i, FINAL, final);
  // A nothing-arose leaf never lacks evidence: there was nothing to evidence.
  const evidence = hasRow && !noneArose ? cellAt(cells, col.evidence) : undefined;
  flagScores(table, i, criterion, basis, final, self, selfScore, computed, appraised, evidence);
}

export function scoreUnit(input: ScoreUnitInput): SheetScore {
  const { sheet, criteria, survey, language } = input;
  const errors: ParError[] = [];
  const warnings: ParError[] = [];
  const problems = new SheetProblems(language, sheet.name, errors, warnings);
  const table = new LeafTable(criteria.leaves, input.arena, criteria.caps);
  const applies = applicableLeaves(criteria, input.group);
  const { col, checked } = indexRows(input, problems, table, applies) ?? NO_LAYOUT;
  const context: UnitContext = {
    input,
    problems,
    surveyProblems: survey ? new SheetProblems(language, survey.sheet, errors) : null,
    col,
    checked,
    table,
    inputs: scratch.inputs,
  };
  const leaves = criteria.leaves;
  for (let i = 0; i < leaves.length; i++) {
    // A leaf that does not apply to the unit's group: no points, no maximum, no flag.
    if (applies !== null && applies[i] === 0) table.set(i, APPLICABLE, 0);
    else scoreLeaf(leaves[i] as Criterion, i, context);
  }
  const cut = applyCaps(criteria.caps, table);
  const sums = totals(criteria, table, cut);
  return {
    points: sums.points,
    max: sums.max,
    index: parIndex(sums.points, sums.max),
    sipas: sipasOf(input, context.surveyProblems),
    table,
    errors,
    warnings,
  };
}

/** Σ final of the applicable leaves plus the caps' cuts, and Σ Max of the applicable score leaves. */
function totals(criteria: CriteriaSet, table: LeafTable, cut: number): { points: number; max: number } {
  let points = cut;
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
  table.forEachCap((c, amount) => {
    const f = (criteria.caps[c] as { field: number }).field;
    fieldPoints[f] = (fieldPoints[f] as number) + amount;
  });
  return criteria.fields.map((field, f) => ({
    code: field.code,
    name: field.name,
    points: fieldPoints[f] as number,
    max: fieldMax[f] as number,
    index: parIndex(fieldPoints[f] as number, fieldMax[f] as number),
    rank: null,
  }));
}

/** The PAR index: 100 × points ÷ max, null when max is 0. */
export function parIndex(points: number, max: number): number | null {
  return max > 0 ? (100 * points) / max : null;
}
