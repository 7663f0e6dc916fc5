/**
 * The analysis (WORKBOOK.md, "Analysis and unit reports"): per group and criteria set, one row per leaf
 * applicable to at least one unit without errors; rows by amount, then lost, highest first, then criteria order.
 */
import { buildExampleWorkbook } from '../../examples/source/build-example';
import { analyse } from '../../src/core/outputs/analysis';
import { toJsonOutput } from '../../src/core/outputs/json-output';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { AnalysisRow } from '../../src/core/types';
import { round, workbook } from '../helpers/workbook';

describe('the example (13 districts, one group, one criteria set)', () => {
  const result = scoreWorkbook(buildExampleWorkbook());
  const rows = result.analysis;
  const row = (code: string): AnalysisRow => {
    const found = rows.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`no analysis row ${code}`);
    return found;
  };

  test('Huyện Vũ Quang has an error (95 typed for 95 % in 5.4) and counts for nothing', () => {
    expect(result.units.filter((unit) => unit.status === 'error').map((unit) => unit.unit)).toEqual([
      'Huyện Vũ Quang',
    ]);
    expect(new Set(rows.map((r) => `${r.group}|${r.criteria}`))).toEqual(new Set(['Cấp huyện|Tiêu chí']));
  });

  test('1.1.1, a choice of Max 1: three units "Không kịp thời" (0.5), nine "Kịp thời" (1)', () => {
    // Nghi Xuân, Thạch Hà, Huyện Kỳ Anh lose 0.5 each; attainment (9 × 1 + 3 × 0.5) / 12 = 0.875
    expect({ ...row('1.1.1'), amount: round(row('1.1.1').amount) }).toEqual({
      group: 'Cấp huyện',
      criteria: 'Tiêu chí',
      code: '1.1.1',
      name: 'Ban hành kế hoạch CCHC năm',
      type: 'score',
      max: 1,
      units: 12,
      lost: 3,
      penalised: 0,
      amount: 1.5,
      attainment: 0.875,
    });
  });

  test('1.8, a penalty leaf of Max 2: Can Lộc "Bị phê bình" = −1, the others "Không" = 0', () => {
    expect(row('1.8')).toMatchObject({
      type: 'penalty',
      max: 2,
      units: 12,
      lost: 0,
      penalised: 1,
      amount: 1,
      attainment: null,
    });
  });

  test("3.5, not applicable to Thị xã Kỳ Anh (KAD) and missing from Hương Khê's sheet", () => {
    // 11 units apply; Hương Khê scores 0 (missing, lost 1), the other ten have full ratios → 10 / 11
    const found = row('3.5');
    expect(found).toMatchObject({ units: 11, lost: 1, penalised: 0, amount: 1 });
    expect(found.attainment).toBeCloseTo(10 / 11, 12);
  });

  test('8.1, a survey leaf of Max 5, not applicable to Lộc Hà (no survey row)', () => {
    // 11 survey rows without Vũ Quang: 4.05 + 4.21 + 4.3 + 3.62 + 3.71 + 3.41 + 3.55 + 3.72 + 3.98 + 3.85 + 3.12
    // = 41.52 of 55; all eleven lose points: 55 − 41.52 = 13.48
    const found = row('8.1');
    expect(found).toMatchObject({ units: 11, lost: 11, penalised: 0 });
    expect(found.amount).toBeCloseTo(13.48, 9);
    expect(found.attainment).toBeCloseTo(41.52 / 55, 12);
  });

  test('8.2 (66 − 49.75 = 16.25 lost) comes first; amounts never increase down the list', () => {
    expect(rows[0]?.code).toBe('8.2');
    expect(rows[0]?.amount).toBeCloseTo(16.25, 9);
    rows
      .slice(1)
      .forEach((r, i) => expect(r.amount).toBeLessThanOrEqual((rows[i] as AnalysisRow).amount + 1e-9));
  });

  test('the JSON carries the rows with the keys of the contract only', () => {
    const json = toJsonOutput(result).analysis;
    expect(json).toHaveLength(rows.length);
    expect(Object.keys(json[0] as object)).toEqual([
      'group',
      'criteria',
      'code',
      'units',
      'lost',
      'penalised',
      'amount',
      'attainment',
    ]);
  });
});

describe('ordering and scope', () => {
  /** Leaves 1.1–1.4 of Max 1 and a bonus 1.5; units A and B in group G, C in group H, D with an error in G. */
  function result() {
    return scoreWorkbook(
      workbook({
        criteria: [
          { code: '1' },
          { code: '1.1', max: 1 },
          { code: '1.2', max: 1 },
          { code: '1.3', max: 1 },
          { code: '1.4', max: 1 },
          { code: '1.5', max: 1, type: 'bonus' },
        ],
        unitsSheet: [
          ['Đơn vị', 'Nhóm'],
          ['D', 'G'],
          ['C', 'H'],
          ['A', 'G'],
          ['B', 'G'],
        ],
        units: {
          // 1.1: A loses 0.5, B 0.5 → amount 1, lost 2; 1.2: A loses 1 → amount 1, lost 1
          // 1.3: B loses 0.5 → amount 0.5, lost 1; 1.4: B loses 0.5, A N/A → amount 0.5, lost 1, units 1
          A: [
            { code: '1.1', self: 0.5 },
            { code: '1.2', self: 0 },
            { code: '1.3', self: 1 },
            { code: '1.4', self: 'N/A' },
            { code: '1.5', self: 1 },
          ],
          B: [
            { code: '1.1', self: 0.5 },
            { code: '1.2', self: 1 },
            { code: '1.3', self: 0.5 },
            { code: '1.4', self: 0.5 },
          ],
          C: [
            { code: '1.1', self: 1 },
            { code: '1.2', self: 1 },
            { code: '1.3', self: 1 },
            { code: '1.4', self: 'N/A' },
          ],
          D: [{ code: '1.1', self: 9 }],
        },
      }),
    );
  }

  test('groups by their first unit without errors (D has an error: H comes first); ties by lost, then criteria order', () => {
    const rows = result().analysis.map((r) => [
      r.group,
      r.code,
      r.units,
      r.lost,
      round(r.amount),
      r.attainment,
    ]);
    expect(rows).toEqual([
      // H: C alone, nothing lost; 1.4 not applicable to C → no row; the bonus 1.5 is not claimed → 0, no flag
      ['H', '1.1', 1, 0, 0, 1],
      ['H', '1.2', 1, 0, 0, 1],
      ['H', '1.3', 1, 0, 0, 1],
      ['H', '1.5', 1, 0, 0, null],
      // G (A and B): amount 1 with lost 2 before amount 1 with lost 1; then 0.5/1 twice in criteria order
      ['G', '1.1', 2, 2, 1, 0.5],
      ['G', '1.2', 2, 1, 1, 0.5],
      ['G', '1.3', 2, 1, 0.5, 0.75],
      ['G', '1.4', 1, 1, 0.5, 0.5],
      ['G', '1.5', 2, 0, 0, null],
    ]);
  });

  test('analyse() on no unit without errors gives no rows', () => {
    expect(analyse(result().units.filter((unit) => unit.status === 'error'))).toEqual([]);
  });
});
