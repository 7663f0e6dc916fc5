/**
 * The `--out` graft on files other programs write (tests/cli/xlsx-producers.ts): openpyxl's empty number formats,
 * absolute targets and inline strings, LibreOffice's and Google Sheets' filters, Excel's print titles and
 * calculation chain, an English History sheet. Each is grafted (the input's parts kept byte for byte), its defined
 * names stay on their sheets, and the tabs come out the same as when exceljs re-serialises the input first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { readXlsx, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { grafted, withGeneratedTabs, type Way } from '../../src/cli/xlsx-out';
import { readXlsxValues } from '../../src/cli/xlsx-values';
import {
  CannotGraft,
  children,
  child,
  MAIN,
  PACKAGE_RELS,
  parseXml,
  REL,
  root,
} from '../../src/cli/xml-part';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook, WorkbookResult } from '../../src/core/types';
import { PRODUCERS, writeAs, type Producer, type ProducerOptions } from '../helpers/xlsx-producers';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'cchc-cap-huyen-2025.xlsx');
const TABS = ['Xếp hạng', 'Trừ điểm', 'Phân tích'];
const ENGLISH_TABS = ['Ranking', 'Deductions', 'Analysis'];
/** The parts the graft rewrites; every other part of the input must come out byte for byte. */
const CHANGED = new Set([
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
  'xl/calcChain.xml',
]);

let dir: string;
let example: Workbook;
let result: WorkbookResult;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-xlsx-graft-'));
  example = await readXlsxValues(readFileSync(EXAMPLE));
  result = scoreWorkbook(example);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Names {
  name: string;
  local: string | null;
  formula: string;
}

/** What workbook.xml says: the sheets in order with their part, the defined names, the active tab. */
async function workbookOf(data: Uint8Array): Promise<{
  zip: JSZip;
  sheets: { name: string; path: string }[];
  names: Names[];
  activeTab: string | null;
}> {
  const zip = await JSZip.loadAsync(data);
  const workbook = parseXml(await zip.file('xl/workbook.xml')!.async('string'), 'workbook').documentElement!;
  const rels = parseXml(
    await zip.file('xl/_rels/workbook.xml.rels')!.async('string'),
    'rels',
  ).documentElement!;
  const targets = new Map(
    children(rels, PACKAGE_RELS, 'Relationship').map((rel) => {
      const target = rel.getAttribute('Target')!;
      return [rel.getAttribute('Id'), target.startsWith('/') ? target.slice(1) : `xl/${target}`];
    }),
  );
  const sheets = children(child(workbook, MAIN, 'sheets')!, MAIN, 'sheet').map((sheet) => ({
    name: sheet.getAttribute('name')!,
    path: targets.get(sheet.getAttributeNS(REL, 'id'))!,
  }));
  const list = child(workbook, MAIN, 'definedNames');
  const names = (list ? children(list, MAIN, 'definedName') : []).map((name) => ({
    name: name.getAttribute('name')!,
    local: name.getAttribute('localSheetId'),
    formula: name.textContent!,
  }));
  const views = child(workbook, MAIN, 'bookViews');
  const view = views && child(views, MAIN, 'workbookView');
  return { zip, sheets, names, activeTab: view?.getAttribute('activeTab') ?? null };
}

/**
 * Each generated tab's sheet XML with its cell formats written out (the format's XML, its font and number format
 * resolved) and its shared strings as their text: what the tab holds, whatever indexes the file gives them.
 */
async function tabContents(data: Uint8Array): Promise<Record<string, string>> {
  const { zip, sheets } = await workbookOf(data);
  const styles = parseXml(await zip.file('xl/styles.xml')!.async('string'), 'styles').documentElement!;
  const list = (name: string, item: string): Element[] => {
    const found = child(styles, MAIN, name);
    return found ? children(found, MAIN, item) : [];
  };
  const fonts = list('fonts', 'font').map(String);
  const formats = new Map(
    list('numFmts', 'numFmt').map((f) => [f.getAttribute('numFmtId'), f.getAttribute('formatCode')]),
  );
  const xfs = list('cellXfs', 'xf').map((xf) => {
    const id = xf.getAttribute('numFmtId') ?? '0';
    return `[${formats.get(id) ?? id} ${fonts[Number(xf.getAttribute('fontId') ?? 0)]} ${[...children(xf, MAIN, 'alignment')].map(String).join('')}]`;
  });
  const sst = zip.file('xl/sharedStrings.xml');
  const strings = sst
    ? children(parseXml(await sst.async('string'), 'sst').documentElement!, MAIN, 'si').map(
        (si) => si.textContent,
      )
    : [];
  const contents: Record<string, string> = {};
  for (const { name, path } of sheets.filter((sheet) => [...TABS, ...ENGLISH_TABS].includes(sheet.name))) {
    contents[name] = (await zip.file(path)!.async('string'))
      .replace(/ (s|style)="(\d+)"/g, (_, key: string, n: string) => ` ${key}=${xfs[Number(n)]}`)
      .replace(/(t="s"><v>)(\d+)</g, (_, head: string, n: string) => `${head}${strings[Number(n)]}<`);
  }
  return contents;
}

async function both(input: Uint8Array): Promise<Record<Way, Uint8Array>> {
  const scored = scoreWorkbook(await readXlsxValues(input));
  return {
    graft: await grafted(input, scored, 'graft'),
    reserialise: await grafted(input, scored, 'reserialise'),
  };
}

/** The input's parts that the output has byte for byte, and those it has not. */
async function keptParts(
  input: Uint8Array,
  output: Uint8Array,
): Promise<{ kept: string[]; changed: string[] }> {
  const before = await JSZip.loadAsync(input);
  const after = await JSZip.loadAsync(output);
  const kept: string[] = [];
  const changed: string[] = [];
  for (const name of Object.keys(before.files).filter(
    (path) => !before.files[path]!.dir && !CHANGED.has(path),
  )) {
    const a = await before.file(name)!.async('uint8array');
    const b = await after.file(name)?.async('uint8array');
    (b && Buffer.from(a).equals(Buffer.from(b)) ? kept : changed).push(name);
  }
  return { kept, changed };
}

/** The defined names each producer writes on the example (17 sheets: Settings, Criteria, Units, Survey, 13 units). */
const NAMES: Record<Producer, ProducerOptions['names']> = {
  openpyxl: [],
  libreoffice: [{ name: '_xlnm._FilterDatabase', formula: "'Đơn vị'!$A$1:$E$14", sheet: 2 }],
  excel: [
    { name: '_xlnm._FilterDatabase', formula: "'Đơn vị'!$A$1:$E$14", sheet: 2 },
    { name: '_xlnm.Print_Titles', formula: "'Tiêu chí'!$1:$1", sheet: 1 },
    { name: 'Nam', formula: "'Cài đặt'!$B$1" },
  ],
  google: [{ name: '_xlnm._FilterDatabase', formula: "'Đơn vị'!A1:E14", sheet: 2 }],
};

describe('files written by other programs are grafted, not re-serialised', () => {
  const cases: [string, Producer, ProducerOptions][] = [
    ...PRODUCERS.map((producer): [string, Producer, ProducerOptions] => [
      producer,
      producer,
      { names: NAMES[producer], activeTab: 2 },
    ]),
    ['openpyxl, strings inline, no shared strings', 'openpyxl', { inlineStrings: true }],
  ];

  it.each(cases)('%s', async (_, producer, options) => {
    const input = await writeAs(producer, example, options);
    expect(await readXlsxValues(input)).toStrictEqual(example);
    const output = await withGeneratedTabs(input, result);

    // Grafted: every part of the input but the six the graft rewrites is there byte for byte.
    const { kept, changed } = await keptParts(input, output);
    expect(changed).toEqual([]);
    expect(kept).toContain('xl/worksheets/sheet1.xml');

    // The input's sheets, then the three tabs, read alike by the lean reader and by exceljs.
    const values = await readXlsxValues(output);
    expect(values.sheets.slice(0, example.sheets.length)).toStrictEqual(example.sheets);
    expect(values.sheets.slice(example.sheets.length).map((sheet) => sheet.name)).toEqual(TABS);
    const path = join(dir, `${producer}.xlsx`);
    writeFileSync(path, output);
    expect((await readXlsx(path)).workbook).toStrictEqual(values);

    // By hand: the input's names as they were (no sheet removed), and each tab's print titles at positions
    // 17, 18 and 19 (the example has 17 sheets).
    const { names, activeTab } = await workbookOf(output);
    expect(names).toEqual([
      ...(options.names ?? []).map((name) => ({
        name: name.name,
        local: name.sheet === undefined ? null : String(name.sheet),
        formula: name.formula,
      })),
      ...TABS.map((tab, i) => ({
        name: '_xlnm.Print_Titles',
        local: String(17 + i),
        formula: `'${tab}'!$1:$2`,
      })),
    ]);
    expect(activeTab).toBe(String(options.activeTab ?? 0));

    // Every list in styles.xml counts what it holds; openpyxl's empty numFmts now holds the tabs' formats.
    const styles = parseXml(
      await (await JSZip.loadAsync(output)).file('xl/styles.xml')!.async('string'),
      'styles',
    );
    for (const [name, item] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
    ]) {
      const list = child(styles.documentElement!, MAIN, name!)!;
      expect([name, Number(list.getAttribute('count'))]).toEqual([name, children(list, MAIN, item!).length]);
    }
    expect(children(child(styles.documentElement!, MAIN, 'numFmts')!, MAIN, 'numFmt').length).toBeGreaterThan(
      0,
    );
  });
});

describe('a workbook without a styles part', () => {
  it('gets one holding the tabs’ formats, as they are in a workbook that had one', async () => {
    const full = await writeAs('openpyxl', example);
    const zip = await JSZip.loadAsync(full);
    zip.remove('xl/styles.xml');
    for (const path of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      const xml = await zip.file(path)!.async('string');
      const without = xml.replace(/<(Relationship|Override) [^>]*styles[^>]*\/>/, '');
      expect(without).not.toBe(xml);
      zip.file(path, without);
    }
    const input = await zip.generateAsync({ type: 'uint8array' });
    const output = await withGeneratedTabs(input, result);
    expect((await keptParts(input, output)).changed).toEqual([]);
    const types = await (await JSZip.loadAsync(output)).file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/styles.xml"');
    expect(await tabContents(output)).toEqual(await tabContents(await withGeneratedTabs(full, result)));
    const path = join(dir, 'no-styles.xlsx');
    writeFileSync(path, output);
    expect((await readXlsx(path)).workbook).toStrictEqual(await readXlsxValues(output));
  });
});

describe('the parts are read by an XML parser', () => {
  it('turns XML that is not well-formed, or a part that is not what its name says, into CannotGraft', () => {
    expect(() => parseXml('<workbook><sheets></workbook>', 'workbook')).toThrow(CannotGraft);
    expect(() => parseXml('<a>&nbsp;</a>', 'workbook')).toThrow(CannotGraft);
    expect(() => root(parseXml(`<sst xmlns="${MAIN}"/>`, 'styles'), MAIN, 'styleSheet', 'styles')).toThrow(
      'styles: not a styleSheet part',
    );
  });
});

describe('an earlier run replaced, the names over the sheets kept true', () => {
  it("moves the names and active tab of the sheets after the removed tabs, drops the removed tabs' own, and gives #REF! for a removed tab not written again", async () => {
    // Settings, Criteria, Units, Survey, then an earlier run's ranking, deductions and a ranking under its English
    // name (replaced too, and not written again in a Vietnamese workbook), then the units.
    const old = (name: string): Workbook['sheets'][number] => ({ name, values: [['old']] });
    const sheets = [
      ...example.sheets.slice(0, 4),
      old('Xếp hạng'),
      old('Trừ điểm'),
      old('Ranking'),
      ...example.sheets.slice(4),
    ];
    const input = await writeAs(
      'excel',
      { sheets },
      {
        activeTab: 8, // the second unit sheet (Hồng Lĩnh)
        names: [
          { name: '_xlnm.Print_Titles', formula: "'Xếp hạng'!$1:$2", sheet: 4 },
          { name: '_xlnm._FilterDatabase', formula: "'Hồng Lĩnh'!$A$1:$D$9", sheet: 8 },
          { name: 'Top', formula: "'Xếp hạng'!$A$3" },
          { name: 'Report', formula: "'Ranking'!$A$1" },
          { name: 'Sum', formula: "SUM('Trừ điểm'!$B:$B,Survey!$A:$A)" },
        ],
      },
    );
    const output = await withGeneratedTabs(input, result);
    expect((await keptParts(input, output)).changed).toEqual(
      // The removed tabs' own parts: sheet5, sheet6 and sheet7.
      ['xl/worksheets/sheet5.xml', 'xl/worksheets/sheet6.xml', 'xl/worksheets/sheet7.xml'],
    );
    const { sheets: out, names, activeTab, zip } = await workbookOf(output);
    expect(out.map((sheet) => sheet.name)).toEqual([...example.sheets.map((sheet) => sheet.name), ...TABS]);
    // By hand: 20 sheets less the 3 removed at 4, 5, 6 leaves 17; Hồng Lĩnh moves from 8 to 5; the old ranking's
    // print titles go, the tabs get theirs at 17, 18, 19; Top and Sum name tabs that are written again; Ranking is
    // not, so its reference becomes #REF!.
    expect(activeTab).toBe('5');
    expect(names).toEqual([
      { name: '_xlnm._FilterDatabase', local: '5', formula: "'Hồng Lĩnh'!$A$1:$D$9" },
      { name: 'Top', local: null, formula: "'Xếp hạng'!$A$3" },
      { name: 'Report', local: null, formula: '#REF!$A$1' },
      { name: 'Sum', local: null, formula: "SUM('Trừ điểm'!$B:$B,Survey!$A:$A)" },
      ...TABS.map((tab, i) => ({
        name: '_xlnm.Print_Titles',
        local: String(17 + i),
        formula: `'${tab}'!$1:$2`,
      })),
    ]);
    // The calculation chain may name cells of the removed sheets: it goes, and Excel rebuilds it.
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
    expect((await readXlsxValues(output)).sheets.slice(0, 17)).toStrictEqual(example.sheets);
  });
});

/** An English workbook (Settings, Criteria, History, two districts): A 9 of 10 → index 90, B 8 → 80. */
const ENGLISH: Workbook = {
  sheets: [
    { name: 'Settings', values: [['Year', 2024]] },
    {
      name: 'Criteria',
      values: [
        ['Code', 'Criterion', 'Max'],
        ['1', 'Lead', null],
        ['1.1', 'a', 10],
      ],
    },
    {
      name: 'History',
      values: [
        ['Year', 'Unit', 'Index', 'Rank'],
        [2023, 'District A', 70, 2],
      ],
    },
    {
      name: 'District A',
      values: [
        ['Code', 'Self score'],
        ['1.1', 9],
      ],
    },
    {
      name: 'District B',
      values: [
        ['Code', 'Self score'],
        ['1.1', 8],
      ],
    },
  ],
};

describe('a sheet named History (which exceljs refuses to write)', () => {
  it.each([['exceljs'], ['openpyxl']])(
    'rank --out writes an English workbook written by %s',
    async (writer) => {
      const input = join(dir, `english-${writer}.xlsx`);
      if (writer === 'exceljs') await writeWorkbookXlsx(ENGLISH, input);
      else writeFileSync(input, await writeAs('openpyxl', ENGLISH));
      const out = join(dir, `english-${writer}-ranked.xlsx`);
      let stderr = '';
      const status = await main(['rank', input, '--out', out], {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
      });
      expect([status, stderr]).toEqual([0, '']);
      const { sheets } = await readXlsxValues(readFileSync(out));
      expect(sheets.map((sheet) => sheet.name)).toEqual([
        ...ENGLISH.sheets.map((sheet) => sheet.name),
        'Ranking',
        'Deductions',
        'Analysis',
      ]);
      expect(sheets[2]).toStrictEqual(ENGLISH.sheets[2]);
      expect((await keptParts(readFileSync(input), readFileSync(out))).changed).toEqual([]);
    },
  );

  it('keeps the name History when exceljs re-serialises the workbook', async () => {
    const input = await writeAs('openpyxl', ENGLISH);
    const { reserialise } = await both(input);
    const { sheets } = await readXlsxValues(reserialise);
    expect(sheets.slice(0, 5)).toStrictEqual(ENGLISH.sheets);
  });
});

describe('a file openpyxl wrote (tests/fixtures/producers/make-openpyxl.py)', () => {
  it('replaces the earlier Ranking tab and keeps the print titles, the filter and the active tab on their sheets', async () => {
    const input = join(__dirname, '..', 'fixtures', 'producers', 'english-history-openpyxl.xlsx');
    const out = join(dir, 'openpyxl-ranked.xlsx');
    let stderr = '';
    const status = await main(['rank', input, '--out', out], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
    });
    expect([status, stderr]).toEqual([0, '']);
    const before = readFileSync(input);
    const after = readFileSync(out);
    // The earlier Ranking tab (sheet4.xml) goes; every other part of the input is there byte for byte.
    expect((await keptParts(before, after)).changed).toEqual(['xl/worksheets/sheet4.xml']);
    const { sheets, names, activeTab } = await workbookOf(after);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Settings',
      'Criteria',
      'History',
      'District A',
      'District B',
      ...ENGLISH_TABS,
    ]);
    // By hand: Ranking was at 3, so District B (the active tab) moves from 5 to 4; Criteria (1) and History (2)
    // keep their names; the old Ranking's print titles go and the three tabs get theirs at 5, 6, 7.
    expect(activeTab).toBe('4');
    expect(names).toEqual([
      { name: '_xlnm.Print_Titles', local: '1', formula: "'Criteria'!1:1" },
      { name: '_xlnm._FilterDatabase', local: '2', formula: "'History'!$A$1:$D$2" },
      ...ENGLISH_TABS.map((tab, i) => ({
        name: '_xlnm.Print_Titles',
        local: String(5 + i),
        formula: `'${tab}'!$1:$2`,
      })),
    ]);
    const values = await readXlsxValues(after);
    expect(values.sheets.find((sheet) => sheet.name === 'History')).toStrictEqual(ENGLISH.sheets[2]);
    expect((await readXlsx(out)).workbook).toStrictEqual(values);
  });
});

describe('what the graft cannot read is re-serialised by exceljs, and grafted the same way', () => {
  it('a shared-strings part the workbook does not list', async () => {
    const zip = await JSZip.loadAsync(await writeAs('libreoffice', example));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const unlisted = rels.replace(/<Relationship [^>]*\/sharedStrings"[^>]*\/>/, '');
    expect(unlisted).not.toBe(rels);
    zip.file('xl/_rels/workbook.xml.rels', unlisted);
    const input = await zip.generateAsync({ type: 'uint8array' });
    await expect(grafted(input, result, 'graft')).rejects.toThrow('unlisted shared strings');
    const output = await withGeneratedTabs(input, result);
    // exceljs wrote the input's sheets again (no sheet part kept as it was), with the same values.
    expect((await keptParts(input, output)).kept.filter((part) => part.startsWith('xl/worksheets/'))).toEqual(
      [],
    );
    const values = await readXlsxValues(output);
    expect(values.sheets.slice(0, example.sheets.length)).toStrictEqual(example.sheets);
    expect(await tabContents(output)).toEqual(
      await tabContents(await grafted(await writeAs('libreoffice', example), result, 'graft')),
    );
  });
});

describe('one writer: the tabs come out the same grafted into the input or into exceljs’s copy of it', () => {
  const layouts: [string, () => Promise<Uint8Array>][] = [
    ['the example, written by exceljs', async () => readFileSync(EXAMPLE)],
    ['the example after a run (tabs replaced)', async () => withGeneratedTabs(readFileSync(EXAMPLE), result)],
    ...PRODUCERS.map((producer): [string, () => Promise<Uint8Array>] => [
      producer,
      () => writeAs(producer, example, { names: NAMES[producer] }),
    ]),
    ['openpyxl with inline strings', () => writeAs('openpyxl', example, { inlineStrings: true })],
    ['an English workbook with History', () => writeAs('excel', ENGLISH)],
  ];

  it.each(layouts)('%s', async (_, make) => {
    const { graft, reserialise } = await both(await make());
    const tabs = await tabContents(graft);
    expect(Object.keys(tabs).length).toBe(3);
    expect(await tabContents(reserialise)).toEqual(tabs);
    expect(await readXlsxValues(reserialise)).toStrictEqual(await readXlsxValues(graft));
    expect(
      (await workbookOf(reserialise)).names.filter((name) => name.name === '_xlnm.Print_Titles'),
    ).toEqual((await workbookOf(graft)).names.filter((name) => name.name === '_xlnm.Print_Titles'));
  });
});

describe('property: the input’s own sheets come out byte for byte', () => {
  const sheetName = fc.oneof(
    fc.constantFrom(
      'History',
      'Xếp hạng',
      'Ranking',
      'phân tích',
      'Báo cáo – Xã A',
      'Đơn vị',
      "O'Brien & <Co>",
    ),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((name) => /^[^\\/?*[\]:']+$/.test(name.trim()) && name.trim() === name),
  );
  const cell = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 8 }),
    fc.boolean(),
  );
  const shape = fc.record({
    producer: fc.constantFrom(...PRODUCERS),
    inlineStrings: fc.boolean(),
    sheets: fc.uniqueArray(
      fc.record({ name: sheetName, values: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }) }),
      {
        minLength: 1,
        maxLength: 7,
        selector: (sheet) => sheet.name.toUpperCase(),
      },
    ),
    local: fc.nat(),
    active: fc.nat(),
  });

  it('every sheet of the input that is not a generated tab: same name, same order, same part', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async ({ producer, inlineStrings, sheets, local, active }) => {
        const input = await writeAs(
          producer,
          { sheets },
          {
            inlineStrings,
            activeTab: active % sheets.length,
            names: [{ name: '_xlnm._FilterDatabase', formula: 'A1:B2', sheet: local % sheets.length }],
          },
        );
        const output = await withGeneratedTabs(input, result);
        const before = await workbookOf(input);
        const after = await workbookOf(output);
        // A unit report is the input's own sheet: a recompute keeps it, as in Sheets.
        const generated = new Set(['XẾP HẠNG', 'RANKING', 'PHÂN TÍCH']);
        const own = before.sheets.filter((sheet) => !generated.has(sheet.name.toUpperCase()));
        expect(after.sheets.slice(0, own.length)).toEqual(own);
        expect(after.sheets.slice(own.length).map((sheet) => sheet.name)).toEqual(TABS);
        for (const sheet of own) {
          const a = await before.zip.file(sheet.path)!.async('uint8array');
          const b = await after.zip.file(sheet.path)!.async('uint8array');
          expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
        }
        // The filter stays on its sheet, or goes with a removed tab; the active tab stays on its sheet.
        const filtered = before.sheets[local % sheets.length]!;
        const filter = after.names.find((name) => name.name === '_xlnm._FilterDatabase');
        expect(filter && after.sheets[Number(filter.local)]).toEqual(
          own.includes(filtered) ? filtered : undefined,
        );
        const activeSheet = before.sheets[active % sheets.length]!;
        if (own.includes(activeSheet)) expect(after.sheets[Number(after.activeTab)]).toEqual(activeSheet);
      }),
      { numRuns: 40 },
    );
  });
});
