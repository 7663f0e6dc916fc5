/**
 * Sheets, headers and the errors of a workbook (WORKBOOK.md, "Sheets", "A unit's sheet", "Units"), through
 * scoreWorkbook on small hand-built workbooks. Every error names its sheet and A1 cell.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import {
  CRITERIA_HEADER_EN,
  CRITERIA_HEADER_VI,
  criteriaSheet,
  err,
  leafOf,
  unitOf,
  unitSheet,
  unitSheetHeader,
  UNIT_HEADER_EN,
  workbook,
  type CriterionRow,
} from '../helpers/workbook';

/** Field 1 = leaves 1.1 (Max 2, ratio) + 1.2 (Max 1, manual, evidence required). */
const BASIC: CriterionRow[] = [
  { code: '1' },
  { code: '1.1', max: 2, rule: 'tỷ lệ' },
  { code: '1.2', max: 1, evidence: 'x' },
];

describe('header matching', () => {
  /**
   * The same data under different headers. Hand calculation: 1.1 = 2 × 3/4 = 1.5; 1.2 self 1, appraised
   * 0.5 → final 0.5; points 2, max 3, index 66.666…
   */
  function check(criteria: Cell[][], unit: Cell[][], name = 'Huyện A'): void {
    const result = scoreWorkbook({
      sheets: [
        { name: 'Tiêu chí', values: criteria },
        { name, values: unit },
      ],
    });
    expect(result.errors).toEqual([]);
    const u = unitOf(result, name);
    expect(leafOf(u, '1.1').final).toBe(1.5);
    expect(leafOf(u, '1.2').final).toBe(0.5);
    expect(leafOf(u, '1.2').note).toBe('thiếu');
    expect(u.points).toBe(2);
    expect(u.max).toBe(3);
    expect(u.index).toBeCloseTo(200 / 3, 10);
    expect(u.flags.map((flag) => `${flag.code} ${flag.kind}`).sort()).toEqual([
      '1.1 lost',
      '1.2 appraisal-cut',
      '1.2 lost',
    ]);
  }
  const criteriaBody: Cell[][] = [
    ['1', 'Lĩnh vực 1', null, null, null, null],
    ['1.1', 'Tỷ lệ', 2, 'tỷ lệ', null, null],
    ['1.2', 'Văn bản', 1, null, null, 'x'],
  ];
  const unitBody: Cell[][] = [
    ['1.1', 3, 4, null, null, null, null],
    ['1.2', null, null, 1, 'QĐ 12', 0.5, 'thiếu'],
  ];

  test('the first alias of each column', () => {
    check([CRITERIA_HEADER_EN, ...criteriaBody], [UNIT_HEADER_EN, ...unitBody]);
  });

  test('the other Vietnamese aliases', () => {
    check(
      [['Mã số', 'Nội dung', 'Điểm chuẩn', 'Cách tính điểm', 'Loại', 'Yêu cầu kiểm chứng'], ...criteriaBody],
      [
        ['STT', 'Số liệu', 'Tổng số', 'Tự chấm', 'Tài liệu kiểm chứng', 'Thẩm định', 'Ghi chú thẩm định'],
        ...unitBody,
      ],
    );
    check(
      [CRITERIA_HEADER_VI, ...criteriaBody],
      [
        [
          'Mã',
          'Số liệu kê khai',
          'Trên tổng số',
          'Điểm tự đánh giá',
          'Tài liệu kiểm chứng',
          'Điểm thẩm định',
          'Ý kiến thẩm định',
        ],
        ...unitBody,
      ],
    );
  });

  test('case and surrounding and repeated spaces do not count', () => {
    check(
      [['  MÃ ', 'TIÊU CHÍ', 'điểm   tối  đa', 'CÁCH CHẤM', 'loại', 'TÀI LIỆU KIỂM CHỨNG'], ...criteriaBody],
      [
        [
          'mã',
          'SỐ LIỆU KÊ KHAI',
          ' trên tổng số ',
          'ĐIỂM TỰ CHẤM',
          'tài liệu  kiểm chứng',
          'ĐIỂM THẨM ĐỊNH',
          'ý kiến thẩm định',
        ],
        ...unitBody,
      ],
    );
  });

  test('NFD headers match NFC ones', () => {
    const nfd = (row: Cell[]): Cell[] =>
      row.map((cell) => (typeof cell === 'string' ? cell.normalize('NFD') : cell));
    check(
      [nfd(CRITERIA_HEADER_VI), ...criteriaBody],
      [
        nfd([
          'Mã',
          'Số liệu kê khai',
          'Trên tổng số',
          'Điểm tự chấm',
          'Tài liệu kiểm chứng',
          'Điểm thẩm định',
          'Ý kiến thẩm định',
        ]),
        ...unitBody,
      ],
    );
  });

  test('headers without diacritics ("Diem toi da"; đ matches d)', () => {
    check(
      [['Ma', 'Tieu chi', 'Diem toi da', 'Cach cham', 'Loai', 'Tai lieu kiem chung'], ...criteriaBody],
      [
        [
          'Ma',
          'So lieu ke khai',
          'Tren tong so',
          'Diem tu cham',
          'Tai lieu kiem chung',
          'Diem tham dinh',
          'Y kien tham dinh',
        ],
        ...unitBody,
      ],
    );
  });

  test('columns in any order, extra columns ignored', () => {
    check(
      [
        ['Ghi chú', 'Điểm tối đa', 'Cách chấm', 'Mã', 'Người soạn', 'Tài liệu kiểm chứng', 'Tiêu chí'],
        ['', null, null, '1', 'An', null, 'Lĩnh vực 1'],
        ['xem lại', 2, 'tỷ lệ', '1.1', 'An', null, 'Tỷ lệ'],
        ['', 1, null, '1.2', 'Bình', 'x', 'Văn bản'],
      ],
      [
        [
          'Ý kiến thẩm định',
          'Điểm thẩm định',
          'Ghi chú riêng',
          'Trên tổng số',
          'Số liệu kê khai',
          'Mã',
          'Tài liệu kiểm chứng',
          'Điểm tự chấm',
        ],
        [null, null, 'abc', 4, 3, '1.1', null, null],
        ['thiếu', 0.5, '#REF!', null, null, '1.2', 'QĐ 12', 1],
      ],
    );
  });

  test('errors name the real column letters when columns are moved', () => {
    // Điểm tự chấm is column H here; the self score on data row 2 (sheet row 3) is H3.
    const result = scoreWorkbook({
      sheets: [
        criteriaSheet(BASIC),
        {
          name: 'Huyện A',
          values: [
            [
              'Ý kiến thẩm định',
              'Điểm thẩm định',
              'Ghi chú riêng',
              'Trên tổng số',
              'Số liệu kê khai',
              'Mã',
              'Tài liệu kiểm chứng',
              'Điểm tự chấm',
            ],
            [null, null, null, 4, 3, '1.1', null, null],
            [null, null, null, null, null, '1.2', null, 'một'],
          ],
        },
      ],
    });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'H3', 'notANumber', { text: 'một' })]);
  });

  test('title rows above the header; the header on row 8 is found', () => {
    const titles: Cell[][] = [
      ['BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CẤP HUYỆN'],
      ['Năm 2025'],
      [],
      ['Kèm theo Quyết định số 01/QĐ-UBND'],
      [null, null],
      ['(điểm tối đa 100)'],
      [],
    ];
    check(
      [...titles, CRITERIA_HEADER_VI, ...criteriaBody],
      [
        ...titles,
        [
          'Mã',
          'Số liệu kê khai',
          'Trên tổng số',
          'Điểm tự chấm',
          'Tài liệu kiểm chứng',
          'Điểm thẩm định',
          'Ý kiến thẩm định',
        ],
        ...unitBody,
      ],
    );
  });

  test('the header on row 10 is still found', () => {
    const titles: Cell[][] = Array.from({ length: 9 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    check(
      [...titles, CRITERIA_HEADER_VI, ...criteriaBody],
      [
        ...titles,
        [
          'Mã',
          'Số liệu kê khai',
          'Trên tổng số',
          'Điểm tự chấm',
          'Tài liệu kiểm chứng',
          'Điểm thẩm định',
          'Ý kiến thẩm định',
        ],
        ...unitBody,
      ],
    );
  });

  test('a header on row 11 is an error about the whole sheet (cell null)', () => {
    const titles: Cell[][] = Array.from({ length: 10 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    const late = scoreWorkbook({
      sheets: [
        { name: 'Tiêu chí', values: [...titles, ['Mã', 'Tiêu chí', 'Điểm tối đa'], ...criteriaBody] },
        unitSheet('Huyện A', [{ code: '1.1', value: 0.5 }]),
      ],
    });
    expect(late.errors).toContainEqual(err('vi', 'Tiêu chí', null, 'noHeaderRow', { column: 'Mã' }));
    expect(unitOf(late, 'Huyện A').points).toBeNull();

    const unitLate = scoreWorkbook({
      sheets: [
        criteriaSheet(BASIC),
        { name: 'Đơn vị', values: [['Đơn vị'], ['Huyện A']] },
        { name: 'Huyện A', values: [...titles, ['Mã', 'Số liệu kê khai'], ['1.1', 0.5]] },
      ],
    });
    expect(unitLate.errors).toEqual([err('vi', 'Huyện A', null, 'noHeaderRow', { column: 'Mã' })]);
  });

  test('errors below title rows name the real row', () => {
    // two title rows, header on row 3, field on row 4, leaf 1.1 on row 5 without Max → C5
    const result = scoreWorkbook({
      sheets: [
        {
          name: 'Tiêu chí',
          values: [
            ['BỘ TIÊU CHÍ'],
            [],
            ['Mã', 'Tiêu chí', 'Điểm tối đa'],
            ['1', 'Lĩnh vực', null],
            ['1.1', 'Lá', null],
          ],
        },
        unitSheet('Huyện A', [{ code: '1.1', self: 1 }]),
      ],
    });
    expect(result.errors).toContainEqual(err('vi', 'Tiêu chí', 'C5', 'leafMaxMissing', { code: '1.1' }));
    expect(unitOf(result, 'Huyện A').points).toBeNull();
  });

  test('Mã beats STT whichever comes first', () => {
    // STT holds serial numbers 1, 2, 3; the codes are in Mã. Were STT used, the codes would be 1, 2, 3.
    const result = scoreWorkbook({
      sheets: [
        {
          name: 'Tiêu chí',
          values: [
            ['STT', 'Mã', 'Tiêu chí', 'Điểm tối đa'],
            [1, '1', 'Lĩnh vực', null],
            [2, '1.1', 'Lá 1', 6],
            [3, '1.2', 'Lá 2', 4],
          ],
        },
        {
          name: 'Huyện A',
          values: [
            ['STT', 'Mã', 'Điểm tự chấm'],
            [1, '1.1', 5],
            [2, '1.2', 4],
          ],
        },
      ],
    });
    expect(result.errors).toEqual([]);
    const unit = unitOf(result, 'Huyện A');
    // 5 + 4 = 9 of 10
    expect(unit.leaves.map((leaf) => leaf.code)).toEqual(['1.1', '1.2']);
    expect(unit.points).toBe(9);
    expect(unit.max).toBe(10);
  });

  test('STT alone serves as the code column', () => {
    const result = scoreWorkbook({
      sheets: [
        {
          name: 'Tiêu chí',
          values: [
            ['STT', 'Nội dung', 'Điểm tối đa'],
            ['1', 'Lĩnh vực', null],
            ['1.1', 'Lá', 10],
          ],
        },
        {
          name: 'Huyện A',
          values: [
            ['STT', 'Điểm tự chấm'],
            ['1.1', 7],
          ],
        },
      ],
    });
    expect(result.errors).toEqual([]);
    expect(unitOf(result, 'Huyện A').index).toBe(70);
  });

  test('sheet names match ignoring case, spaces and diacritics', () => {
    const result = scoreWorkbook({
      sheets: [
        { ...criteriaSheet(BASIC), name: 'TIEU CHI' },
        {
          name: ' đơn  vị ',
          values: [
            ['Đơn vị', 'Tên sheet'],
            ['Huyện A', 'huyen a'],
          ],
        },
        unitSheet('Huyện A', [
          { code: '1.1', value: 1 },
          { code: '1.2', self: 1, evidence: 'QĐ' },
        ]),
      ],
    });
    expect(result.errors).toEqual([]);
    expect(unitOf(result, 'Huyện A').points).toBe(3);
  });
});

describe('criteria sheet errors name the sheet and cell, and stop every unit that uses it', () => {
  // Criteria layout: A Mã, B Tiêu chí, C Điểm tối đa, D Cách chấm, E Loại; header row 1.
  function run(criteria: CriterionRow[], english = false) {
    const result = scoreWorkbook(
      workbook({
        english,
        criteria,
        units: {
          [english ? 'District A' : 'Huyện A']: [{ code: '1.1', self: 1 }],
          [english ? 'District B' : 'Huyện B']: [{ code: '1.1', self: 0.5 }],
        },
      }),
    );
    for (const unit of result.units) {
      expect(unit.points).toBeNull();
      expect(unit.index).toBeNull();
      expect(unit.rank).toBeNull();
      expect(unit.class).toBeNull();
      expect(unit.status).toBe('error');
      // the criteria sheet's own error is listed with each unit it stops
      expect(unit.errors).toContainEqual(result.errors[0]);
    }
    return result;
  }

  /** The criteria sheet's errors only: errors the units' sheets add on top are checked separately below. */
  const criteriaErrors = (result: ReturnType<typeof run>) =>
    result.errors.filter((error) => error.sheet === 'Tiêu chí' || error.sheet === 'Criteria');

  test('a duplicate code (second 1.1 on row 4; first on row 3)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 2 }, { code: '1.1', max: 2 }]);
    const expected = err('vi', 'Tiêu chí', 'A4', 'duplicateCode', { code: '1.1', row: 3 });
    expect(result.errors).toEqual([expected]);
    expect(unitOf(result, 'Huyện A').errors).toContainEqual(expected);
    expect(unitOf(result, 'Huyện B').errors).toContainEqual(expected);
    expect(expected.message).toBe('Mã 1.1 bị trùng (đã có ở dòng 3).');
  });

  test('a missing parent (2.1 on row 4 without 2)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 2 }, { code: '2.1', max: 1 }]);
    expect(result.errors).toEqual([
      err('vi', 'Tiêu chí', 'A4', 'missingParent', { code: '2.1', parent: '2' }),
    ]);
    expect(result.errors[0]?.message).toBe('Mã 2.1 không có tiêu chí cha 2.');
  });

  test('a leaf without Max (1.2 on row 4)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 2 }, { code: '1.2' }]);
    expect(criteriaErrors(result)).toEqual([err('vi', 'Tiêu chí', 'C4', 'leafMaxMissing', { code: '1.2' })]);
  });

  test('a parent Max different from the sum of its children (10 ≠ 4 + 5)', () => {
    const result = run([
      { code: '1', max: 10 },
      { code: '1.1', max: 4 },
      { code: '1.2', max: 5 },
    ]);
    expect(result.errors).toEqual([
      err('vi', 'Tiêu chí', 'C2', 'parentMaxMismatch', { code: '1', given: '10', sum: '9', type: 'điểm' }),
    ]);
    expect(result.errors[0]?.message).toBe(
      'Điểm tối đa của 1 là 10 nhưng tổng điểm tối đa các tiêu chí lá loại "điểm" bên dưới là 9; ghi 9 hoặc để trống ô này.',
    );
  });

  test('a parent Max equal to the sum of grandchildren through a blank middle level is fine', () => {
    // 1 = 3; 1.1 blank = 1.1.1 (1) + 1.1.2 (2) = 3
    const result = scoreWorkbook(
      workbook({
        criteria: [
          { code: '1', max: 3 },
          { code: '1.1' },
          { code: '1.1.1', max: 1 },
          { code: '1.1.2', max: 2 },
        ],
        units: {
          'Huyện A': [
            { code: '1.1.1', self: 1 },
            { code: '1.1.2', self: 1.5 },
          ],
        },
      }),
    );
    expect(result.errors).toEqual([]);
    expect(unitOf(result, 'Huyện A').points).toBe(2.5);
    expect(unitOf(result, 'Huyện A').max).toBe(3);
  });

  test('a choice entry above Max (D3)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 1, rule: 'lựa chọn: Kịp thời=1,5; Muộn=0,5' }]);
    expect(result.errors).toEqual([
      err('vi', 'Tiêu chí', 'D3', 'entryAboveMax', {
        entry: 'Kịp thời=1,5',
        points: '1,5',
        max: '1',
        code: '1.1',
      }),
    ]);
  });

  test('a missing parent below an existing field (1.1.1 without 1.1) is an error at A3', () => {
    const result = run([{ code: '1' }, { code: '1.1.1', max: 2 }]);
    expect(criteriaErrors(result)).toContainEqual(
      err('vi', 'Tiêu chí', 'A3', 'missingParent', { code: '1.1.1', parent: '1.1' }),
    );
  });

  test("a criteria error is not echoed as made-up errors at the units' cells", () => {
    // 1.1 has no Max: the units' self scores (1 and 0.5) are not "outside [0; 0]"; the only error is C3.
    const result = run([{ code: '1' }, { code: '1.1' }]);
    expect(result.errors).toEqual([err('vi', 'Tiêu chí', 'C3', 'leafMaxMissing', { code: '1.1' })]);
  });

  test('a bad type (E3)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 2, type: 'thưởng' }]);
    expect(result.errors).toEqual([err('vi', 'Tiêu chí', 'E3', 'badType', { text: 'thưởng' })]);
  });

  test('a Max that is not a number (C3)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 'hai' }]);
    expect(criteriaErrors(result)).toEqual([err('vi', 'Tiêu chí', 'C3', 'notANumber', { text: 'hai' })]);
  });

  test('a negative Max (C3)', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: -2 }]);
    expect(criteriaErrors(result)).toEqual([err('vi', 'Tiêu chí', 'C3', 'maxNegative', { code: '1.1' })]);
  });

  test('in an English workbook the message is English', () => {
    const result = run([{ code: '1' }, { code: '1.1', max: 2 }, { code: '1.1', max: 2 }], true);
    expect(result.language).toBe('en');
    expect(result.errors).toEqual([
      { sheet: 'Criteria', cell: 'A4', message: 'Code 1.1 appears twice (first on row 3).' },
    ]);
  });

  test('a second criteria sheet with an error stops only the units that use it', () => {
    const result = scoreWorkbook({
      sheets: [
        criteriaSheet([{ code: '1' }, { code: '1.1', max: 10 }]),
        criteriaSheet([{ code: '1' }, { code: '1.1' }], { name: 'Tiêu chí xã' }),
        {
          name: 'Đơn vị',
          values: [
            ['Đơn vị', 'Bộ tiêu chí', 'Nhóm'],
            ['Huyện A', '', 'Huyện'],
            ['Xã B', 'Tiêu chí xã', 'Xã'],
          ],
        },
        unitSheet('Huyện A', [{ code: '1.1', self: 8 }]),
        unitSheet('Xã B', [{ code: '1.1', self: 8 }]),
      ],
    });
    expect(result.errors).toContainEqual(err('vi', 'Tiêu chí xã', 'C3', 'leafMaxMissing', { code: '1.1' }));
    expect(result.errors.filter((error) => error.sheet === 'Huyện A')).toEqual([]);
    expect(unitOf(result, 'Huyện A').index).toBe(80);
    expect(unitOf(result, 'Huyện A').rank).toBe(1);
    expect(unitOf(result, 'Xã B').index).toBeNull();
  });

  test('a criteria sheet named in the Units sheet that does not exist', () => {
    const result = scoreWorkbook({
      sheets: [
        criteriaSheet([{ code: '1' }, { code: '1.1', max: 10 }]),
        {
          name: 'Đơn vị',
          values: [
            ['Đơn vị', 'Bộ tiêu chí'],
            ['Huyện A', ''],
            ['Xã B', 'Tiêu chí xã'],
          ],
        },
        unitSheet('Huyện A', [{ code: '1.1', self: 8 }]),
        unitSheet('Xã B', [{ code: '1.1', self: 8 }]),
      ],
    });
    expect(result.errors).toEqual([err('vi', 'Đơn vị', 'B3', 'noCriteriaSheet', { name: 'Tiêu chí xã' })]);
    expect(unitOf(result, 'Huyện A').index).toBe(80);
    expect(unitOf(result, 'Xã B').status).toBe('error');
  });
});

describe('unit sheet errors name the cell; other units are still scored', () => {
  // Criteria: 1 → 1.1 (Max 2), 1.2 (Max 1). Unit layout: A Mã, B Số liệu, C Trên tổng số, D Tự chấm,
  // E Tài liệu, F Thẩm định. Huyện B is always clean: 2 + 1 = 3 of 3 → index 100, rank 1.
  const criteria: CriterionRow[] = [{ code: '1' }, { code: '1.1', max: 2 }, { code: '1.2', max: 1 }];
  function run(rowsA: Parameters<typeof unitSheet>[1]) {
    const result = scoreWorkbook(
      workbook({
        criteria,
        units: {
          'Huyện A': rowsA,
          'Huyện B': [
            { code: '1.1', self: 2 },
            { code: '1.2', self: 1 },
          ],
        },
      }),
    );
    const b = unitOf(result, 'Huyện B');
    expect(b.errors).toEqual([]);
    expect(b.index).toBe(100);
    expect(b.rank).toBe(1);
    const a = unitOf(result, 'Huyện A');
    expect(a.status).toBe('error');
    expect(a.points).toBeNull();
    expect(a.rank).toBeNull();
    return result;
  }

  test('an unknown code (9.9 on row 3)', () => {
    const result = run([
      { code: '1.1', self: 2 },
      { code: '9.9', self: 1 },
    ]);
    expect(result.errors).toEqual([
      err('vi', 'Huyện A', 'A3', 'unknownCode', { code: '9.9', criteria: 'Tiêu chí' }),
    ]);
    expect(result.errors[0]?.message).toBe('Mã 9.9 không có trong bộ tiêu chí "Tiêu chí".');
  });

  test('a code twice (1.1 on rows 2 and 4)', () => {
    const result = run([
      { code: '1.1', self: 2 },
      { code: '1.2', self: 1 },
      { code: '1.1', self: 1 },
    ]);
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'A4', 'duplicateCode', { code: '1.1', row: 2 })]);
  });

  test('a score above Max (D2)', () => {
    const result = run([{ code: '1.1', self: 2.5 }]);
    expect(result.errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'scoreOutOfRange', { value: '2,5', low: '0', high: '2', code: '1.1' }),
    ]);
    expect(result.errors[0]?.message).toBe('Điểm 2,5 ngoài khoảng cho phép [0; 2] của tiêu chí 1.1.');
  });

  test('a negative appraised score on a score row (F3)', () => {
    const result = run([
      { code: '1.1', self: 2 },
      { code: '1.2', self: 1, appraised: -0.5 },
    ]);
    expect(result.errors).toEqual([
      err('vi', 'Huyện A', 'F3', 'scoreOutOfRange', { value: '-0,5', low: '0', high: '1', code: '1.2' }),
    ]);
  });

  test('text in a number cell (D3)', () => {
    const result = run([
      { code: '1.1', self: 2 },
      { code: '1.2', self: 'một' },
    ]);
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'D3', 'notANumber', { text: 'một' })]);
  });

  test('a code that is not a code (A2)', () => {
    const result = run([{ code: 'Mục 1', self: 2 }]);
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'A2', 'badCode', { text: 'Mục 1' })]);
  });

  test('several errors in one unit are all listed', () => {
    const result = run([
      { code: '1.1', self: 3 },
      { code: '1.2', self: 'x' },
    ]);
    expect(result.errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'scoreOutOfRange', { value: '3', low: '0', high: '2', code: '1.1' }),
      err('vi', 'Huyện A', 'D3', 'notANumber', { text: 'x' }),
    ]);
    expect(unitOf(result, 'Huyện A').errors).toEqual(result.errors);
  });

  test('English sheets give English messages', () => {
    const result = scoreWorkbook(
      workbook({
        english: true,
        criteria,
        unitsSheet: [['Unit'], ['District A'], ['District B']],
        units: {
          'District A': [{ code: '1.1', self: 2.5 }],
          'District B': [{ code: '9.9', self: 1 }],
        },
      }),
    );
    expect(result.language).toBe('en');
    expect(result.errors).toEqual([
      {
        sheet: 'District A',
        cell: 'D2',
        message: 'The score 2.5 is outside the allowed range [0, 2] of criterion 1.1.',
      },
      { sheet: 'District B', cell: 'A2', message: 'Code 9.9 is not in the criteria sheet "Criteria".' },
    ]);
  });

  test('blank rows and parent rows in a unit sheet are skipped; rows in any order', () => {
    const result = scoreWorkbook({
      sheets: [
        criteriaSheet(criteria),
        {
          name: 'Huyện A',
          values: [
            unitSheetHeader(['code', 'value', 'of', 'self']),
            ['1.2', null, null, 0.5],
            [],
            [null, null, null, null],
            ['1', null, null, null],
            ['1.1', null, null, 1.5],
          ],
        },
      ],
    });
    expect(result.errors).toEqual([]);
    // 1.5 + 0.5 = 2 of 3
    expect(unitOf(result, 'Huyện A').points).toBe(2);
  });

  test('a Max in the unit sheet that differs from the criteria is a warning, not an error', () => {
    const result = scoreWorkbook({
      sheets: [
        criteriaSheet(criteria),
        {
          name: 'Huyện A',
          values: [unitSheetHeader(['code', 'max', 'self']), ['1.1', 3, 2], ['1.2', 1, 1]],
        },
      ],
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual(
      err('vi', 'Huyện A', 'B2', 'maxDiffers', { given: '3', max: '2' }),
    );
    expect(unitOf(result, 'Huyện A').index).toBe(100);
  });
});

describe('Units sheet errors', () => {
  const criteria: CriterionRow[] = [{ code: '1' }, { code: '1.1', max: 10 }];

  test('a unit whose sheet does not exist: error at its Tên sheet cell; the others are scored', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [
          ['Đơn vị', 'Tên sheet'],
          ['Huyện A', ''],
          ['Huyện C', 'HC'],
        ],
        units: { 'Huyện A': [{ code: '1.1', self: 9 }] },
      }),
    );
    expect(result.errors).toEqual([err('vi', 'Đơn vị', 'B3', 'missingUnitSheet', { name: 'HC' })]);
    expect(result.errors[0]?.message).toBe('Không có sheet "HC" của đơn vị.');
    expect(unitOf(result, 'Huyện C').errors).toEqual(result.errors);
    expect(unitOf(result, 'Huyện C').status).toBe('error');
    expect(unitOf(result, 'Huyện A').index).toBe(90);
    expect(unitOf(result, 'Huyện A').rank).toBe(1);
  });

  test('a unit without a Tên sheet column and without a sheet of its name: error at its name', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [['Đơn vị'], ['Huyện A'], ['Huyện C']],
        units: { 'Huyện A': [{ code: '1.1', self: 9 }] },
      }),
    );
    expect(result.errors).toEqual([err('vi', 'Đơn vị', 'A3', 'missingUnitSheet', { name: 'Huyện C' })]);
  });

  test('a unit name twice (also in another case and spacing): error on the second row', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [
          ['Đơn vị', 'Tên sheet'],
          ['Huyện A', 'Huyện A'],
          ['Huyện B', 'Huyện B'],
          ['huyện  A', 'Huyện B'],
        ],
        units: { 'Huyện A': [{ code: '1.1', self: 9 }], 'Huyện B': [{ code: '1.1', self: 8 }] },
      }),
    );
    // the name is quoted as read (spaces tidied)
    expect(result.errors).toEqual([err('vi', 'Đơn vị', 'A4', 'duplicateUnit', { name: 'huyện A', row: 2 })]);
    expect(result.errors[0]?.message).toBe('Đơn vị "huyện A" bị trùng tên (đã có ở dòng 2).');
    expect(unitOf(result, 'Huyện A').rank).toBe(1);
    expect(unitOf(result, 'Huyện B').rank).toBe(2);
    expect(unitOf(result, 'huyện A').status).toBe('error');
  });

  test('a Units sheet without a header row', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [['Tên'], ['Huyện A']],
        units: { 'Huyện A': [{ code: '1.1', self: 9 }] },
      }),
    );
    expect(result.errors).toContainEqual(err('vi', 'Đơn vị', null, 'noHeaderRow', { column: 'Đơn vị' }));
  });

  test('a bad Xếp hạng value and a bad previous rank name their cells', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [
          ['Đơn vị', 'Xếp hạng', 'Xếp hạng năm trước'],
          ['Huyện A', 'Có', 2],
          ['Huyện B', 'Có lẽ', 1],
          ['Huyện C', 'Có', 'nhì'],
        ],
        units: {
          'Huyện A': [{ code: '1.1', self: 9 }],
          'Huyện B': [{ code: '1.1', self: 8 }],
          'Huyện C': [{ code: '1.1', self: 7 }],
        },
      }),
    );
    expect(result.errors).toEqual([
      err('vi', 'Đơn vị', 'B3', 'badRanked', { text: 'Có lẽ' }),
      err('vi', 'Đơn vị', 'C4', 'badPreviousRank', { text: 'nhì' }),
    ]);
    expect(unitOf(result, 'Huyện A').rank).toBe(1);
    expect(unitOf(result, 'Huyện A').change).toBe(1);
  });

  test('English Units sheet: English message', () => {
    const result = scoreWorkbook(
      workbook({
        english: true,
        criteria,
        unitsSheet: [['Unit'], ['District A'], ['District C']],
        units: { 'District A': [{ code: '1.1', self: 9 }] },
      }),
    );
    expect(result.errors).toEqual([
      { sheet: 'Units', cell: 'A3', message: 'There is no sheet "District C" for the unit.' },
    ]);
  });

  test('units come in the order of the Units sheet', () => {
    const result = scoreWorkbook(
      workbook({
        criteria,
        unitsSheet: [['Đơn vị'], ['Huyện C'], ['Huyện A'], ['Huyện B']],
        units: {
          'Huyện A': [{ code: '1.1', self: 9 }],
          'Huyện B': [{ code: '1.1', self: 8 }],
          'Huyện C': [{ code: '1.1', self: 7 }],
        },
      }),
    );
    expect(result.units.map((unit) => unit.unit)).toEqual(['Huyện C', 'Huyện A', 'Huyện B']);
  });
});

describe('without a Units sheet: every sheet with a Code/Mã header is a unit, named after its sheet, in one group', () => {
  test('unit sheets in tab order; contract and generated sheets and sheets without a code header are not units', () => {
    const criteria = criteriaSheet([{ code: '1' }, { code: '1.1', max: 10 }]);
    const sheets: Sheet[] = [
      { name: 'Hướng dẫn', values: [['Hướng dẫn chấm điểm'], ['Điền cột Điểm tự chấm']] },
      unitSheet('Huyện B', [{ code: '1.1', self: 8 }]),
      criteria,
      { name: 'Cài đặt', values: [['Năm', 2025]] },
      {
        name: 'Điều tra',
        values: [
          ['Đơn vị', 'SIPAS'],
          ['Huyện A', 0.9],
        ],
      },
      unitSheet('Huyện A', [{ code: '1.1', self: 9 }]),
      {
        name: 'Xếp hạng',
        values: [
          ['Nhóm', 'Hạng', 'Đơn vị'],
          ['', 1, 'Huyện A'],
        ],
      },
      {
        name: 'Trừ điểm',
        values: [
          ['Đơn vị', 'Mã', 'Tiêu chí'],
          ['Huyện A', '1.1', 'x'],
        ],
      },
    ];
    const result = scoreWorkbook({ sheets });
    expect(result.errors).toEqual([]);
    expect(result.units.map((unit) => [unit.unit, unit.sheet, unit.group, unit.rank])).toEqual([
      ['Huyện B', 'Huyện B', null, 2],
      ['Huyện A', 'Huyện A', null, 1],
    ]);
    expect(result.language).toBe('vi');
  });

  test('an English workbook without Units: units from sheets, English tab names', () => {
    const result = scoreWorkbook(
      workbook({
        english: true,
        criteria: [{ code: '1' }, { code: '1.1', max: 10 }],
        units: { 'District A': [{ code: '1.1', self: 9 }], 'District B': [{ code: '1.1', self: 'ten' }] },
      }),
    );
    expect(result.language).toBe('en');
    expect(result.rankingSheet).toBe('Ranking');
    expect(result.deductionsSheet).toBe('Deductions');
    expect(result.units.map((unit) => unit.unit)).toEqual(['District A', 'District B']);
    expect(result.errors).toEqual([{ sheet: 'District B', cell: 'D2', message: '"ten" is not a number.' }]);
  });

  test('a Vietnamese workbook names the tabs Xếp hạng and Trừ điểm', () => {
    const result = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 10 }],
        units: { 'Huyện A': [{ code: '1.1', self: 9 }] },
      }),
    );
    expect(result.rankingSheet).toBe('Xếp hạng');
    expect(result.deductionsSheet).toBe('Trừ điểm');
  });

  test('a workbook with no unit at all is an error', () => {
    const book: Workbook = { sheets: [criteriaSheet([{ code: '1' }, { code: '1.1', max: 10 }])] };
    const result = scoreWorkbook(book);
    expect(result.units).toEqual([]);
    expect(result.errors).toEqual([err('vi', 'Đơn vị', null, 'noUnits')]);
  });
});
