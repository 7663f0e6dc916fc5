/**
 * A header that is not known but nearly matches a known one gets a warning naming its cell and the header it
 * resembles (WORKBOOK.md, "Sheets": a misspelt header must never change a result silently); the contract's
 * newer aliases are read; a Units "Xếp hạng" column holding ranks is explained.
 */
import { resembles } from '../../src/core/sheets/headers';
import { scoreWorkbook } from '../../src/core/score-workbook';
import { foldKey } from '../../src/core/basics/text';
import type { Cell } from '../../src/core/types';
import { err, leafOf, unitOf, workbook, type CriterionRow } from '../helpers/workbook';

/** 1.1 manual, Max 2; 1.2 ratio, Max 2; 2.1 manual, Max 96, so that the maxima add up to 100. */
const CRITERIA: CriterionRow[] = [
  { code: '1' },
  { code: '1.1', max: 2 },
  { code: '1.2', max: 2, rule: 'tỷ lệ' },
  { code: '2' },
  { code: '2.1', max: 96 },
];

/** A unit sheet with the given header row over rows 1.1 and 1.2. */
function withUnitHeader(header: Cell[], rows: Cell[][]) {
  const book = workbook({ criteria: CRITERIA, units: { 'Huyện A': [] } });
  const sheet = book.sheets.find((candidate) => candidate.name === 'Huyện A');
  if (!sheet) throw new Error('no unit sheet');
  sheet.values = [header, ...rows];
  return scoreWorkbook(book);
}

describe('near-match headers of a unit sheet', () => {
  it.each([
    ['Tự chấm điểm', 'Điểm tự chấm'],
    ['Điểm tự chấmm', 'Điểm tự chấm'],
    ['Diem tu cham diem', 'Điểm tự chấm'],
    ['Số liệu kê khaii', 'Số liệu kê khai'],
    ['Điểm thẩm địnhh ', 'Điểm thẩm định'],
    ['Diem tham dinh cua to tham dinh', 'Điểm thẩm định'],
  ])('"%s" is warned about as resembling "%s", at its cell', (header, like) => {
    // 1.1's self score 2 sits under the misspelt header, so it is not read: 1.1 is not scored (0).
    const result = withUnitHeader(['Mã', header, 'Trên tổng số'], [['1.1', 2, null]]);
    expect(result.warnings).toContainEqual(
      err('vi', 'Huyện A', 'B1', 'nearHeader', { header: header.trim(), resembles: like }),
    );
  });

  it('says nothing of unrelated extra columns', () => {
    const result = withUnitHeader(
      ['Mã', 'Tiêu chí', 'Điểm tự chấm', 'Ghi chú', 'Người phụ trách', 'Ngày cập nhật'],
      [['1.1', null, 2]],
    );
    expect(result.warnings).toEqual([]);
    expect(leafOf(unitOf(result, 'Huyện A'), '1.1').final).toBe(2);
  });

  it('says nothing when the meaning it resembles already has its column', () => {
    const result = withUnitHeader(['Mã', 'Điểm tự chấm', 'Tự chấm điểm (bản cũ)'], [['1.1', 2, 1]]);
    expect(result.warnings).toEqual([]);
  });

  it('reads Tự đánh giá as the self score and Số liệu báo cáo as the value', () => {
    // 1.1 self 1.5; 1.2 value 3 of 4 → 2 × 0.75 = 1.5 (self = computed): points 3.
    const result = withUnitHeader(
      ['Mã', 'Số liệu báo cáo', 'Trên tổng số', 'Tự đánh giá'],
      [
        ['1.1', null, null, 1.5],
        ['1.2', 3, 4, null],
      ],
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(unitOf(result, 'Huyện A').points).toBe(3);
  });

  it('is in English in an English workbook', () => {
    const book = workbook({ criteria: CRITERIA, units: { 'District A': [] }, english: true });
    const sheet = book.sheets.find((candidate) => candidate.name === 'District A');
    if (!sheet) throw new Error('no unit sheet');
    sheet.values = [
      ['Code', 'Self scor'],
      ['1.1', 2],
    ];
    const result = scoreWorkbook(book);
    expect(result.language).toBe('en');
    expect(result.warnings).toEqual([
      err('en', 'District A', 'B1', 'nearHeader', { header: 'Self scor', resembles: 'Self score' }),
    ]);
  });
});

describe('the Units sheet', () => {
  const units = (header: Cell[], row: Cell[]) =>
    scoreWorkbook(
      workbook({
        criteria: CRITERIA,
        units: { 'Huyện A': [{ code: '1.1', self: 2 }] },
        unitsSheet: [header, row],
      }),
    );

  it('reads Nhóm đơn vị, Khối thi đua and Hạng năm trước', () => {
    for (const group of ['Nhóm đơn vị', 'Khối thi đua']) {
      const result = units(['Đơn vị', group, 'Hạng năm trước'], ['Huyện A', 'Cấp huyện', 3]);
      expect(result.warnings).toEqual([]);
      const unit = unitOf(result, 'Huyện A');
      // Alone in its group, it ranks 1st: up 3 − 1 = 2 places.
      expect([unit.group, unit.previousRank, unit.rank, unit.change]).toEqual(['Cấp huyện', 3, 1, 2]);
    }
  });

  it('warns about "Nhóm đv" as resembling Nhóm đơn vị', () => {
    const result = units(['Đơn vị', 'Nhóm đv'], ['Huyện A', 'Cấp huyện']);
    expect(result.warnings).toEqual([
      err('vi', 'Đơn vị', 'B1', 'nearHeader', { header: 'Nhóm đv', resembles: 'Nhóm đơn vị' }),
    ]);
    expect(unitOf(result, 'Huyện A').group).toBeNull();
  });

  it('explains a "Xếp hạng" column that holds ranks', () => {
    const result = units(['Đơn vị', 'Xếp hạng'], ['Huyện A', 3]);
    expect(result.errors).toEqual([
      err('vi', 'Đơn vị', 'B2', 'rankedHoldsNumber', { column: 'Xếp hạng', text: '3' }),
    ]);
    expect(result.errors[0]?.message).toContain('Xếp hạng năm trước');
  });

  it('still reads 1 and 0 there as yes and no', () => {
    expect(unitOf(units(['Đơn vị', 'Xếp hạng'], ['Huyện A', 0]), 'Huyện A').ranked).toBe(false);
  });
});

describe('resembles', () => {
  const like = (a: string, b: string): boolean => resembles(foldKey(a), foldKey(b));
  it.each([
    ['Tự chấm điểm', 'Điểm tự chấm'],
    ['Điểm tự chấmm', 'Điểm tự chấm'],
    ['Nhóm đv', 'Nhóm đơn vị'],
    ['Tên đv', 'Tên đơn vị'],
    ['Điểm tự chấm của đơn vị', 'Điểm tự chấm'],
  ])('"%s" resembles "%s"', (a, b) => expect(like(a, b)).toBe(true));

  it.each([
    ['Điểm tự chấm', 'Điểm tự chấm'],
    ['STK', 'STT'],
    ['Ghi chú', 'Ý kiến thẩm định'],
    ['Ghi chú', 'Ghi chú thẩm định'],
    ['Điểm', 'Điểm tối đa'],
    ['Cách chấm', 'Tự chấm'],
    ['Tổng điểm', 'Tổng số'],
  ])('"%s" does not resemble "%s"', (a, b) => expect(like(a, b)).toBe(false));
});
