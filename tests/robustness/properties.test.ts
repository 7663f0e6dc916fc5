/**
 * Properties of the scoring over generated workbooks (fast-check): order does not matter, groups do not
 * leak into each other, ranks are competition ranks, every total stays within what the rules allow,
 * scoring is repeatable, and an .xlsx written and read back is the same workbook.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readXlsx, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { buildDeductionsTab } from '../../src/core/outputs/deductions-tab';
import { toJsonOutput, type JsonUnit } from '../../src/core/outputs/json-output';
import { buildRankingTab } from '../../src/core/outputs/ranking-tab';
import { tabValues, type Tab } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, LeafType, Sheet, Workbook, WorkbookResult } from '../../src/core/types';
import { generateWorkbook, mulberry32 } from '../../scripts/generate-workbook';
import { expectTotalsAddUp } from '../helpers/deductions';
import { trimmed } from './helpers';
import { criteriaHeader, UNIT_HEADER_VI } from '../helpers/workbook';

const RUNS = { numRuns: 100 };

// ---------------------------------------------------------------------------------------------------------
// A small arbitrary of criteria and units, with bonus and penalty rows and negative choices, all valid.

interface LeafSpec {
  type: LeafType;
  /** A multiple of 0.25 in [0, 10]. */
  max: number;
  rule: 'manual' | 'yesno' | 'choice' | 'bands' | 'ratio' | 'formula';
  /** A score row whose choice list includes a negative entry (-1). */
  negative: boolean;
}

interface UnitSpec {
  group: 0 | 1;
  /** Per leaf: how well the unit does, 0..100. */
  q: number[];
  /** Per leaf: 0 plain, 1 not applicable, 2 blank, 3 appraised lower. */
  how: number[];
  /** Copy the first unit's data (to make ties). */
  copyFirst: boolean;
}

const quarter = (x: number): number => Math.floor(x * 4) / 4;
const num = (x: number): string => String(x);

function bounds(leaf: LeafSpec): { low: number; high: number } {
  if (leaf.type === 'penalty') return { low: -leaf.max, high: 0 };
  if (leaf.type === 'bonus') return { low: 0, high: leaf.max };
  return { low: leaf.negative && leaf.rule === 'choice' ? Math.min(0, -1) : 0, high: leaf.max };
}

function ruleText(leaf: LeafSpec): string | null {
  const half = quarter(leaf.max / 2);
  const sign = leaf.type === 'penalty' ? -1 : 1;
  const p = (x: number): string => num(x === 0 ? 0 : sign * x);
  switch (leaf.rule) {
    case 'manual':
      return null;
    case 'yesno':
      return 'có/không';
    case 'choice':
      return leaf.type === 'penalty'
        ? `lựa chọn: Tốt=0; Trung bình=${p(half)}; Kém=${p(leaf.max)}`
        : `lựa chọn: Tốt=${p(leaf.max)}; Trung bình=${p(half)}; Kém=${leaf.negative ? -1 : 0}`;
    case 'bands':
      return leaf.type === 'penalty'
        ? `mức: >=90%=0; >=50%=${p(half)}; else=${p(leaf.max)}`
        : `mức: >=90%=${p(leaf.max)}; >=50%=${p(half)}; else=0`;
    case 'ratio':
      return 'tỷ lệ';
    case 'formula':
      return `công thức: (b/a)*${num(leaf.max)}${leaf.type === 'penalty' ? '*(0-1)' : ''}`;
  }
}

const TYPE_TEXT: Record<LeafType, string> = { score: 'điểm', bonus: 'điểm cộng', penalty: 'điểm trừ' };

const leafArb: fc.Arbitrary<LeafSpec> = fc.record({
  type: fc.constantFrom<LeafType>('score', 'score', 'score', 'bonus', 'penalty'),
  max: fc.integer({ min: 0, max: 40 }).map((x) => x / 4),
  rule: fc.constantFrom<LeafSpec['rule']>('manual', 'yesno', 'choice', 'bands', 'ratio', 'formula'),
  negative: fc.boolean(),
});

const criteriaArb = fc.array(fc.array(leafArb, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 3,
});

function unitArb(leaves: number): fc.Arbitrary<UnitSpec> {
  return fc.record({
    group: fc.constantFrom<0 | 1>(0, 1),
    q: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: leaves, maxLength: leaves }),
    how: fc.array(fc.nat({ max: 9 }), { minLength: leaves, maxLength: leaves }),
    copyFirst: fc.boolean(),
  });
}

interface Model {
  fields: LeafSpec[][];
  units: UnitSpec[];
}

const modelArb: fc.Arbitrary<Model> = criteriaArb.chain((fields) => {
  const count = fields.flat().length;
  return fc.record({
    fields: fc.constant(fields),
    units: fc.array(unitArb(count), { minLength: 2, maxLength: 7 }),
  });
});

const UNIT_HEADER: Cell[] = UNIT_HEADER_VI;

function codesOf(fields: LeafSpec[][]): { code: string; leaf: LeafSpec }[] {
  return fields.flatMap((leaves, f) => leaves.map((leaf, k) => ({ code: `${f + 1}.${k + 1}`, leaf })));
}

/** The row a unit types for one leaf. */
function unitRow(code: string, leaf: LeafSpec, q: number, how: number): Cell[] {
  const { low, high } = bounds(leaf);
  const typed = (x: number): number => Math.min(high, Math.max(low, quarter(low + ((high - low) * x) / 100)));
  let value: Cell = null;
  let of: Cell = null;
  let self: Cell = null;
  switch (leaf.rule) {
    case 'manual':
      self = typed(q);
      break;
    case 'yesno':
      value = q >= 50 ? 'Có' : 'Không';
      break;
    case 'choice':
      value = ['Tốt', 'Trung bình', 'Kém'][q % 3] as string;
      break;
    case 'bands':
      value = `${q}%`;
      break;
    case 'ratio':
      if (q % 2 === 0) value = q / 100;
      else [value, of] = [q, 100];
      break;
    case 'formula':
      value = `a=10; b=${q % 11}`;
      break;
  }
  if (how === 1) return [code, 'N/A', null, null, null, null, null];
  if (how === 2) return [code, null, null, null, null, null, null];
  const appraised = how === 3 ? typed(q / 2) : null;
  return [code, value, of, self, null, appraised, appraised === null ? null : 'Hạ điểm'];
}

const GROUPS = ['Khối 1', 'Khối 2'];

function buildWorkbook(model: Model): Workbook {
  const codes = codesOf(model.fields);
  const criteria: Cell[][] = [criteriaHeader(['code', 'name', 'max', 'rule', 'type'])];
  model.fields.forEach((leaves, f) => {
    criteria.push([String(f + 1), `Lĩnh vực ${f + 1}`, null, null, null]);
    leaves.forEach((leaf, k) =>
      criteria.push([
        `${f + 1}.${k + 1}`,
        `Tiêu chí ${f + 1}.${k + 1}`,
        leaf.max,
        ruleText(leaf),
        TYPE_TEXT[leaf.type],
      ]),
    );
  });
  const first = model.units[0] as UnitSpec;
  const units: Sheet[] = model.units.map((unit, u) => {
    const data = unit.copyFirst ? first : unit;
    return {
      name: `ĐV ${u + 1}`,
      values: [
        UNIT_HEADER,
        ...codes.map(({ code, leaf }, i) => unitRow(code, leaf, data.q[i] ?? 0, data.how[i] ?? 0)),
      ],
    };
  });
  return {
    sheets: [
      { name: 'Tiêu chí', values: criteria },
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Tên sheet', 'Khối'],
          ...model.units.map((unit, u): Cell[] => [
            `Đơn vị ${u + 1}`,
            `ĐV ${u + 1}`,
            GROUPS[unit.group] as string,
          ]),
        ],
      },
      ...units,
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** What a unit's result is, without where its rows happen to be. */
function byUnit(result: WorkbookResult): Map<string, Omit<JsonUnit, 'errors'> & { errors: string[] }> {
  const json = toJsonOutput(result);
  return new Map(
    json.units.map((unit) => [
      unit.unit,
      { ...unit, errors: unit.errors.map((e) => `${e.sheet} ${e.message}`) },
    ]),
  );
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const copy = [...items];
  for (let k = copy.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [copy[k], copy[j]] = [copy[j] as T, copy[k] as T];
  }
  return copy;
}

/** Shuffles the rows below the header row of every unit sheet (a sheet whose header row has "Mã" but no rule). */
function shuffleUnitRows(workbook: Workbook, seed: number): Workbook {
  const copy = structuredClone(workbook);
  for (const sheet of copy.sheets) {
    if (['Tiêu chí', 'Đơn vị', 'Điều tra', 'Cài đặt'].includes(sheet.name)) continue;
    const header = sheet.values.findIndex((row) => row[0] === 'Mã');
    if (header < 0) continue;
    sheet.values = [...sheet.values.slice(0, header + 1), ...shuffled(sheet.values.slice(header + 1), seed)];
  }
  return copy;
}

/** Shuffles the Units sheet rows and the unit sheets' tab order. */
function shuffleUnits(workbook: Workbook, seed: number): Workbook {
  const copy = structuredClone(workbook);
  const units = copy.sheets.find((sheet) => sheet.name === 'Đơn vị');
  if (!units) throw new Error('no Units sheet');
  const header = units.values.findIndex((row) => row[0] === 'Đơn vị');
  units.values = [...units.values.slice(0, header + 1), ...shuffled(units.values.slice(header + 1), seed)];
  const fixed = copy.sheets.filter((sheet) =>
    ['Tiêu chí', 'Đơn vị', 'Điều tra', 'Cài đặt'].includes(sheet.name),
  );
  const rest = copy.sheets.filter((sheet) => !fixed.includes(sheet));
  copy.sheets = [...fixed, ...shuffled(rest, seed + 1)];
  return copy;
}

function withoutCells(tab: Tab): Cell[][] {
  return tabValues(tab).map((row) =>
    row.map((cell) => (typeof cell === 'string' ? cell.replace(/![A-Z]+[0-9]+ /g, '!… ') : cell)),
  );
}

const generatedArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  units: fc.integer({ min: 2, max: 9 }),
  criteria: fc.integer({ min: 3, max: 30 }),
  groups: fc.integer({ min: 1, max: 3 }),
  errorUnits: fc.integer({ min: 0, max: 1 }),
});

function expectSameUnits(a: WorkbookResult, b: WorkbookResult): void {
  const left = byUnit(a);
  const right = byUnit(b);
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort());
  for (const [name, unit] of left) expect(right.get(name)).toEqual(unit);
}

// ---------------------------------------------------------------------------------------------------------

describe('order does not matter', () => {
  it('shuffling the rows of unit sheets changes no result and no tab (generator workbooks)', () => {
    fc.assert(
      fc.property(generatedArb, fc.integer(), (options, seed) => {
        const workbook = generateWorkbook(options);
        const a = scoreWorkbook(workbook);
        const b = scoreWorkbook(shuffleUnitRows(workbook, seed));
        expectSameUnits(a, b);
        // An error's cell moves with its row; everything else in the tabs stays.
        expect(withoutCells(buildRankingTab(b))).toEqual(withoutCells(buildRankingTab(a)));
        expect(tabValues(buildDeductionsTab(b))).toEqual(tabValues(buildDeductionsTab(a)));
      }),
      RUNS,
    );
  });

  it('shuffling the rows of unit sheets changes no result (bonus, penalty and negative choices)', () => {
    fc.assert(
      fc.property(modelArb, fc.integer(), (model, seed) => {
        const workbook = buildWorkbook(model);
        expectSameUnits(scoreWorkbook(workbook), scoreWorkbook(shuffleUnitRows(workbook, seed)));
      }),
      RUNS,
    );
  });

  it('shuffling the order of units (Units rows and sheet tabs) changes no unit’s result', () => {
    fc.assert(
      fc.property(generatedArb, fc.integer(), (options, seed) => {
        const workbook = generateWorkbook(options);
        expectSameUnits(scoreWorkbook(workbook), scoreWorkbook(shuffleUnits(workbook, seed)));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(modelArb, fc.integer(), (model, seed) => {
        const workbook = buildWorkbook(model);
        expectSameUnits(scoreWorkbook(workbook), scoreWorkbook(shuffleUnits(workbook, seed)));
      }),
      RUNS,
    );
  });
});

describe('groups', () => {
  it('adding a unit to one group changes no rank or index in another, and no index in its own', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<0 | 1>(0, 1),
        (model, q, group) => {
          const leaves = codesOf(model.fields).length;
          const extra: UnitSpec = {
            group,
            q: Array(leaves).fill(q),
            how: Array(leaves).fill(0),
            copyFirst: false,
          };
          const before = scoreWorkbook(buildWorkbook(model));
          const after = scoreWorkbook(buildWorkbook({ ...model, units: [...model.units, extra] }));
          expect(after.units).toHaveLength(before.units.length + 1);
          before.units.forEach((unit, i) => {
            const now = after.units[i];
            if (!now) throw new Error('unit lost');
            expect(now.index).toBe(unit.index);
            expect(now.points).toBe(unit.points);
            if (unit.group !== GROUPS[group]) expect(now.rank).toBe(unit.rank);
          });
        },
      ),
      RUNS,
    );
  });

  it('ranks within a group are competition ranks 1..n, equal indexes sharing one', () => {
    const check = (result: WorkbookResult): void => {
      const groups = new Map<string | null, typeof result.units>();
      for (const unit of result.units) {
        if (unit.status !== 'ranked') {
          expect(unit.rank).toBeNull();
          continue;
        }
        groups.set(unit.group, [...(groups.get(unit.group) ?? []), unit]);
      }
      for (const members of groups.values()) {
        for (const unit of members) {
          const index = unit.index as number;
          const above = members.filter((other) => (other.index as number) > index + 1e-9).length;
          expect(unit.rank).toBe(above + 1);
          expect(unit.rank).toBeGreaterThanOrEqual(1);
          expect(unit.rank).toBeLessThanOrEqual(members.length);
          for (const other of members) {
            if (Math.abs((other.index as number) - index) <= 1e-9) expect(other.rank).toBe(unit.rank);
          }
        }
        expect(Math.min(...members.map((unit) => unit.rank as number))).toBe(1);
      }
    };
    fc.assert(
      fc.property(modelArb, (model) => check(scoreWorkbook(buildWorkbook(model)))),
      RUNS,
    );
    fc.assert(
      fc.property(generatedArb, (options) => check(scoreWorkbook(generateWorkbook(options)))),
      RUNS,
    );
  });

  it('copies of a unit tie and share a rank', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const units = model.units.map((unit) => ({ ...unit, group: 0 as const, copyFirst: true }));
        const result = scoreWorkbook(buildWorkbook({ ...model, units }));
        expect(result.errors).toEqual([]);
        const ranks = new Set(result.units.map((unit) => unit.rank));
        expect(ranks.size).toBe(1);
        expect([...ranks][0] ?? 1).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('bounds', () => {
  it('every total lies between the sum of the lowest results and Σ Max of score and bonus rows', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = scoreWorkbook(buildWorkbook(model));
        expect(result.errors).toEqual([]);
        const leaves = model.fields.flat();
        const lowest = leaves.reduce((sum, leaf) => sum + bounds(leaf).low, 0);
        const highest = leaves.reduce((sum, leaf) => sum + (leaf.type === 'penalty' ? 0 : leaf.max), 0);
        const scoreMax = leaves.reduce((sum, leaf) => sum + (leaf.type === 'score' ? leaf.max : 0), 0);
        for (const unit of result.units) {
          const points = unit.points as number;
          expect(points).toBeGreaterThanOrEqual(lowest - 1e-9);
          expect(points).toBeLessThanOrEqual(highest + 1e-9);
          expect(unit.max as number).toBeLessThanOrEqual(scoreMax + 1e-9);
          if (unit.max === 0) expect(unit.index).toBeNull();
          else expect(unit.index as number).toBeCloseTo((100 * points) / (unit.max as number), 9);
          for (const leaf of unit.leaves) {
            const spec = leaves[
              codesOf(model.fields).findIndex(({ code }) => code === leaf.code)
            ] as LeafSpec;
            if (leaf.final === null) continue;
            expect(leaf.final).toBeGreaterThanOrEqual(bounds(spec).low - 1e-9);
            expect(leaf.final).toBeLessThanOrEqual(bounds(spec).high + 1e-9);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('repeatable', () => {
  it('scoring twice gives identical ranking and deductions tabs', () => {
    fc.assert(
      fc.property(generatedArb, (options) => {
        const workbook = generateWorkbook(options);
        const a = scoreWorkbook(workbook);
        const b = scoreWorkbook(workbook);
        expect(tabValues(buildRankingTab(b))).toEqual(tabValues(buildRankingTab(a)));
        expect(tabValues(buildDeductionsTab(b))).toEqual(tabValues(buildDeductionsTab(a)));
      }),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(modelArb, (model) => {
        const workbook = buildWorkbook(model);
        expect(tabValues(buildRankingTab(scoreWorkbook(workbook)))).toEqual(
          tabValues(buildRankingTab(scoreWorkbook(workbook))),
        );
        expect(tabValues(buildDeductionsTab(scoreWorkbook(workbook)))).toEqual(
          tabValues(buildDeductionsTab(scoreWorkbook(workbook))),
        );
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// .xlsx round trip

/**
 * Text a spreadsheet can hold: no control characters other than tab and line feed (XML cannot carry them;
 * "\r\n" becomes "\n"), and no "_xHHHH_" sequence, which the .xlsx format reserves for escapes (see
 * corpus-cli.test.ts for what happens to it).
 */
const textArb = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'Đ',
      'ệ',
      ' ',
      '=',
      '+',
      '-',
      '@',
      '#',
      "'",
      '"',
      '%',
      ',',
      '.',
      '1',
      '\n',
      '\t',
      '😀',
      '_',
      'x',
      '<',
      '&',
    ),
  })
  .filter((text) => !/_x[0-9a-fA-F]{4}_/.test(text));

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  fc.integer({ min: -1e6, max: 1e6 }),
  textArb,
  fc.string({ maxLength: 12 }).filter((text) => !/_x[0-9a-fA-F]{4}_/.test(text)),
);

const sheetNameArb = fc
  .string({
    unit: fc.constantFrom('A', 'b', 'Đ', 'ơ', ' ', '1', '-', '(', ')', '.', 'ệ'),
    minLength: 1,
    maxLength: 31,
  })
  .filter((name) => name.trim() === name && name !== '' && name.toLowerCase() !== 'history');

const workbookArb: fc.Arbitrary<Workbook> = fc
  .uniqueArray(sheetNameArb, { minLength: 1, maxLength: 4, selector: (name) => name.toLowerCase() })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc
          .array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 6 })
          .map((values): Sheet => ({ name, values })),
      ),
    ),
  )
  .map((sheets) => ({ sheets }));

describe('xlsx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'par-roundtrip-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('what writeWorkbookXlsx writes, readXlsx reads back (strings, numbers, booleans)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbookArb, async (workbook) => {
        const path = join(dir, `w${n++}.xlsx`);
        await writeWorkbookXlsx(workbook, path);
        const back = (await readXlsx(path)).workbook;
        expect(back.sheets.map((sheet) => sheet.name)).toEqual(workbook.sheets.map((sheet) => sheet.name));
        back.sheets.forEach((sheet, i) => {
          expect(trimmed(sheet.values)).toEqual(trimmed((workbook.sheets[i] as Sheet).values));
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the deductions tab adds up', () => {
  it('each unit total = Σ (Max − final) over score leaves + its penalties (bonus, penalty, negative choices)', () => {
    fc.assert(
      fc.property(modelArb, (model) => expectTotalsAddUp(scoreWorkbook(buildWorkbook(model)))),
      RUNS,
    );
  });

  it('the same on generator workbooks, units with errors included', () => {
    fc.assert(
      fc.property(generatedArb, (options) => expectTotalsAddUp(scoreWorkbook(generateWorkbook(options)))),
      RUNS,
    );
  });
});
