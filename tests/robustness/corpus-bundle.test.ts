/**
 * The corpus subset through dist/Code.js in a bare vm context with the Apps Script fake:
 * recomputeRanking(), then validateWorkbook(). Both report the expected errors; every sheet other than the
 * generated tabs holds exactly the values it held before; the generated tabs hold no formula.
 */
import type { ParError } from '../../src/core/types';
import { SUBSET } from '../fixtures/bad';
import { loadBundle } from './bundle';
import { GENERATED_TABS } from './helpers';

interface Dto {
  errors: ParError[];
  rankingSheet?: string;
  deductionsSheet?: string;
}

describe.each(SUBSET.map((item) => [item.id, item] as const))('%s', (_id, item) => {
  const bundle = loadBundle(item.workbook, item.language === 'en' ? 'en_US' : 'vi_VN');
  const before = bundle.env.snapshot();
  const recomputed = bundle.call('recomputeRanking') as Dto;
  const validated = bundle.call('validateWorkbook') as Dto;
  const after = bundle.env.snapshot();
  const tabs =
    item.language === 'en' ? ['Ranking', 'Deductions', 'Analysis'] : ['Xếp hạng', 'Trừ điểm', 'Phân tích'];

  it('recomputeRanking and validateWorkbook report the expected errors, and the same ones', () => {
    if (item.errors.length === 0) expect(recomputed.errors).toEqual([]);
    for (const expected of item.errors) expect(recomputed.errors).toContainEqual(expected);
    expect(validated.errors).toEqual(recomputed.errors);
    expect([recomputed.rankingSheet, recomputed.deductionsSheet]).toEqual(tabs.slice(0, 2));
  });

  it('changes no value outside the generated tabs and leaves no temporary sheet', () => {
    expect(Object.keys(after)).toEqual([...Object.keys(before), ...tabs]);
    for (const name of Object.keys(before)) {
      expect({ sheet: name, values: after[name] }).toEqual({ sheet: name, values: before[name] });
    }
    expect(GENERATED_TABS).toEqual(expect.arrayContaining(tabs));
  });

  it('lists every unit in the ranking tab, with points only where it was scored, and writes no formula', () => {
    const ranking = after[tabs[0] as string] ?? [];
    const rows = ranking.slice(2); // a title row, then the header
    expect(rows.map((row) => row[2]).sort()).toEqual(item.units.map(([name]) => name).sort());
    for (const [name, points] of item.units) {
      const row = rows.find(
        (line) => line[2] === name && (points === null ? line[3] === '' : line[3] !== ''),
      );
      if (!row)
        throw new Error(`no ranking row for ${name} with ${points === null ? 'no points' : 'points'}`);
      if (points !== null) expect(row[3]).toBeCloseTo(points, 9);
    }
    for (const tab of tabs) {
      expect(
        bundle.env
          .formulas(tab)
          .flat()
          .filter((formula) => formula !== ''),
      ).toEqual([]);
    }
  });
});
