import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook } from '../../src/core/types';
import { criteriaHeader, unitSheetHeader } from '../helpers/workbook';

// One field of 10 points: 1.1 manual (4 points), 1.2 survey (6 points).
const workbook = (appraisedOnSurveyRow: number | null): Workbook => ({
  sheets: [
    {
      name: 'Tiêu chí',
      values: [
        criteriaHeader(['code', 'name', 'max', 'rule']),
        ['1', 'Lĩnh vực', 10, ''],
        ['1.1', 'Tự chấm', 4, ''],
        ['1.2', 'Điều tra', 6, 'điều tra'],
      ],
    },
    {
      name: 'Huyện A',
      values: [
        unitSheetHeader(['code', 'self', 'appraised']),
        ['1.1', 4, 3],
        ...(appraisedOnSurveyRow === null ? [] : [['1.2', '', appraisedOnSurveyRow]]),
      ],
    },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', '1.2'],
        ['Huyện A', 5],
      ],
    },
  ],
});

test('under Basis appraised, survey points stand as appraised', () => {
  const result = scoreWorkbook(workbook(null), { basis: 'appraised' });
  // 1.1: appraised 3; 1.2: survey 5, no appraisal row → 5. Points 8 of 10.
  expect(result.units[0]?.points).toBe(8);
  expect(result.units[0]?.flags).toEqual([
    { code: '1.1', kind: 'lost', amount: 1 },
    { code: '1.1', kind: 'appraisal-cut', amount: 1 },
    { code: '1.2', kind: 'lost', amount: 1 },
  ]);
});

test('an appraised score typed on the survey row still wins', () => {
  const result = scoreWorkbook(workbook(4), { basis: 'appraised' });
  // 1.1: 3; 1.2: appraised 4 (survey 5, cut by 1). Points 7.
  expect(result.units[0]?.points).toBe(7);
});

test('under Basis self, the survey points are the self score', () => {
  const result = scoreWorkbook(workbook(null), { basis: 'self' });
  // 1.1: self 4; 1.2: survey 5. Points 9.
  expect(result.units[0]?.points).toBe(9);
});
