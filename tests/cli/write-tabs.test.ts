/**
 * The generated tabs in .xlsx (par-index rank --out): print-ready (landscape, one page wide, title and header
 * rows on every page), ranks shown as r/N, and the analysis tab holding the JSON's analysis rows.
 */
import ExcelJS from 'exceljs';
import { buildExampleWorkbook } from '../../examples/source/build-example';
import { writeGeneratedTabs } from '../../src/cli/write-tabs';
import { sheetFromWorksheet } from '../../src/cli/xlsx';
import { toJsonOutput } from '../../src/core/outputs/json-output';
import { scoreWorkbook } from '../../src/core/score-workbook';

const result = scoreWorkbook(buildExampleWorkbook());
const book = new ExcelJS.Workbook();
writeGeneratedTabs(book, result);

function sheet(name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

test.each(['Xếp hạng', 'Trừ điểm', 'Phân tích'])(
  '%s: landscape, one page wide, rows 1–2 on every page',
  (name) => {
    const tab = sheet(name);
    expect(tab.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(tab.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(String(tab.getCell('A1').value)).toMatch(/năm 2025$/);
  },
);

test('ranks read as r/N: 12 ranked districts, Vũ Quang (an error) without a rank', () => {
  const tab = sheet('Xếp hạng');
  const header = sheetFromWorksheet(tab).values[1] ?? [];
  const rank = header.indexOf('Hạng') + 1;
  expect(tab.getRow(3).getCell(rank).numFmt).toBe('0"/12"');
  expect(tab.getRow(14).getCell(rank).numFmt).toBe('0"/12"');
  expect(tab.getRow(3).getCell(rank).value).toBe(1);
  expect(tab.getRow(15).getCell(rank).value).toBeNull();
});

test('column widths follow the content: the unit names fit, long criterion names wrap at the width hint', () => {
  const ranking = sheet('Xếp hạng');
  const header = sheetFromWorksheet(ranking).values[1] ?? [];
  // "Thành phố Hà Tĩnh" is the longest unit name, 17 characters; 2 characters of padding, 19, rounded up to a
  // multiple of 4: 20
  expect(ranking.getColumn(header.indexOf('Đơn vị') + 1).width).toBe(20);
  const analysis = sheet('Phân tích');
  const criterion = analysis.getColumn(3);
  expect(criterion.width).toBe(52); // hint 48 + 2 = 50, rounded up to a multiple of 4
  expect(analysis.getCell(3, 3).alignment).toMatchObject({ wrapText: true });
});

test('the analysis tab holds the JSON analysis, row for row', () => {
  const rows = sheetFromWorksheet(sheet('Phân tích')).values.slice(2);
  const json = toJsonOutput(result).analysis;
  expect(rows).toHaveLength(json.length);
  rows.forEach((row, r) => {
    const expected = json[r];
    expect([row[0], row[1], row[4], row[5], row[6], row[7], row[8] ?? null]).toEqual([
      expected?.group,
      expected?.code,
      expected?.units,
      expected?.lost,
      expected?.penalised,
      expected?.amount,
      expected?.attainment,
    ]);
  });
});

test('deductions totals are bold', () => {
  const tab = sheet('Trừ điểm');
  const values = sheetFromWorksheet(tab).values;
  const total = values.findIndex((row) => row[2] === 'Tổng điểm bị mất, bị trừ');
  expect(total).toBeGreaterThan(1);
  // Every cell of the line, the empty ones too, as in Sheets.
  for (let c = 1; c <= values[1]!.length; c++)
    expect(tab.getCell(total + 1, c).font).toMatchObject({ bold: true });
  expect(tab.getCell(total, 1).font?.bold).toBeFalsy();
});
