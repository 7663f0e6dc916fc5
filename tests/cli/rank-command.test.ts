/**
 * The built command (`node bin/par-index.cjs rank …`) as a child process, on small workbooks written to a
 * temporary directory and on the example workbook (WORKBOOK.md, "Command line", "Outputs").
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import * as z from 'zod';
import { DEDUCTION_COLUMNS } from '../../src/core/outputs/deductions-tab';
import { RANKING_COLUMNS } from '../../src/core/outputs/ranking-tab';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { sheetFromWorksheet, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { criteriaSheet, unitSheet, type CriterionRow } from '../helpers/workbook';
import { ensureBuilt, EXAMPLE, ROOT, runCommand as rank, sha256, type Run } from '../helpers/cli';

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

// ---------------------------------------------------------------------------------------------------------
// The JSON document of the contract, as a schema written from its example.

const ParErrorSchema = z.strictObject({
  sheet: z.string().min(1).nullable(),
  cell: z
    .string()
    .regex(/^[A-Z]+[1-9][0-9]*$/)
    .nullable(),
  message: z.string().min(1),
});
const FLAG_KINDS = [
  'lost',
  'penalty',
  'appraisal-cut',
  'overclaim',
  'no-evidence',
  'not-scored',
  'missing',
  'survey-missing',
] as const;
const UnitSchema = z.strictObject({
  unit: z.string().min(1),
  group: z.string().nullable(),
  ranked: z.boolean(),
  points: z.number().nullable(),
  max: z.number().nullable(),
  index: z.number().nullable(),
  rank: z.number().int().positive().nullable(),
  previousRank: z.number().int().positive().nullable(),
  change: z.number().int().nullable(),
  class: z.string().nullable(),
  sipas: z.number().min(0).max(1).nullable(),
  sipasRank: z.number().int().positive().nullable(),
  streak: z.number().int().min(0),
  compare: z
    .strictObject({
      year: z.number().int(),
      rank: z.number().int().positive(),
      change: z.number().int().nullable(),
      sipasRank: z.number().int().positive().nullable(),
      sipasChange: z.number().int().nullable(),
    })
    .nullable(),
  history: z.array(
    z.strictObject({
      year: z.number().int(),
      index: z.number().nullable(),
      rank: z.number().int().positive().nullable(),
    }),
  ),
  fields: z.array(
    z.strictObject({
      code: z.string().min(1),
      points: z.number(),
      max: z.number(),
      index: z.number().nullable(),
      rank: z.number().int().positive().nullable(),
    }),
  ),
  flags: z.array(
    z.strictObject({ code: z.string().min(1), kind: z.enum(FLAG_KINDS), amount: z.number().min(0) }),
  ),
  errors: z.array(ParErrorSchema),
});
const AnalysisRowSchema = z.strictObject({
  group: z.string().nullable(),
  criteria: z.string().min(1),
  code: z.string().min(1),
  units: z.number().int().min(0),
  lost: z.number().int().min(0),
  penalised: z.number().int().min(0),
  amount: z.number().min(0),
  attainment: z.number().nullable(),
});
const OutputSchema = z.strictObject({
  units: z.array(UnitSchema),
  errors: z.array(ParErrorSchema),
  warnings: z.array(ParErrorSchema),
  year: z.number().int().nullable(),
  analysis: z.array(AnalysisRowSchema),
});
type Output = z.infer<typeof OutputSchema>;
type JsonUnit = Output['units'][number];
const UNIT_KEYS = [
  'unit',
  'group',
  'ranked',
  'points',
  'max',
  'index',
  'rank',
  'previousRank',
  'change',
  'class',
  'sipas',
  'sipasRank',
  'streak',
  'compare',
  'history',
  'fields',
  'flags',
  'errors',
];

function parseJson(run: Run): Output {
  return OutputSchema.parse(JSON.parse(run.stdout));
}

function unitIn(output: Output, name: string): JsonUnit {
  const unit = output.units.find((candidate) => candidate.unit === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
}

// ---------------------------------------------------------------------------------------------------------
// Small workbooks.

/** Field 1 = 1.1 (Max 6, manual) + 1.2 (Max 4, tỷ lệ); field 2 = 2.1 (Max 10, manual). Max 20. */
const CRITERIA: CriterionRow[] = [
  { code: '1', name: 'Chỉ đạo điều hành' },
  { code: '1.1', max: 6 },
  { code: '1.2', max: 4, rule: 'tỷ lệ' },
  { code: '2', name: 'Thủ tục hành chính' },
  { code: '2.1', max: 10 },
];
const FORMULA_NAME = '=HYPERLINK("x")';

/**
 * Hand calculation:
 *   Huyện Thanh Hà (HTH): 1.1 self 6 appraised 5; 1.2 = 4 × 3/4 = 3; 2.1 = 9.
 *     auto: 5 + 3 + 9 = 17 of 20 → 85 (B); self: 6 + 3 + 9 = 18 → 90 (A).
 *     fields (auto): 1 → 8 of 10 = 80; 2 → 9 of 10 = 90. SIPAS 0.8602.
 *     flags (auto): 1.1 lost 1, 1.1 appraisal-cut 1, 1.2 lost 1, 2.1 lost 1.
 *   =HYPERLINK("x") (U2): 6 + 4 × 0.5 + 8 = 16 → 80 (B).
 *   +1 (U3): 4 + 4 × 1 + 10 = 18 → 90 (A).
 *   auto ranks: +1 1st, Thanh Hà 2nd (previous 2 → change 0), =HYPERLINK 3rd (previous 1 → change −2).
 *   self ranks: Thanh Hà and +1 tie at 90 → 1, 1; =HYPERLINK 3rd; Thanh Hà change 2 − 1 = 1.
 */
function smallWorkbook(options: { broken?: boolean } = {}): Workbook {
  const units: Cell[][] = [
    ['Đơn vị', 'Tên sheet', 'Nhóm', 'Xếp hạng năm trước'],
    ['Huyện Thanh Hà', 'HTH', 'Cấp huyện', 2],
    [FORMULA_NAME, 'U2', 'Cấp huyện', 1],
    ['+1', 'U3', 'Cấp huyện', null],
  ];
  const sheets: Sheet[] = [
    criteriaSheet(CRITERIA),
    { name: 'Đơn vị', values: units },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', 'SIPAS'],
        ['Huyện Thanh Hà', 0.8602],
      ],
    },
    unitSheet('HTH', [
      { code: '1.1', self: 6, appraised: 5, note: 'Kế hoạch ban hành muộn' },
      { code: '1.2', value: 3, of: 4 },
      { code: '2.1', self: 9 },
    ]),
    unitSheet('U2', [
      { code: '1.1', self: 6 },
      { code: '1.2', value: '50%' },
      { code: '2.1', self: 8 },
    ]),
    unitSheet('U3', [
      { code: '1.1', self: 4 },
      { code: '1.2', value: 1 },
      { code: '2.1', self: 10 },
    ]),
  ];
  if (options.broken) {
    units.push(['Huyện Vũ Quang', 'U4', 'Cấp huyện', 3]);
    // 12 on a leaf of Max 6: error at D2 of U4
    sheets.push(unitSheet('U4', [{ code: '1.1', self: 12 }]));
  }
  return { sheets };
}

/** The same shape in English: two districts, 17 → 85 (B) and 20 → 100 (A). */
function englishWorkbook(): Workbook {
  return {
    sheets: [
      criteriaSheet(CRITERIA, { english: true }),
      {
        name: 'Units',
        values: [
          ['Unit', 'Group'],
          ['District A', 'Districts'],
          ['District B', 'Districts'],
        ],
      },
      unitSheet(
        'District A',
        [
          { code: '1.1', self: 5 },
          { code: '1.2', value: '75%' },
          { code: '2.1', self: 9 },
        ],
        { english: true },
      ),
      unitSheet(
        'District B',
        [
          { code: '1.1', self: 6 },
          { code: '1.2', value: 1 },
          { code: '2.1', self: 10 },
        ],
        { english: true },
      ),
    ],
  };
}

let dir: string;
let small: string;
let broken: string;
let english: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'par-index-cli-'));
  small = join(dir, 'small.xlsx');
  broken = join(dir, 'broken.xlsx');
  english = join(dir, 'english.xlsx');
  await writeWorkbookXlsx(smallWorkbook(), small);
  await writeWorkbookXlsx(smallWorkbook({ broken: true }), broken);
  await writeWorkbookXlsx(englishWorkbook(), english);
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('exit status', () => {
  test('0 when every unit was scored', () => {
    const run = rank('rank', small, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('1 when some unit has errors; the others are still in the output', () => {
    const run = rank('rank', broken, '--json');
    expect(run.status).toBe(1);
    const output = parseJson(run);
    expect(unitIn(output, 'Huyện Thanh Hà').index).toBe(85);
    expect(unitIn(output, 'Huyện Vũ Quang').points).toBeNull();
  });

  test.each<[string, string[]]>([
    ['no arguments', []],
    ['no workbook', ['rank']],
    ['an unknown command', ['score', 'x.xlsx']],
    ['an unknown option', ['rank', '__SMALL__', '--fast']],
    ['a bad --basis', ['rank', '__SMALL__', '--basis', 'best']],
    ['--basis without a value', ['rank', '__SMALL__', '--basis']],
    ['--out without a value', ['rank', '__SMALL__', '--out']],
    ['two workbooks', ['rank', '__SMALL__', '__SMALL__']],
  ])('2 for a usage error: %s', (_label, args) => {
    const run = rank(...args.map((arg) => (arg === '__SMALL__' ? small : arg)));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    // One line: what is wrong in both languages, and where the whole usage is.
    expect(run.stderr).toMatch(/^par-index: [^\n]+ Xem \/ see: par-index --help\n$/);
  });

  test('2 when --out is the input, by the same or another path; the input is untouched', () => {
    const before = sha256(small);
    expect(rank('rank', small, '--out', small).status).toBe(2);
    expect(rank('rank', small, '--out', relative(ROOT, small)).status).toBe(2);
    expect(rank('rank', small, '--out', join(dir, '.', 'small.xlsx')).status).toBe(2);
    expect(sha256(small)).toBe(before);
  });

  test('2 for an unreadable file: missing, or not an xlsx', () => {
    const missing = rank('rank', join(dir, 'nowhere.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.xlsx');
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'Mã,Điểm\n1.1,2\n');
    const garbage = rank('rank', text, '--json');
    expect(garbage.status).toBe(2);
    expect(garbage.stdout).toBe('');
  });
});

describe('--json: the shape of the contract', () => {
  test('exact keys, unrounded numbers, hand-calculated values', () => {
    const output = parseJson(rank('rank', small, '--json'));
    expect(output.errors).toEqual([]);
    expect(output.year).toBeNull();
    for (const unit of output.units) expect(Object.keys(unit).sort()).toEqual([...UNIT_KEYS].sort());
    // units in the order of the Units sheet
    expect(output.units.map((unit) => unit.unit)).toEqual(['Huyện Thanh Hà', FORMULA_NAME, '+1']);
    // No year (no Settings, no History): history [], streak 0, compare null. SIPAS: Thanh Hà alone has one → 1st.
    // Field 1: Thanh Hà 8, =HYPERLINK 6 + 2 = 8, +1 4 + 4 = 8 of 10 → all 80, tied 1st.
    // Field 2: +1 100, Thanh Hà 90, =HYPERLINK 80 → Thanh Hà 2nd.
    expect(unitIn(output, 'Huyện Thanh Hà')).toEqual({
      unit: 'Huyện Thanh Hà',
      group: 'Cấp huyện',
      ranked: true,
      points: 17,
      max: 20,
      index: 85,
      rank: 2,
      previousRank: 2,
      change: 0,
      class: 'B',
      sipas: 0.8602,
      sipasRank: 1,
      streak: 0,
      compare: null,
      history: [],
      fields: [
        { code: '1', points: 8, max: 10, index: 80, rank: 1 },
        { code: '2', points: 9, max: 10, index: 90, rank: 2 },
      ],
      flags: [
        { code: '1.1', kind: 'lost', amount: 1 },
        { code: '1.1', kind: 'appraisal-cut', amount: 1 },
        { code: '1.2', kind: 'lost', amount: 1 },
        { code: '2.1', kind: 'lost', amount: 1 },
      ],
      errors: [],
    });
    expect(unitIn(output, FORMULA_NAME)).toMatchObject({
      points: 16,
      index: 80,
      rank: 3,
      previousRank: 1,
      change: -2,
      class: 'B',
      sipas: null,
    });
    expect(unitIn(output, '+1')).toMatchObject({
      points: 18,
      index: 90,
      rank: 1,
      previousRank: null,
      change: null,
      class: 'A',
    });
  });

  test('an index that is not a round number is printed unrounded', async () => {
    // one unit: 1.1 = 5, 1.2 = 4 × 1/3, 2.1 = 10 → 16.333… of 20 → 81.666…
    const path = join(dir, 'third.xlsx');
    await writeWorkbookXlsx(
      {
        sheets: [
          criteriaSheet(CRITERIA),
          unitSheet('Huyện A', [
            { code: '1.1', self: 5 },
            { code: '1.2', value: 1, of: 3 },
            { code: '2.1', self: 10 },
          ]),
        ],
      },
      path,
    );
    const unit = unitIn(parseJson(rank('rank', path, '--json')), 'Huyện A');
    expect(unit.points).toBeCloseTo(5 + 4 / 3 + 10, 12);
    expect(unit.index).toBeCloseTo((100 * (15 + 4 / 3)) / 20, 12);
    expect(String(unit.index).length).toBeGreaterThan(8);
  });

  test('errors name sheet and A1 cell, at the top level and in the unit', () => {
    const output = parseJson(rank('rank', broken, '--json'));
    const error = {
      sheet: 'U4',
      cell: 'D2',
      message: 'Điểm 12 ngoài khoảng cho phép [0; 6] của tiêu chí 1.1.',
    };
    expect(output.errors).toContainEqual(error);
    expect(unitIn(output, 'Huyện Vũ Quang')).toMatchObject({
      points: null,
      max: null,
      index: null,
      rank: null,
      class: null,
      change: null,
      previousRank: 3,
      fields: [],
      flags: [],
      errors: [error],
    });
    // the erroneous unit does not change the others' ranks
    expect(output.units.filter((unit) => unit.rank !== null).map((unit) => [unit.unit, unit.rank])).toEqual([
      ['Huyện Thanh Hà', 2],
      [FORMULA_NAME, 3],
      ['+1', 1],
    ]);
  });

  test('--basis self ignores the appraisal (85 → 90, tie at rank 1)', () => {
    const auto = parseJson(rank('rank', small, '--json', '--basis', 'auto'));
    const self = parseJson(rank('rank', small, '--json', '--basis', 'self'));
    expect(unitIn(auto, 'Huyện Thanh Hà')).toMatchObject({ points: 17, index: 85, rank: 2, class: 'B' });
    expect(unitIn(self, 'Huyện Thanh Hà')).toMatchObject({
      points: 18,
      index: 90,
      rank: 1,
      change: 1,
      class: 'A',
    });
    expect(unitIn(self, '+1').rank).toBe(1);
    expect(unitIn(self, FORMULA_NAME).rank).toBe(3);
    expect(unitIn(self, 'Huyện Thanh Hà').flags.some((flag) => flag.code === '1.1')).toBe(false);
  });

  test('--basis=appraised: no appraisal → 0 with not-scored', () => {
    // Thanh Hà appraised only 1.1 (5): 5 of 20 → 25; the other rows not-scored and lost
    const output = parseJson(rank('rank', small, '--json', '--basis=appraised'));
    const unit = unitIn(output, 'Huyện Thanh Hà');
    expect(unit.points).toBe(5);
    expect(unit.index).toBe(25);
    expect(unit.flags).toEqual(
      expect.arrayContaining([
        { code: '2.1', kind: 'not-scored', amount: 0 },
        { code: '2.1', kind: 'lost', amount: 10 },
      ]),
    );
  });

  test('English workbook: English messages', async () => {
    const path = join(dir, 'english-broken.xlsx');
    const book = englishWorkbook();
    (book.sheets[2] as Sheet).values[1] = ['1.1', null, null, 'five'];
    await writeWorkbookXlsx(book, path);
    const run = rank('rank', path, '--json');
    expect(run.status).toBe(1);
    expect(parseJson(run).errors).toEqual([
      { sheet: 'District A', cell: 'D2', message: '"five" is not a number.' },
    ]);
  });
});

describe('--out: the input unchanged, the two tabs added', () => {
  async function rankTo(
    input: string,
    name: string,
    ...args: string[]
  ): Promise<{ out: string; output: Output; run: Run }> {
    const out = join(dir, name);
    const run = rank('rank', input, '--out', out, '--json', ...args);
    expect(existsSync(out)).toBe(true);
    return { out, output: parseJson(run), run };
  }

  function values(worksheet: ExcelJS.Worksheet): Cell[][] {
    return sheetFromWorksheet(worksheet).values.map((row) =>
      row.map((cell) => (cell === undefined ? null : cell)),
    );
  }

  function headerIndex(worksheet: ExcelJS.Worksheet): Map<string, number> {
    const header = values(worksheet)[1] ?? []; // row 1 is the tab's title
    return new Map(header.map((cell, i) => [String(cell), i]));
  }

  test('input bytes unchanged; input sheets unchanged in OUT; two tabs after them', async () => {
    const before = sha256(broken);
    const { out, run } = await rankTo(broken, 'broken-out.xlsx');
    expect(run.status).toBe(1);
    expect(sha256(broken)).toBe(before);
    const input = await readBook(broken);
    const written = await readBook(out);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual([
      ...input.worksheets.map((sheet) => sheet.name),
      'Xếp hạng',
      'Trừ điểm',
      'Phân tích',
    ]);
    for (const sheet of input.worksheets) {
      expect(values(written.getWorksheet(sheet.name) as ExcelJS.Worksheet)).toEqual(values(sheet));
    }
  });

  test('the ranking tab: numbers equal the JSON, a frozen header row', async () => {
    const { out, output } = await rankTo(small, 'small-out.xlsx');
    const book = await readBook(out);
    const tab = book.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    expect(tab).toBeDefined();
    expect(tab.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const h = headerIndex(tab);
    const col = (key: keyof typeof RANKING_COLUMNS): number => {
      const at = h.get(RANKING_COLUMNS[key].header.vi);
      if (at === undefined) throw new Error(`no column ${key}`);
      return at;
    };
    const rows = values(tab).slice(2);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const unit = unitIn(output, row[col('unit')] as string);
      expect(row[col('points')]).toBe(unit.points);
      expect(row[col('max')]).toBe(unit.max);
      expect(row[col('index')]).toBe(unit.index);
      expect(row[col('rank')]).toBe(unit.rank);
      expect(row[col('previousRank')]).toBe(unit.previousRank);
      expect(row[col('change')]).toBe(unit.change);
      expect(row[col('class')]).toBe(unit.class);
      expect(row[col('flags')]).toBe(unit.flags.length);
      expect(row[col('sipas')]).toBe(unit.sipas);
      expect(row[col('index') + 1]).toBe(unit.fields[0]?.index);
      expect(row[col('index') + 2]).toBe(unit.fields[1]?.index);
    }
    // listed by rank: +1 (1), Thanh Hà (2), =HYPERLINK (3)
    expect(rows.map((row) => row[col('unit')])).toEqual(['+1', 'Huyện Thanh Hà', FORMULA_NAME]);
  });

  test('the deductions tab: one row per flagged leaf of the JSON, points lost once, a total per unit', async () => {
    const { out, output } = await rankTo(small, 'small-out-2.xlsx');
    const book = await readBook(out);
    const tab = book.getWorksheet('Trừ điểm') as ExcelJS.Worksheet;
    expect(tab.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const h = headerIndex(tab);
    const col = (key: keyof typeof DEDUCTION_COLUMNS): number =>
      h.get(DEDUCTION_COLUMNS[key].header.vi) as number;
    expect([...h.keys()]).toEqual(Object.values(DEDUCTION_COLUMNS).map((column) => column.header.vi));
    const rows = values(tab).slice(2);
    const leafRows = rows.filter((row) => row[col('code')] !== null);
    const fromTab = leafRows
      .map((row) => `${String(row[col('unit')])} ${String(row[col('code')])} ${String(row[col('lost')])}`)
      .sort();
    // points lost on a leaf = its lost or penalty flag's amount, else 0
    const lost = new Map<string, number>();
    for (const unit of output.units)
      for (const flag of unit.flags) {
        const key = `${unit.unit} ${flag.code}`;
        const amount = flag.kind === 'lost' || flag.kind === 'penalty' ? flag.amount : 0;
        lost.set(key, (lost.get(key) ?? 0) + amount);
      }
    expect(fromTab).toEqual([...lost].map(([key, amount]) => `${key} ${amount}`).sort());
    for (const unit of output.units.filter((candidate) => candidate.flags.length > 0)) {
      const total = rows.find((row) => row[col('unit')] === unit.unit && row[col('code')] === null);
      const sum = unit.flags
        .filter((flag) => flag.kind === 'lost' || flag.kind === 'penalty')
        .reduce((a, flag) => a + flag.amount, 0);
      expect(total?.[col('lost')]).toBeCloseTo(sum, 9);
    }
    const note = leafRows.find((row) => row[col('unit')] === 'Huyện Thanh Hà' && row[col('code')] === '1.1');
    expect(note?.[col('note')]).toBe('Kế hoạch ban hành muộn');
    expect(note?.[col('max')]).toBe(6);
    expect(note?.[col('self')]).toBe(6);
    expect(note?.[col('appraised')]).toBe(5);
    expect(note?.[col('final')]).toBe(5);
    expect(note?.[col('reasons')]).toBe('mất 1; thẩm định hạ 1');
  });

  test('unit names that look like formulas stay plain strings', async () => {
    const { out } = await rankTo(small, 'small-out-3.xlsx');
    const book = await readBook(out);
    for (const sheetName of ['Xếp hạng', 'Đơn vị']) {
      const sheet = book.getWorksheet(sheetName) as ExcelJS.Worksheet;
      const found: string[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === FORMULA_NAME || cell.value === '+1') {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            expect(cell.formula).toBeUndefined();
            found.push(cell.value);
          }
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
      expect(found.sort()).toEqual(['+1', FORMULA_NAME].sort());
    }
  });

  test('English workbook: tabs "Ranking" and "Deductions"', async () => {
    const { out, output, run } = await rankTo(english, 'english-out.xlsx');
    expect(run.status).toBe(0);
    const book = await readBook(out);
    expect(book.worksheets.map((sheet) => sheet.name).slice(-3)).toEqual([
      'Ranking',
      'Deductions',
      'Analysis',
    ]);
    const tab = book.getWorksheet('Ranking') as ExcelJS.Worksheet;
    const h = headerIndex(tab);
    const rows = values(tab).slice(2);
    // District B: 6 + 4 + 10 = 20 → 100, rank 1; District A: 5 + 3 + 9 = 17 → 85, rank 2
    expect(
      rows.map((row) => [
        row[h.get('Unit') as number],
        row[h.get('Rank') as number],
        row[h.get('Index (%)') as number],
      ]),
    ).toEqual([
      ['District B', 1, 100],
      ['District A', 2, 85],
    ]);
    expect(unitIn(output, 'District A').index).toBe(85);
  });

  test('recomputing on OUT gives the same tabs', async () => {
    const first = await rankTo(small, 'again-1.xlsx');
    const second = await rankTo(first.out, 'again-2.xlsx');
    expect(second.output).toEqual(first.output);
    const a = await readBook(first.out);
    const b = await readBook(second.out);
    expect(b.worksheets.map((sheet) => sheet.name)).toEqual(a.worksheets.map((sheet) => sheet.name));
    for (const name of ['Xếp hạng', 'Trừ điểm', 'Phân tích']) {
      expect(values(b.getWorksheet(name) as ExcelJS.Worksheet)).toEqual(
        values(a.getWorksheet(name) as ExcelJS.Worksheet),
      );
    }
  });
});

describe('the text table (no --json)', () => {
  test('rank/unit/index/class per unit and the errors with sheet!cell', () => {
    const run = rank('rank', broken);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const line = (name: string): string => lines.find((candidate) => candidate.includes(name)) ?? '';
    // 3 ranked units in the group; Vietnamese decimals
    expect(line('Huyện Thanh Hà')).toMatch(/^2\/3\s+Huyện Thanh Hà\s+85,00\s.*\bB\b/);
    expect(line('+1')).toMatch(/^1\/3\s+\+1\s+90,00\s.*\bA\b/);
    expect(line(FORMULA_NAME)).toMatch(/^3\/3\s+=HYPERLINK\("x"\)\s+80,00\s.*\bB\b/);
    expect(line('Huyện Vũ Quang')).not.toMatch(/\d+\/\d+/);
    expect(run.stdout).toContain('U4!D2: Điểm 12 ngoài khoảng cho phép [0; 6] của tiêu chí 1.1.');
  });

  test('all scored: no error line', () => {
    const run = rank('rank', small);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/!\w+\d+:/);
    expect(run.stdout).toContain('Huyện Thanh Hà');
  });
});

describe('the example workbook', () => {
  const exampleExists = existsSync(EXAMPLE);
  const maybe = exampleExists ? test : test.skip;

  maybe(
    'JSON in the contract shape; exit status agrees with the units’ errors; input untouched',
    async () => {
      const before = sha256(EXAMPLE);
      const out = join(dir, 'example-out.xlsx');
      const run = rank('rank', EXAMPLE, '--json', '--out', out);
      expect(sha256(EXAMPLE)).toBe(before);
      const output = parseJson(run);
      for (const unit of output.units) expect(Object.keys(unit).sort()).toEqual([...UNIT_KEYS].sort());
      const anyUnitError = output.units.some((unit) => unit.errors.length > 0);
      if (anyUnitError) expect(run.status).toBe(1);
      if (output.errors.length === 0) expect(run.status).toBe(0);
      // every unit error is also a top-level error
      for (const unit of output.units)
        for (const error of unit.errors) expect(output.errors).toContainEqual(error);
      // a unit with errors has no result; a unit without has points, max and a field list
      for (const unit of output.units) {
        if (unit.errors.length > 0)
          expect([unit.points, unit.index, unit.rank, unit.class]).toEqual([null, null, null, null]);
        else {
          expect(unit.points).not.toBeNull();
          expect(unit.fields.length).toBeGreaterThan(0);
          if (unit.max !== null && unit.max > 0)
            expect(unit.index).toBeCloseTo((100 * (unit.points as number)) / unit.max, 9);
        }
      }
      // units in the order of the Units sheet
      const book = await readBook(EXAMPLE);
      const unitsSheet = book.getWorksheet('Đơn vị');
      if (unitsSheet) {
        const rows = values(unitsSheet);
        const headerRow = rows.findIndex((row) => row.includes('Đơn vị'));
        const column = (rows[headerRow] as Cell[]).indexOf('Đơn vị');
        const names = rows
          .slice(headerRow + 1)
          .map((row) => row[column])
          .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
        expect(output.units.map((unit) => unit.unit)).toEqual(names);
      }
      // the ranking tab's numbers equal the JSON
      const written = await readBook(out);
      const tab = written.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
      const tabRows = values(tab);
      const header = tabRows[1] as Cell[];
      const at = (label: string): number => header.indexOf(label);
      for (const row of tabRows.slice(2)) {
        const unit = unitIn(output, row[at(RANKING_COLUMNS.unit.header.vi)] as string);
        expect(row[at(RANKING_COLUMNS.index.header.vi)]).toBe(unit.index);
        expect(row[at(RANKING_COLUMNS.points.header.vi)]).toBe(unit.points);
        expect(row[at(RANKING_COLUMNS.rank.header.vi)]).toBe(unit.rank);
        expect(row[at(RANKING_COLUMNS.class.header.vi)]).toBe(unit.class);
      }
      expect(tabRows.length - 2).toBe(output.units.length);
      // ranks within each group are competition ranks of the unrounded index
      const groups = new Map<string | null, JsonUnit[]>();
      for (const unit of output.units.filter((candidate) => candidate.rank !== null))
        groups.set(unit.group, [...(groups.get(unit.group) ?? []), unit]);
      for (const units of groups.values()) {
        for (const unit of units) {
          const above = units.filter(
            (other) => (other.index as number) > (unit.index as number) + 1e-9,
          ).length;
          expect(unit.rank).toBe(above + 1);
        }
      }
    },
  );

  function values(worksheet: ExcelJS.Worksheet): Cell[][] {
    return sheetFromWorksheet(worksheet).values.map((row) =>
      row.map((cell) => (cell === undefined ? null : cell)),
    );
  }
});

describe('--json with History: years, streaks and comparisons as the contract shows them', () => {
  /**
   * Settings: Năm 2024, Năm so sánh 2019. Units (criteria above, Max 20):
   *   Huyện Thanh Hà (HTH): 17 → 85, SIPAS 0.8602; Huyện Can Lộc (U2): 6 + 2 + 8 = 16 → 80, SIPAS 0.9;
   *   Thị xã Kỳ Anh (U3), formerly Huyện Kỳ Anh: 4 + 4 + 10 = 18 → 90, SIPAS 90 % (the cell 90 read as percent points).
   * Ranks 2024: Kỳ Anh 1, Thanh Hà 2, Can Lộc 3. SIPAS ranks: Kỳ Anh and Can Lộc 0.9 → 1, 1; Thanh Hà 0.8602 → 3.
   * Field 1 (Max 10): Thanh Hà 8, Can Lộc 8, Kỳ Anh 8 → 80 each, tied 1st.
   * Field 2 (Max 10): Kỳ Anh 10 → 100 1st, Thanh Hà 9 → 90 2nd, Can Lộc 8 → 80 3rd.
   * History (the 2024 row is this year's and is not read; 2023 gives the previous ranks):
   *   Thanh Hà: 2019 70 3rd (SIPAS rank 3), 2023 "83,1" 2nd → previous 2, change 0; compare 3 − 2 = 1, SIPAS 3 − 3 = 0.
   *   Kỳ Anh (as Huyện Kỳ Anh): 2019 0.75 → 75, 2nd (SIPAS rank 2); 2022 88 1st; 2023 "89,5 %" 1st
   *     → previous 1, change 0; streak 2024, 2023, 2022 = 3 (no 2021 row); compare 2 − 1 = 1, SIPAS 2 − 1 = 1.
   *   Can Lộc: 2019 80 1st (no SIPAS rank), 2023 80 3rd → previous 3, change 0; compare 1 − 3 = −2, SIPAS null.
   */
  function historyWorkbook(): Workbook {
    const { sheets } = smallWorkbook();
    const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
    return {
      sheets: [
        byName.get('Tiêu chí') as Sheet,
        {
          name: 'Đơn vị',
          values: [
            ['Đơn vị', 'Tên sheet', 'Nhóm', 'Tên cũ'],
            ['Huyện Thanh Hà', 'HTH', 'Cấp huyện', null],
            ['Huyện Can Lộc', 'U2', 'Cấp huyện', null],
            ['Thị xã Kỳ Anh', 'U3', 'Cấp huyện', 'Huyện Kỳ Anh'],
          ],
        },
        {
          name: 'Điều tra',
          values: [
            ['Đơn vị', 'SIPAS'],
            ['Huyện Thanh Hà', 0.8602],
            ['Huyện Can Lộc', 0.9],
            ['Thị xã Kỳ Anh', 90],
          ],
        },
        {
          name: 'Cài đặt',
          values: [
            ['Năm', 2024],
            ['Năm so sánh', 2019],
          ],
        },
        {
          name: 'Lịch sử',
          values: [
            ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
            [2019, 'Huyện Thanh Hà', 'Cấp huyện', 70, 3, 3, 0.7, 3],
            [2019, 'Huyện Kỳ Anh', 'Cấp huyện', 0.75, 2, 3, 0.8, 2],
            [2019, 'Huyện Can Lộc', 'Cấp huyện', 80, 1, 3, null, null],
            [2022, 'Huyện Kỳ Anh', 'Cấp huyện', 88, 1, 3, null, null],
            [2023, 'Huyện Kỳ Anh', 'Cấp huyện', '89,5 %', 1, 3, null, null],
            [2023, 'Huyện Thanh Hà', 'Cấp huyện', '83,1', 2, 3, null, null],
            [2023, 'Huyện Can Lộc', 'Cấp huyện', 80, 3, 3, null, null],
            [2024, 'Huyện Thanh Hà', 'Cấp huyện', 99, 1, 3, null, null],
          ],
        },
        byName.get('HTH') as Sheet,
        byName.get('U2') as Sheet,
        byName.get('U3') as Sheet,
      ],
    };
  }

  test('every new field, hand-computed', async () => {
    const path = join(dir, 'history.xlsx');
    await writeWorkbookXlsx(historyWorkbook(), path);
    const run = rank('rank', path, '--json');
    expect(run.status).toBe(0);
    const output = parseJson(run);
    expect(output.errors).toEqual([]);
    expect(output.year).toBe(2024);
    const pick = (unit: JsonUnit) => ({
      unit: unit.unit,
      index: unit.index,
      rank: unit.rank,
      previousRank: unit.previousRank,
      change: unit.change,
      sipas: unit.sipas,
      sipasRank: unit.sipasRank,
      streak: unit.streak,
      compare: unit.compare,
      history: unit.history,
      fieldRanks: unit.fields.map((field) => field.rank),
    });
    expect(output.units.map(pick)).toEqual([
      {
        unit: 'Huyện Thanh Hà',
        index: 85,
        rank: 2,
        previousRank: 2,
        change: 0,
        sipas: 0.8602,
        sipasRank: 3,
        streak: 0,
        compare: { year: 2019, rank: 3, change: 1, sipasRank: 3, sipasChange: 0 },
        history: [
          { year: 2019, index: 70, rank: 3 },
          { year: 2023, index: 83.1, rank: 2 },
          { year: 2024, index: 85, rank: 2 },
        ],
        fieldRanks: [1, 2],
      },
      {
        unit: 'Huyện Can Lộc',
        index: 80,
        rank: 3,
        previousRank: 3,
        change: 0,
        sipas: 0.9,
        sipasRank: 1,
        streak: 0,
        compare: { year: 2019, rank: 1, change: -2, sipasRank: null, sipasChange: null },
        history: [
          { year: 2019, index: 80, rank: 1 },
          { year: 2023, index: 80, rank: 3 },
          { year: 2024, index: 80, rank: 3 },
        ],
        fieldRanks: [1, 3],
      },
      {
        unit: 'Thị xã Kỳ Anh',
        index: 90,
        rank: 1,
        previousRank: 1,
        change: 0,
        sipas: 0.9,
        sipasRank: 1,
        streak: 3,
        compare: { year: 2019, rank: 2, change: 1, sipasRank: 2, sipasChange: 1 },
        history: [
          { year: 2019, index: 75, rank: 2 },
          { year: 2022, index: 88, rank: 1 },
          { year: 2023, index: 89.5, rank: 1 },
          { year: 2024, index: 90, rank: 1 },
        ],
        fieldRanks: [1, 1],
      },
    ]);
  });

  test('a History error is listed but changes neither the ranks nor the exit status', async () => {
    const book = historyWorkbook();
    const history = book.sheets.find((sheet) => sheet.name === 'Lịch sử') as Sheet;
    history.values.push([2023.5, 'Huyện Thanh Hà', 'Cấp huyện', 70, 3, 3, null, null]);
    const path = join(dir, 'history-broken.xlsx');
    await writeWorkbookXlsx(book, path);
    const run = rank('rank', path, '--json');
    expect(run.status).toBe(0);
    const output = parseJson(run);
    expect(output.errors).toEqual([
      { sheet: 'Lịch sử', cell: 'A10', message: 'Năm "2023.5" phải là một số nguyên.' },
    ]);
    // History counts as none: no previous ranks, streaks of this year only, no comparisons.
    expect(output.units.map((unit) => [unit.rank, unit.previousRank, unit.streak, unit.compare])).toEqual([
      [2, null, 0, null],
      [3, null, 0, null],
      [1, null, 1, null],
    ]);
    for (const unit of output.units) expect(unit.errors).toEqual([]);
  });
});
