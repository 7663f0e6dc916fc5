/** Reads a criteria sheet (Tiêu chí): the tree of fields, criteria and leaves, their maxima, types and rules. */
import { a1 } from './a1';
import { cellText, isBlank, readNumber } from './cells';
import { fieldCode, parentCode, readCode } from './codes';
import { formatNumber } from './messages';
import { numberProblemKey, SheetProblems } from './problems';
import { parseRule } from './rules/parse-rule';
import { listedPoints, type Rule } from './rules/rule';
import type { ScoredLeaf } from './rules/apply-rule';
import { readColumns } from './headers';
import { foldKey } from './text';
import type { Cell, Language, LeafType, ParError, Sheet } from './types';
import { CODE_HEADERS, CRITERIA_COLUMNS, headerName, MAX_HEADERS } from './workbook-schema';

export interface Criterion extends ScoredLeaf {
  name: string;
  parent: string | null;
  /** 0-based row in the criteria sheet. */
  row: number;
  isLeaf: boolean;
  rule: Rule;
  evidenceRequired: boolean;
  field: string;
  /** Position in the set's `criteria`, and in its `leaves` (-1 for a parent). */
  position: number;
  leaf: number;
}

export interface CriteriaSet {
  sheet: string;
  /** In sheet order. */
  criteria: Criterion[];
  byCode: Map<string, Criterion>;
  leaves: Criterion[];
  /** Top-level codes, in sheet order. */
  fields: Criterion[];
  /** For each leaf, the position of its field in `fields`. */
  leafField: number[];
  errors: ParError[];
  warnings: ParError[];
}

const TYPES: Record<string, LeafType> = {
  score: 'score',
  diem: 'score',
  bonus: 'bonus',
  'diem cong': 'bonus',
  cong: 'bonus',
  penalty: 'penalty',
  'diem tru': 'penalty',
  tru: 'penalty',
};

interface RawRow {
  code: string;
  row: number;
  cells: readonly Cell[];
}

export function readCriteriaSheet(sheet: Sheet, language: Language): CriteriaSet {
  const errors: ParError[] = [];
  const warnings: ParError[] = [];
  const problems = new SheetProblems(language, sheet.name, errors, warnings);
  const set: CriteriaSet = {
    sheet: sheet.name,
    criteria: [],
    byCode: new Map(),
    leaves: [],
    fields: [],
    leafField: [],
    errors,
    warnings,
  };
  const columns = readColumns(sheet.values, CODE_HEADERS, CRITERIA_COLUMNS);
  if (!columns) {
    problems.error(null, 'noHeaderRow', { column: headerName(CODE_HEADERS, language) });
    return set;
  }
  const col = columns.column;
  const codeCol = col.code as number;
  if (col.max === undefined) {
    problems.error(a1(columns.headerRow, 0), 'missingColumn', {
      column: headerName(MAX_HEADERS, language),
    });
    return set;
  }
  const maxCol = col.max;

  const rows: RawRow[] = [];
  const firstRow = new Map<string, number>();
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const code = readCode(cells[codeCol]);
    if (code === null) continue;
    if (typeof code !== 'string') {
      problems.error(a1(r, codeCol), 'badCode', { text: code.bad });
      continue;
    }
    const seen = firstRow.get(code);
    if (seen !== undefined) {
      problems.error(a1(r, codeCol), 'duplicateCode', { code: code, row: seen + 1 });
      continue;
    }
    firstRow.set(code, r);
    rows.push({ code: code, row: r, cells });
  }
  if (rows.length === 0) {
    problems.error(null, 'emptyCriteria');
    return set;
  }

  const children = new Map<string, string[]>();
  for (const { code, row } of rows) {
    const parent = parentCode(code);
    if (parent === null) continue;
    if (!firstRow.has(parent)) {
      problems.error(a1(row, codeCol), 'missingParent', { code, parent });
      continue;
    }
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  }

  const given = new Map<string, number | null>();
  for (const { code, row, cells } of rows) {
    const cell = cells[maxCol] ?? null;
    if (isBlank(cell)) {
      given.set(code, null);
      if (!children.has(code)) problems.error(a1(row, maxCol), 'leafMaxMissing', { code });
      continue;
    }
    const number = readNumber(cell);
    if (!number.ok) {
      problems.error(a1(row, maxCol), numberProblemKey(number.problem), { text: number.text });
      given.set(code, null);
    } else if (number.value < 0) {
      problems.error(a1(row, maxCol), 'maxNegative', { code });
      given.set(code, null);
    } else {
      given.set(code, number.value);
    }
  }

  const effectiveMax = new Map<string, number>();
  const maxOf = (code: string): number => {
    const known = effectiveMax.get(code);
    if (known !== undefined) return known;
    const kids = children.get(code);
    const own = given.get(code) ?? null;
    // A leaf whose Max could not be read is NaN, so no parent above it is also reported as not adding up.
    const value = kids ? kids.reduce((sum, kid) => sum + maxOf(kid), 0) : (own ?? Number.NaN);
    effectiveMax.set(code, own ?? value);
    return own ?? value;
  };
  for (const { code, row } of rows) {
    const kids = children.get(code);
    const own = given.get(code);
    if (!kids || own === null || own === undefined) continue;
    const sum = kids.reduce((total, kid) => total + maxOf(kid), 0);
    if (!Number.isNaN(sum) && Math.abs(sum - own) > 1e-9) {
      problems.error(a1(row, maxCol), 'parentMaxMismatch', {
        code,
        given: formatNumber(language, own),
        sum: formatNumber(language, sum),
      });
    }
  }

  const typeOf = new Map<string, LeafType>();
  for (const { code, row, cells } of rows) {
    const cell = col.type === undefined ? null : (cells[col.type] ?? null);
    const parent = parentCode(code);
    const inherited = (parent !== null && typeOf.get(parent)) || 'score';
    if (isBlank(cell)) {
      typeOf.set(code, inherited);
      continue;
    }
    const type = TYPES[foldKey(cellText(cell))];
    if (!type) problems.error(a1(row, col.type as number), 'badType', { text: cellText(cell) });
    typeOf.set(code, type ?? inherited);
  }

  for (const { code, row, cells } of rows) {
    const isLeaf = !children.has(code);
    const effective = maxOf(code);
    const max = Number.isNaN(effective) ? 0 : effective;
    const type = typeOf.get(code) ?? 'score';
    const ruleCell = col.rule === undefined ? null : (cells[col.rule] ?? null);
    let rule: Rule = { kind: 'manual' };
    if (isLeaf) {
      const parsed = parseRule(ruleCell);
      if (parsed.ok) rule = parsed.rule;
      else problems.error(a1(row, col.rule as number), parsed.key, parsed.params);
    } else if (!isBlank(ruleCell)) {
      problems.warn(a1(row, col.rule as number), 'ruleOnParent', { code });
    }
    let low = type === 'penalty' ? -max : 0;
    const high = type === 'penalty' ? 0 : max;
    for (const entry of listedPoints(rule)) {
      const tooBig = type === 'penalty' ? entry.points < -max - 1e-9 : entry.points > max + 1e-9;
      if (tooBig) {
        problems.error(a1(row, col.rule as number), 'entryAboveMax', {
          entry: entry.text,
          points: formatNumber(language, entry.points),
          max: formatNumber(language, max),
          code,
        });
      }
      if (type === 'score' && entry.points < low) low = entry.points;
    }
    const parent = parentCode(code);
    const criterion: Criterion = {
      code,
      name: col.name === undefined ? '' : cellText(cells[col.name] ?? null),
      parent,
      row,
      isLeaf,
      max,
      type,
      low,
      high,
      rule,
      evidenceRequired: col.evidence !== undefined && !isBlank(cells[col.evidence] ?? null),
      field: fieldCode(code),
      position: set.criteria.length,
      leaf: isLeaf ? set.leaves.length : -1,
    };
    set.criteria.push(criterion);
    set.byCode.set(code, criterion);
    if (isLeaf) set.leaves.push(criterion);
    if (parent === null) set.fields.push(criterion);
  }
  const fieldAt = new Map(set.fields.map((field, f) => [field.code, f]));
  set.leafField = set.leaves.map((leaf) => fieldAt.get(leaf.field) as number);
  const total = set.leaves.filter((leaf) => leaf.type === 'score').reduce((sum, leaf) => sum + leaf.max, 0);
  if (errors.length === 0 && Math.abs(total - 100) > 1e-9)
    problems.warn(null, 'maxTotalNot100', { total: formatNumber(language, total) });
  return set;
}
