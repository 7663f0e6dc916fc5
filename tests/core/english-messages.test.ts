/**
 * With the Settings sheet's language set to English (Ngôn ngữ = en), every message is in English, errors and
 * warnings alike, even where the sheets carry Vietnamese names.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook } from '../../src/core/types';
import { err, workbook } from '../helpers/workbook';

/** Every kind of sheet with a mistake in it; the texts a person typed are plain ASCII. */
function mistakes(language: string): Workbook {
  const book = workbook({
    criteria: [
      { code: '1' },
      { code: '1.1', max: 2, rule: 'ratio' },
      { code: '1.2', max: 2, rule: 'choice: On time=2; Late=1' },
      { code: '2' },
      { code: '2.1', max: 2, rule: 'survey' },
    ],
    units: {
      A: [
        { code: '1.1', value: 'nine' },
        { code: '1.2', value: 'Never' },
        { code: '9.9', self: 1 },
      ],
      B: [{ code: '1.1', value: 95 }],
    },
    unitsSheet: [
      ['Đơn vị', 'Xếp hạng', 'Xếp hạng năm trước', 'Nhom dv'],
      ['A', 3, 'first', 'X'],
      ['B', 'maybe', null, 'X'],
      ['C', null, null, 'X'],
    ],
    survey: [
      ['Đơn vị', '2.1', 'SIPAS'],
      ['Z', 1, 0.8],
    ],
    settings: [
      ['Ngôn ngữ', language],
      ['Điểm xếp hạng', 'best'],
      ['Xếp loại', 'A>=90; B; C>=80'],
    ],
  });
  return book;
}

it('every error and warning is in English', () => {
  const result = scoreWorkbook(mistakes('en'));
  expect(result.language).toBe('en');
  const messages = [...result.errors, ...result.warnings].map((problem) => problem.message);
  expect(messages.length).toBeGreaterThanOrEqual(10);
  // Outside the quoted names of sheets and headers, no English message holds a Vietnamese letter.
  const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
  expect(messages.filter((text) => vietnamese.test(text.replace(/"[^"]*"/g, '""')))).toEqual([]);
  expect(result.errors).toContainEqual(
    err('en', 'Đơn vị', 'B2', 'rankedHoldsNumber', { column: 'Xếp hạng', text: '3' }),
  );
  expect(result.warnings).toContainEqual(
    err('en', 'Đơn vị', 'D1', 'nearHeader', { header: 'Nhom dv', resembles: 'Nhóm đơn vị' }),
  );
});

it('the same workbook without the setting speaks Vietnamese', () => {
  const result = scoreWorkbook(mistakes('vi'));
  expect(result.language).toBe('vi');
  expect(result.errors).toContainEqual(
    err('vi', 'Đơn vị', 'B2', 'rankedHoldsNumber', { column: 'Xếp hạng', text: '3' }),
  );
});
