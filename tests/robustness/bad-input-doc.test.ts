/** docs/BAD-INPUT.md lists every corpus case, with the error or value the corpus expects. */
import { readFileSync } from 'node:fs';
import { BAD_CASES } from '../fixtures/bad';
import { FILE_CASES } from '../fixtures/bad/files';
import {
  DOC,
  FILE_HEADER,
  FILES_BEGIN,
  FILES_END,
  fileRows,
  HEADER,
  parseTable,
  tableRows,
} from './bad-input-doc';

const unescape = (cell: string): string => cell.replace(/\\(.)/g, '$1');

it('docs/BAD-INPUT.md holds the table of the corpus (npx tsx tests/robustness/bad-input-doc.ts)', () => {
  const rows = parseTable(readFileSync(DOC, 'utf8'));
  expect(rows[0]).toEqual(HEADER);
  expect(rows.slice(1)).toEqual(tableRows().map((row) => row.map(unescape)));
  expect(rows.length - 1).toBe(BAD_CASES.length);
});

it('docs/BAD-INPUT.md holds the table of the files the command is given', () => {
  const rows = parseTable(readFileSync(DOC, 'utf8'), FILES_BEGIN, FILES_END);
  expect(rows[0]).toEqual(FILE_HEADER.map(unescape));
  expect(rows.slice(1)).toEqual(fileRows().map((row) => row.map(unescape)));
  expect(rows.length - 1).toBe(FILE_CASES.length);
});
