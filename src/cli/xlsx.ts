import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { Cell, Sheet, Workbook } from '../core';
import { readXlsxValues } from './xlsx-values';

/**
 * exceljs, loaded on first use: `rank` without --out never needs it, and loading it takes about a fifth of a
 * second, a tenth of that command's time.
 */
export function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load; the bundle keeps exceljs external
  return require('exceljs') as typeof ExcelJS;
}

/** Turns what exceljs holds in a cell into what Sheets' getValues would give: formulas give their result. */
export function cellFromExcel(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date))
      return 'error' in result ? result.error : null;
    return result;
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellFromExcel(value.text);
  return null;
}

export function sheetFromWorksheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rows = worksheet.rowCount;
  const columns = worksheet.columnCount;
  const values: Cell[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    const line: Cell[] = new Array(columns);
    for (let c = 1; c <= columns; c++) line[c - 1] = cellFromExcel(row.getCell(c).value);
    values.push(line);
  }
  return { name: worksheet.name, values };
}

export function workbookFromExcel(book: ExcelJS.Workbook): Workbook {
  return { sheets: book.worksheets.map(sheetFromWorksheet) };
}

/** What exceljs's reader holds between unzipping and building the worksheets (not in its typings). */
interface Relationship {
  Type: string;
  Target: string;
}
interface ReadModel {
  /** The workbook part's sheets, whose names reconcile gives the worksheets. */
  sheets?: { name: string }[];
  worksheetRels: Record<string, Relationship[] | undefined>;
  comments: Record<string, unknown>;
  vmlDrawings: Record<string, unknown>;
}
interface Reconciler {
  reconcile(model: ReadModel, options: unknown): void;
}

const NOTE_PARTS = [
  { type: '/relationships/comments', table: 'comments' },
  { type: '/relationships/vmlDrawing', table: 'vmlDrawings' },
] as const;

/**
 * exceljs looks a sheet's notes up by the relationship target it writes itself ("../comments1.xml") and
 * fails on any other spelling of the same part: an absolute target ("/xl/comments1.xml", as Excel and other
 * programs may write) or a part it did not read (openpyxl's "xl/comments/comment1.xml"). Absolute targets
 * are rewritten to exceljs's form; notes it did not read are left out of the workbook it builds, so the
 * values are read and OUT is written without those notes.
 */
export function placeNotes(model: ReadModel): void {
  for (const [sheet, rels] of Object.entries(model.worksheetRels)) {
    if (!rels) continue;
    model.worksheetRels[sheet] = rels.filter((rel) => {
      const part = NOTE_PARTS.find((candidate) => rel.Type.endsWith(candidate.type));
      if (!part) return true;
      if (rel.Target.startsWith('/xl/')) rel.Target = '../' + rel.Target.slice('/xl/'.length);
      return rel.Target in model[part.table];
    });
  }
}

/**
 * exceljs refuses to name a worksheet "History" (Excel keeps the name for its change history), which Google
 * Sheets allows and the format's English History sheet has. Such a sheet is read and added under a stand-in
 * (the name between invisible separators, which no one types), then given its name past exceljs's setter,
 * which is the only place the name is checked.
 */
const EXCELJS_REFUSED = 'History';
const STAND_IN = '\u2063History\u2063';

function rename(worksheet: ExcelJS.Worksheet, name: string): void {
  (worksheet as unknown as { _name: string })._name = name;
}

/** book.addWorksheet, also for the name exceljs refuses. */
export function addWorksheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  if (name !== EXCELJS_REFUSED) return book.addWorksheet(name);
  const worksheet = book.addWorksheet(STAND_IN);
  rename(worksheet, name);
  return worksheet;
}

/** exceljs's reader, made to read what it would refuse: notes it did not write, a sheet named History. */
function readerOf(book: ExcelJS.Workbook): ExcelJS.Xlsx {
  const reader = book.xlsx as unknown as Reconciler;
  const reconcile = reader.reconcile.bind(reader);
  reader.reconcile = (model, options) => {
    placeNotes(model);
    for (const sheet of model.sheets ?? []) if (sheet.name === EXCELJS_REFUSED) sheet.name = STAND_IN;
    reconcile(model, options);
  };
  return book.xlsx;
}

function restoreNames(book: ExcelJS.Workbook): ExcelJS.Workbook {
  for (const worksheet of book.worksheets)
    if (worksheet.name === STAND_IN) rename(worksheet, EXCELJS_REFUSED);
  return book;
}

/** The workbook as exceljs holds it (to change an input sheet, as archive does) and its values. */
export async function readXlsx(path: string): Promise<{ book: ExcelJS.Workbook; workbook: Workbook }> {
  const book = new (exceljs().Workbook)();
  await readerOf(book).readFile(path);
  return { book: restoreNames(book), workbook: workbookFromExcel(book) };
}

/** The workbook in data as exceljs holds it, read as readXlsx reads a file. */
export async function loadXlsx(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new (exceljs().Workbook)();
  await readerOf(book).load(data as unknown as ExcelJS.Buffer);
  return restoreNames(book);
}

/**
 * The values only, by the lean reader: the same values as readXlsx in about a tenth of the time and a third of
 * the memory (docs/PERFORMANCE.md). Throws XlsxReadError for a file that is not an .xlsx workbook.
 */
export async function readXlsxFile(path: string): Promise<{ data: Uint8Array; workbook: Workbook }> {
  const data = await readFile(path);
  return { data, workbook: await readXlsxValues(data) };
}

const XLSX_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * .xlsx stores the text "_x0041_" as "_x005F_x0041_"; exceljs reads it back as "_x0041_" but writes it unescaped,
 * which would come back as "A". Escaping before writing keeps every text exactly as it was.
 */
export function escapeXlsxText(text: string): string {
  return text.includes('_x') ? text.replace(XLSX_ESCAPE, '_x005F_$1') : text;
}

/** Escapes the texts of every cell of the workbook's sheets, so writing it changes none of them. */
export function protectTexts(book: ExcelJS.Workbook): void {
  book.eachSheet((worksheet) =>
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value === 'string' && value.includes('_x')) cell.value = escapeXlsxText(value);
        else if (
          value &&
          typeof value === 'object' &&
          'richText' in value &&
          value.richText.some((run) => run.text.includes('_x'))
        ) {
          cell.value = {
            richText: value.richText.map((run) => ({ ...run, text: escapeXlsxText(run.text) })),
          };
        }
      }),
    ),
  );
}

/** Writes values into a worksheet; a string is always a string, never a formula. */
export function fillWorksheet(worksheet: ExcelJS.Worksheet, values: readonly (readonly Cell[])[]): void {
  values.forEach((line, r) => {
    const row = worksheet.getRow(r + 1);
    line.forEach((value, c) => {
      if (value !== null && value !== '')
        row.getCell(c + 1).value = typeof value === 'string' ? escapeXlsxText(value) : value;
    });
  });
}

export function excelFromWorkbook(workbook: Workbook): ExcelJS.Workbook {
  const book = new (exceljs().Workbook)();
  for (const sheet of workbook.sheets) fillWorksheet(addWorksheet(book, sheet.name), sheet.values);
  return book;
}

export async function writeWorkbookXlsx(workbook: Workbook, path: string): Promise<void> {
  await excelFromWorkbook(workbook).xlsx.writeFile(path);
}
