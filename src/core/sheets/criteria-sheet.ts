/** Reads a criteria sheet (Tiêu chí): the tree of fields, criteria and leaves, their maxima, types and rules. */
import { a1 } from '../basics/a1';
import { readAppliesTo } from '../scoring/applies-to';
import { inheritDown } from './criteria-inherit';
import { findCaps } from '../scoring/caps';
import { cellText, isBlank, readNumber } from '../basics/cells';
import { fieldCode, parentCode, readCode } from '../basics/codes';
import { exactNumber, TOLERANCE } from '../basics/numbers';
import { readNoneArose, zeroOfMeansNoneArose } from '../scoring/none-arose';
import { numberProblemKey, SheetProblems } from '../basics/problems';
import { parseRule } from '../rules/parse-rule';
import { listedPoints, type Rule } from '../rules/rule';
import { readColumnsOrReport } from './headers';
import { foldKey } from '../basics/text';
import type { Language, LeafType, ParError, Sheet } from '../types';
import type { AppliesTo, CodedRow, CriteriaSet, Criterion, NoneArosePolicy } from '../scoring/criteria';

export type { CodedRow, CriteriaSet, Criterion } from '../scoring/criteria';
import {
  CODE_HEADERS,
  CRITERIA_COLUMNS,
  type CriteriaColumn,
  headerName,
  MAX_HEADERS,
} from './workbook-schema';

/** The Type column's words for each leaf type: the English name, then the Vietnamese ones. */
const LEAF_TYPE_WORDS: Record<LeafType, readonly string[]> = {
  score: ['score', 'điểm'],
  bonus: ['bonus', 'điểm cộng', 'cộng'],
  penalty: ['penalty', 'điểm trừ', 'trừ'],
};

const TYPE_BY_WORD = new Map<string, LeafType>(
  (Object.keys(LEAF_TYPE_WORDS) as LeafType[]).flatMap((type) =>
    LEAF_TYPE_WORDS[type].map((word): [string, LeafType] => [foldKey(word), type]),
  ),
);

/** The leaf type a Type cell names (ignoring case and diacritics), or undefined. */
export function leafTypeOf(text: string): LeafType | undefined {
  return TYPE_BY_WORD.get(foldKey(text));
}

/** The columns of a criteria sheet, Code and Max always among them. */
type CriteriaColumns = Partial<Record<CriteriaColumn, number>> & { code: number; max: number };

/** Codes are leaves unless another code names them as parent; each parent's children, in sheet order. */
type Children = Map<string, string[]>;

/** The Max cells as read: a number, or null where blank or unreadable. */
type GivenMax = Map<string, number | null>;

function newSet(sheet: string, errors: ParError[], warnings: ParError[]): CriteriaSet {
  return {
    ...{ sheet, criteria: [], byCode: new Map(), leaves: [], fields: [], leafField: [] },
    ...{ hasAppliesTo: false, masks: new Map(), caps: [], errors, warnings },
  };
}

export function readCriteriaSheet(sheet: Sheet, language: Language): CriteriaSet {
  const errors: ParError[] = [];
  const warnings: ParError[] = [];
  const problems = new SheetProblems(language, sheet.name, errors, warnings);
  const set = newSet(sheet.name, errors, warnings);
  const header = findCriteriaColumns(sheet, problems);
  if (!header) return set;
  const col = header.column;
  const rows = readCodedRows(sheet, header.headerRow, col.code, problems);
  if (rows.length === 0) {
    problems.error(null, 'emptyCriteria');
    return set;
  }
  const children = linkChildren(rows, col.code, problems);
  const given = readGivenMax(rows, col.max, children, problems);
  const types = readTypes(rows, col.type);
  const sums = leafMaxSums(rows, children, given, types);
  checkParentMax(rows, col.max, children, given, types, sums, problems);
  checkTypeCells(rows, col.type, problems);
  const appliesTo = readAppliesTo(rows, col.appliesTo);
  const noneArose = readNoneArose(rows, col.ifNoneArose, problems);
  for (const raw of rows) {
    const type = types.get(raw.code) ?? 'score';
    const max = effectiveMax(raw.code, type, given, sums);
    const isLeaf = !children.has(raw.code);
    const at = { position: set.criteria.length, leaf: isLeaf ? set.leaves.length : -1 };
    const scope = { appliesTo: appliesTo.get(raw.code) ?? null, noneArose: noneArose.get(raw.code) ?? null };
    addCriterion(set, buildCriterion(raw, col, max, type, at, scope, problems));
  }
  const fieldAt = new Map(set.fields.map((field, f) => [field.code, f]));
  set.leafField = set.leaves.map((leaf) => fieldAt.get(leaf.field) as number);
  set.hasAppliesTo = set.leaves.some((leaf) => leaf.appliesTo !== null);
  set.caps = findCaps(set.criteria, set.leaves, (code) => fieldAt.get(code) as number);
  if (errors.length === 0) warnIfTotalNot100(set.leaves, problems);
  return set;
}

/** The header row and its columns, or null after reporting a missing header row or Max column. */
function findCriteriaColumns(
  sheet: Sheet,
  problems: SheetProblems,
): { headerRow: number; column: CriteriaColumns } | null {
  const columns = readColumnsOrReport(sheet.values, CODE_HEADERS, CRITERIA_COLUMNS, problems);
  if (!columns) return null;
  const { code, max } = columns.column;
  if (max === undefined) {
    problems.error(a1(columns.headerRow, 0), 'missingColumn', {
      column: headerName(MAX_HEADERS, problems.language),
    });
    return null;
  }
  return { headerRow: columns.headerRow, column: { ...columns.column, code: code as number, max } };
}

/** The rows below the header that hold a code; bad and repeated codes are reported and left out. */
export function readCodedRows(
  sheet: Sheet,
  headerRow: number,
  codeCol: number,
  problems: SheetProblems,
): CodedRow[] {
  const rows: CodedRow[] = [];
  const firstRow = new Map<string, number>();
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const code = readCode(cells[codeCol]);
    if (code === null) continue;
    if (typeof code !== 'string') {
      problems.error(a1(r, codeCol), 'badCode', { text: code.bad });
      continue;
    }
    const seen = firstRow.get(code);
    if (seen !== undefined) {
      problems.error(a1(r, codeCol), 'duplicateCode', { code, row: seen + 1 });
      continue;
    }
    firstRow.set(code, r);
    rows.push({ code, row: r, cells });
  }
  return rows;
}

/** Each parent's children in sheet order; a code whose parent is not in the sheet is reported. */
export function linkChildren(rows: readonly CodedRow[], codeCol: number, problems: SheetProblems): Children {
  const codes = new Set(rows.map((raw) => raw.code));
  const children: Children = new Map();
  for (const { code, row } of rows) {
    const parent = parentCode(code);
    if (parent === null) continue;
    if (!codes.has(parent)) {
      problems.error(a1(row, codeCol), 'missingParent', { code, parent });
      continue;
    }
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }
  return children;
}

/** Each code's Max cell: required on a leaf, a number ≥ 0; null where blank or not read (and reported). */
export function readGivenMax(
  rows: readonly CodedRow[],
  maxCol: number,
  children: Children,
  problems: SheetProblems,
): GivenMax {
  const given: GivenMax = new Map();
  for (const { code, row, cells } of rows) {
    const cell = cells[maxCol] ?? null;
    given.set(code, null);
    if (isBlank(cell)) {
      if (!children.has(code)) problems.error(a1(row, maxCol), 'leafMaxMissing', { code });
      continue;
    }
    const number = readNumber(cell);
    if (!number.ok) problems.error(a1(row, maxCol), numberProblemKey(number.problem), { text: number.text });
    else if (number.value < 0) problems.error(a1(row, maxCol), 'maxNegative', { code });
    else given.set(code, number.value);
  }
  return given;
}

/** Each code's type: its Type cell, else its nearest ancestor's, else score (unknown words: see checkTypeCells). */
export function readTypes(rows: readonly CodedRow[], typeCol: number | undefined): Map<string, LeafType> {
  const cells = new Map(
    rows.map((raw) => [raw.code, typeCol === undefined ? null : (raw.cells[typeCol] ?? null)]),
  );
  return inheritDown<LeafType>(
    rows.map((raw) => raw.code),
    (code) => {
      const cell = cells.get(code) ?? null;
      return isBlank(cell) ? undefined : leafTypeOf(cellText(cell));
    },
    'score',
  );
}

/** Reports each Type cell that names no type. */
function checkTypeCells(
  rows: readonly CodedRow[],
  typeCol: number | undefined,
  problems: SheetProblems,
): void {
  if (typeCol === undefined) return;
  for (const { row, cells } of rows) {
    const cell = cells[typeCol] ?? null;
    if (!isBlank(cell) && leafTypeOf(cellText(cell)) === undefined)
      problems.error(a1(row, typeCol), 'badType', { text: cellText(cell) });
  }
}

/** Σ Max of the leaves below each code (a leaf: its own Max), by type; NaN where a leaf's Max could not be read. */
type LeafMaxSums = Map<string, Record<LeafType, number>>;

export function leafMaxSums(
  rows: readonly CodedRow[],
  children: Children,
  given: GivenMax,
  types: Map<string, LeafType>,
): LeafMaxSums {
  const sums: LeafMaxSums = new Map();
  const sumOf = (code: string): Record<LeafType, number> => {
    const known = sums.get(code);
    if (known) return known;
    const sum = { score: 0, bonus: 0, penalty: 0 };
    const kids = children.get(code);
    if (kids) {
      for (const kid of kids) {
        const below = sumOf(kid);
        sum.score += below.score;
        sum.bonus += below.bonus;
        sum.penalty += below.penalty;
      }
    } else {
      sum[types.get(code) ?? 'score'] = given.get(code) ?? Number.NaN;
    }
    sums.set(code, sum);
    return sum;
  };
  for (const { code } of rows) sumOf(code);
  return sums;
}

/**
 * A parent's Max, when given, must equal Σ Max of the leaves below it of its own type; a bonus or penalty parent's
 * may also be less (a cap).
 */
export function checkParentMax(
  rows: readonly CodedRow[],
  maxCol: number,
  children: Children,
  given: GivenMax,
  types: Map<string, LeafType>,
  sums: LeafMaxSums,
  problems: SheetProblems,
): void {
  const language = problems.language;
  for (const { code, row } of rows) {
    const own = given.get(code) ?? null;
    const sum = sums.get(code);
    if (own === null || !sum || !children.has(code)) continue;
    const type = types.get(code) ?? 'score';
    const expected = sum[type];
    if (Number.isNaN(expected) || Math.abs(expected - own) <= TOLERANCE) continue;
    if (type !== 'score' && own < expected) continue;
    problems.error(a1(row, maxCol), 'parentMaxMismatch', {
      code,
      given: exactNumber(own, language),
      sum: exactNumber(expected, language),
      type: leafTypeName(type, language),
    });
  }
}

/** The leaf type's name in the workbook's language, as the Type column writes it. */
function leafTypeName(type: LeafType, language: Language): string {
  return LEAF_TYPE_WORDS[type][language === 'vi' ? 1 : 0] as string;
}

/** A code's Max: the one given, else Σ Max of the leaves below it of its type; 0 where a leaf's Max was not read. */
export function effectiveMax(code: string, type: LeafType, given: GivenMax, sums: LeafMaxSums): number {
  const max = given.get(code) ?? sums.get(code)?.[type] ?? Number.NaN;
  return Number.isNaN(max) ? 0 : max;
}

/** A leaf's rule (manual when blank or not read, which is reported); a rule on a parent is warned about and unused. */
function readRuleCell(
  raw: CodedRow,
  ruleCol: number | undefined,
  isLeaf: boolean,
  problems: SheetProblems,
): Rule {
  const cell = ruleCol === undefined ? null : (raw.cells[ruleCol] ?? null);
  if (!isLeaf) {
    if (!isBlank(cell)) problems.warn(a1(raw.row, ruleCol as number), 'ruleOnParent', { code: raw.code });
    return { kind: 'manual' };
  }
  const parsed = parseRule(cell);
  if (parsed.ok) return parsed.rule;
  problems.errorOf(a1(raw.row, ruleCol as number), parsed);
  return { kind: 'manual' };
}

/**
 * The range a leaf's result is held in: [0, Max] for score and bonus, [−Max, 0] for penalty; a score row's
 * range reaches down to the lowest points its rule lists. An entry listed above Max is reported.
 */
export function leafRange(
  raw: CodedRow,
  ruleCol: number | undefined,
  rule: Rule,
  type: LeafType,
  max: number,
  problems: SheetProblems,
): { low: number; high: number } {
  let low = type === 'penalty' ? -max : 0;
  const high = type === 'penalty' ? 0 : max;
  const language = problems.language;
  for (const entry of listedPoints(rule)) {
    const tooBig = type === 'penalty' ? entry.points < -max - TOLERANCE : entry.points > max + TOLERANCE;
    if (tooBig) {
      problems.error(a1(raw.row, ruleCol as number), 'entryAboveMax', {
        entry: entry.text,
        points: exactNumber(entry.points, language),
        max: exactNumber(max, language),
        code: raw.code,
      });
    }
    if (type === 'score' && entry.points < low) low = entry.points;
  }
  return { low, high };
}

/** One criterion of the sheet, at `position` in the set's criteria and `leaf` in its leaves (-1 for a parent). */
function buildCriterion(
  raw: CodedRow,
  col: CriteriaColumns,
  max: number,
  type: LeafType,
  at: { position: number; leaf: number },
  scope: { appliesTo: AppliesTo; noneArose: NoneArosePolicy | null },
  problems: SheetProblems,
): Criterion {
  const { code, cells } = raw;
  const isLeaf = at.leaf >= 0;
  const rule = readRuleCell(raw, col.rule, isLeaf, problems);
  const { low, high } = leafRange(raw, col.rule, rule, type, max, problems);
  // Built as one literal, so every criterion has the same shape: the scoring loop reads them a million times.
  return {
    code,
    name: col.name === undefined ? '' : cellText(cells[col.name] ?? null),
    parent: parentCode(code),
    row: raw.row,
    isLeaf,
    max,
    type,
    low,
    high,
    rule,
    evidenceRequired: col.evidence !== undefined && !isBlank(cells[col.evidence] ?? null),
    field: fieldCode(code),
    position: at.position,
    leaf: at.leaf,
    appliesTo: scope.appliesTo,
    noneArose: scope.noneArose,
    zeroOfNoneArose: scope.noneArose !== null && zeroOfMeansNoneArose(rule),
  };
}

function addCriterion(set: CriteriaSet, criterion: Criterion): void {
  set.criteria.push(criterion);
  set.byCode.set(criterion.code, criterion);
  if (criterion.isLeaf) set.leaves.push(criterion);
  if (criterion.parent === null) set.fields.push(criterion);
}

/** A warning when the score leaves' maxima do not add up to 100. */
function warnIfTotalNot100(leaves: readonly Criterion[], problems: SheetProblems): void {
  let total = 0;
  for (const leaf of leaves) if (leaf.type === 'score') total += leaf.max;
  if (Math.abs(total - 100) > TOLERANCE)
    problems.warn(null, 'maxTotalNot100', { total: exactNumber(total, problems.language) });
}
