/**
 * The lean values reader (src/cli/xlsx-values.ts) against exceljs's full read (readXlsx): the same sheets, in the
 * same order, the same size, and every cell the same value and type, on the example workbook, a generated one,
 * workbooks of tricky cells written by exceljs, and cells as Excel and Sheets write them (inline strings, …).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsx, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { readXlsxValues, XlsxReadError } from '../../src/cli/xlsx-values';
import { generateWorkbook } from '../../scripts/generate-workbook';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'cchc-cap-huyen-2025.xlsx');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-xlsx-values-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectSameAsExceljs(path: string): Promise<void> {
  const lean = await readXlsxValues(readFileSync(path));
  const full = (await readXlsx(path)).workbook;
  expect(lean.sheets.map((sheet) => sheet.name)).toEqual(full.sheets.map((sheet) => sheet.name));
  lean.sheets.forEach((sheet, i) => {
    const other = full.sheets[i]!;
    expect([sheet.name, sheet.values.length, sheet.values[0]?.length ?? 0]).toEqual([
      other.name,
      other.values.length,
      other.values[0]?.length ?? 0,
    ]);
    // toStrictEqual: a Date stays a Date, a number a number, a missing cell null.
    expect(sheet.values).toStrictEqual(other.values);
  });
}

function trickyBook(date1904: boolean): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  const sheet = book.addWorksheet('Huyện A');
  sheet.getCell('A1').value = 'Mã & <tên> "x" \'y\'';
  sheet.getCell('B1').value = 12.5;
  sheet.getCell('C1').value = -0.000123;
  sheet.getCell('D1').value = true;
  sheet.getCell('E1').value = false;
  sheet.getCell('A2').value = new Date(Date.UTC(2025, 11, 31, 12, 30));
  sheet.getCell('B2').value = 45000;
  sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('C2').value = 0.75;
  sheet.getCell('C2').numFmt = '0.00%';
  sheet.getCell('D2').value = 3;
  sheet.getCell('D2').numFmt = '"Ngày" 0';
  sheet.getCell('E2').value = 44000;
  sheet.getCell('E2').numFmt = '[Red]0.00';
  sheet.getCell('A3').value = { formula: 'B1*2', result: 25 };
  sheet.getCell('B3').value = { formula: 'A1&"!"', result: 'Có & không' };
  sheet.getCell('C3').value = { formula: 'B1>1', result: true };
  sheet.getCell('D3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('E3').value = { formula: 'NOW()', result: 45000.5 };
  sheet.getCell('E3').numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getCell('F3').value = { formula: 'B1' };
  sheet.getCell('A4').value = { richText: [{ text: 'Đạt ', font: { bold: true } }, { text: 'một phần' }] };
  sheet.getCell('B4').value = { error: '#N/A' };
  sheet.getCell('C4').value = { text: 'liên kết', hyperlink: 'https://example.org' };
  sheet.getCell('D4').value = '_x0041_ and _x005F_ kept';
  sheet.getCell('E4').value = '  spaces  ';
  sheet.getCell('F4').value = '';
  sheet.getCell('A5').value = 'gộp';
  sheet.mergeCells('A5:C6');
  sheet.getCell('G8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  sheet.getRow(10).height = 30;
  sheet.getCell('A7').value = 1e21;
  sheet.getCell('B7').value = 0.1 + 0.2;
  const shared = book.addWorksheet('Shared');
  shared.getCell('A1').value = 1;
  shared.getCell('A2').value = 2;
  shared.fillFormula('B1:B2', 'A1*10', [10, 20]);
  const hidden = book.addWorksheet('Ẩn', { state: 'hidden' });
  hidden.getCell('C3').value = 'x';
  book.addWorksheet('Trống');
  return book;
}

describe('readXlsxValues reads what exceljs reads', () => {
  it('on the example workbook', async () => {
    await expectSameAsExceljs(EXAMPLE);
  });

  it('on a generated workbook', async () => {
    const path = join(dir, 'generated.xlsx');
    await writeWorkbookXlsx(generateWorkbook({ units: 5, criteria: 30, groups: 2, seed: 3 }), path);
    await expectSameAsExceljs(path);
  });

  it.each([
    ['the 1900 date system', false],
    ['the 1904 date system', true],
  ])('on tricky cells, %s', async (_, date1904) => {
    const path = join(dir, `tricky-${String(date1904)}.xlsx`);
    await trickyBook(date1904).xlsx.writeFile(path);
    await expectSameAsExceljs(path);
    const lean = await readXlsxValues(readFileSync(path));
    const a = lean.sheets[0]!.values;
    // Spot checks written by hand, so the test fails if both readers drift together.
    expect(a[0]!.slice(0, 5)).toEqual(['Mã & <tên> "x" \'y\'', 12.5, -0.000123, true, false]);
    expect(a[1]![0]).toEqual(new Date(Date.UTC(2025, 11, 31, 12, 30)));
    expect(a[1]![2]).toBe(0.75);
    expect(a[2]!.slice(0, 4)).toEqual([25, 'Có & không', true, '#DIV/0!']);
    expect(a[2]![5]).toBeNull();
    expect(a[3]!.slice(0, 3)).toEqual(['Đạt một phần', '#N/A', 'liên kết']);
    expect(a[4]!.slice(0, 3)).toEqual(['gộp', 'gộp', 'gộp']);
    expect(a[5]!.slice(0, 3)).toEqual(['gộp', 'gộp', 'gộp']);
    expect(lean.sheets[1]!.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });
});

/** Cells as Excel and Google Sheets write them, which exceljs itself never writes. */
const HAND_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:F6"/><sheetData>
<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r='D1' t='str'><f>A1</f><v>a &amp;amp; b</v></c><c r="E1" t="str"><v>x &amp;lt; y</v></c><c r="F1" t="e"><v>#REF!</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> trong dòng </t></is></c><c r="B2" t="inlineStr"><is><r><t>A</t></r><r><rPr><b/></rPr><t>_x0042_</t></r></is></c><c r="C2" t="b"><v>1</v></c><c r="D2"><v>1.5E-3</v></c><c r="E2" t="n"><v></v></c><c r="F2" s="1"/></row>
<row r="4"><c r="B4"><f>1/0</f><v></v></c><c r="C4" t="e"><f>NA()</f><v>#N/A</v></c><c r="D4" t="d"><v>2024-03-01T00:00:00Z</v></c><c r="E4"><v>&#49;2</v></c></row>
<row r="6" ht="20" customHeight="1"/>
</sheetData><mergeCells count="1"><mergeCell ref="E4:F5"/></mergeCells></worksheet>`;

const HAND_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>Tiêu chí &amp; điểm</t></si>
<si><r><t>Có</t></r><r><rPr><i/></rPr><t xml:space="preserve"> (một phần)</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
<si><t>_x0041__x005F_x0041_</t></si>
</sst>`;

describe('readXlsxValues reads what exceljs reads from XML exceljs does not write', () => {
  it('shared rich text, phonetic runs, inline strings, entities, empty values, dates as text, merges', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Tay');
    book.getWorksheet('Tay')!.getCell('A1').value = 'x';
    const written = join(dir, 'written.xlsx');
    await book.xlsx.writeFile(written);
    const zip = await JSZip.loadAsync(readFileSync(written));
    zip.file('xl/worksheets/sheet1.xml', HAND_SHEET);
    zip.file('xl/sharedStrings.xml', HAND_STRINGS);
    const path = join(dir, 'hand.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));

    await expectSameAsExceljs(path);
    const values = (await readXlsxValues(readFileSync(path))).sheets[0]!.values;
    expect(values[0]).toEqual(['Tiêu chí & điểm', 'Có (một phần)', 'A_x0041_', 'a & b', 'x < y', '#REF!']);
    expect(values[1]!.slice(0, 4)).toEqual([' trong dòng ', 'AB', true, 0.0015]);
    expect(values[3]!.slice(1, 6)).toEqual([null, '#N/A', 2024, 12, 12]);
  });
});

describe('readXlsxValues refuses what is not an .xlsx workbook', () => {
  it('a file that is not a zip archive (a .csv, an old .xls, an encrypted workbook)', async () => {
    const error = await readXlsxValues(Buffer.from('Mã,Tên\n1,Huyện A\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).problem).toBe('not-zip');
  });

  it('a zip archive without a workbook (an .ods, a .docx)', async () => {
    const zip = new JSZip();
    zip.file('content.xml', '<office:document-content/>');
    const path = join(dir, 'book.ods');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const error = await readXlsxValues(readFileSync(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).problem).toBe('not-xlsx');
  });
});
