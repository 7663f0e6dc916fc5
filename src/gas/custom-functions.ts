/**
 * Custom functions people type into cells. Each takes whole columns (one formula per column, not per row) and is
 * read-only. A problem is thrown, so that Sheets shows #ERROR! with the message and ISERROR/IFERROR see it (text
 * returned instead would be skipped by SUM without a word). Messages are in the workbook's language, decided as the
 * core decides it: from the names of the contract's sheets, or the Settings sheet's Language.
 */
import {
  type Basis,
  type Cell,
  applicableLeaves,
  cellText,
  classify,
  competitionRanks,
  computeLeaf,
  type CriteriaSet,
  type Criterion,
  DEFAULT_BANDS,
  exactNumber,
  fieldsOf,
  FLAG_LABELS,
  fromSurvey,
  isBlank,
  isNotApplicable,
  type KeyedMessage,
  type Language,
  languageOf,
  message,
  numberProblemKey,
  type ParError,
  parseClassBands,
  readCode,
  readCriteriaSheet,
  readNumber,
  readSettings,
  readSurveySheet,
  saysNothingArose,
  scoreUnit,
  type ScoreUnitInput,
  type Sheet,
  SheetIndex,
  sheetName,
  type SheetRole,
  type SheetScore,
  type Survey,
  surveyRatePoints,
  type SurveyRow,
  TOLERANCE,
  unitKey,
} from '../core';
import { UI_TEXT } from './ui-text';
import { readSheet } from './workbook-io';

type Input = Cell | Cell[][] | undefined;
type Output = (string | number)[][];

/** Sheets passes one cell as a value and a range as rows; both become rows. */
function rows(input: Input): Cell[][] {
  if (input === undefined || input === null || input === '') return [];
  return Array.isArray(input) ? input : [[input]];
}

function column(input: Input): Cell[] {
  return rows(input).map((row) => row[0] ?? null);
}

/** One cell's text: the first cell of a range, '' when not given. */
function single(input: Input): string {
  return cellText(rows(input)[0]?.[0] ?? null);
}

/** Sheets may show an error for an empty array: a blank input gives a blank cell. */
function orBlank(output: Output): Output | string {
  return output.length === 0 ? '' : output;
}

function firstProblem(errors: readonly ParError[]): void {
  const first = errors[0];
  if (first) throw new Error(`${first.cell ?? ''} ${first.message}`.trim());
}

/** The workbook as a custom function sees it: sheet names (values only for Settings), language and Basis. */
class WorkbookView {
  readonly spreadsheet = SpreadsheetApp.getActive();
  readonly index: SheetIndex;
  readonly language: Language;
  readonly basis: Basis;

  constructor() {
    const names: Sheet[] = this.spreadsheet
      .getSheets()
      .map((sheet) => ({ name: sheet.getName(), values: [] }));
    const settingsName = new SheetIndex(names).role('settings')?.sheet.name;
    const settings = settingsName === undefined ? null : this.sheet(settingsName);
    this.index = new SheetIndex(names.map((sheet) => (sheet.name === settingsName && settings) || sheet));
    this.language = languageOf(this.index);
    this.basis = readSettings(settings, this.language, []).basis;
  }

  private sheet(name: string): Sheet | null {
    const found = this.spreadsheet.getSheetByName(name);
    return found ? readSheet(found) : null;
  }

  /** The name of the sheet of a role, for messages: the workbook's own, else the contract's in its language. */
  roleName(role: SheetRole): string {
    return this.index.role(role)?.sheet.name ?? sheetName(role, this.language);
  }

  /** The criteria set: the range passed, else the criteria sheet read here; its first error is thrown. */
  criteria(input: Input): CriteriaSet {
    const name = this.roleName('criteria');
    const passed = rows(input);
    const sheet = passed.length > 0 ? { name, values: passed } : this.sheet(name);
    if (!sheet) throw new Error(message(this.language, 'noCriteriaSheet', { name }));
    const set = readCriteriaSheet(sheet, this.language);
    firstProblem(set.errors);
    return set;
  }

  /** The Survey range and the unit's row in it; none when no range is passed. */
  survey(input: Input, unit: Input): { survey: Survey | null; surveyRow?: SurveyRow } {
    const passed = rows(input);
    if (passed.length === 0) return { survey: null };
    const errors: ParError[] = [];
    const survey = readSurveySheet({ name: this.roleName('survey'), values: passed }, this.language, errors);
    firstProblem(errors);
    const name = single(unit);
    if (name === '') throw new Error(UI_TEXT[this.language].surveyNeedsUnit);
    const surveyRow = survey?.rows.get(unitKey(name));
    return surveyRow ? { survey, surveyRow } : { survey };
  }
}

/** Where the unit functions' optional arguments say what the ranking uses. */
interface UnitArgs {
  criteria?: Input;
  survey?: Input;
  unit?: Input;
  group?: Input;
}

function unitScore(
  unitRange: Input,
  args: UnitArgs,
): { view: WorkbookView; set: CriteriaSet; score: SheetScore } {
  const view = new WorkbookView();
  const set = view.criteria(args.criteria);
  const group = single(args.group);
  const input = {
    sheet: { name: '', values: rows(unitRange) },
    criteria: set,
    ...view.survey(args.survey, args.unit),
    basis: view.basis,
    language: view.language,
    // The unit's group, for Applies to, as the Units sheet writes it; null for a unit without one.
    group: group === '' ? null : group,
  };
  const score = scoreUnit(input satisfies ScoreUnitInput);
  firstProblem(score.errors);
  return { view, set, score };
}

/** A survey or survey-rate leaf's points for PAR_SCORE, as the ranking reads them: '' without the unit's Survey cell. */
function surveyCellPoints(
  criterion: Criterion,
  survey: Survey | null,
  row: SurveyRow | undefined,
  language: Language,
): string | number {
  const at = survey?.codeColumns.get(criterion.code);
  const cell = at === undefined || !row ? null : (row.cells[at] ?? null);
  if (isBlank(cell) || isNotApplicable(cell)) return '';
  if (criterion.rule.kind === 'surveyRate') {
    // Not blank (above), so a number or a problem.
    const points = surveyRatePoints(criterion, cell) as number | KeyedMessage;
    if (typeof points === 'number') return points;
    throw new Error(message(language, points.key, points.params));
  }
  const number = readNumber(cell);
  if (!number.ok) throw new Error(message(language, numberProblemKey(number.problem), { text: number.text }));
  if (number.value >= criterion.low - TOLERANCE && number.value <= criterion.high + TOLERANCE)
    return number.value;
  const f = (n: number): string => exactNumber(n, language);
  throw new Error(
    message(language, 'scoreOutOfRange', {
      value: f(number.value),
      low: f(criterion.low),
      high: f(criterion.high),
      code: criterion.code,
    }),
  );
}

export function PAR_SCORE(
  codes: Input,
  values: Input,
  ofs?: Input,
  criteria?: Input,
  survey?: Input,
  unit?: Input,
  group?: Input,
): Output | string {
  if (rows(codes).length === 0) return '';
  const view = new WorkbookView();
  const { language } = view;
  const set = view.criteria(criteria);
  const surveyed = view.survey(survey, unit);
  const groupName = single(group);
  // The leaves for the unit's group (Applies to); null when every leaf applies to every unit.
  const applies = applicableLeaves(set, groupName === '' ? null : groupName);
  const valueColumn = column(values);
  const ofColumn = column(ofs);
  const inCriterion = UI_TEXT[language].inCriterion;
  const scored = column(codes).map((cell, i): (string | number)[] => {
    const code = readCode(cell);
    if (code === null) return [''];
    if (typeof code !== 'string') throw new Error(message(language, 'badCode', { text: code.bad }));
    const criterion = set.byCode.get(code);
    if (!criterion) throw new Error(message(language, 'unknownCode', { code, criteria: set.sheet }));
    const value = valueColumn[i] ?? null;
    const rule = criterion.rule;
    if (!criterion.isLeaf || rule.kind === 'manual') return [''];
    // A leaf that does not apply to the unit's group: its row is ignored, whatever it holds.
    if (applies && !applies[criterion.leaf]) return [''];
    if (fromSurvey(rule)) return [surveyCellPoints(criterion, surveyed.survey, surveyed.surveyRow, language)];
    const of = ofColumn[i] ?? null;
    if (isNotApplicable(value)) return [''];
    // Nothing arose: full marks under `max`, else not applicable.
    if (saysNothingArose(criterion, value, of)) return [criterion.noneArose === 'max' ? criterion.high : ''];
    if (isBlank(value)) return [''];
    const computed = computeLeaf(rule, criterion, value, of);
    if (computed.ok) return [computed.value];
    throw new Error(inCriterion(code, message(language, computed.key, computed.params)));
  });
  return orBlank(scored);
}

export function PAR_TOTAL(
  unitRange: Input,
  criteria?: Input,
  survey?: Input,
  unit?: Input,
  group?: Input,
): number {
  return unitScore(unitRange, { criteria, survey, unit, group }).score.points;
}

export function PAR_INDEX(
  unitRange: Input,
  criteria?: Input,
  survey?: Input,
  unit?: Input,
  group?: Input,
): number | string {
  return unitScore(unitRange, { criteria, survey, unit, group }).score.index ?? '';
}

export function PAR_FIELD(
  unitRange: Input,
  field: Cell,
  criteria?: Input,
  survey?: Input,
  unit?: Input,
  group?: Input,
): number | string {
  const { view, set, score } = unitScore(unitRange, { criteria, survey, unit, group });
  const code = readCode(field);
  const found = fieldsOf(set, score.table).find((candidate) => candidate.code === code);
  if (!found)
    throw new Error(message(view.language, 'unknownCode', { code: cellText(field), criteria: set.sheet }));
  return found.index ?? '';
}

export function PAR_FLAGS(
  unitRange: Input,
  criteria?: Input,
  survey?: Input,
  unit?: Input,
  group?: Input,
): Output | string {
  const { view, score } = unitScore(unitRange, { criteria, survey, unit, group });
  const flags = score.table.flags();
  if (flags.length === 0) return [['']];
  return flags.map((flag) => [flag.code, FLAG_LABELS[view.language][flag.kind], flag.amount]);
}

function indexColumn(indexes: Input): (number | null)[] {
  return column(indexes).map((cell) => {
    if (isBlank(cell)) return null;
    const number = readNumber(cell);
    return number.ok ? number.value : null;
  });
}

export function PAR_RANK(indexes: Input, groups?: Input): Output | string {
  const groupColumn = groups === undefined ? undefined : column(groups).map((cell) => String(cell ?? ''));
  return orBlank(competitionRanks(indexColumn(indexes), groupColumn).map((rank) => [rank ?? '']));
}

export function PAR_CLASS(indexes: Input, bands?: Cell): Output | string {
  const parsed = parseClassBands(typeof bands === 'string' && bands.trim() !== '' ? bands : DEFAULT_BANDS);
  if (!parsed.ok) throw new Error(message(new WorkbookView().language, parsed.key, parsed.params));
  return orBlank(
    indexColumn(indexes).map((index) => [index === null ? '' : (classify(index, parsed.bands) ?? '')]),
  );
}
