/** The ranking tab (Xếp hạng): one section per group, ranked units first, then unranked and erroneous ones. */
import { rankingOrder } from '../scoring/ranking';
import type { Cell, FieldResult, Language, UnitResult, WorkbookResult } from '../types';
import { STATUS_LABELS } from './labels';
import {
  descriptor,
  rowOf,
  tabColumn,
  tabTitle,
  type ColumnDescriptor,
  type Tab,
  type TabColumn,
} from './tab';

/** The ranking tab's columns; a field's component index is `field:<code>`; compareChange's header names the year. */
export const RANKING_COLUMNS = {
  group: descriptor('Nhóm', 'Group', 'text', 16, true),
  rank: descriptor('Hạng', 'Rank', 'integer', 8),
  unit: descriptor('Đơn vị', 'Unit', 'text', 30, true),
  points: descriptor('Điểm', 'Points', 'points', 9),
  max: descriptor('Điểm tối đa', 'Max', 'points', 9),
  index: descriptor('Chỉ số (%)', 'Index (%)', 'percent-index', 10),
  field: descriptor('Lĩnh vực', 'Field', 'percent-index', 14, true),
  /** A bonus or penalty field (Max 0 in every set): its points, never a percentage of a zero maximum. */
  fieldPoints: descriptor('Lĩnh vực', 'Field', 'points', 14, true),
  sipas: descriptor('SIPAS (%)', 'SIPAS (%)', 'ratio-percent', 10),
  sipasRank: descriptor('Hạng SIPAS', 'SIPAS rank', 'integer', 8, true),
  previousRank: descriptor('Hạng năm trước', 'Previous rank', 'integer', 10, true),
  change: descriptor('Thay đổi (bậc)', 'Change', 'change', 10, true),
  previousIndex: descriptor('Chỉ số năm trước (%)', 'Previous index (%)', 'percent-index', 10, true),
  indexChange: descriptor('Thay đổi chỉ số', 'Index change', 'index-change', 10, true),
  compareChange: descriptor('So với năm {year} (bậc)', 'Change since {year}', 'change', 10, true),
  streak: descriptor('Số năm liền dẫn đầu', 'Years at the top', 'integer', 10, true),
  class: descriptor('Xếp loại', 'Class', 'text', 8),
  flags: descriptor('Số mục trừ điểm', 'Flags', 'integer', 10, true),
  status: descriptor('Trạng thái', 'Status', 'text', 30, true),
} satisfies Record<string, ColumnDescriptor>;

const TITLE = { vi: 'Xếp hạng Chỉ số cải cách hành chính', en: 'PAR Index ranking' };

type RankingKey = Exclude<keyof typeof RANKING_COLUMNS, 'field' | 'fieldPoints'> | `field:${string}`;

export interface RankingTab extends Tab<RankingKey> {
  /** The unit of each data row, for formatting (class colours, links, sections). */
  units: UnitResult[];
  /** 0-based data-row index where each group's section starts; `ranked` units of it have a rank. */
  sections: { group: string | null; start: number; count: number; ranked: number }[];
}

/** The codes of the fields whose Max is 0 wherever they occur (bonus and penalty fields): shown as points. */
function pointFields(result: WorkbookResult): Set<string> {
  const indexed = new Set<string>();
  const all = new Set<string>();
  for (const unit of result.units) {
    for (const field of unit.fields) {
      all.add(field.code);
      if (field.max > 0) indexed.add(field.code);
    }
  }
  return new Set([...all].filter((code) => !indexed.has(code)));
}

const POINTS_WORD = { vi: 'điểm', en: 'points' };

/** Field columns: the codes of every criteria set in use, named when all sets agree on the name. */
function fieldColumns(
  result: WorkbookResult,
  language: Language,
  points: Set<string>,
): TabColumn<RankingKey>[] {
  const names = new Map<string, Set<string>>();
  for (const unit of result.units) {
    for (const field of unit.fields) {
      const set = names.get(field.code) ?? new Set<string>();
      set.add(field.name);
      names.set(field.code, set);
    }
  }
  return [...names].map(([code, set]) => {
    const only = set.size === 1 ? ([...set][0] as string) : '';
    const title = only === '' ? `${RANKING_COLUMNS.field.header[language]} ${code}` : `${code}. ${only}`;
    if (points.has(code))
      return tabColumn(
        `field:${code}`,
        RANKING_COLUMNS.fieldPoints,
        language,
        `${title} (${POINTS_WORD[language]})`,
      );
    return tabColumn(`field:${code}`, RANKING_COLUMNS.field, language, `${title} (%)`);
  });
}

function statusText(unit: UnitResult, language: Language): string {
  const label = STATUS_LABELS[language][unit.status];
  if (unit.status !== 'error') return label;
  const first = unit.errors[0];
  const where = first ? `${first.sheet ?? ''}${first.cell ? '!' + first.cell : ''}` : '';
  return `${label} (${unit.errors.length}): ${where} ${first?.message ?? ''}`.trim();
}

function unitValues(
  unit: UnitResult,
  language: Language,
  points: Set<string>,
): Partial<Record<RankingKey, Cell>> {
  // Every column but the fields has its value here: a column added without one does not compile.
  const values: Record<Exclude<RankingKey, `field:${string}`>, Cell> & Partial<Record<RankingKey, Cell>> = {
    group: unit.group ?? '',
    rank: unit.rank,
    unit: unit.unit,
    points: unit.points,
    max: unit.max,
    index: unit.index,
    sipas: unit.sipas,
    sipasRank: unit.sipasRank,
    previousRank: unit.previousRank,
    change: unit.change,
    previousIndex: unit.previousIndex,
    indexChange: unit.index === null || unit.previousIndex === null ? null : unit.index - unit.previousIndex,
    compareChange: unit.compare?.change ?? null,
    // A unit with errors has no result, so no streak to show (the JSON's streak stays 0).
    streak: unit.status === 'error' ? null : unit.streak,
    class: unit.class,
    flags: unit.status === 'error' ? null : unit.flags.length,
    status: statusText(unit, language),
  };
  unit.fields.forEach(
    (field: FieldResult) =>
      (values[`field:${field.code}`] = points.has(field.code) ? field.points : field.index),
  );
  return values;
}

export function buildRankingTab(result: WorkbookResult): RankingTab {
  const language = result.language;
  const points = pointFields(result);
  const column = (key: Exclude<RankingKey, `field:${string}`>, year = ''): TabColumn<RankingKey> =>
    tabColumn(
      key,
      RANKING_COLUMNS[key],
      language,
      RANKING_COLUMNS[key].header[language].replace('{year}', year),
    );
  const withSipas = result.units.some((unit) => unit.sipas !== null);
  const withPreviousIndex = result.units.some((unit) => unit.previousIndex !== null);
  const withStreak = result.units.some((unit) => unit.streak > 1);
  const compareYear = result.compareYear;
  const columns: TabColumn<RankingKey>[] = [
    column('group'),
    column('rank'),
    column('unit'),
    column('points'),
    column('max'),
    column('index'),
    ...fieldColumns(result, language, points),
    ...(withSipas ? [column('sipas'), column('sipasRank')] : []),
    column('previousRank'),
    column('change'),
    ...(withPreviousIndex ? [column('previousIndex'), column('indexChange')] : []),
    ...(compareYear === null ? [] : [column('compareChange', String(compareYear))]),
    ...(withStreak ? [column('streak')] : []),
    column('class'),
    column('flags'),
    column('status'),
  ];
  const rows: Cell[][] = [];
  const units: UnitResult[] = [];
  const sections: RankingTab['sections'] = [];
  for (const section of rankingOrder(result)) {
    sections.push({
      group: section.group,
      start: rows.length,
      count: section.units.length,
      ranked: section.units.filter((unit) => unit.rank !== null).length,
    });
    for (const unit of section.units) {
      rows.push(rowOf(columns, unitValues(unit, language, points)));
      units.push(unit);
    }
  }
  const title = tabTitle(TITLE, language, result.year);
  return { name: result.rankingSheet, title, columns, rows, units, sections };
}
