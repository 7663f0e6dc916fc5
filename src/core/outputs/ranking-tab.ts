/** The ranking tab (Xếp hạng): one section per group, ranked units first, then unranked and erroneous ones. */
import { compareVietnamese } from '../collation';
import type { Cell, FieldResult, Language, UnitResult, WorkbookResult } from '../types';
import { STATUS_LABELS } from './labels';
import { rowOf, tabColumn, type ColumnDescriptor, type Tab, type TabColumn } from './tab';

/** The ranking tab's columns; a field's component index is `field:<code>`. */
export const RANKING_COLUMNS = {
  group: { header: { vi: 'Nhóm', en: 'Group' }, format: 'text', width: 16, wrap: true },
  rank: { header: { vi: 'Hạng', en: 'Rank' }, format: 'integer', width: 8 },
  unit: { header: { vi: 'Đơn vị', en: 'Unit' }, format: 'text', width: 30, wrap: true },
  points: { header: { vi: 'Điểm', en: 'Points' }, format: 'points', width: 9 },
  max: { header: { vi: 'Điểm tối đa', en: 'Max' }, format: 'points', width: 9 },
  index: { header: { vi: 'Chỉ số (%)', en: 'Index (%)' }, format: 'percent-index', width: 10 },
  field: { header: { vi: 'Lĩnh vực', en: 'Field' }, format: 'percent-index', width: 14, wrap: true },
  sipas: { header: { vi: 'SIPAS (%)', en: 'SIPAS (%)' }, format: 'ratio-percent', width: 10 },
  sipasRank: { header: { vi: 'Hạng SIPAS', en: 'SIPAS rank' }, format: 'integer', width: 8, wrap: true },
  previousRank: {
    header: { vi: 'Hạng năm trước', en: 'Previous rank' },
    format: 'integer',
    width: 10,
    wrap: true,
  },
  change: { header: { vi: 'Thay đổi (bậc)', en: 'Change' }, format: 'change', width: 10, wrap: true },
  previousIndex: {
    header: { vi: 'Chỉ số năm trước (%)', en: 'Previous index (%)' },
    format: 'percent-index',
    width: 10,
    wrap: true,
  },
  indexChange: {
    header: { vi: 'Thay đổi chỉ số', en: 'Index change' },
    format: 'index-change',
    width: 10,
    wrap: true,
  },
  /** The header names the Compare-with year. */
  compareChange: {
    header: { vi: 'So với năm {year} (bậc)', en: 'Change since {year}' },
    format: 'change',
    width: 10,
    wrap: true,
  },
  streak: {
    header: { vi: 'Số năm liền dẫn đầu', en: 'Years at the top' },
    format: 'integer',
    width: 10,
    wrap: true,
  },
  class: { header: { vi: 'Xếp loại', en: 'Class' }, format: 'text', width: 8 },
  flags: { header: { vi: 'Số mục trừ điểm', en: 'Flags' }, format: 'integer', width: 10, wrap: true },
  status: { header: { vi: 'Trạng thái', en: 'Status' }, format: 'text', width: 30, wrap: true },
} satisfies Record<string, ColumnDescriptor>;

export type RankingKey = Exclude<keyof typeof RANKING_COLUMNS, 'field'> | `field:${string}`;

export interface RankingTab extends Tab<RankingKey> {
  /** The unit of each data row, for formatting (class colours, links, sections). */
  units: UnitResult[];
  /** 0-based data-row index where each group's section starts. */
  sections: { group: string | null; start: number; count: number }[];
}

/** Units of the ranking tab in order: per group (in order of first appearance), ranked by rank, then the rest. */
export function rankingOrder(result: WorkbookResult): { group: string | null; units: UnitResult[] }[] {
  const groups = new Map<string | null, UnitResult[]>();
  for (const unit of result.units) {
    const list = groups.get(unit.group) ?? [];
    list.push(unit);
    groups.set(unit.group, list);
  }
  return [...groups].map(([group, units]) => {
    const ranked = units.filter((unit) => unit.rank !== null);
    const rest = units.filter((unit) => unit.rank === null);
    ranked.sort((a, b) => (a.rank as number) - (b.rank as number) || compareVietnamese(a.unit, b.unit));
    return { group, units: [...ranked, ...rest] };
  });
}

/** Field columns: the codes of every criteria set in use, named when all sets agree on the name. */
function fieldColumns(result: WorkbookResult, language: Language): TabColumn<RankingKey>[] {
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
    return tabColumn(`field:${code}`, RANKING_COLUMNS.field, language, `${title} (%)`);
  });
}

function statusText(unit: UnitResult, language: Language): string {
  const label = STATUS_LABELS[unit.status][language];
  if (unit.status !== 'error') return label;
  const first = unit.errors[0];
  const where = first ? `${first.sheet ?? ''}${first.cell ? '!' + first.cell : ''}` : '';
  return `${label} (${unit.errors.length}): ${where} ${first?.message ?? ''}`.trim();
}

function unitValues(unit: UnitResult, language: Language): Partial<Record<RankingKey, Cell>> {
  const values: Partial<Record<RankingKey, Cell>> = {
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
    streak: unit.streak,
    class: unit.class,
    flags: unit.status === 'error' ? null : unit.flags.length,
    status: statusText(unit, language),
  };
  unit.fields.forEach((field: FieldResult) => (values[`field:${field.code}`] = field.index));
  return values;
}

export function buildRankingTab(result: WorkbookResult): RankingTab {
  const language = result.language;
  const column = (key: Exclude<RankingKey, `field:${string}`>): TabColumn<RankingKey> =>
    tabColumn(key, RANKING_COLUMNS[key], language);
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
    ...fieldColumns(result, language),
    ...(withSipas ? [column('sipas'), column('sipasRank')] : []),
    column('previousRank'),
    column('change'),
    ...(withPreviousIndex ? [column('previousIndex'), column('indexChange')] : []),
    ...(compareYear === null
      ? []
      : [
          tabColumn<RankingKey>(
            'compareChange',
            RANKING_COLUMNS.compareChange,
            language,
            RANKING_COLUMNS.compareChange.header[language].replace('{year}', String(compareYear)),
          ),
        ]),
    ...(withStreak ? [column('streak')] : []),
    column('class'),
    column('flags'),
    column('status'),
  ];
  const rows: Cell[][] = [];
  const units: UnitResult[] = [];
  const sections: RankingTab['sections'] = [];
  for (const section of rankingOrder(result)) {
    sections.push({ group: section.group, start: rows.length, count: section.units.length });
    for (const unit of section.units) {
      rows.push(rowOf(columns, unitValues(unit, language)));
      units.push(unit);
    }
  }
  return { name: result.rankingSheet, columns, rows, units, sections };
}
