/**
 * A unit's report (Báo cáo – <unit>), as plain data: the press-release summary in the workbook's language, the
 * distance to the next better rank and the next class band, the criteria where it lost most, its fields against
 * its group, its flags by field with the appraisal notes, and its history. Tabs are built from it elsewhere.
 */
import { formatNumber } from '../display-number';
import { TOLERANCE } from '../rules/rule';
import type { FieldResult, HistoryEntry, Language, ParError, UnitResult, WorkbookResult } from '../types';
import { capPointsLost, flaggedRows, pointsLost, reasonsText } from './deductions-tab';

/** How many criteria the report lists as the place to win points back. */
export const MOST_LOST = 5;

/** A field of the unit's result, set against the other units of its group and criteria set. */
export interface ReportField extends FieldResult {
  /** Units of the group and criteria set ranked on this field. */
  outOf: number;
  /** Average and best index of the field over those units; null when none is ranked on it. */
  average: number | null;
  best: number | null;
}

export interface ReportFlag {
  code: string;
  name: string;
  lost: number;
  reasons: string;
  note: string;
  /** The unit's explanation (Giải trình), shown beside the appraisal note. */
  explanation: string;
}

export interface UnitReport {
  unit: string;
  summary: string;
  /** Index points to the next better rank in the group; null when first, or without a rank. */
  toNextRank: { rank: number; gap: number } | null;
  /** Index points to the next class band up; null in the top band, or without a class. */
  toNextClass: { label: string; gap: number } | null;
  /** The criteria where the unit lost most points, largest first. */
  mostLost: { code: string; name: string; lost: number }[];
  fields: ReportField[];
  /** Flagged criteria and caps grouped by field (top-level code), in the deductions tab's order. */
  flags: { field: string; name: string; rows: ReportFlag[] }[];
  history: HistoryEntry[];
  /** Why the unit has no result, when it has errors. */
  errors: ParError[];
}

const WORDS = {
  vi: {
    year: (year: number) => `Năm ${year}, `,
    scored: (unit: string, points: string) => `${unit} đạt ${points} điểm`,
    index: (index: string) => `chỉ số ${index} %`,
    rank: (rank: number, outOf: number) => `xếp thứ ${rank}/${outOf}`,
    up: (n: number) => `tăng ${n} bậc`,
    down: (n: number) => `giảm ${n} bậc`,
    same: 'giữ nguyên thứ hạng',
    since: (text: string, year: number) => `${text} so với năm ${year}`,
    unranked: 'không tham gia xếp hạng',
    sipas: (sipas: string) => `SIPAS ${sipas} %`,
    sipasRank: (rank: number, outOf: number) => `thứ ${rank}/${outOf}`,
    streak: (years: number) => `${years} năm liền dẫn đầu`,
    errors: (unit: string, count: number) => `${unit} chưa có kết quả xếp hạng do ${count} lỗi trong số liệu`,
  },
  en: {
    year: (year: number) => `In ${year}, `,
    scored: (unit: string, points: string) => `${unit} scored ${points} points`,
    index: (index: string) => `an index of ${index} %`,
    rank: (rank: number, outOf: number) => `ranked ${rank}/${outOf}`,
    up: (n: number) => `up ${n} ${n === 1 ? 'place' : 'places'}`,
    down: (n: number) => `down ${n} ${n === 1 ? 'place' : 'places'}`,
    same: 'the same rank as last year',
    since: (text: string, year: number) => `${text} since ${year}`,
    unranked: 'not ranked',
    sipas: (sipas: string) => `SIPAS ${sipas} %`,
    sipasRank: (rank: number, outOf: number) => `${rank}/${outOf}`,
    streak: (years: number) => `first for ${years} years running`,
    errors: (unit: string, count: number) =>
      `${unit} has no result: ${count} ${count === 1 ? 'error' : 'errors'} in its data`,
  },
} satisfies Record<Language, Record<string, unknown>>;

function changeText(change: number, language: Language): string {
  const w = WORDS[language];
  return change > 0 ? w.up(change) : change < 0 ? w.down(-change) : w.same;
}

/** The one-paragraph summary, from only the parts that apply. */
export function summarySentence(result: WorkbookResult, unit: UnitResult): string {
  const language = result.language;
  const w = WORDS[language];
  const n = (value: number): string => formatNumber(value, language);
  const opening = result.year === null ? '' : w.year(result.year);
  const name = unit.unit;
  if (unit.status === 'error') return `${opening}${w.errors(name, unit.errors.length)}.`;
  const group = result.units.filter((other) => other.group === unit.group);
  const first: string[] = [w.scored(name, n(unit.points as number))];
  if (unit.index !== null && Math.abs((unit.max as number) - 100) > TOLERANCE)
    first.push(w.index(n(unit.index)));
  if (unit.rank !== null) {
    first.push(w.rank(unit.rank, group.filter((other) => other.rank !== null).length));
    if (unit.change !== null) first.push(changeText(unit.change, language));
    if (unit.compare) first.push(w.since(changeText(unit.compare.change, language), unit.compare.year));
  } else if (!unit.ranked) first.push(w.unranked);
  const parts = [first.join(', ')];
  if (unit.sipas !== null) {
    const sipas = [w.sipas(n(unit.sipas * 100))];
    if (unit.sipasRank !== null)
      sipas.push(w.sipasRank(unit.sipasRank, group.filter((other) => other.sipasRank !== null).length));
    parts.push(sipas.join(', '));
  }
  if (unit.streak > 1) parts.push(w.streak(unit.streak));
  return `${opening}${parts.join('; ')}.`;
}

function toNextRank(result: WorkbookResult, unit: UnitResult): UnitReport['toNextRank'] {
  if (unit.rank === null || unit.index === null) return null;
  const index = unit.index;
  const better = result.units.filter(
    (other) =>
      other.group === unit.group && other.rank !== null && (other.index as number) > index + TOLERANCE,
  );
  if (better.length === 0) return null;
  const next = better.reduce((a, b) => ((b.index as number) < (a.index as number) ? b : a));
  return { rank: next.rank as number, gap: (next.index as number) - index };
}

function toNextClass(result: WorkbookResult, unit: UnitResult): UnitReport['toNextClass'] {
  const at = result.bands.findIndex((band) => band.label === unit.class);
  const above = at > 0 ? result.bands[at - 1] : undefined;
  if (!above?.test || unit.index === null) return null;
  return { label: above.label, gap: above.test.threshold - unit.index };
}

function fieldsOf(result: WorkbookResult, unit: UnitResult): ReportField[] {
  const peers = result.units.filter(
    (other) => other.group === unit.group && other.criteriaSheet === unit.criteriaSheet,
  );
  return unit.fields.map((field): ReportField => {
    const ranked = peers
      .map((other) => other.fields.find((candidate) => candidate.code === field.code))
      .filter(
        (other): other is FieldResult => other !== undefined && other.rank !== null && other.index !== null,
      );
    const indexes = ranked.map((other) => other.index as number);
    return {
      ...field,
      outOf: ranked.length,
      average: indexes.length === 0 ? null : indexes.reduce((a, b) => a + b, 0) / indexes.length,
      best: indexes.length === 0 ? null : Math.max(...indexes),
    };
  });
}

export function buildUnitReport(result: WorkbookResult, unit: UnitResult): UnitReport {
  const language = result.language;
  const flagged = unit.leaves.filter((leaf) => leaf.flags.length > 0);
  const mostLost = flagged
    .map((leaf) => ({ code: leaf.code, name: leaf.name, lost: pointsLost(leaf) }))
    .filter((leaf) => leaf.lost > TOLERANCE)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, MOST_LOST);
  const flags: UnitReport['flags'] = [];
  for (const row of flaggedRows(unit)) {
    const field = row.code.split('.')[0] as string;
    let entry = flags[flags.length - 1];
    if (entry?.field !== field) {
      entry = {
        field,
        name: unit.fields.find((candidate) => candidate.code === field)?.name ?? '',
        rows: [],
      };
      flags.push(entry);
    }
    const { code, name } = row;
    entry.rows.push(
      'flag' in row
        ? {
            code,
            name,
            lost: capPointsLost(row),
            reasons: reasonsText([row.flag], language),
            note: '',
            explanation: '',
          }
        : {
            ...{ code, name, lost: pointsLost(row), reasons: reasonsText(row.flags, language) },
            ...{ note: row.note, explanation: row.explanation },
          },
    );
  }
  return {
    unit: unit.unit,
    summary: summarySentence(result, unit),
    toNextRank: toNextRank(result, unit),
    toNextClass: toNextClass(result, unit),
    mostLost,
    fields: fieldsOf(result, unit),
    flags,
    history: unit.history,
    errors: unit.errors,
  };
}
