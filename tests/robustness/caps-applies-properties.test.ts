/**
 * Properties of capped bonus and penalty and of Applies to over generated workbooks (fast-check): the deductions
 * tab adds up with caps (points = max − the unit's total points lost + its bonus points after caps), and a unit's
 * result never depends on the rows of leaves that do not apply to it.
 */
import fc from 'fast-check';
import { buildDeductionsTab } from '../../src/core/outputs/deductions-tab';
import { toJsonOutput } from '../../src/core/outputs/json-output';
import { columnIndex } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, LeafType, WorkbookResult } from '../../src/core/types';
import { unitOf, workbook, type CriterionRow, type UnitRow } from '../helpers/workbook';

const RUNS = { numRuns: 100 };
const quarter = (x: number): number => Math.floor(x * 4) / 4;

// ---------------------------------------------------------------------------------------------------------
// Caps

/** A bonus or penalty field: leaves, and maybe a sub-parent with leaves of its own; each parent's cap as a share. */
interface CappedField {
  leaves: number[];
  inner: number[];
  /** The parent's Max as a share of Σ Max below it (1: no cap). */
  share: number;
  innerShare: number;
}

const maxArb = fc.integer({ min: 0, max: 12 }).map((x) => x / 4);
const shareArb = fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
const cappedArb: fc.Arbitrary<CappedField> = fc.record({
  leaves: fc.array(maxArb, { minLength: 1, maxLength: 3 }),
  inner: fc.array(maxArb, { maxLength: 3 }),
  share: shareArb,
  innerShare: shareArb,
});

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function cappedRows(code: string, type: LeafType, field: CappedField): CriterionRow[] {
  const inner = sum(field.inner);
  const innerMax = quarter(inner * field.innerShare);
  const max = quarter((sum(field.leaves) + (field.inner.length > 0 ? inner : 0)) * field.share);
  const rows: CriterionRow[] = [{ code, max, type: type === 'bonus' ? 'điểm cộng' : 'điểm trừ' }];
  field.leaves.forEach((leaf, k) => rows.push({ code: `${code}.${k + 1}`, max: leaf }));
  if (field.inner.length > 0) {
    const sub = `${code}.${field.leaves.length + 1}`;
    rows.push({ code: sub, max: innerMax });
    field.inner.forEach((leaf, k) => rows.push({ code: `${sub}.${k + 1}`, max: leaf }));
  }
  return rows;
}

/** Per leaf: a share of its range typed as self score (0..100), 101 blank, 102 N/A, 103 no row. */
const howArb = fc.array(fc.integer({ min: 0, max: 103 }), { minLength: 16, maxLength: 16 });

function unitRows(criteria: readonly CriterionRow[], how: readonly number[]): UnitRow[] {
  const codes = new Set(criteria.map((row) => row.code));
  const leaves = criteria.filter((row) => ![...codes].some((code) => code.startsWith(row.code + '.')));
  const typeOf = (code: string): string =>
    (criteria.find((row) => row.code === code.split('.')[0])?.type as string | undefined) ?? 'điểm';
  return leaves.flatMap((leaf, i): UnitRow[] => {
    const h = how[i % how.length] as number;
    if (h === 103) return [];
    if (h === 102) return [{ code: leaf.code, value: 'N/A' }];
    if (h === 101) return [{ code: leaf.code }];
    const share = quarter(((leaf.max as number) * h) / 100);
    return [{ code: leaf.code, self: typeOf(leaf.code) === 'điểm trừ' ? -share : share }];
  });
}

function expectAddsUp(result: WorkbookResult): void {
  const tab = buildDeductionsTab(result);
  const unitColumn = columnIndex(tab, 'unit');
  const lostColumn = columnIndex(tab, 'lost');
  for (const unit of result.units) {
    const rows = tab.rows.filter((row, r) => row[unitColumn] === unit.unit && !tab.totals.includes(r));
    const totalRow = tab.totals
      .map((r) => tab.rows[r] as Cell[])
      .find((row) => row[unitColumn] === unit.unit);
    const total = (totalRow?.[lostColumn] as number | undefined) ?? 0;
    expect(sum(rows.map((row) => row[lostColumn] as number))).toBeCloseTo(total, 9);
    let bonus = 0;
    for (const leaf of unit.leaves)
      if (leaf.applicable && leaf.type === 'bonus') bonus += leaf.final as number;
    for (const cap of unit.caps) if (cap.type === 'bonus') bonus += cap.flag.amount;
    expect(unit.points as number).toBeCloseTo((unit.max as number) - total + bonus, 9);
  }
}

describe('caps', () => {
  it('the deductions tab adds up: points = max − total points lost + bonus after caps', () => {
    fc.assert(
      fc.property(
        fc.array(maxArb, { minLength: 1, maxLength: 3 }),
        cappedArb,
        cappedArb,
        fc.array(howArb, { minLength: 1, maxLength: 4 }),
        (score, bonus, penalty, units) => {
          const criteria: CriterionRow[] = [
            { code: '1' },
            ...score.map((max, k) => ({ code: `1.${k + 1}`, max })),
            ...cappedRows('2', 'bonus', bonus),
            ...cappedRows('3', 'penalty', penalty),
          ];
          const result = scoreWorkbook(
            workbook({
              criteria,
              units: Object.fromEntries(units.map((how, u) => [`Xã ${u + 1}`, unitRows(criteria, how)])),
            }),
          );
          expect(result.errors).toEqual([]);
          expectAddsUp(result);
          for (const unit of result.units) {
            // after caps, the bonus field holds at most its Max and the penalty field at least −Max
            const fields = new Map(unit.fields.map((field) => [field.code, field.points]));
            const capOf = (code: string): number => criteria.find((row) => row.code === code)?.max as number;
            expect(fields.get('2') as number).toBeLessThanOrEqual(capOf('2') + 1e-9);
            expect(fields.get('3') as number).toBeGreaterThanOrEqual(-capOf('3') - 1e-9);
          }
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Applies to

const GROUPS = ['Xã', 'Phường', 'Đặc khu'];
const appliesArb = fc.constantFrom<string | null>(
  null,
  null,
  'Xã',
  'Phường',
  'Xã; Phường',
  'phuong, dac khu',
);

/** What a person may leave in the row of a leaf that does not apply: anything, nonsense included. */
const junkArb: fc.Arbitrary<UnitRow | null> = fc.oneof(
  fc.constant(null),
  fc
    .record({
      value: fc.constantFrom<Cell>(null, 'abc', '#REF!', 'N/A', 'KPS', 999, '1,2,3', 'a=; b'),
      of: fc.constantFrom<Cell>(null, 0, 'x'),
      self: fc.constantFrom<Cell>(null, 50, -3, 'nhiều', '#N/A'),
      appraised: fc.constantFrom<Cell>(null, 99, 'KAD'),
    })
    .map((row) => ({ code: '', ...row })),
);

const appliesModelArb = fc.record({
  leaves: fc.array(
    fc.record({
      max: fc.integer({ min: 1, max: 20 }),
      type: fc.constantFrom<LeafType>('score', 'score', 'score', 'bonus', 'penalty'),
      applies: appliesArb,
    }),
    { minLength: 1, maxLength: 8 },
  ),
  units: fc.array(
    fc.record({
      group: fc.constantFrom<string | null>(...GROUPS, null),
      scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
      junk: fc.array(junkArb, { minLength: 8, maxLength: 8 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

const TYPE_TEXT: Record<LeafType, string> = { score: 'điểm', bonus: 'điểm cộng', penalty: 'điểm trừ' };

describe('Applies to', () => {
  it('a unit’s result never depends on the rows of leaves that do not apply to it', () => {
    fc.assert(
      fc.property(appliesModelArb, (model) => {
        const criteria: CriterionRow[] = [
          { code: '1' },
          ...model.leaves.map((leaf, k) => ({
            code: `1.${k + 1}`,
            max: leaf.max,
            type: TYPE_TEXT[leaf.type],
            appliesTo: leaf.applies,
          })),
        ];
        const applies = (applies: string | null, group: string | null): boolean =>
          applies === null ||
          (group !== null &&
            applies
              .split(/[;,]/)
              .map((name) =>
                name
                  .trim()
                  .normalize('NFD')
                  .replace(/[\u0300-\u036f]/g, '')
                  .replace(/đ/gi, 'd')
                  .toLowerCase(),
              )
              .includes(
                group
                  .normalize('NFD')
                  .replace(/[\u0300-\u036f]/g, '')
                  .replace(/Đ/g, 'D')
                  .toLowerCase(),
              ));
        const build = (withJunk: boolean) =>
          scoreWorkbook(
            workbook({
              criteria,
              unitsSheet: [
                ['Đơn vị', 'Khối'],
                ...model.units.map((unit, u): Cell[] => [`ĐV ${u + 1}`, unit.group]),
              ],
              units: Object.fromEntries(
                model.units.map((unit, u) => [
                  `ĐV ${u + 1}`,
                  model.leaves.flatMap((leaf, k): UnitRow[] => {
                    const code = `1.${k + 1}`;
                    if (applies(leaf.applies, unit.group)) {
                      const share = quarter((leaf.max * (unit.scores[k] as number)) / 100);
                      return [{ code, self: leaf.type === 'penalty' ? -share : share }];
                    }
                    const junk = unit.junk[k];
                    return withJunk && junk ? [{ ...junk, code }] : [];
                  }),
                ]),
              ),
            }),
          );
        const clean = build(false);
        const junk = build(true);
        expect(clean.errors).toEqual([]);
        expect(junk.errors).toEqual([]);
        expect(toJsonOutput(junk).units).toEqual(toJsonOutput(clean).units);
        // and the maximum counts only the score leaves that apply
        model.units.forEach((unit, u) => {
          const max = sum(
            model.leaves
              .filter((leaf) => leaf.type === 'score' && applies(leaf.applies, unit.group))
              .map((leaf) => leaf.max),
          );
          expect(unitOf(clean, `ĐV ${u + 1}`).max).toBe(max);
        });
      }),
      RUNS,
    );
  });
});
