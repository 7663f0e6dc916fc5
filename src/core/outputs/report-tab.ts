/**
 * A unit report tab (Báo cáo – <unit>): the title, the summary paragraph, then one small table per part of the
 * report (distances, criteria to win back, fields, flags by field, history; errors for a unit without a result),
 * each with a heading and a header row. The tables are described by keyed columns so Sheets and .xlsx format them
 * by key, like the other generated tabs.
 */
import type { Cell, Language, UnitResult, WorkbookResult } from '../types';
import { foldOnce } from '../basics/text';
import { contentWidth, descriptor, tabColumn, tabTitle, type ColumnDescriptor, type TabColumn } from './tab';
import { buildUnitReport, type UnitReport } from './unit-report';

export const REPORT_COLUMNS = {
  distance: {
    target: descriptor('Mục tiêu', 'Target', 'text', 12),
    description: descriptor('Khoảng cách', 'Distance', 'text', 44, true),
    gap: descriptor('Số điểm chỉ số còn thiếu', 'Index points short', 'points', 10, true),
  },
  mostLost: {
    code: descriptor('Mã', 'Code', 'text', 8),
    criterion: descriptor('Tiêu chí', 'Criterion', 'text', 44, true),
    lost: descriptor('Điểm bị mất, bị trừ', 'Points lost', 'points', 10, true),
  },
  fields: {
    code: descriptor('Mã', 'Code', 'text', 8),
    field: descriptor('Lĩnh vực', 'Field', 'text', 44, true),
    points: descriptor('Điểm', 'Points', 'points', 9),
    max: descriptor('Điểm tối đa', 'Max', 'points', 9),
    index: descriptor('Chỉ số thành phần (%)', 'Index (%)', 'percent-index', 10, true),
    rank: descriptor('Thứ hạng lĩnh vực', 'Field rank', 'integer', 9, true),
    outOf: descriptor('Số đơn vị xếp hạng', 'Units ranked', 'integer', 9, true),
    average: descriptor('Chỉ số trung bình (%)', 'Average index (%)', 'percent-index', 10, true),
    best: descriptor('Chỉ số cao nhất (%)', 'Best index (%)', 'percent-index', 10, true),
  },
  flags: {
    code: descriptor('Mã', 'Code', 'text', 8),
    criterion: descriptor('Tiêu chí', 'Criterion', 'text', 44, true),
    lost: descriptor('Điểm bị mất, bị trừ', 'Points lost', 'points', 10, true),
    reasons: descriptor('Lý do', 'Reasons', 'text', 30, true),
    note: descriptor('Ghi chú thẩm định', 'Appraisal note', 'text', 30, true),
    explanation: descriptor('Giải trình', 'Explanation', 'text', 30, true),
  },
  history: {
    year: descriptor('Năm', 'Year', 'integer', 6),
    index: descriptor('Chỉ số (%)', 'Index (%)', 'percent-index', 10, true),
    rank: descriptor('Thứ hạng', 'Rank', 'text', 24, true),
  },
  errors: {
    cell: descriptor('Ô', 'Cell', 'text', 8),
    message: descriptor('Lỗi', 'Error', 'text', 60, true),
    sheet: descriptor('Sheet', 'Sheet', 'text', 20, true),
  },
} satisfies Record<string, Record<string, ColumnDescriptor>>;

type ReportTableKey = keyof typeof REPORT_COLUMNS;

const HEADINGS: Record<ReportTableKey, Record<Language, string>> = {
  distance: { vi: 'Khoảng cách đến thứ hạng, xếp loại liền trên', en: 'Distance to the next rank and class' },
  mostLost: {
    vi: 'Các tiêu chí bị mất nhiều điểm nhất (nơi cần lấy lại điểm)',
    en: 'The criteria where most points were lost (where to win them back)',
  },
  fields: { vi: 'Kết quả theo lĩnh vực', en: 'Results by field' },
  flags: {
    vi: 'Các tiêu chí bị mất, bị trừ điểm theo lĩnh vực',
    en: 'Criteria with points lost, by field',
  },
  history: { vi: 'Kết quả các năm', en: 'Results over the years' },
  errors: {
    vi: 'Lỗi cần sửa trước khi đơn vị được chấm điểm',
    en: 'Errors to fix before the unit can be scored',
  },
};

const TITLE = { vi: 'Báo cáo kết quả Chỉ số CCHC', en: 'PAR Index report' };

const WORDS = {
  vi: {
    prefix: 'Báo cáo – ',
    rankTarget: (rank: number) => `Thứ ${rank}`,
    rankText: 'đến thứ hạng liền trên trong nhóm',
    classTarget: (label: string) => `Loại ${label}`,
    classText: 'đến xếp loại liền trên',
    top: 'Đứng đầu nhóm, ở xếp loại cao nhất.',
    none: 'Không có tiêu chí nào bị mất điểm.',
  },
  en: {
    prefix: 'Report – ',
    rankTarget: (rank: number) => `Rank ${rank}`,
    rankText: 'to the next better rank in the group',
    classTarget: (label: string) => `Class ${label}`,
    classText: 'to the next class band up',
    top: 'First in the group, in the top class band.',
    none: 'No criterion lost points.',
  },
} satisfies Record<Language, Record<string, unknown>>;

/** One table of the report: a header row and data rows, below its heading. */
interface ReportTable {
  key: ReportTableKey;
  /** 0-based row of the header in the tab's values; the data are the rows after. */
  at: number;
  columns: TabColumn[];
  rows: Cell[][];
  /** Data rows (0-based within `rows`) that head a group of rows, shown bold: a field in the flags table. */
  groupRows: number[];
}

export interface ReportTab {
  name: string;
  unit: string;
  title: string;
  /** The summary paragraph, the tab's second row, spread over the width of the tables. */
  summary: string;
  language: Language;
  /** Text rows at 0-based rows of the values: each part's heading, and a note in place of a table with no rows. */
  lines: { at: number; text: string; heading: boolean }[];
  tables: ReportTable[];
  /** Columns the tab spans: the widest table. */
  width: number;
}

/** The row of the summary paragraph (0-based): right below the title. */
export const SUMMARY_ROW = 1;

/** Characters Excel allows in a sheet name; Sheets allows more, so this limit serves both. */
export const SHEET_NAME_LIMIT = 31;
/** Characters neither Excel nor (for Excel's sake) the report names may hold. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * The report tab names of `units`, in their order: the prefix and the unit name without `[]:*?/\` (each becomes a
 * space) or a closing apostrophe; a name over 31 characters is cut and ends with "…"; a name equal (case, accents and spaces aside) to an
 * earlier one or to one of `taken` gets " (2)", " (3)", … inside the 31 characters.
 */
export function reportTabNames(
  units: readonly string[],
  language: Language,
  taken: readonly string[] = [],
): string[] {
  const used = new Set(taken.map(foldOnce));
  const prefix = WORDS[language].prefix;
  return units.map((unit) => {
    // Excel also refuses a name that ends with an apostrophe; a name left empty is shown as "…".
    const text = unit.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(/'+$/, '').trim();
    const clean = `${prefix}${text || '…'}`;
    const fit = (suffix: string): string => {
      const text = clean + suffix;
      if (text.length <= SHEET_NAME_LIMIT) return text;
      return `${clean.slice(0, SHEET_NAME_LIMIT - suffix.length - 1).trimEnd()}…${suffix}`;
    };
    let name = fit('');
    for (let n = 2; used.has(foldOnce(name)); n++) name = fit(` (${n})`);
    used.add(foldOnce(name));
    return name;
  });
}

function columnsOf(key: ReportTableKey, language: Language): TabColumn[] {
  const descriptors: Record<string, ColumnDescriptor> = REPORT_COLUMNS[key];
  return Object.keys(descriptors).map((k) => tabColumn(k, descriptors[k] as ColumnDescriptor, language));
}

function tableRows(report: UnitReport, key: ReportTableKey, language: Language): Cell[][] {
  const w = WORDS[language];
  switch (key) {
    case 'distance': {
      const rows: Cell[][] = [];
      if (report.toNextRank)
        rows.push([w.rankTarget(report.toNextRank.rank), w.rankText, report.toNextRank.gap]);
      if (report.toNextClass)
        rows.push([w.classTarget(report.toNextClass.label), w.classText, report.toNextClass.gap]);
      return rows;
    }
    case 'mostLost':
      return report.mostLost.map((leaf) => [leaf.code, leaf.name, leaf.lost]);
    case 'fields':
      // A bonus or penalty field (Max 0) is its points alone: no Max, no index of a zero maximum.
      return report.fields.map((f) =>
        f.pointsOnly
          ? [f.code, f.name, f.points, null, null, null, null, null, null]
          : [f.code, f.name, f.points, f.max, f.index, f.rank, f.outOf, f.average, f.best],
      );
    case 'flags':
      return report.flags.flatMap((field) => [
        [field.field, field.name, null, null, null, null],
        ...field.rows.map((row) => [row.code, row.name, row.lost, row.reasons, row.note, row.explanation]),
      ]);
    case 'history':
      return report.history.map((entry) => [entry.year, entry.index, entry.rank]);
    case 'errors':
      return report.errors.map((error) => [error.cell ?? '', error.message, error.sheet ?? '']);
  }
}

/** The parts a report has: a unit with errors has its summary and its errors; a scored unit everything else. */
function partsOf(unit: UnitResult): ReportTableKey[] {
  if (unit.status === 'error') return ['errors', 'history'];
  return ['distance', 'mostLost', 'fields', 'flags', 'history'];
}

export function buildReportTab(result: WorkbookResult, unit: UnitResult, name: string): ReportTab {
  const language = result.language;
  const report = buildUnitReport(result, unit);
  const title = `${tabTitle(TITLE, language, result.year)} – ${unit.unit}`;
  const tables: ReportTable[] = [];
  const lines: ReportTab['lines'] = [];
  // Title, summary, a blank row; then each part: heading, header and rows (or a note), a blank row.
  let at = SUMMARY_ROW + 2;
  for (const key of partsOf(unit)) {
    const rows = tableRows(report, key, language);
    const note = key === 'distance' ? WORDS[language].top : key === 'mostLost' ? WORDS[language].none : null;
    if (rows.length === 0 && note === null) continue;
    lines.push({ at, text: HEADINGS[key][language], heading: true });
    if (rows.length === 0) {
      lines.push({ at: at + 1, text: note as string, heading: false });
      at += 3;
      continue;
    }
    const groupRows =
      key === 'flags' ? rows.flatMap((row, r) => (row[2] === null && row[3] === null ? [r] : [])) : [];
    tables.push({ key, at: at + 1, columns: columnsOf(key, language), rows, groupRows });
    at += rows.length + 3;
  }
  const width = Math.max(3, ...tables.map((table) => table.columns.length));
  return { name, unit: unit.unit, language, title, summary: report.summary, lines, tables, width };
}

/** The report tabs of `units` (all the workbook's units when omitted), named by reportTabNames. */
export function buildReportTabs(
  result: WorkbookResult,
  units: readonly UnitResult[] = result.units,
  taken: readonly string[] = [],
): ReportTab[] {
  const names = reportTabNames(
    units.map((unit) => unit.unit),
    result.language,
    taken,
  );
  return units.map((unit, i) => buildReportTab(result, unit, names[i] as string));
}

/** A column's width in characters: the widest that column is in any of the tab's tables. */
export function reportColumnWidth(tab: ReportTab, c: number): number {
  const widths = tab.tables
    .filter((table) => c < table.columns.length)
    .map((table) => contentWidth({ name: tab.name, title: '', columns: table.columns, rows: table.rows }, c));
  return Math.max(4, ...widths);
}

/** The tab's cells from its first row, every row `width` wide. */
export function reportValues(tab: ReportTab): Cell[][] {
  const ends = [
    SUMMARY_ROW + 1,
    ...tab.lines.map((line) => line.at + 1),
    ...tab.tables.map((table) => table.at + 1 + table.rows.length),
  ];
  const values: Cell[][] = Array.from({ length: Math.max(...ends) }, () =>
    new Array<Cell>(tab.width).fill(null),
  );
  const put = (r: number, row: readonly Cell[]): void => {
    row.forEach((cell, c) => ((values[r] as Cell[])[c] = cell));
  };
  put(0, [tab.title]);
  put(SUMMARY_ROW, [tab.summary]);
  for (const line of tab.lines) put(line.at, [line.text]);
  for (const table of tab.tables) {
    put(
      table.at,
      table.columns.map((column) => column.header),
    );
    table.rows.forEach((row, r) => put(table.at + 1 + r, row));
  }
  return values;
}
