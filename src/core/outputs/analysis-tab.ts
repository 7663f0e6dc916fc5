/** The analysis tab (Phân tích): the analysis rows, one section per group and criteria set, most points lost first. */
import type { Cell, WorkbookResult } from '../types';
import {
  descriptor,
  rowOf,
  tabColumn,
  tabTitle,
  type ColumnDescriptor,
  type Tab,
  type TabColumn,
} from './tab';

const ANALYSIS_COLUMNS = {
  group: descriptor('Nhóm', 'Group', 'text', 16, true),
  criteria: descriptor('Bộ tiêu chí', 'Criteria set', 'text', 16, true),
  code: descriptor('Mã', 'Code', 'text', 8),
  criterion: descriptor('Tiêu chí', 'Criterion', 'text', 48, true),
  max: descriptor('Điểm tối đa', 'Max', 'points', 9),
  units: descriptor('Số đơn vị áp dụng', 'Units', 'integer', 10, true),
  lost: descriptor('Số đơn vị mất điểm', 'Units that lost points', 'integer', 10, true),
  penalised: descriptor('Số đơn vị bị trừ điểm', 'Units penalised', 'integer', 10, true),
  amount: descriptor('Tổng điểm bị mất, bị trừ', 'Points lost', 'points', 10, true),
  attainment: descriptor('Tỷ lệ đạt điểm', 'Attainment', 'ratio-percent', 10, true),
} satisfies Record<string, ColumnDescriptor>;

type AnalysisKey = keyof typeof ANALYSIS_COLUMNS;

/** How many criteria a section's chart shows: those with the most points lost. */
export const CHART_ROWS = 10;

const TITLE = {
  vi: 'Phân tích các tiêu chí nhiều đơn vị bị mất điểm',
  en: 'Analysis: the criteria where units lost most points',
};

interface AnalysisSection {
  group: string | null;
  criteria: string;
  /** 0-based data-row index of the section's first row. */
  start: number;
  count: number;
  /** The title of the section's chart: the group, and the criteria set where the workbook has several. */
  title: string;
}

export interface AnalysisTab extends Tab<AnalysisKey> {
  sections: AnalysisSection[];
}

export function buildAnalysisTab(result: WorkbookResult): AnalysisTab {
  const language = result.language;
  const sets = new Set(result.analysis.map((row) => row.criteria));
  const keys = (Object.keys(ANALYSIS_COLUMNS) as AnalysisKey[]).filter(
    (key) => key !== 'criteria' || sets.size > 1,
  );
  const columns: TabColumn<AnalysisKey>[] = keys.map((key) =>
    tabColumn(key, ANALYSIS_COLUMNS[key], language),
  );
  const rows: Cell[][] = [];
  const sections: AnalysisTab['sections'] = [];
  let section: AnalysisSection | undefined;
  result.analysis.forEach((row, r) => {
    if (!section || section.group !== row.group || section.criteria !== row.criteria) {
      const title = (row.group ?? '') + (sets.size > 1 ? ` (${row.criteria})` : '');
      section = { group: row.group, criteria: row.criteria, start: r, count: 0, title };
      sections.push(section);
    }
    section.count++;
    rows.push(
      rowOf(columns, {
        group: row.group ?? '',
        criteria: row.criteria,
        code: row.code,
        criterion: row.name,
        max: row.max,
        units: row.units,
        lost: row.lost,
        penalised: row.penalised,
        amount: row.amount,
        attainment: row.attainment,
      } satisfies Record<AnalysisKey, Cell>),
    );
  });
  const title = tabTitle(TITLE, language, result.year);
  return { name: result.analysisSheet, title, columns, rows, sections };
}
