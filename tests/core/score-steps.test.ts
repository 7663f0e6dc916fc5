/** The steps of scoring one leaf (WORKBOOK.md, "Scoring a unit" and "Flags"), each on its own. */
import type { Criterion } from '../../src/core/sheets/criteria-sheet';
import { LeafTable } from '../../src/core/scoring/leaf-table';
import {
  checkedColumns,
  chooseFinal,
  columnIndexes,
  flagScores,
  markedNotApplicable,
  parIndex,
  ScoringScratch,
} from '../../src/core/scoring/score-unit';
import type { Basis, LeafType } from '../../src/core/types';

function leaf(type: LeafType, max: number, evidenceRequired = false): Criterion {
  return {
    code: '1.1',
    name: '',
    parent: '1',
    row: 1,
    isLeaf: true,
    max,
    type,
    low: type === 'penalty' ? -max : 0,
    high: type === 'penalty' ? 0 : max,
    rule: { kind: 'manual' },
    evidenceRequired,
    field: '1',
    position: 1,
    leaf: 0,
    appliesTo: null,
    noneArose: null,
    zeroOfNoneArose: false,
  };
}

describe('chooseFinal', () => {
  // self 2, appraised 1.5
  test.each<[Basis, number | null, number | null, number | null, number | null]>([
    ['auto', 2, 1.5, null, 1.5],
    ['auto', 2, null, null, 2],
    ['self', 2, 1.5, null, 2],
    ['appraised', 2, 1.5, null, 1.5],
    ['appraised', 2, null, null, null],
    // a survey leaf's points stand as appraised
    ['appraised', 0.8, null, 0.8, 0.8],
    ['auto', null, null, null, null],
  ])('basis %s, self %s, appraised %s, survey %s → %s', (basis, self, appraised, survey, expected) => {
    expect(chooseFinal(basis, self, appraised, survey)).toBe(expected);
  });
});

describe('markedNotApplicable', () => {
  const col = columnIndexes({ code: 0, value: 1, self: 2, appraised: 3 });
  test('N/A in Value, Self or Appraised marks the leaf not applicable; elsewhere it does not', () => {
    expect(markedNotApplicable(['1.1', 'N/A', null, null], col)).toBe(true);
    expect(markedNotApplicable(['1.1', null, 'Không áp dụng', null], col)).toBe(true);
    expect(markedNotApplicable(['1.1', null, null, 'n/a'], col)).toBe(true);
    expect(markedNotApplicable(['N/A', 1, 2, null], col)).toBe(false);
  });
});

describe('flagScores', () => {
  function flagsOf(
    criterion: Criterion,
    basis: Basis,
    scores: [number, number | null, number | null, number | null, number | null],
    evidence: string | null | undefined = 'x',
  ): string[] {
    const table = new LeafTable([criterion]);
    const [final, self, selfScore, computed, appraised] = scores;
    flagScores(table, 0, criterion, basis, final, self, selfScore, computed, appraised, evidence);
    return table.flags().map((flag) => `${flag.kind} ${flag.amount}`);
  }

  test('lost = Max − final on a score leaf (4 − 3 = 1); never on bonus or penalty', () => {
    expect(flagsOf(leaf('score', 4), 'auto', [3, 3, 3, null, null])).toEqual(['lost 1']);
    expect(flagsOf(leaf('bonus', 4), 'auto', [0, null, null, null, null])).toEqual([]);
  });

  test('penalty = −final (−2 → 2)', () => {
    expect(flagsOf(leaf('penalty', 3), 'auto', [-2, -2, -2, null, null])).toEqual(['penalty 2']);
  });

  test('appraisal-cut = self − appraised (2 − 1.5 = 0.5), not under Basis self', () => {
    expect(flagsOf(leaf('score', 2), 'auto', [1.5, 2, 2, null, 1.5])).toEqual([
      'lost 0.5',
      'appraisal-cut 0.5',
    ]);
    expect(flagsOf(leaf('score', 2), 'self', [2, 2, 2, null, 1.5])).toEqual([]);
  });

  test('overclaim = self entered − computed (2 − 1 = 1)', () => {
    expect(flagsOf(leaf('score', 2), 'auto', [2, 2, 2, 1, null])).toEqual(['overclaim 1']);
  });

  test('no-evidence when required, final > 0 and Evidence blank; not without a row', () => {
    expect(flagsOf(leaf('score', 1, true), 'auto', [1, 1, 1, null, null], null)).toEqual(['no-evidence 0']);
    expect(flagsOf(leaf('score', 1, true), 'auto', [1, 1, 1, null, null], 'QĐ 12')).toEqual([]);
    expect(flagsOf(leaf('score', 1, true), 'auto', [1, 1, 1, null, null], undefined)).toEqual([]);
  });
});

describe('ScoringScratch', () => {
  test('the same mapped header gives the same layout; another mapping a new one', () => {
    const scratch = new ScoringScratch();
    const found = { code: 0, value: 1, evidence: 2 };
    const first = scratch.layoutOf(found);
    expect(first.col.value).toBe(1);
    expect(first.col.self).toBe(-1);
    expect(first.checked).toEqual(checkedColumns(first.col));
    expect(first.checked).toEqual([1, 2]);
    expect(scratch.layoutOf(found)).toBe(first);
    const other = scratch.layoutOf({ code: 0, self: 1 });
    expect(other).not.toBe(first);
    expect(other.col.self).toBe(1);
  });

  test('rowBuffer gives -1 in every slot asked for, also after a longer use', () => {
    const scratch = new ScoringScratch();
    scratch.rowBuffer(5).fill(7);
    expect([...scratch.rowBuffer(3).subarray(0, 3)]).toEqual([-1, -1, -1]);
    expect(scratch.rowBuffer(8).length).toBeGreaterThanOrEqual(8);
  });
});

test('parIndex: 100 × points ÷ max; null when max is 0', () => {
  expect(parIndex(45, 50)).toBe(90);
  expect(parIndex(3, 0)).toBeNull();
});
