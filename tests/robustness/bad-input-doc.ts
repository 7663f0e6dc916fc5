/**
 * The table of docs/BAD-INPUT.md, made from the corpus so that the two never drift apart.
 *   npx tsx tests/robustness/bad-input-doc.ts   (rewrites the table between the markers; then run prettier)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_CASES, type BadCase } from '../fixtures/bad';

export const DOC = join(__dirname, '..', '..', 'docs', 'BAD-INPUT.md');
export const BEGIN = '<!-- corpus table: begin -->';
export const END = '<!-- corpus table: end -->';

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

export function renderTable(): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...tableRows().map(line)].join('\n');
}

/** The rows of the table in a markdown text, cell by cell, with padding and escapes taken off. */
export function parseTable(markdown: string): string[][] {
  const start = markdown.indexOf(BEGIN);
  const end = markdown.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`markers ${BEGIN} … ${END} not found`);
  return markdown
    .slice(start + BEGIN.length, end)
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

if (/bad-input-doc\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`markers ${BEGIN} … ${END} not found in ${DOC}`);
  writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n\n${renderTable()}\n\n${doc.slice(end)}`);
  console.log(`Wrote ${BAD_CASES.length} cases into ${DOC}`);
}
