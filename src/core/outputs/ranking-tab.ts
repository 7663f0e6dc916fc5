/** The ranking tab (Xếp hạng): one section per group, ranked units first, then unranked and erroneous ones. */
import { compareVietnamese } from '../collation';
import type { Cell, FieldResult, Language, UnitResult, WorkbookResult } from '../types';
import { RANKING_HEADERS, STATUS_LABELS } from './labels';
import type { Tab, TabColumn } from './tab';

export interface RankingTab extends Tab {
  /** The unit of each data row, for formatting (class colours, links, sections). */
  units: UnitResult[];
  /** 0-based data-row index where each group's section starts. */
  sections: { group: string | null; start: number; count: number }[];
  /** 0-based column of the class, unit and index, for formatting. */
  classColumn: number;
  unitColumn: number;
  indexColumn: number;
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
function fieldColumns(result: WorkbookResult, language: Language): { code: string; header: string }[] {
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
    const title = only === '' ? `${RANKING_HEADERS.field[language]} ${code}` : `${code}. ${only}`;
    return { code, header: `${title} (%)` };
  });
}

function statusText(unit: UnitResult, language: Language): string {
  const label = STATUS_LABELS[unit.status][language];
  if (unit.status !== 'error') return label;
  const first = unit.errors[0];
  const where = first ? `${first.sheet ?? ''}${first.cell ? '!' + first.cell : ''}` : '';
  return `${label} (${unit.errors.length}): ${where} ${first?.message ?? ''}`.trim();
}

export function buildRankingTab(result: WorkbookResult): RankingTab {
  const language = result.language;
  const h = (key: keyof typeof RANKING_HEADERS): string => RANKING_HEADERS[key][language];
  const fields = fieldColumns(result, language);
  const withSipas = result.units.some((unit) => unit.sipas !== null);
  const columns: TabColumn[] = [
    { header: h('group'), format: 'text' },
    { header: h('rank'), format: 'integer' },
    { header: h('unit'), format: 'text' },
    { header: h('points'), format: 'points' },
    { header: h('max'), format: 'points' },
    { header: h('index'), format: 'percent-index' },
    ...fields.map((field): TabColumn => ({ header: field.header, format: 'percent-index' })),
    ...(withSipas ? [{ header: h('sipas'), format: 'ratio-percent' } satisfies TabColumn] : []),
    { header: h('previousRank'), format: 'integer' },
    { header: h('change'), format: 'change' },
    { header: h('class'), format: 'text' },
    { header: h('flags'), format: 'integer' },
    { header: h('status'), format: 'text' },
  ];
  const rows: Cell[][] = [];
  const units: UnitResult[] = [];
  const sections: RankingTab['sections'] = [];
  for (const section of rankingOrder(result)) {
    sections.push({ group: section.group, start: rows.length, count: section.units.length });
    for (const unit of section.units) {
      const byCode = new Map<string, FieldResult>(unit.fields.map((field) => [field.code, field]));
      rows.push([
        unit.group ?? '',
        unit.rank,
        unit.unit,
        unit.points,
        unit.max,
        unit.index,
        ...fields.map((field) => byCode.get(field.code)?.index ?? null),
        ...(withSipas ? [unit.sipas] : []),
        unit.previousRank,
        unit.change,
        unit.class,
        unit.status === 'error' ? null : unit.flags.length,
        statusText(unit, language),
      ]);
      units.push(unit);
    }
  }
  return {
    name: result.rankingSheet,
    columns,
    rows,
    units,
    sections,
    unitColumn: 2,
    indexColumn: 5,
    classColumn: columns.length - 3,
  };
}
