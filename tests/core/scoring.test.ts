/**
 * Scoring a unit (WORKBOOK.md, "Scoring a unit", "Flags", "Survey"). Every expected number is worked out by
 * hand beside the case.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Basis, Cell } from '../../src/core/types';
import { flagList, leafOf, unitOf, workbook, type CriterionRow, type UnitRow } from '../helpers/workbook';

function scoreOne(
  criteria: CriterionRow[],
  rows: UnitRow[],
  options: { basis?: Basis; settings?: Cell[][] } = {},
) {
  const result = scoreWorkbook(
    workbook({
      criteria,
      units: { 'Huyện A': rows },
      ...(options.settings ? { settings: options.settings } : {}),
    }),
    options.basis ? { basis: options.basis } : {},
  );
  expect(result.errors).toEqual([]);
  return unitOf(result, 'Huyện A');
}

describe('bases: auto, self, appraised', () => {
  // Leaves: 1.1 manual Max 2 (self 2, appraised 1.5); 1.2 manual Max 2 (self 1, no appraisal);
  // 1.3 có/không Max 1 (Value Có → computed 1; no self, no appraisal). Total Max 5.
  const criteria: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 2 },
    { code: '1.2', max: 2 },
    { code: '1.3', max: 1, rule: 'có/không' },
  ];
  const rows: UnitRow[] = [
    { code: '1.1', self: 2, appraised: 1.5, note: 'thiếu văn bản' },
    { code: '1.2', self: 1 },
    { code: '1.3', value: 'Có' },
  ];

  test('auto (default): appraised where entered, else self (else computed)', () => {
    // finals 1.5, 1, 1 → 3.5 of 5 → index 70
    const unit = scoreOne(criteria, rows);
    expect(unit.leaves.map((leaf) => leaf.final)).toEqual([1.5, 1, 1]);
    expect(unit.points).toBe(3.5);
    expect(unit.max).toBe(5);
    expect(unit.index).toBe(70);
    // 1.1: lost 2 − 1.5 = 0.5, appraisal cut 2 − 1.5 = 0.5; 1.2: lost 2 − 1 = 1
    expect(flagList(unit)).toEqual(['1.1 appraisal-cut 0.5', '1.1 lost 0.5', '1.2 lost 1']);
    expect(leafOf(unit, '1.1').note).toBe('thiếu văn bản');
  });

  test('auto from the Settings sheet (Điểm xếp hạng) is the same', () => {
    const unit = scoreOne(criteria, rows, { settings: [['Điểm xếp hạng', 'auto']] });
    expect(unit.index).toBe(70);
  });

  test('self: appraisal ignored', () => {
    // finals 2, 1, 1 → 4 of 5 → index 80
    const unit = scoreOne(criteria, rows, { basis: 'self' });
    expect(unit.leaves.map((leaf) => leaf.final)).toEqual([2, 1, 1]);
    expect(unit.points).toBe(4);
    expect(unit.index).toBe(80);
    expect(flagList(unit)).toContain('1.2 lost 1');
    expect(flagList(unit).some((flag) => flag.startsWith('1.1 lost'))).toBe(false);
  });

  test('self from the Settings sheet (Điểm xếp hạng = self)', () => {
    expect(scoreOne(criteria, rows, { settings: [['Điểm xếp hạng', 'self']] }).index).toBe(80);
  });

  test('the basis option overrides the Settings sheet', () => {
    expect(
      scoreOne(criteria, rows, { settings: [['Điểm xếp hạng', 'self']], basis: 'appraised' }).index,
    ).toBe(30);
  });

  test('appraised: appraised, else 0 with not-scored', () => {
    // finals 1.5, 0, 0 → 1.5 of 5 → index 30
    const unit = scoreOne(criteria, rows, { basis: 'appraised' });
    expect(unit.leaves.map((leaf) => leaf.final)).toEqual([1.5, 0, 0]);
    expect(unit.points).toBe(1.5);
    expect(unit.index).toBe(30);
    // 1.2 and 1.3 are not scored, and so also lost (2 and 1)
    expect(flagList(unit)).toEqual([
      '1.1 appraisal-cut 0.5',
      '1.1 lost 0.5',
      '1.2 lost 2',
      '1.2 not-scored 0',
      '1.3 lost 1',
      '1.3 not-scored 0',
    ]);
  });

  test('the unit keeps self, appraised and computed per leaf', () => {
    const unit = scoreOne(criteria, rows);
    expect(leafOf(unit, '1.1')).toMatchObject({ self: 2, appraised: 1.5, final: 1.5, computed: null });
    expect(leafOf(unit, '1.3')).toMatchObject({ self: 1, appraised: null, final: 1, computed: 1 });
  });
});

describe('not applicable rows leave both the points and the maximum', () => {
  const criteria: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 2 },
    { code: '1.2', max: 3 },
    { code: '1.3', max: 5, rule: 'tỷ lệ' },
  ];

  test.each<[string, UnitRow]>([
    ['N/A in Self score', { code: '1.2', self: 'N/A' }],
    ['NA in Value', { code: '1.2', value: 'NA', self: 3 }],
    ['KAD in Appraised score', { code: '1.2', self: 3, appraised: 'KAD' }],
    ['Không áp dụng in Value', { code: '1.2', value: 'Không áp dụng' }],
  ])('%s', (_label, row) => {
    // 1.1 = 1.5, 1.3 = 5 × 0.8 = 4, 1.2 not applicable → 5.5 of 7 → 78.571428…
    const unit = scoreOne(criteria, [{ code: '1.1', self: 1.5 }, row, { code: '1.3', value: '80%' }]);
    expect(leafOf(unit, '1.2').applicable).toBe(false);
    expect(unit.points).toBe(5.5);
    expect(unit.max).toBe(7);
    expect(unit.index).toBeCloseTo((100 * 5.5) / 7, 10);
    // a not-applicable row is not "lost": only 1.1 (0.5) and 1.3 (1)
    expect(flagList(unit)).toEqual(['1.1 lost 0.5', '1.3 lost 1']);
  });

  test('N/A in Value of a rule row does not make its text an error', () => {
    const unit = scoreOne(criteria, [
      { code: '1.1', self: 2 },
      { code: '1.2', self: 3 },
      { code: '1.3', value: 'N/A' },
    ]);
    expect(unit.max).toBe(5);
    expect(unit.index).toBe(100);
  });

  test('index is null when max is 0 (every score row not applicable); the unit is scored but not ranked', () => {
    const result = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 2 }],
        units: { 'Huyện A': [{ code: '1.1', self: 'N/A' }], 'Huyện B': [{ code: '1.1', self: 1 }] },
      }),
    );
    expect(result.errors).toEqual([]);
    const a = unitOf(result, 'Huyện A');
    expect(a.points).toBe(0);
    expect(a.max).toBe(0);
    expect(a.index).toBeNull();
    expect(a.rank).toBeNull();
    expect(a.class).toBeNull();
    expect(a.fields).toEqual([{ code: '1', name: 'Tiêu chí 1', points: 0, max: 0, index: null, rank: null }]);
    expect(unitOf(result, 'Huyện B').rank).toBe(1);
  });
});

describe('bonus and penalty leaves: points but not max', () => {
  // Field 1 (score): 1.1 Max 10. Field 2 (điểm cộng): 2.1 Max 5, type inherited. Field 3 (điểm trừ): 3.1 Max 2.
  const criteria: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 10 },
    { code: '2', type: 'điểm cộng' },
    { code: '2.1', max: 5 },
    { code: '3', type: 'điểm trừ' },
    { code: '3.1', max: 2 },
  ];

  test('a total above 100 is legal', () => {
    // 10 + 3 − 0.5 = 12.5 of 10 → index 125
    const unit = scoreOne(criteria, [
      { code: '1.1', self: 10 },
      { code: '2.1', self: 3 },
      { code: '3.1', self: -0.5 },
    ]);
    expect(unit.points).toBe(12.5);
    expect(unit.max).toBe(10);
    expect(unit.index).toBe(125);
    expect(unit.class).toBe('A');
    expect(leafOf(unit, '2.1').type).toBe('bonus');
    expect(leafOf(unit, '3.1').type).toBe('penalty');
    // no "lost" on bonus 2.1 (3 < 5); penalty 3.1 flags 0.5
    expect(flagList(unit)).toEqual(['3.1 penalty 0.5']);
    // field ranks are tested with the ranking; here only the field's own numbers
    expect(unit.fields).toMatchObject([
      { code: '1', name: 'Tiêu chí 1', points: 10, max: 10, index: 100 },
      { code: '2', name: 'Tiêu chí 2', points: 3, max: 0, index: null },
      { code: '3', name: 'Tiêu chí 3', points: -0.5, max: 0, index: null },
    ]);
  });

  test('a penalty pulls the index down', () => {
    // 8 + 0 − 2 = 6 of 10 → 60; penalty amount 2; 1.1 lost 2
    const unit = scoreOne(criteria, [
      { code: '1.1', self: 8 },
      { code: '2.1', self: 0 },
      { code: '3.1', appraised: -2 },
    ]);
    expect(unit.points).toBe(6);
    expect(unit.index).toBe(60);
    expect(flagList(unit)).toEqual(['1.1 lost 2', '3.1 penalty 2']);
  });

  test('type words: cộng, trừ, bonus, penalty, score, điểm', () => {
    const unit = scoreOne(
      [
        { code: '1' },
        { code: '1.1', max: 4, type: 'điểm' },
        { code: '1.2', max: 1, type: 'cộng' },
        { code: '1.3', max: 1, type: 'trừ' },
        { code: '1.4', max: 1, type: 'Bonus' },
        { code: '1.5', max: 1, type: 'PENALTY' },
        { code: '1.6', max: 6, type: 'score' },
      ],
      [
        { code: '1.1', self: 4 },
        { code: '1.2', self: 1 },
        { code: '1.3', self: -1 },
        { code: '1.4', self: 0.5 },
        { code: '1.5', self: -0.5 },
        { code: '1.6', self: 6 },
      ],
    );
    expect(unit.leaves.map((leaf) => leaf.type)).toEqual([
      'score',
      'bonus',
      'penalty',
      'bonus',
      'penalty',
      'score',
    ]);
    // points 4 + 1 − 1 + 0.5 − 0.5 + 6 = 10; max 4 + 6 = 10
    expect(unit.points).toBe(10);
    expect(unit.max).toBe(10);
  });
});

describe('survey leaves, from the Survey sheet', () => {
  // 1.1 manual Max 6; field 2 = 2.1 survey Max 2 + 2.2 survey Max 2. Max 10 in all.
  const criteria: CriterionRow[] = [
    { code: '1' },
    { code: '1.1', max: 6 },
    { code: '2' },
    { code: '2.1', max: 2, rule: 'điều tra' },
    { code: '2.2', max: 2, rule: 'survey' },
  ];
  function run(survey: Cell[][]) {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [['Đơn vị'], ['Huyện A'], ['Huyện B'], ['Huyện C']],
        survey,
        units: {
          'Huyện A': [{ code: '1.1', self: 6 }],
          'Huyện B': [{ code: '1.1', self: 5 }],
          'Huyện C': [{ code: '1.1', self: 6 }],
        },
      }),
    );
    expect(result.errors).toEqual([]);
    return result;
  }
  const survey: Cell[][] = [
    ['KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC'],
    ['Đơn vị', '2.1', '2.2', 'SIPAS'],
    ['Huyện A', 1.5, 2, 0.8602],
    ['Huyện B', 1, '', 86.02],
  ];

  test('points from the survey row', () => {
    // A: 6 + 1.5 + 2 = 9.5 of 10 → 95; field 2: 3.5 of 4 → 87.5
    const a = unitOf(run(survey), 'Huyện A');
    expect(a.points).toBe(9.5);
    expect(a.max).toBe(10);
    expect(a.index).toBe(95);
    expect(a.fields.map((field) => [field.code, field.points, field.max, field.index])).toEqual([
      ['1', 6, 6, 100],
      ['2', 3.5, 4, 87.5],
    ]);
    expect(flagList(a)).toEqual(['2.1 lost 0.5']);
  });

  test('a blank survey cell is not-scored (and lost)', () => {
    // B: 5 + 1 + 0 = 6 of 10 → 60; 2.2 not-scored, lost 2; 1.1 lost 1; 2.1 lost 1
    const b = unitOf(run(survey), 'Huyện B');
    expect(b.points).toBe(6);
    expect(b.max).toBe(10);
    expect(b.index).toBe(60);
    expect(flagList(b)).toEqual(['1.1 lost 1', '2.1 lost 1', '2.2 lost 2', '2.2 not-scored 0']);
  });

  test('a unit without a survey row: survey criteria not applicable, each flagged survey-missing', () => {
    // C: 6 of 6 → 100
    const c = unitOf(run(survey), 'Huyện C');
    expect(c.points).toBe(6);
    expect(c.max).toBe(6);
    expect(c.index).toBe(100);
    expect(leafOf(c, '2.1').applicable).toBe(false);
    expect(flagList(c)).toEqual(['2.1 survey-missing 0', '2.2 survey-missing 0']);
    expect(c.sipas).toBeNull();
    expect(c.fields[1]).toMatchObject({ code: '2', points: 0, max: 0, index: null });
  });

  test('SIPAS as a ratio, and as percent points (86.02 → 0.8602)', () => {
    const result = run(survey);
    expect(unitOf(result, 'Huyện A').sipas).toBe(0.8602);
    expect(unitOf(result, 'Huyện B').sipas).toBeCloseTo(0.8602, 12);
  });

  test('SIPAS as text "86,02%" is 0.8602', () => {
    const result = run([
      ['Đơn vị', '2.1', '2.2', 'SIPAS'],
      ['Huyện A', 1.5, 2, '86,02%'],
    ]);
    expect(unitOf(result, 'Huyện A').sipas).toBeCloseTo(0.8602, 12);
  });

  test('survey unit names match ignoring case and spaces', () => {
    const result = run([
      ['Đơn vị', '2.1', '2.2'],
      ['  huyện   a ', 2, 2],
    ]);
    expect(unitOf(result, 'Huyện A').index).toBe(100);
  });

  test('no Survey sheet at all: every survey criterion survey-missing', () => {
    const result = scoreWorkbook(workbook({ criteria, units: { 'Huyện A': [{ code: '1.1', self: 6 }] } }));
    expect(result.errors).toEqual([]);
    expect(flagList(unitOf(result, 'Huyện A'))).toEqual(['2.1 survey-missing 0', '2.2 survey-missing 0']);
    expect(unitOf(result, 'Huyện A').index).toBe(100);
  });

  test('survey points above Max are an error at the survey cell; a survey row for an unknown unit too', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        survey: [
          ['Đơn vị', '2.1', '2.2'],
          ['Huyện A', 2.5, 2],
          ['Huyện Z', 1, 1],
        ],
        units: { 'Huyện A': [{ code: '1.1', self: 6 }] },
      }),
    );
    expect(result.errors.map((error) => [error.sheet, error.cell])).toEqual(
      expect.arrayContaining([
        ['Điều tra', 'B2'],
        ['Điều tra', 'A3'],
      ]),
    );
    expect(unitOf(result, 'Huyện A').status).toBe('error');
  });
});

describe('every flag kind with its amount', () => {
  test('lost, appraisal-cut, overclaim, no-evidence, not-scored, missing, penalty', () => {
    const unit = scoreOne(
      [
        { code: '1' },
        { code: '1.1', max: 2, rule: 'tỷ lệ' }, // Value 50% → computed 1; self 1.5 → overclaim 0.5; final 1.5 → lost 0.5
        { code: '1.2', max: 3, evidence: 'Quyết định' }, // self 3, Evidence blank → no-evidence; appraised 2 → cut 1, lost 1
        { code: '1.3', max: 1 }, // no score at all → not-scored + lost 1
        { code: '1.4', max: 4 }, // no row → missing + lost 4
        { code: '1.5', max: 1, evidence: 'x' }, // self 1 with evidence → no flag
        { code: '1.6', max: 1, type: 'trừ' }, // −0.75 → penalty 0.75
      ],
      [
        { code: '1.1', value: '50%', self: 1.5 },
        { code: '1.2', self: 3, appraised: 2 },
        { code: '1.3' },
        { code: '1.5', self: 1, evidence: 'QĐ 01' },
        { code: '1.6', self: -0.75 },
      ],
    );
    expect(flagList(unit)).toEqual([
      '1.1 lost 0.5',
      '1.1 overclaim 0.5',
      '1.2 appraisal-cut 1',
      '1.2 lost 1',
      '1.2 no-evidence 0',
      '1.3 lost 1',
      '1.3 not-scored 0',
      '1.4 lost 4',
      '1.4 missing 0',
      '1.6 penalty 0.75',
    ]);
    // points 1.5 + 2 + 0 + 0 + 1 − 0.75 = 3.75; max 2 + 3 + 1 + 4 + 1 = 11
    expect(unit.points).toBeCloseTo(3.75, 12);
    expect(unit.max).toBe(11);
    expect(leafOf(unit, '1.4')).toMatchObject({ final: 0, row: null });
  });

  test('no-evidence only when final > 0', () => {
    const unit = scoreOne(
      [{ code: '1' }, { code: '1.1', max: 2, evidence: 'x' }],
      [{ code: '1.1', self: 0 }],
    );
    expect(flagList(unit)).toEqual(['1.1 lost 2']);
  });

  test('a self score equal to the computed one is no overclaim; a lower one neither', () => {
    const unit = scoreOne(
      [{ code: '1' }, { code: '1.1', max: 2, rule: 'ratio' }, { code: '1.2', max: 2, rule: 'ratio' }],
      [
        { code: '1.1', value: 0.5, self: 1 },
        { code: '1.2', value: 1, self: 1.5 },
      ],
    );
    // 1.1: computed 1 = self 1 → lost 1; 1.2: computed 2 > self 1.5 → lost 0.5 only
    expect(flagList(unit)).toEqual(['1.1 lost 1', '1.2 lost 0.5']);
  });

  test('an appraised score above self is no cut', () => {
    const unit = scoreOne([{ code: '1' }, { code: '1.1', max: 2 }], [{ code: '1.1', self: 1, appraised: 2 }]);
    expect(flagList(unit)).toEqual([]);
    expect(unit.points).toBe(2);
  });

  test('computed is used when no self score is typed; self wins when typed', () => {
    const unit = scoreOne(
      [
        { code: '1' },
        { code: '1.1', max: 4, rule: 'mức: >=90%=4; >=50%=2; còn lại=0' },
        { code: '1.2', max: 4, rule: 'mức: >=90%=4; >=50%=2; còn lại=0' },
      ],
      [
        { code: '1.1', value: 9, of: 10 },
        { code: '1.2', value: 9, of: 10, self: 2 },
      ],
    );
    // 1.1: 90 % → 4; 1.2: computed 4 but self 2 → 2 (no overclaim: self is lower)
    expect(unit.leaves.map((leaf) => [leaf.computed, leaf.final])).toEqual([
      [4, 4],
      [4, 2],
    ]);
  });
});

describe('component index per field', () => {
  test('each top-level code in criteria order', () => {
    // Field 2 comes first in the sheet. 2.1 (Max 4) = 3 → 75; 1.1 (Max 6) = 6, 1.2 N/A (Max 4) → 6 of 6 = 100;
    // overall 9 of 10 = 90
    const unit = scoreOne(
      [
        { code: '2' },
        { code: '2.1', max: 4 },
        { code: '1' },
        { code: '1.1', max: 6 },
        { code: '1.2', max: 4 },
      ],
      [
        { code: '1.1', self: 6 },
        { code: '1.2', self: 'N/A' },
        { code: '2.1', self: 3 },
      ],
    );
    expect(unit.fields.map((field) => [field.code, field.points, field.max, field.index])).toEqual([
      ['2', 3, 4, 75],
      ['1', 6, 6, 100],
    ]);
    expect(unit.index).toBe(90);
  });

  test('deeper trees roll up to the top-level code', () => {
    // 1.1.1 (Max 1) = 1, 1.1.2 (Max 2) = 0.5, 1.2 (Max 2) = 2 → field 1: 3.5 of 5 = 70
    const unit = scoreOne(
      [
        { code: '1' },
        { code: '1.1' },
        { code: '1.1.1', max: 1 },
        { code: '1.1.2', max: 2 },
        { code: '1.2', max: 2 },
      ],
      [
        { code: '1.1.1', self: 1 },
        { code: '1.1.2', self: 0.5 },
        { code: '1.2', self: 2 },
      ],
    );
    expect(unit.fields).toMatchObject([{ code: '1', name: 'Tiêu chí 1', points: 3.5, max: 5, index: 70 }]);
  });
});
