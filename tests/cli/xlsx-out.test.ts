/**
 * `rank --out` grafts the generated tabs into the input's zip (src/cli/xlsx-out.ts). The written file is read back
 * by two independent readers, exceljs and the lean values reader, and compared with what the old way (exceljs
 * reading and re-writing the whole workbook) writes: the same sheets, the same values, the same formatting of the
 * tabs; and the input's own parts are kept byte for byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HEADER_ROW, TITLE_ROW } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import { writeGeneratedTabs } from '../../src/cli/write-tabs';
import { exceljs, protectTexts, readXlsx } from '../../src/cli/xlsx';
import { withGeneratedTabs } from '../../src/cli/xlsx-out';
import { readXlsxValues } from '../../src/cli/xlsx-values';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'cchc-cap-huyen-2025.xlsx');
const TABS = ['Xếp hạng', 'Trừ điểm', 'Phân tích'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-xlsx-out-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What --out wrote before the graft: exceljs reads the whole input and writes it back with the tabs. */
async function oldWay(input: string, output: string): Promise<void> {
  const { book, workbook } = await readXlsx(input);
  protectTexts(book);
  writeGeneratedTabs(book, scoreWorkbook(workbook));
  await book.xlsx.writeFile(output);
}

async function newWay(input: string, output: string): Promise<void> {
  const data = readFileSync(input);
  const workbook = await readXlsxValues(data);
  writeFileSync(output, await withGeneratedTabs(data, scoreWorkbook(workbook)));
}

interface TabLook {
  views: Partial<ExcelJS.WorksheetView>[];
  widths: (number | undefined)[];
  formats: string[][];
  bold: boolean[];
  printTitlesRow: string | undefined;
}

async function tabLooks(path: string): Promise<Record<string, TabLook>> {
  const book = new (exceljs().Workbook)();
  await book.xlsx.readFile(path);
  const looks: Record<string, TabLook> = {};
  for (const name of TABS) {
    const sheet = book.getWorksheet(name)!;
    const widths: (number | undefined)[] = [];
    // exceljs leaves out a column of its default width, 9, and reads it back as undefined.
    for (let c = 1; c <= sheet.columnCount; c++) widths.push(sheet.getColumn(c).width ?? 9);
    const formats: string[][] = [];
    sheet.eachRow((row, r) => {
      const line: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        const font = cell.font ?? {};
        const wrap = cell.alignment?.wrapText === true ? ` wrap ${cell.alignment.vertical}` : '';
        line.push(
          `${cell.numFmt ?? ''}${font.bold ? ' bold' : ''}${font.size ? ` ${font.size}` : ''}${wrap}`,
        );
      }
      formats[r - 1] = line;
    });
    const bold: boolean[] = [];
    for (let c = 1; c <= sheet.columnCount; c++)
      bold.push(sheet.getRow(HEADER_ROW).getCell(c).font?.bold === true);
    looks[name] = {
      views: sheet.views.map((view) => ({ state: view.state, ySplit: (view as { ySplit?: number }).ySplit })),
      widths,
      formats,
      bold,
      printTitlesRow: sheet.pageSetup.printTitlesRow,
    };
  }
  return looks;
}

async function expectSameOutput(input: string): Promise<{ grafted: string; old: string }> {
  const old = join(dir, 'old.xlsx');
  const grafted = join(dir, 'grafted.xlsx');
  await oldWay(input, old);
  await newWay(input, grafted);
  // Two independent readers: exceljs's full read and the lean reader.
  expect((await readXlsx(grafted)).workbook).toStrictEqual((await readXlsx(old)).workbook);
  expect(await readXlsxValues(readFileSync(grafted))).toStrictEqual(await readXlsxValues(readFileSync(old)));
  expect(await tabLooks(grafted)).toEqual(await tabLooks(old));
  return { grafted, old };
}

describe('rank --out grafts the generated tabs into the input', () => {
  it('writes what the old way wrote, values and formatting, on the example workbook', async () => {
    const { grafted } = await expectSameOutput(EXAMPLE);
    const names = (await readXlsxValues(readFileSync(grafted))).sheets.map((sheet) => sheet.name);
    const input = (await readXlsxValues(readFileSync(EXAMPLE))).sheets.map((sheet) => sheet.name);
    expect(names).toEqual([...input, ...TABS]);
    const looks = await tabLooks(grafted);
    // By hand: the title and header rows frozen, the header bold, and both rows printed on every page, as
    // src/cli/write-tabs.ts asks (the print titles are a defined name of the workbook, moved with the tab).
    for (const name of TABS) {
      expect(looks[name]!.views[0]).toEqual({ state: 'frozen', ySplit: HEADER_ROW });
      expect(looks[name]!.bold.every(Boolean)).toBe(true);
      expect(looks[name]!.printTitlesRow).toBe(`${TITLE_ROW}:${HEADER_ROW}`);
    }
  });

  it('keeps every part of the input byte for byte, except the workbook, its rels, content types, styles and shared strings', async () => {
    const output = join(dir, 'kept.xlsx');
    await newWay(EXAMPLE, output);
    const before = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const after = await JSZip.loadAsync(readFileSync(output));
    const changed = new Set([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
    ]);
    const names = Object.keys(before.files).filter((name) => !before.files[name]!.dir && !changed.has(name));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const a = await before.file(name)!.async('uint8array');
      const b = await after.file(name)?.async('uint8array');
      expect([name, b && Buffer.from(b).equals(Buffer.from(a))]).toEqual([name, true]);
    }
  });

  it('replaces the tabs of an earlier run instead of adding a second pair', async () => {
    const first = join(dir, 'first.xlsx');
    await newWay(EXAMPLE, first);
    const { grafted } = await expectSameOutput(first);
    const names = (await readXlsxValues(readFileSync(grafted))).sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => TABS.includes(name))).toEqual(TABS);
    expect(names.length).toBe((await readXlsxValues(readFileSync(first))).sheets.length);
  });

  it('grafts a workbook whose defined names point into a tab it replaces, and keeps them', async () => {
    const first = join(dir, 'named-first.xlsx');
    await newWay(EXAMPLE, first);
    const zip = await JSZip.loadAsync(readFileSync(first));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const named = workbook.replace(
      '<definedNames>',
      `<definedNames><definedName name="top">'Xếp hạng'!$A$2</definedName>`,
    );
    expect(named).not.toBe(workbook);
    zip.file('xl/workbook.xml', named);
    const input = join(dir, 'named.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const { grafted } = await expectSameOutput(input);
    const names = (await readXlsxValues(readFileSync(grafted))).sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => TABS.includes(name))).toEqual(TABS);
    // The new ranking tab takes the old one's name, so the name still points to it.
    const out = await (await JSZip.loadAsync(readFileSync(grafted))).file('xl/workbook.xml')!.async('string');
    expect(out).toContain(`<definedName name="top">'Xếp hạng'!$A$2</definedName>`);
  });
});
