/**
 * The table of docs/BAD-INPUT.md, made from the corpus so that the two never drift apart.
 *   npx tsx tests/robustness/bad-input-doc.ts   (rewrites the table between the markers; then run prettier)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileMessage } from '../../src/cli/file-messages';
import { BAD_CASES, type BadCase } from '../fixtures/bad';
import { FILE_CASES } from '../fixtures/bad/files';

export const DOC = join(__dirname, '..', '..', 'docs', 'BAD-INPUT.md');
export const BEGIN = '<!-- corpus table: begin -->';
export const END = '<!-- corpus table: end -->';
export const FILES_BEGIN = '<!-- file table: begin -->';
export const FILES_END = '<!-- file table: end -->';

/** Markdown-safe text: the characters that would start emphasis, code, HTML or a new cell are escaped. */
function text(value: string): string {
  return value.replace(/\n/g, ' ').replace(/([\\`*_<>|[\]])/g, '\\$1');
}

function points(value: number): string {
  return String(Math.round(value * 1e9) / 1e9);
}

function expected(item: BadCase): string {
  if (item.errors.length > 0) {
    return item.errors
      .map(
        (error) => `${text(error.sheet ?? '')}${error.cell ? '!' + error.cell : ''}: ${text(error.message)}`,
      )
      .join('<br>');
  }
  const parts = ['accepted, no error'];
  for (const warning of item.warnings ?? [])
    parts.push(
      `warning ${text(warning.sheet ?? '')}${warning.cell ? '!' + warning.cell : ''}: ${text(warning.message)}`,
    );
  if (item.reads) {
    const reads = item.reads;
    parts.push(
      reads.applicable === false
        ? `${text(reads.code)} of ${text(reads.unit)} is not applicable`
        : `${text(reads.code)} of ${text(reads.unit)} read as ${points(reads.final ?? 0)}`,
    );
  }
  return parts.join('; ');
}

function units(item: BadCase): string {
  if (item.units.length === 0) return 'no unit';
  return item.units
    .map(([name, value]) => `${text(name)}: ${value === null ? 'not scored' : points(value)}`)
    .join('; ');
}

export function tableRows(): string[][] {
  return BAD_CASES.map((item) => [
    text(item.id),
    text(item.title),
    text(item.input),
    expected(item) + (item.contract ? ' (the contract’s expectation; the core differs, see below)' : ''),
    units(item),
    item.subset ? 'yes' : '',
  ]);
}

export const HEADER = [
  'Case',
  'What',
  'Input',
  'Error (sheet!cell: message) or value read',
  'Units',
  'CLI + bundle',
];

export const FILE_HEADER = [
  'Case',
  'File given as WORKBOOK',
  'What `par-index rank` says (exit 2), or how it reads it',
];

/** The file cases: the message in both languages for a file named FILE, or how the workbook is read. */
export function fileRows(): string[][] {
  return FILE_CASES.map((item) => [
    text(item.id),
    text(item.title),
    item.message === null
      ? 'read as any workbook (exit 0); notes that exceljs cannot place are left out of OUT'
      : [fileMessage('vi', item.message, 'FILE'), fileMessage('en', item.message, 'FILE')]
          .map(text)
          .join('<br>'),
  ]);
}

function render(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderTable(): string {
  return render(HEADER, tableRows());
}

export function renderFileTable(): string {
  return render(FILE_HEADER, fileRows());
}

/** The rows of the table between two markers in a markdown text, cell by cell, with padding and escapes taken off. */
export function parseTable(markdown: string, begin = BEGIN, endMarker = END): string[][] {
  const start = markdown.indexOf(begin);
  const end = markdown.indexOf(endMarker);
  if (start < 0 || end < 0) throw new Error(`markers ${begin} … ${endMarker} not found`);
  return markdown
    .slice(start + begin.length, end)
    .split('\n')
    .filter((row) => row.trim().startsWith('|'))
    .map((row) =>
      row
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\(.)/g, '$1')),
    )
    .filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

function replaceBetween(doc: string, begin: string, end: string, table: string): string {
  const start = doc.indexOf(begin);
  const stop = doc.indexOf(end);
  if (start < 0 || stop < 0) throw new Error(`markers ${begin} … ${end} not found in ${DOC}`);
  return `${doc.slice(0, start + begin.length)}\n\n${table}\n\n${doc.slice(stop)}`;
}

if (/bad-input-doc\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  let doc = readFileSync(DOC, 'utf8');
  doc = replaceBetween(doc, BEGIN, END, renderTable());
  doc = replaceBetween(doc, FILES_BEGIN, FILES_END, renderFileTable());
  writeFileSync(DOC, doc);
  console.log(`Wrote ${BAD_CASES.length} cases and ${FILE_CASES.length} files into ${DOC}`);
}
