/**
 * A unit's report (Báo cáo – <unit>), as plain data: the press-release summary in the workbook's language, the
 * distance to the next better rank and the next class band, the criteria where it lost most, its fields against
 * its group, its flags by field with the appraisal notes, and its history. Tabs are built from it elsewhere.
 */
import { displayNumber } from '../basics/numbers';
import { TOLERANCE } from '../basics/numbers';
import type { FieldResult, HistoryEntry, Language, ParError, UnitResult, WorkbookResult } from '../types';
import { capPointsLost, flaggedRows, pointsLost, reasonsText } from './deductions-tab';

/** How many criteria the report lists as the place to win points back. */
const MOST_LOST = 5;

/** A field of the unit's result, set against the other units of its group and criteria set. */
interface ReportField extends FieldResult {
  /** A bonus or penalty field (Max 0): shown by its points alone, never as a share of a zero maximum. */
  pointsOnly: boolean;
  /** Units of the group and criteria set ranked on this field. */
  outOf: number;
  /** Average and best index of the field over those units; null when none is ranked on it. */
  average: number | null;
  best: number | null;
}

interface ReportYear {
  year: number;
  index: number | null;
  /** "3/12 nhóm Xã"; null without a rank. */
  rank: string | null;
}

interface ReportFlag {
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
  /** Its years, oldest first, each rank as r/N with its group. */
  history: ReportYear[];
  /** Why the unit has no result, when it has errors. */
  errors: ParError[];
}

/** A change of rank against one year; `year` null when the typed previous rank's year is not known. */
interface Change {
  change: number;
  year: number | null;
}

const WORDS = {
  vi: {
    year: (year: number) => `Năm ${year}, `,
    scored: (unit: string, points: string) => `${unit} đạt ${points} điểm`,
    index: (index: string) => `chỉ số ${index}%`,
    rank: (rank: string) => `xếp thứ ${rank}`,
    rankIn: (rank: number, outOf: number | null, group: string | null) =>
      `${outOf === null ? rank : `${rank}/${outOf}`}${group === null ? '' : ` trong nhóm ${group}`}`,
    up: 'tăng',
    down: 'giảm',
    places: (n: number) => `${n} bậc`,
    against: (year: number | null) => (year === null ? 'so với năm trước' : `so với năm ${year}`),
    same: (years: string) => `giữ nguyên thứ hạng ${years}`,
    sameYears: (years: (number | null)[]) =>
      years[0] === null ? 'so với năm trước' : `so với năm ${years.join(' và năm ')}`,
    and: ' và ',
    unranked: 'không tham gia xếp hạng',
    sipas: (sipas: string) => `SIPAS ${sipas}%`,
    sipasRank: (rank: number, outOf: number) => `thứ ${rank}/${outOf}`,
    streak: (years: number) => `${years} năm liền dẫn đầu`,
    errors: (unit: string, count: number) => `${unit} chưa có kết quả xếp hạng do ${count} lỗi trong số liệu`,
  },
  en: {
    year: (year: number) => `In ${year}, `,
    scored: (unit: string, points: string) => `${unit} scored ${points} points`,
    index: (index: string) => `an index of ${index}%`,
    rank: (rank: string) => `ranked ${rank}`,
    rankIn: (rank: number, outOf: number | null, group: string | null) =>
      `${outOf === null ? rank : `${rank}/${outOf}`}${group === null ? '' : ` in the group ${group}`}`,
    up: 'up',
    down: 'down',
    places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
    against: (year: number | null) => (year === null ? 'on last year' : `on ${year}`),
    same: (years: string) => `the same rank as ${years}`,
    sameYears: (years: (number | null)[]) => (years[0] === null ? 'last year' : `in ${years.join(' and ')}`),
    and: ' and ',
    unranked: 'not ranked',
    sipas: (sipas: string) => `SIPAS ${sipas}%`,
    sipasRank: (rank: number, outOf: number) => `${rank}/${outOf}`,
    streak: (years: number) => `first for ${years} years running`,
    errors: (unit: string, count: number) =>
      `${unit} has no result: ${count} ${count === 1 ? 'error' : 'errors'} in its data`,
  },
} satisfies Record<Language, Record<string, unknown>>;

/**
 * The changes of rank, each against its year, said once: "giảm 2 bậc so với năm 2024 và 2 bậc so với năm 2022"
 * (the verb not repeated when both go the same way), "giữ nguyên thứ hạng so với năm 2024 và năm 2022".
 */
export function changesText(changes: readonly Change[], language: Language): string {
  const w = WORDS[language];
  const kept = changes.filter((item) => item.change === 0);
  const moved = changes.filter((item) => item.change !== 0);
  const parts: string[] = [];
  let verb: string | null = null;
  for (const item of moved) {
    const next = item.change > 0 ? w.up : w.down;
    const text = `${w.places(Math.abs(item.change))} ${w.against(item.year)}`;
    parts.push(next === verb ? text : `${next} ${text}`);
    verb = next;
  }
  if (kept.length > 0) parts.push(w.same(w.sameYears(kept.map((item) => item.year))));
  return parts.join(w.and);
}

/** This year's change against last year and against the Compare-with year, without saying one twice. */
function changesOf(result: WorkbookResult, unit: UnitResult): Change[] {
  const changes: Change[] = [];
  const lastYear = result.year === null ? null : result.year - 1;
  if (unit.change !== null) changes.push({ change: unit.change, year: lastYear });
  const compare = unit.compare;
  if (compare?.change != null && !(compare.year === lastYear && compare.change === unit.change))
    changes.push({ change: compare.change, year: compare.year });
  return changes;
}

/** Units ranked in the unit's group this year. */
function rankedInGroup(result: WorkbookResult, unit: UnitResult): number {
  return result.units.filter((other) => other.group === unit.group && other.rank !== null).length;
}

/** A rank as r/N with its group, as the summary and the history table give it. */
export function rankText(
  language: Language,
  rank: number,
  outOf: number | null,
  group: string | null,
): string {
  return WORDS[language].rankIn(rank, outOf, group);
}

/** The one-paragraph summary, from only the parts that apply. */
export function summarySentence(result: WorkbookResult, unit: UnitResult): string {
  const language = result.language;
  const w = WORDS[language];
  const n = (value: number): string => displayNumber(value, language);
  const opening = result.year === null ? '' : w.year(result.year);
  const name = unit.unit;
  if (unit.status === 'error') return `${opening}${w.errors(name, unit.errors.length)}.`;
  const group = result.units.filter((other) => other.group === unit.group);
  const first: string[] = [w.scored(name, n(unit.points as number))];
  if (unit.index !== null && Math.abs((unit.max as number) - 100) > TOLERANCE)
    first.push(w.index(n(unit.index)));
  if (unit.rank !== null) {
    first.push(w.rank(rankText(language, unit.rank, rankedInGroup(result, unit), unit.group)));
    const changes = changesOf(result, unit);
    if (changes.length > 0) first.push(changesText(changes, language));
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
      pointsOnly: !(field.max > 0),
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
    history: unit.history.map((entry: HistoryEntry) => ({
      year: entry.year,
      index: entry.index,
      rank: entry.rank === null ? null : rankText(language, entry.rank, entry.outOf, entry.group),
    })),
    errors: unit.errors,
  };
}
