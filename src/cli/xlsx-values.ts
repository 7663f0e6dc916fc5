/**
 * A lean .xlsx reader for the values only (`rank` without `--out`): it unzips the file and scans each part's XML
 * once, with no cell objects, no styles beyond number formats and no formulas' text. It gives exactly what
 * exceljs's full read gives through cellFromExcel and sheetFromWorksheet (tests/cli/xlsx-values.test.ts compares
 * the two), including exceljs's ways: a number whose format is a date format is a Date, a merged range's cells
 * all hold the first cell's value, a sheet is as wide as its widest row that holds a value.
 */
import JSZip from 'jszip';
import type { Cell, Sheet, Workbook } from '../core';

/** Why a file could not be read as .xlsx: not a zip at all, or a zip without a workbook part (.ods, .docx, …). */
export type XlsxReadProblem = 'not-zip' | 'not-xlsx';

export class XlsxReadError extends Error {
  constructor(
    readonly problem: XlsxReadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/** Excel's built-in number formats that exceljs reads as dates (ids 14–22 and 45–47). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's test for a date format: a date or time letter outside quotes and brackets. */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|apos|quot));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** What an XML parser gives for a text node or an attribute. */
function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : NAMED[name as string]!,
  );
}

/** exceljs decodes a formula's text result a second time, named entities only. */
function decodeNamedAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (match, name: string) => NAMED[name] ?? match);
}

/** exceljs decodes _xHHHH_ escapes in shared strings and rich-text runs (upper-case hex only). */
function decodeEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag))
    found.set(match[1] as string, decodeXml(match[2] ?? match[3] ?? ''));
  return found;
}

/** The text of every <t> element in a fragment, decoded; phonetic runs (<rPh>) are left out. */
function texts(fragment: string, escapes: boolean): { text: string; runs: boolean } {
  const body = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  const runs = /<r\b/.test(body);
  let text = '';
  const pattern = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const decoded = decodeXml(match[1] ?? '');
    text += escapes || runs ? decodeEscapes(decoded) : decoded;
  }
  return { text, runs };
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const pattern = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml))
    strings.push(texts(match[1] ?? '', true).text);
  return strings;
}

/** For each cell style index, whether its number format is a date format. */
function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)>/g)) {
    const attrs = attributes(match[1] as string);
    custom.set(Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map((match) => {
    const id = Number(attributes(match[1] as string).get('numFmtId') ?? 0);
    if (!id) return false;
    const format = custom.get(id);
    return format !== undefined ? isDateFormat(format) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** "AB12" → [12, 28]. */
function address(ref: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return [Number(ref.slice(i)), column];
}

interface Context {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** One cell's value, as exceljs reads it and cellFromExcel turns it into a Cell; undefined: no value at all. */
function cellValue(tag: string, body: string, context: Context): Cell | undefined {
  const attrs = attributes(tag);
  const type = attrs.get('t') ?? 'n';
  const style = Number(attrs.get('s') ?? 0);
  const isDate = style > 0 && context.dates[style] === true;
  const raw = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(body);
  const value = raw ? decodeXml(raw[1] ?? '') : undefined;
  if (/<f\b/.test(body)) {
    if (!value) return null;
    const result =
      type === 'str'
        ? decodeNamedAgain(value)
        : type === 'b'
          ? parseInt(value, 10) !== 0
          : type === 'e'
            ? value
            : parseFloat(value);
    // exceljs turns any result into a date under a date format (an error or a text into an invalid date).
    if (!isDate) return result;
    return excelToDate(type === 'e' ? Number.NaN : Number(result), context.date1904);
  }
  if (type === 'inlineStr') {
    const inline = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body);
    if (!inline) return undefined;
    const { text, runs } = texts(inline[1] as string, false);
    return text === '' && !runs ? undefined : text;
  }
  if (value === undefined || value === '') return undefined;
  if (type === 's') return context.strings[parseInt(value, 10)] ?? null;
  if (type === 'str') return decodeNamedAgain(value);
  if (type === 'b') return parseInt(value, 10) !== 0;
  if (type === 'e') return value;
  const number = parseFloat(value);
  return isDate ? excelToDate(number, context.date1904) : number;
}

interface RowCells {
  /** Highest column that has a <c> element (with or without a value), as exceljs's cellCount. */
  width: number;
  hasValue: boolean;
  cells: Map<number, Cell>;
}

function readSheet(name: string, xml: string, context: Context): Sheet {
  const rows = new Map<number, RowCells>();
  let lastRow = 0;
  const rowOf = (r: number): RowCells => {
    let row = rows.get(r);
    if (!row) {
      row = { width: 0, hasValue: false, cells: new Map() };
      rows.set(r, row);
    }
    if (r > lastRow) lastRow = r;
    return row;
  };

  const sheetData = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml)?.[1] ?? '';
  const pattern = /<(row|c)\b([^>]*?)(\/?)>/g;
  let current: RowCells | null = null;
  let currentRow = 0;
  let nextColumn = 1;
  for (let match = pattern.exec(sheetData); match; match = pattern.exec(sheetData)) {
    const [, element, tag = '', selfClosing] = match;
    if (element === 'row') {
      const r = Number(attributes(tag).get('r') ?? currentRow + 1);
      currentRow = r;
      current = rowOf(r);
      nextColumn = 1;
      continue;
    }
    let body = '';
    if (!selfClosing) {
      const end = sheetData.indexOf('</c>', pattern.lastIndex);
      body = sheetData.slice(pattern.lastIndex, end < 0 ? sheetData.length : end);
      pattern.lastIndex = end < 0 ? sheetData.length : end + 4;
    }
    const ref = attributes(tag).get('r');
    const [r, c] = ref ? address(ref) : [currentRow, nextColumn];
    nextColumn = c + 1;
    const row = r === currentRow && current ? current : rowOf(r);
    if (c > row.width) row.width = c;
    const value = cellValue(tag, body, context);
    if (value !== undefined) {
      row.hasValue = true;
      row.cells.set(c, value);
    }
  }

  // exceljs gives every cell of a merged range the value of its first cell, and the range's cells exist.
  for (const match of xml.matchAll(/<mergeCell\b([^>]*)>/g)) {
    const [from = '', to = from] = (attributes(match[1] as string).get('ref') ?? '').split(':');
    const [top, left] = address(from);
    const [bottom, right] = address(to);
    const master = rows.get(top)?.cells.get(left) ?? null;
    for (let r = top; r <= bottom; r++) {
      const row = rowOf(r);
      for (let c = left; c <= right; c++) {
        if (c > row.width) row.width = c;
        if (r === top && c === left) continue;
        row.hasValue = true;
        row.cells.set(c, master);
      }
    }
  }

  let columns = 0;
  for (const row of rows.values()) if (row.hasValue && row.width > columns) columns = row.width;
  const values: Cell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = rows.get(r)?.cells;
    const line: Cell[] = new Array<Cell>(columns);
    for (let c = 1; c <= columns; c++) line[c - 1] = cells?.get(c) ?? null;
    values.push(line);
  }
  return { name, values };
}

function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

export async function readXlsxValues(data: Uint8Array): Promise<Workbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new XlsxReadError('not-zip', error instanceof Error ? error.message : String(error));
  }
  const workbookXml = await text(zip, 'xl/workbook.xml');
  const relsXml = await text(zip, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === null || relsXml === null)
    throw new XlsxReadError(
      'not-xlsx',
      'the file is a zip archive without an .xlsx workbook (xl/workbook.xml)',
    );

  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const attrs = attributes(match[1] as string);
    if ((attrs.get('Type') ?? '').endsWith('/worksheet'))
      targets.set(attrs.get('Id') ?? '', attrs.get('Target') ?? '');
  }
  const workbookPr = /<workbookPr\b([^>]*)>/.exec(workbookXml)?.[1];
  const date1904 = ['1', 'true'].includes(attributes(workbookPr ?? '').get('date1904') ?? '');
  const context: Context = {
    strings: sharedStrings(await text(zip, 'xl/sharedStrings.xml')),
    dates: dateStyles(await text(zip, 'xl/styles.xml')),
    date1904,
  };

  const sheets: Sheet[] = [];
  for (const match of workbookXml.matchAll(/<sheet\b([^>]*)>/g)) {
    const attrs = attributes(match[1] as string);
    const target = targets.get(attrs.get('r:id') ?? '');
    if (target === undefined) continue;
    const xml = await text(zip, partPath(target));
    if (xml !== null) sheets.push(readSheet(attrs.get('name') ?? '', xml, context));
  }
  return { sheets };
}
