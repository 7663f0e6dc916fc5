/**
 * Paints the core's layouts (src/core/outputs/layout.ts) into an exceljs workbook: values unrounded, each cell's
 * look, widths, heights, merges, frozen rows, gridlines and print setup. It decides nothing of the look.
 */
import type ExcelJS from 'exceljs';
import {
  generatedLayouts,
  type Look,
  PLAIN,
  POINTS_PER_PIXEL,
  replacedByGeneratedTabs,
  SECTION_LINE,
  type SheetLayout,
  type WorkbookResult,
} from '../core';
import { fillWorksheet } from './xlsx';

const argb = (colour: string): string => `FF${colour.slice(1).toUpperCase()}`;

/** A look as an exceljs style, made once per look and shared by its cells (never changed in place). */
function styleOf(look: Look): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.bold || look.size !== null)
    style.font = { ...(look.bold ? { bold: true } : {}), ...(look.size === null ? {} : { size: look.size }) };
  if (look.fill !== null)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
  if (look.wrap) style.alignment = { wrapText: true, vertical: 'top' };
  if (look.format !== null) style.numFmt = look.format;
  if (look.line) style.border = { top: { style: 'medium', color: { argb: argb(SECTION_LINE) } } };
  return style;
}

/** Adds `layout` as a new worksheet at the end of the book. */
export function paintWorksheet(book: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const gridlines = layout.gridlines ? {} : { showGridLines: false };
  const worksheet = book.addWorksheet(layout.name, {
    views: [layout.frozenRows > 0 ? { ...gridlines, state: 'frozen', ySplit: layout.frozenRows } : gridlines],
    pageSetup: {
      orientation: layout.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(layout.printTitleRows > 0 ? { printTitlesRow: `1:${layout.printTitleRows}` } : {}),
    },
  });
  fillWorksheet(worksheet, layout.values);
  const styles = new Map<Look, Partial<ExcelJS.Style>>();
  layout.looks.forEach((looks, r) => {
    const row = worksheet.getRow(r + 1);
    looks.forEach((look, c) => {
      if (look === PLAIN) return;
      let style = styles.get(look);
      if (!style) styles.set(look, (style = styleOf(look)));
      row.getCell(c + 1).style = style;
    });
  });
  layout.widths.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
  for (const height of layout.heights) worksheet.getRow(height.row).height = height.pixels * POINTS_PER_PIXEL;
  for (const m of layout.merges)
    worksheet.mergeCells(m.row, m.column, m.row + m.rows - 1, m.column + m.columns - 1);
  return worksheet;
}

/** Replaces the generated tabs (by any of their contract names) and leaves every other sheet as it was. */
export function writeGeneratedTabs(book: ExcelJS.Workbook, result: WorkbookResult): void {
  for (const worksheet of [...book.worksheets])
    if (replacedByGeneratedTabs(worksheet.name)) book.removeWorksheet(worksheet.id);
  for (const layout of generatedLayouts(result)) paintWorksheet(book, layout);
}
