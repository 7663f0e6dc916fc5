/**
 * Paints a layout of the core (src/core/outputs/layout.ts) on a sheet that holds its values: each cell property in
 * one call over the whole tab, widths in runs, then merges, heights, links and charts. It decides nothing of the
 * look; it only turns the model into Apps Script calls, as few as the model allows.
 */
import {
  CHARACTER_PIXELS,
  type ChartLayout,
  type Look,
  SECTION_LINE,
  type SheetLayout,
  type Span,
} from '../core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** One property of every cell, or null when every cell keeps the default (a cleared sheet has it already). */
function grid<T>(looks: readonly (readonly Look[])[], pick: (look: Look) => T, plain: T): T[][] | null {
  let any = false;
  const cells = looks.map((row) =>
    row.map((look) => {
      const value = pick(look);
      any ||= value !== plain;
      return value;
    }),
  );
  return any ? cells : null;
}

/**
 * A property that has no value meaning "the default" (number formats, font sizes), set in blocks of rows whose set
 * cells are the same columns, one call each; the other cells keep the cleared sheet's default.
 */
function paintBlocks<T>(
  sheet: Sheet,
  looks: readonly (readonly Look[])[],
  pick: (look: Look) => T | null,
  set: (range: Range, values: T[][]) => void,
): void {
  const shape = (row: readonly Look[]): string =>
    row.map((look) => (pick(look) === null ? '.' : 'x')).join('');
  let r = 0;
  while (r < looks.length) {
    const first = shape(looks[r] as Look[]);
    let end = r + 1;
    while (end < looks.length && shape(looks[end] as Look[]) === first) end++;
    for (const match of first.matchAll(/x+/g)) {
      const c = match.index;
      const n = match[0].length;
      const values = looks.slice(r, end).map((row) => row.slice(c, c + n).map((look) => pick(look) as T));
      set(sheet.getRange(r + 1, c + 1, end - r, n), values);
    }
    r = end;
  }
}

function paintWidths(sheet: Sheet, widths: readonly number[]): void {
  let c = 0;
  while (c < widths.length) {
    let end = c + 1;
    while (end < widths.length && widths[end] === widths[c]) end++;
    sheet.setColumnWidths(c + 1, end - c, (widths[c] as number) * CHARACTER_PIXELS);
    c = end;
  }
}

function rangeOf(sheet: Sheet, span: Span): Range {
  return sheet.getRange(span.row, span.column, span.rows, span.columns);
}

/**
 * The layout's charts, in order: the sheet's existing charts are changed in place (so each keeps its id, and a
 * chart linked into Slides or Docs keeps updating), new ones inserted, those left over removed.
 */
function paintCharts(sheet: Sheet, charts: readonly ChartLayout[], inserted: boolean): void {
  const existing = inserted ? [] : sheet.getCharts();
  charts.forEach((layout, i) => {
    const old = existing[i];
    const chart = (old ? old.modify().clearRanges() : sheet.newChart())
      .setChartType(Charts.ChartType[layout.type])
      .addRange(rangeOf(sheet, layout.labels))
      .addRange(rangeOf(sheet, layout.values))
      .setOption('title', layout.title)
      .setOption('legend', { position: layout.legend })
      .setPosition(layout.anchor.row, layout.anchor.column, 0, 0)
      .build();
    if (old) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  });
  for (const chart of existing.slice(charts.length)) sheet.removeChart(chart);
}

/** Each linked cell's text with a link to its sheet (`#gid=`), from one builder (each row sets its own link). */
function paintLinks(sheet: Sheet, layout: SheetLayout, sheetIds: ReadonlyMap<string, number>): void {
  const links = layout.links;
  if (!links || links.sheets.length === 0) return;
  const builder = SpreadsheetApp.newRichTextValue();
  const values = links.sheets.map((name, r) => {
    const id = sheetIds.get(name);
    const text = String(layout.values[links.row - 1 + r]?.[links.column - 1] ?? '');
    return [
      builder
        .setText(text)
        .setLinkUrl(id === undefined ? null : `#gid=${id}`)
        .build(),
    ];
  });
  sheet.getRange(links.row, links.column, values.length, 1).setRichTextValues(values);
}

/** Paints `layout` on `all`, the range of its values on `sheet` (`inserted`: a new sheet, which has no chart). */
export function paintLayout(
  sheet: Sheet,
  all: Range,
  layout: SheetLayout,
  sheetIds: ReadonlyMap<string, number>,
  inserted: boolean,
): void {
  const { looks } = layout;
  const weights = grid(looks, (look) => (look.bold ? 'bold' : 'normal'), 'normal');
  if (weights) all.setFontWeights(weights);
  paintBlocks(
    sheet,
    looks,
    (look) => look.size,
    (range, sizes) => range.setFontSizes(sizes),
  );
  const fills = grid(looks, (look) => look.fill, null);
  if (fills) all.setBackgrounds(fills as string[][]);
  // Not skipped when no cell wraps: a cleared cell's wrap is not documented.
  all.setWraps(looks.map((row) => row.map((look) => look.wrap)));
  paintBlocks(
    sheet,
    looks,
    (look) => look.format,
    (range, formats) => range.setNumberFormats(formats),
  );
  looks.forEach((row, r) => {
    if (row.some((look) => look.line))
      sheet
        .getRange(r + 1, 1, 1, layout.width)
        .setBorder(true, null, null, null, null, null, SECTION_LINE, SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
  });
  paintWidths(sheet, layout.widths);
  for (const height of layout.heights) sheet.setRowHeight(height.row, height.pixels);
  for (const merge of layout.merges) rangeOf(sheet, merge).merge();
  sheet.setFrozenRows(layout.frozenRows);
  // Shown is a sheet's default: a tab that keeps them leaves a person's choice alone.
  if (!layout.gridlines) sheet.setHiddenGridlines(true);
  paintLinks(sheet, layout, sheetIds);
  paintCharts(sheet, layout.charts, inserted);
}
