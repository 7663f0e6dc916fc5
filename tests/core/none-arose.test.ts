/**
 * Nothing arose (WORKBOOK.md, "A unit's sheet": Nothing arose; Criteria: If none arose). Every expected number is
 * worked out by hand beside the case.
 */
import { readCriteriaSheet } from '../../src/core/sheets/criteria-sheet';
import { message } from '../../src/core/messages';
import { saysNoneArose } from '../../src/core/scoring/none-arose';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Basis } from '../../src/core/types';
import {
  criteriaSheet,
  err,
  flagList,
  leafOf,
  unitOf,
  workbook,
  type CriterionRow,
  type UnitRow,
} from '../helpers/workbook';

// Field 1, Max 10 (2 × 5 leaves); every leaf Max 2.
//   1.1 tỷ lệ, If none arose tối đa
//   1.2 mức, If none arose blank
//   1.3 công thức using `of`, If none arose không áp dụng
//   1.4 lựa chọn with a label "Không phát sinh", If none arose tối đa
//   1.5 manual, evidence required, If none arose tối đa
// Field 2 (If none arose tối đa on the parent): 2.1 Max 90 manual inherits it; 2.2 penalty Max 1 inherits it.
const criteria: CriterionRow[] = [
  { code: '1' },
  { code: '1.1', max: 2, rule: 'tỷ lệ', ifNoneArose: 'tối đa' },
  { code: '1.2', max: 2, rule: 'mức: >=90%=2; >=50%=1; else=0' },
  { code: '1.3', max: 2, rule: 'công thức: b/of*2', ifNoneArose: 'không áp dụng' },
  { code: '1.4', max: 2, rule: 'lựa chọn: Có=2; Không phát sinh=1; Không=0', ifNoneArose: 'Tối đa' },
  { code: '1.5', max: 2, evidence: 'Văn bản', ifNoneArose: 'max' },
  { code: '2', ifNoneArose: 'toi da' },
  { code: '2.1', max: 90 },
  { code: '2.2', max: 1, type: 'điểm trừ' },
];

/** Full marks everywhere except the rows given, which replace the leaf's row. */
const FULL: Record<string, UnitRow> = {
  '1.1': { code: '1.1', value: 1 },
  '1.2': { code: '1.2', value: 1 },
  '1.3': { code: '1.3', value: 'b=5', of: 5 },
  '1.4': { code: '1.4', value: 'Có' },
  '1.5': { code: '1.5', self: 2, evidence: 'QĐ 1' },
  '2.1': { code: '2.1', self: 90 },
  '2.2': { code: '2.2', self: 0 },
};

function score(changed: UnitRow[], basis?: Basis) {
  const rows = { ...FULL };
  for (const row of changed) rows[row.code] = row;
  const result = scoreWorkbook(
    workbook({ criteria, units: { 'Xã A': Object.values(rows) } }),
    basis ? { basis } : {},
  );
  return { result, unit: unitOf(result, 'Xã A') };
}

function scored(changed: UnitRow[], basis?: Basis) {
  const { result, unit } = score(changed, basis);
  expect(result.errors).toEqual([]);
  return unit;
}

test('every leaf at full marks: 100 of 100', () => {
  expect(scored([]).index).toBe(100);
});

describe('policy tối đa (max)', () => {
  test('"Không phát sinh" in Value: computed = Max 2, no flag', () => {
    const unit = scored([{ code: '1.1', value: 'Không phát sinh' }]);
    expect(leafOf(unit, '1.1')).toMatchObject({ computed: 2, final: 2, applicable: true });
    expect([unit.points, unit.max]).toEqual([100, 100]);
    expect(unit.flags).toEqual([]);
  });

  test('"KPS" and "None arose" too, in any case and without diacritics', () => {
    expect(leafOf(scored([{ code: '1.1', value: 'kps' }]), '1.1').final).toBe(2);
    expect(leafOf(scored([{ code: '1.1', value: ' NONE AROSE ' }]), '1.1').final).toBe(2);
    expect(leafOf(scored([{ code: '1.1', value: 'khong phat sinh' }]), '1.1').final).toBe(2);
  });

  test('Of = 0 on a ratio means nothing arose, whatever Value holds, blank included', () => {
    // Value 5 of 0 would be a division by zero; with the policy it is full marks
    expect(leafOf(scored([{ code: '1.1', value: 5, of: 0 }]), '1.1').computed).toBe(2);
    expect(leafOf(scored([{ code: '1.1', of: 0 }]), '1.1').computed).toBe(2);
    expect(leafOf(scored([{ code: '1.1', value: 3, of: '0' }]), '1.1').computed).toBe(2);
  });

  test('an Of that cannot be read is not 0: it is an error at the Of cell', () => {
    const { result } = score([{ code: '1.1', value: 3, of: 'mười' }]);
    // 1.1 on row 2, Of in column C
    expect(result.errors).toEqual([err('vi', 'Xã A', 'C2', 'notANumber', { text: 'mười' })]);
  });

  test('a typed self score still wins: self 1.5 → final 1.5, lost 0.5, no overclaim', () => {
    const unit = scored([{ code: '1.1', value: 'KPS', self: 1.5 }]);
    // computed 2, self 1.5: 1.5 < 2 is no overclaim; lost 2 − 1.5 = 0.5; points 100 − 0.5 = 99.5
    expect(leafOf(unit, '1.1')).toMatchObject({ computed: 2, selfTyped: 1.5, final: 1.5 });
    expect(flagList(unit)).toEqual(['1.1 lost 0.5']);
    expect(unit.points).toBe(99.5);
  });

  test('a typed appraised score wins too: appraised 1 → final 1, appraisal cut 2 − 1 = 1, lost 1', () => {
    const unit = scored([{ code: '1.1', value: 'KPS', appraised: 1 }]);
    expect(flagList(unit)).toEqual(['1.1 appraisal-cut 1', '1.1 lost 1']);
    expect(unit.points).toBe(99);
  });

  test('"Không phát sinh" that is one of the leaf’s choice labels is scored as the rule says: 1, lost 1', () => {
    const unit = scored([{ code: '1.4', value: 'Không phát sinh' }]);
    expect(leafOf(unit, '1.4')).toMatchObject({ computed: 1, final: 1 });
    expect(flagList(unit)).toEqual(['1.4 lost 1']);
  });

  test('a manual leaf needing evidence: full marks and never no-evidence', () => {
    const unit = scored([{ code: '1.5', value: 'Không phát sinh' }]);
    expect(leafOf(unit, '1.5')).toMatchObject({ computed: 2, final: 2 });
    expect(unit.flags).toEqual([]);
    // the same row scored 2 without evidence, and without nothing arose, lacks evidence
    expect(flagList(scored([{ code: '1.5', self: 2 }]))).toEqual(['1.5 no-evidence 0']);
  });

  test('inherited from the parent: 2.1 gets Max 90', () => {
    const unit = scored([{ code: '2.1', value: 'KPS' }]);
    expect(leafOf(unit, '2.1').final).toBe(90);
  });

  test('a penalty leaf gets the top of its range, 0: nothing deducted', () => {
    const unit = scored([{ code: '2.2', value: 'KPS' }]);
    expect(leafOf(unit, '2.2')).toMatchObject({ computed: 0, final: 0, applicable: true });
    expect(unit.flags).toEqual([]);
  });

  test('Basis appraised: 0 with not-scored unless an appraised score is typed', () => {
    // every other leaf has no appraised score either: all 0. 1.1: not-scored, lost 2.
    const unit = scored([{ code: '1.1', value: 'KPS' }], 'appraised');
    expect(leafOf(unit, '1.1').final).toBe(0);
    expect(flagList(unit)).toContain('1.1 not-scored 0');
    expect(flagList(unit)).toContain('1.1 lost 2');
    const appraised = scored([{ code: '1.1', value: 'KPS', appraised: 2 }], 'appraised');
    expect(leafOf(appraised, '1.1').final).toBe(2);
  });

  test('a formula that does not use `of`: Of = 0 is only the input `of`, and the formula is computed', () => {
    const plain = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 100, rule: 'công thức: b*10', ifNoneArose: 'tối đa' }],
        units: { 'Xã A': [{ code: '1.1', value: 'b=3', of: 0 }] },
      }),
    );
    expect(plain.errors).toEqual([]);
    // b × 10 = 30, not Max 100
    expect(leafOf(unitOf(plain, 'Xã A'), '1.1').final).toBe(30);
  });
});

describe('policy không áp dụng (n/a), and a blank policy', () => {
  test('n/a: Of = 0 makes the leaf not applicable, even with a typed self score', () => {
    const unit = scored([{ code: '1.3', value: 'b=0', of: 0, self: 2 }]);
    // 1.3 leaves points and max: 98 of 98
    expect(leafOf(unit, '1.3')).toMatchObject({ applicable: false, final: null });
    expect([unit.points, unit.max, unit.index]).toEqual([98, 98, 100]);
  });

  test('blank policy and "Không phát sinh" in Value: not applicable whatever else the row holds', () => {
    const unit = scored([{ code: '1.2', value: 'Không phát sinh', self: 'abc', appraised: 7 }]);
    expect(leafOf(unit, '1.2').applicable).toBe(false);
    expect(unit.max).toBe(98);
  });

  test('blank policy and Of = 0 stays an error at the Of cell, suggesting "Không phát sinh"', () => {
    const { result } = score([{ code: '1.2', value: 3, of: 0 }]);
    // unit sheet: header row 1, 1.1 on row 2, 1.2 on row 3; Of is column C
    expect(result.errors).toEqual([err('vi', 'Xã A', 'C3', 'ofZero')]);
    expect(result.errors[0]?.message).toContain('Không phát sinh');
    expect(message('en', 'ofZero')).toContain('None arose');
  });
});

describe('N/A wins over nothing arose', () => {
  test('"N/A" in Self with "Không phát sinh" in Value under policy max: not applicable, not Max', () => {
    const unit = scored([{ code: '1.1', value: 'Không phát sinh', self: 'N/A' }]);
    expect(leafOf(unit, '1.1').applicable).toBe(false);
    expect(unit.max).toBe(98);
  });
});

describe('survey points are the survey’s, not a claim', () => {
  test('"Không phát sinh" in a survey leaf’s Value changes nothing', () => {
    const result = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 100, rule: 'điều tra', ifNoneArose: 'tối đa' }],
        survey: [
          ['Đơn vị', '1.1'],
          ['Xã A', 60],
        ],
        units: { 'Xã A': [{ code: '1.1', value: 'KPS' }] },
      }),
    );
    expect(result.errors).toEqual([]);
    expect(leafOf(unitOf(result, 'Xã A'), '1.1').final).toBe(60);
  });
});

describe('reading If none arose', () => {
  test('max / tối đa and n/a / không áp dụng, any case and diacritics; blank is null; inherited like Type', () => {
    const set = readCriteriaSheet(criteriaSheet(criteria), 'vi');
    const policy = (code: string) => set.byCode.get(code)?.noneArose;
    expect(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2'].map(policy)).toEqual([
      'max',
      null,
      'n/a',
      'max',
      'max',
      'max',
      'max',
    ]);
    expect(set.errors).toEqual([]);
  });

  test('any other value is an error of the criteria sheet naming the cell', () => {
    const set = readCriteriaSheet(
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 100, ifNoneArose: 'đạt' }]),
      'vi',
    );
    // criteria sheet: header row 1, 1.1 on row 3; If none arose is column H
    expect(set.errors).toEqual([err('vi', 'Tiêu chí', 'H3', 'badIfNoneArose', { text: 'đạt' })]);
    const english = readCriteriaSheet(
      criteriaSheet([{ code: '1' }, { code: '1.1', max: 100, ifNoneArose: 'full' }], { english: true }),
      'en',
    );
    expect(english.errors).toEqual([err('en', 'Criteria', 'H3', 'badIfNoneArose', { text: 'full' })]);
  });

  test('the Value words', () => {
    expect(['Không phát sinh', 'KPS', 'None arose', 'kps'].map(saysNoneArose)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['Không', 'KP', 'none', 'Có phát sinh', 5, null, 'Không phát sinh thêm'].map(saysNoneArose),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});
