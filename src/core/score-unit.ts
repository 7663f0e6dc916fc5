/** Scores one unit's sheet against its criteria set: every leaf's final points, the flags, the totals. */
import { a1 } from './a1';
import { cellText, isBlank, isErrorValue, isNotApplicable, readNumber } from './cells';
import type { CriteriaSet, Criterion } from './criteria-sheet';
import { readColumns } from './headers';
import { formatNumber } from './messages';
import { numberProblemKey, SheetProblems } from './problems';
import { computeLeaf } from './rules/apply-rule';
import { TOLERANCE } from './rules/rule';
import { readCode } from './codes';
import type { Survey, SurveyRow } from './survey-sheet';
import { unitKey } from './units-sheet';
import type {
  Basis,
  Cell,
  FieldResult,
  Flag,
  FlagKind,
  Language,
  LeafResult,
  ParError,
  Sheet,
} from './types';
import { UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS, type UnitSheetColumn } from './workbook-schema';

export interface UnitScore {
  points: number;
  max: number;
  index: number | null;
  sipas: number | null;
  fields: FieldResult[];
  leaves: LeafResult[];
  flags: Flag[];
  errors: ParError[];
  warnings: ParError[];
}

export interface ScoreUnitInput {
  unit: string;
  sheet: Sheet;
  criteria: CriteriaSet;
  survey: Survey | null;
  basis: Basis;
  language: Language;
}

type Columns = Partial<Record<UnitSheetColumn, number>>;

/** Where a leaf's row is in the unit sheet. */
function indexRows(
  input: ScoreUnitInput,
  problems: SheetProblems,
): { rows: Map<string, number>; columns: Columns } | null {
  const { sheet, criteria, language } = input;
  const found = readColumns(sheet.values, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS);
  if (!found) {
    problems.error(null, 'noHeaderRow', { column: language === 'vi' ? 'Mã' : 'Code' });
    return null;
  }
  const codeCol = found.column.code as number;
  const maxCol = found.column.max;
  const rows = new Map<string, number>();
  const seenAt = new Map<string, number>();
  for (let r = found.headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] as readonly Cell[] | undefined;
    const read = readCode(cells?.[codeCol]);
    if (read.kind === 'blank') continue;
    if (read.kind === 'bad') {
      problems.error(a1(r, codeCol), 'badCode', { text: read.text });
      continue;
    }
    const criterion = criteria.byCode.get(read.code);
    if (!criterion) {
      problems.error(a1(r, codeCol), 'unknownCode', { code: read.code, criteria: criteria.sheet });
      continue;
    }
    const seen = seenAt.get(read.code);
    if (seen !== undefined) {
      problems.error(a1(r, codeCol), 'duplicateCode', { code: read.code, row: seen + 1 });
      continue;
    }
    seenAt.set(read.code, r);
    if (!criterion.isLeaf) continue;
    rows.set(read.code, r);
    if (maxCol !== undefined && cells) {
      const given = readNumber(cells[maxCol] ?? null);
      if (given.ok && Math.abs(given.value - criterion.max) > TOLERANCE) {
        problems.warn(a1(r, maxCol), 'maxDiffers', {
          given: formatNumber(language, given.value),
          max: formatNumber(language, criterion.max),
        });
      }
    }
  }
  return { rows, columns: found.column };
}

/** A score typed by a person: a number inside the leaf's range, or null when blank. */
function readScore(
  cell: Cell,
  criterion: Criterion,
  row: number,
  column: number,
  problems: SheetProblems,
  errorValueReported = true,
): number | null | 'error' {
  if (typeof cell === 'number' && cell >= criterion.low - TOLERANCE && cell <= criterion.high + TOLERANCE)
    return cell;
  if (isBlank(cell)) return null;
  if (errorValueReported && isErrorValue(cell)) return 'error';
  const number = readNumber(cell);
  if (!number.ok) {
    problems.error(a1(row, column), numberProblemKey(number.problem), { text: number.text });
    return 'error';
  }
  if (number.value < criterion.low - TOLERANCE || number.value > criterion.high + TOLERANCE) {
    const f = (value: number): string => formatNumber(problems.language, value);
    problems.error(a1(row, column), 'scoreOutOfRange', {
      value: f(number.value),
      low: f(criterion.low),
      high: f(criterion.high),
      code: criterion.code,
    });
    return 'error';
  }
  return number.value;
}

function sipasOf(input: ScoreUnitInput, errors: ParError[]): number | null {
  const survey = input.survey;
  const row = survey?.rows.get(unitKey(input.unit));
  if (!survey || !row || survey.sipasColumn === null) return null;
  const cell = row.cells[survey.sipasColumn] ?? null;
  if (isBlank(cell)) return null;
  const number = readNumber(cell);
  if (!number.ok) {
    new SheetProblems(input.language, survey.sheet, errors).error(
      a1(row.row, survey.sipasColumn),
      numberProblemKey(number.problem),
      {
        text: number.text,
      },
    );
    return null;
  }
  return !number.percent && number.value > 1 ? number.value / 100 : number.value;
}

/** Most leaves have no flag: they share this empty list until their first one. */
const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];

function addFlag(leaf: LeafResult, kind: FlagKind, amount: number): void {
  const flag: Flag = { code: leaf.code, kind, amount };
  if (leaf.flags === NO_FLAGS) leaf.flags = [flag];
  else leaf.flags.push(flag);
}

/** 0-based column of each meaning in the unit sheet, -1 where the sheet has none. */
type ColumnIndexes = Record<UnitSheetColumn, number>;

interface UnitContext {
  input: ScoreUnitInput;
  problems: SheetProblems;
  surveyProblems: SheetProblems | null;
  rows: Map<string, number>;
  col: ColumnIndexes;
  surveyRow: SurveyRow | undefined;
}

const NO_CELLS: readonly Cell[] = [];
const ERROR_CHECKED: readonly UnitSheetColumn[] = ['value', 'of', 'self', 'appraised', 'evidence', 'note'];

function cellAt(cells: readonly Cell[], column: number): Cell {
  return column < 0 ? null : (cells[column] ?? null);
}

function newLeaf(criterion: Criterion): LeafResult {
  return {
    code: criterion.code,
    name: criterion.name,
    type: criterion.type,
    max: criterion.max,
    applicable: true,
    computed: null,
    self: null,
    appraised: null,
    final: null,
    note: '',
    row: null,
    flags: NO_FLAGS,
  };
}

function scoreLeaf(criterion: Criterion, context: UnitContext): LeafResult {
  const { input, problems, rows, col, surveyRow } = context;
  const { basis, survey } = input;
  const leaf = newLeaf(criterion);
  const r = rows.get(criterion.code);
  const cells: readonly Cell[] = r === undefined ? NO_CELLS : (input.sheet.values[r] ?? NO_CELLS);
  const value = cellAt(cells, col.value);
  let failed = false;

  if (r !== undefined) {
    leaf.row = r;
    if (
      isNotApplicable(value) ||
      isNotApplicable(cellAt(cells, col.self)) ||
      isNotApplicable(cellAt(cells, col.appraised))
    ) {
      leaf.applicable = false;
      return leaf;
    }
    for (let k = 0; k < ERROR_CHECKED.length; k++) {
      const key = ERROR_CHECKED[k] as UnitSheetColumn;
      const cell = cellAt(cells, col[key]);
      if (!isErrorValue(cell)) continue;
      problems.error(a1(r, col[key]), 'errorValue', { text: cell.trim() });
      failed = true;
    }
    leaf.note = cellText(cellAt(cells, col.note));
  }

  const rule = criterion.rule;
  if (rule.kind === 'survey') {
    const column = survey?.codeColumns.get(criterion.code);
    if (!survey || !surveyRow || column === undefined) {
      leaf.applicable = false;
      addFlag(leaf, 'survey-missing', 0);
      return leaf;
    }
    const cell = surveyRow.cells[column] ?? null;
    if (isNotApplicable(cell)) {
      leaf.applicable = false;
      return leaf;
    }
    const surveyProblems = context.surveyProblems as SheetProblems;
    const points = readScore(cell, criterion, surveyRow.row, column, surveyProblems, false);
    if (points === 'error') failed = true;
    else leaf.computed = points;
  } else if (r === undefined) {
    leaf.final = 0;
    addFlag(leaf, 'missing', 0);
    if (criterion.type === 'score' && criterion.max > 0) addFlag(leaf, 'lost', criterion.max);
    return leaf;
  } else if (rule.kind !== 'manual' && !failed && !isBlank(value)) {
    const computed = computeLeaf(rule, criterion, value, cellAt(cells, col.of));
    if (computed.ok) leaf.computed = computed.value;
    else {
      problems.error(a1(r, col[computed.cell]), computed.key, computed.params);
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
  if (self === 'error' || appraised === 'error' || failed) return leaf;
  leaf.self = self ?? leaf.computed;
  leaf.appraised = appraised;
  // Survey points come from the secretariat, not from the unit: under Basis `appraised` they stand as appraised.
  const appraisedFinal = appraised ?? (rule.kind === 'survey' ? leaf.computed : null);
  let final =
    basis === 'self' ? leaf.self : basis === 'appraised' ? appraisedFinal : (appraised ?? leaf.self);
  if (final === null) {
    final = 0;
    addFlag(leaf, 'not-scored', 0);
  }
  leaf.final = final;
  if (criterion.type === 'score' && final < criterion.max - TOLERANCE)
    addFlag(leaf, 'lost', criterion.max - final);
  if (criterion.type === 'penalty' && final < -TOLERANCE) addFlag(leaf, 'penalty', -final);
  if (basis !== 'self' && appraised !== null && leaf.self !== null && appraised < leaf.self - TOLERANCE) {
    addFlag(leaf, 'appraisal-cut', leaf.self - appraised);
  }
  if (self !== null && leaf.computed !== null && self > leaf.computed + TOLERANCE) {
    addFlag(leaf, 'overclaim', self - leaf.computed);
  }
  if (
    criterion.evidenceRequired &&
    final > TOLERANCE &&
    r !== undefined &&
    isBlank(cellAt(cells, col.evidence))
  ) {
    addFlag(leaf, 'no-evidence', 0);
  }
  return leaf;
}

export function scoreUnit(input: ScoreUnitInput): UnitScore {
  const { sheet, criteria, survey, language } = input;
  const errors: ParError[] = [];
  const warnings: ParError[] = [];
  const problems = new SheetProblems(language, sheet.name, errors, warnings);
  const indexed = indexRows(input, problems);
  const found = indexed?.columns ?? {};
  const col = {} as ColumnIndexes;
  for (const spec of UNIT_SHEET_COLUMNS) col[spec.key] = found[spec.key] ?? -1;
  const context: UnitContext = {
    input,
    problems,
    surveyProblems: survey ? new SheetProblems(language, survey.sheet, errors) : null,
    rows: indexed?.rows ?? new Map<string, number>(),
    col,
    surveyRow: survey?.rows.get(unitKey(input.unit)),
  };
  const leaves = criteria.leaves.map((criterion) => scoreLeaf(criterion, context));
  const sipas = sipasOf(input, errors);
  return { ...totals(criteria, leaves), sipas, leaves, flags: flagsOf(leaves), errors, warnings };
}

function flagsOf(leaves: readonly LeafResult[]): Flag[] {
  const flags: Flag[] = [];
  for (const leaf of leaves) {
    for (const flag of leaf.flags) flags.push(flag);
  }
  return flags;
}

function totals(
  criteria: CriteriaSet,
  leaves: readonly LeafResult[],
): Pick<UnitScore, 'points' | 'max' | 'index' | 'fields'> {
  const byField = new Map<string, { points: number; max: number }>();
  for (const field of criteria.fields) byField.set(field.code, { points: 0, max: 0 });
  let points = 0;
  let max = 0;
  criteria.leaves.forEach((criterion, i) => {
    const leaf = leaves[i] as LeafResult;
    if (!leaf.applicable) return;
    const field = byField.get(criterion.field) as { points: number; max: number };
    const final = leaf.final ?? 0;
    points += final;
    field.points += final;
    if (criterion.type === 'score') {
      max += criterion.max;
      field.max += criterion.max;
    }
  });
  const fields = criteria.fields.map((field) => {
    const sums = byField.get(field.code) as { points: number; max: number };
    return {
      code: field.code,
      name: field.name,
      points: sums.points,
      max: sums.max,
      index: indexOf(sums.points, sums.max),
    };
  });
  return { points, max, index: indexOf(points, max), fields };
}

export function indexOf(points: number, max: number): number | null {
  return max > 0 ? (100 * points) / max : null;
}
