/**
 * The layouts of the ranking, deductions and analysis tabs: a title row, a header row (both printed on every page
 * and frozen), the data formatted by column descriptor, and what each tab adds (r/N ranks, class colours, links,
 * lines between groups, bold totals, charts). Which existing tabs a new set replaces is decided here too.
 */
import { foldKey } from '../basics/text';
import type { WorkbookResult } from '../types';
import { SHEET_NAMES } from '../sheets/workbook-schema';
import { buildAnalysisTab, CHART_ROWS, type AnalysisTab } from './analysis-tab';
import { buildDeductionsTab, type DeductionsTab } from './deductions-tab';
import { look, paddedWidth, type ChartLayout, type Look, type SheetLayout } from './layout';
import { buildRankingTab, type RankingTab } from './ranking-tab';
import {
  CHART_COLUMNS_WIDE,
  CHART_ROWS_TALL,
  CLASS_FILLS,
  HEADER_FILL,
  MIN_TAB_COLUMN,
  TITLE_SIZE,
} from './style';
import {
  columnIndex,
  contentWidth,
  FIRST_DATA_ROW,
  HEADER_ROW,
  NUMBER_FORMATS,
  rankOutOfFormat,
  tabValues,
  type Tab,
} from './tab';

/** What a tab adds to the common layout: each data row's looks from the plain ones, links and charts. */
interface Extras {
  rowLooks?: (r: number, plain: readonly Look[]) => readonly Look[];
  links?: SheetLayout['links'];
  charts?: ChartLayout[];
}

/** Looks changed in some columns: `change(c, look)` gives each column's new look. */
function restyled(looks: readonly Look[], change: (c: number, look: Look) => Look): Look[] {
  return looks.map((cell, c) => change(c, cell));
}

function tabLayout(tab: Tab, extras: Extras = {}): SheetLayout {
  const width = tab.columns.length;
  const title = tab.columns.map(() => look({ bold: true, size: TITLE_SIZE, format: '@' }));
  const header = tab.columns.map(() => look({ bold: true, fill: HEADER_FILL, wrap: true, format: '@' }));
  const plain = tab.columns.map((column) =>
    look({ format: NUMBER_FORMATS[column.format] ?? '@', wrap: column.wrap }),
  );
  const rowLooks = extras.rowLooks;
  const looks = [title, header, ...tab.rows.map((_, r) => (rowLooks ? rowLooks(r, plain) : plain))];
  // The data rows have a cell in every column already; the title row gets its empty ones.
  const values = [tab.columns.map((_, c) => (c === 0 ? tab.title : null)), ...tabValues(tab).slice(1)];
  const charts = extras.charts ?? [];
  const last = charts[charts.length - 1]?.anchor;
  return {
    name: tab.name,
    values,
    width,
    looks,
    widths: tab.columns.map((_, c) => Math.max(MIN_TAB_COLUMN, paddedWidth(contentWidth(tab, c)))),
    heights: [],
    merges: [],
    frozenRows: HEADER_ROW,
    printTitleRows: HEADER_ROW,
    orientation: 'landscape',
    gridlines: true,
    links: extras.links ?? null,
    charts,
    // A row below the frozen ones even when there is no data: Sheets keeps at least one row unfrozen.
    rows: Math.max(values.length, HEADER_ROW + 1, last ? last.row + CHART_ROWS_TALL - 1 : 0),
    columns: Math.max(width, last ? last.column + CHART_COLUMNS_WIDE - 1 : 0),
  };
}

/** Where a tab's n-th chart is anchored: to the right of its columns, one below another. */
function chartAnchor(n: number, width: number): { row: number; column: number } {
  return { row: FIRST_DATA_ROW + n * CHART_ROWS_TALL, column: width + 2 };
}

/** A chart of `count` data rows from `start` (0-based), labels and values from two 0-based columns. */
function chart(
  start: number,
  count: number,
  label: number,
  value: number,
  title: string,
  n: number,
  width: number,
) {
  const row = FIRST_DATA_ROW + start;
  return {
    type: 'BAR' as const,
    title,
    legend: 'none' as const,
    labels: { row, column: label + 1, rows: count, columns: 1 },
    values: { row, column: value + 1, rows: count, columns: 1 },
    anchor: chartAnchor(n, width),
  };
}

/**
 * The ranking tab: ranks as r/N within each group, the class coloured by band, each unit linked to its sheet, a
 * line above each group after the first, and one chart of each group's index.
 */
function rankingLayout(tab: RankingTab, classLabels: readonly string[]): SheetLayout {
  const rank = columnIndex(tab, 'rank');
  const classColumn = columnIndex(tab, 'class');
  const unit = columnIndex(tab, 'unit');
  const index = columnIndex(tab, 'index');
  const width = tab.columns.length;
  const rankFormats = new Map<number, string>();
  const firsts = new Set<number>();
  tab.sections.forEach((section, i) => {
    if (i > 0) firsts.add(section.start);
    const format = rankOutOfFormat(section.ranked);
    for (let r = section.start; r < section.start + section.ranked; r++) rankFormats.set(r, format);
  });
  const shared = new Map<string, readonly Look[]>();
  const charts: ChartLayout[] = [];
  tab.sections.forEach((section, i) => {
    if (section.ranked > 0)
      charts.push(chart(section.start, section.ranked, unit, index, section.group ?? '', i, width));
  });
  const layout = tabLayout(tab, {
    rowLooks: (r, plain) => {
      const band = tab.units[r]?.class;
      const at = band === null || band === undefined ? -1 : classLabels.indexOf(band);
      const fill = at < 0 ? null : (CLASS_FILLS[Math.min(at, CLASS_FILLS.length - 1)] as string);
      const line = firsts.has(r);
      const format = rankFormats.get(r);
      // Rows of one band, group and line look alike: one array for them all.
      const key = `${fill}|${line}|${format}`;
      let looks = shared.get(key);
      if (!looks) {
        looks = restyled(plain, (c, cell) =>
          look({
            ...cell,
            line,
            ...(c === classColumn ? { fill } : {}),
            ...(c === rank && format !== undefined ? { format } : {}),
          }),
        );
        shared.set(key, looks);
      }
      return looks;
    },
    links: { row: FIRST_DATA_ROW, column: unit + 1, sheets: tab.units.map((u) => u.sheet) },
    charts,
  });
  // The component indexes side by side read evenly: every field column as wide as the widest.
  const fields = tab.columns.flatMap((column, c) => (column.key.startsWith('field:') ? [c] : []));
  const widest = Math.max(0, ...fields.map((c) => layout.widths[c] as number));
  for (const c of fields) layout.widths[c] = widest;
  return layout;
}

/** The deductions tab: each unit's total line in bold. */
function deductionsLayout(tab: DeductionsTab): SheetLayout {
  const totals = new Set(tab.totals);
  let bold: readonly Look[] | undefined;
  return tabLayout(tab, {
    rowLooks: (r, plain) => {
      if (!totals.has(r)) return plain;
      bold ??= restyled(plain, (_, cell) => look({ ...cell, bold: true }));
      return bold;
    },
  });
}

/** The analysis tab: per group and criteria set, a chart of the criteria with most points lost. */
function analysisLayout(tab: AnalysisTab): SheetLayout {
  const code = columnIndex(tab, 'code');
  const amount = columnIndex(tab, 'amount');
  const charts: ChartLayout[] = [];
  for (const section of tab.sections) {
    const lost = tab.rows
      .slice(section.start, section.start + Math.min(CHART_ROWS, section.count))
      .filter((row) => (row[amount] as number) > 0).length;
    if (lost > 0)
      charts.push(chart(section.start, lost, code, amount, section.title, charts.length, tab.columns.length));
  }
  return tabLayout(tab, { charts });
}

/** The tabs a recompute (or `rank --out`) writes, in order. */
export function generatedLayouts(result: WorkbookResult): SheetLayout[] {
  return [
    rankingLayout(
      buildRankingTab(result),
      result.bands.map((band) => band.label),
    ),
    deductionsLayout(buildDeductionsTab(result)),
    analysisLayout(buildAnalysisTab(result)),
  ];
}

const GENERATED = new Set(
  [...SHEET_NAMES.ranking, ...SHEET_NAMES.deductions, ...SHEET_NAMES.analysis].map(foldKey),
);

/**
 * Whether a new set of generated tabs replaces the existing sheet of this name: a ranking, deductions or analysis
 * tab by any of its contract names (case and accents aside). Unit reports stay, as in Sheets.
 */
export function replacedByGeneratedTabs(name: string): boolean {
  return GENERATED.has(foldKey(name));
}
