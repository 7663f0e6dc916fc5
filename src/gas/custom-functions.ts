/**
 * Custom functions people type into cells. Each takes whole columns (one formula per column, not per row),
 * is read-only, and returns a readable message instead of a bare #ERROR!.
 */
import { parseClassBands, classify, DEFAULT_BANDS } from '../core/class-bands';
import { readCriteriaSheet, type CriteriaSet } from '../core/criteria-sheet';
import { readCode } from '../core/codes';
import { isBlank, isNotApplicable, readNumber } from '../core/cells';
import { message } from '../core/messages';
import { FLAG_LABELS } from '../core/outputs/labels';
import { competitionRanks } from '../core/ranking';
import { computeLeaf } from '../core/rules/apply-rule';
import { fromSurvey } from '../core/rules/rule';
import { fieldsOf, scoreUnit, type SheetScore } from '../core/score-unit';
import { SheetIndex } from '../core/sheet-index';
import type { Cell, FieldResult, Language } from '../core/types';
import { SHEET_NAMES } from '../core/workbook-schema';
import { readSheet, roleSheet } from './workbook-io';

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

/** Sheets may show an error for an empty array: a blank input gives a blank cell. */
function orBlank(output: Output): Output | string {
  return output.length === 0 ? '' : output;
}

class CellMessage extends Error {}

function criteriaFrom(input: Input): { set: CriteriaSet; language: Language } {
  let sheet;
  if (rows(input).length === 0) {
    const found = roleSheet(SpreadsheetApp.getActive(), 'criteria');
    if (!found) throw new CellMessage(message('vi', 'noCriteriaSheet', { name: SHEET_NAMES.criteria[0] }));
    sheet = readSheet(found);
  } else {
    sheet = { name: SHEET_NAMES.criteria[0], values: rows(input) };
  }
  const language: Language = new SheetIndex([sheet]).role('criteria')?.english ? 'en' : 'vi';
  const set = readCriteriaSheet(sheet, language);
  const first = set.errors[0];
  if (first) throw new CellMessage(`${first.cell ?? ''} ${first.message}`.trim());
  return { set, language };
}

function guarded<T>(work: () => T): T | string {
  try {
    return work();
  } catch (error) {
    if (error instanceof CellMessage) return error.message;
    throw error;
  }
}

function unitScore(unitRange: Input, criteria: Input): SheetScore & { fields(): FieldResult[] } {
  const { set, language } = criteriaFrom(criteria);
  const score = scoreUnit({
    sheet: { name: '', values: rows(unitRange) },
    criteria: set,
    survey: null,
    basis: 'auto',
    language,
  });
  const first = score.errors[0];
  if (first) throw new CellMessage(`${first.cell ?? ''} ${first.message}`.trim());
  return { ...score, fields: () => fieldsOf(set, score.table) };
}

export function PAR_SCORE(codes: Input, values: Input, ofs?: Input, criteria?: Input): Output | string {
  if (rows(codes).length === 0) return '';
  return guarded(() => {
    const { set, language } = criteriaFrom(criteria);
    const valueColumn = column(values);
    const ofColumn = column(ofs);
    const scored = column(codes).map((cell, i): (string | number)[] => {
      const code = readCode(cell);
      if (code === null) return [''];
      if (typeof code !== 'string') return [message(language, 'badCode', { text: code.bad })];
      const criterion = set.byCode.get(code);
      if (!criterion) return [message(language, 'unknownCode', { code, criteria: set.sheet })];
      const value = valueColumn[i] ?? null;
      const rule = criterion.rule;
      if (
        !criterion.isLeaf ||
        rule.kind === 'manual' ||
        fromSurvey(rule) ||
        isBlank(value) ||
        isNotApplicable(value)
      )
        return [''];
      const computed = computeLeaf(rule, criterion, value, ofColumn[i] ?? null);
      return [computed.ok ? computed.value : message(language, computed.key, computed.params)];
    });
    return orBlank(scored);
  });
}

export function PAR_TOTAL(unitRange: Input, criteria?: Input): number | string {
  return guarded(() => unitScore(unitRange, criteria).points);
}

export function PAR_INDEX(unitRange: Input, criteria?: Input): number | string {
  return guarded(() => unitScore(unitRange, criteria).index ?? '');
}

export function PAR_FIELD(unitRange: Input, field: Cell, criteria?: Input): number | string {
  return guarded(() => {
    const code = readCode(field);
    const found = unitScore(unitRange, criteria)
      .fields()
      .find((candidate) => candidate.code === code);
    if (!found)
      throw new CellMessage(
        message('vi', 'unknownCode', { code: String(field ?? ''), criteria: SHEET_NAMES.criteria[0] }),
      );
    return found.index ?? '';
  });
}

export function PAR_FLAGS(unitRange: Input, criteria?: Input): Output | string {
  return guarded(() => {
    const { language } = criteriaFrom(criteria);
    const flags = unitScore(unitRange, criteria).table.flags();
    if (flags.length === 0) return [['']];
    return flags.map((flag) => [flag.code, FLAG_LABELS[language][flag.kind], flag.amount]);
  });
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
  if (!parsed.ok) return message('vi', parsed.key, parsed.params);
  return orBlank(
    indexColumn(indexes).map((index) => [index === null ? '' : (classify(index, parsed.bands) ?? '')]),
  );
}
