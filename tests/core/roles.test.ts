/**
 * Roles and stages (WORKBOOK.md, "Roles and stages: who may edit what"): the accounts read from Settings and the
 * Units sheet, their errors, and the contract's table turned into each sheet's protection plan.
 */
import { planRoles, STAGE_TABLE, type GridSheet } from '../../src/core/roles/plan-roles';
import { readRoles, stageOf, type Stage } from '../../src/core/roles/read-roles';
import type { Cell, Sheet } from '../../src/core/types';
import { UNIT_SHEET_HEADER } from '../../src/core/sheets/workbook-schema';

const A = 'a@tinh.gov.vn';
const B = 'b@tinh.gov.vn';
const APPRAISER = 'td@tinh.gov.vn';
/** An appraiser who is also on unit B's staff. */
const BOTH = 'both@tinh.gov.vn';
const SECRETARIAT = 'tk@tinh.gov.vn';

/** Mã, Tiêu chí, Điểm tối đa, Số liệu (D), Trên tổng số (E), Tự chấm (F), Kiểm chứng (G), Thẩm định (H), Ý kiến (I), Giải trình (J), Điểm sau giải trình (K). */
const UNIT_HEADER: Cell[] = [...UNIT_SHEET_HEADER];

function unitSheet(name: string, title = false): Sheet {
  return { name, values: [...(title ? [['Bảng tự chấm']] : []), UNIT_HEADER, ['1.1', 'x', 2]] };
}

function settings(stage: string, extra: Cell[][] = []): Sheet {
  return {
    name: 'Cài đặt',
    values: [
      ['Năm', 2025],
      ['Giai đoạn', stage],
      ['Thư ký', SECRETARIAT],
      ['Tổ thẩm định', `${APPRAISER}; ${BOTH}`],
      ...extra,
    ],
  };
}

function workbook(stage: string): Sheet[] {
  return [
    settings(stage),
    {
      name: 'Tiêu chí',
      values: [
        ['Mã', 'Tiêu chí', 'Điểm tối đa'],
        ['1.1', 'x', 2],
      ],
    },
    {
      name: 'Tiêu chí xã',
      values: [
        ['Mã', 'Tiêu chí', 'Điểm tối đa'],
        ['1.1', 'x', 2],
      ],
    },
    {
      name: 'Đơn vị',
      values: [
        ['Đơn vị', 'Tên sheet', 'Bộ tiêu chí', 'Thư điện tử'],
        ['Sở A', 'A', '', `${A.toUpperCase()}`],
        ['Xã B', 'B', 'Tiêu chí xã', `${B}, ${BOTH}`],
        ['Sở C', 'C', '', ''],
      ],
    },
    unitSheet('A'),
    unitSheet('B', true),
    { name: 'Điều tra', values: [['Đơn vị', 'SIPAS']] },
    { name: 'Lịch sử', values: [['Năm', 'Đơn vị']] },
    { name: 'Xếp hạng', values: [['x']] },
    { name: 'Trừ điểm', values: [['x']] },
    { name: 'Phân tích', values: [['x']] },
    { name: 'Báo cáo – Sở A', values: [['x']] },
    { name: 'Ghi chú của tôi', values: [['notes']] },
  ];
}

function grids(sheets: Sheet[], maxRows = 1000): GridSheet[] {
  return sheets.map((sheet) => ({ ...sheet, maxRows, grid: true }));
}

describe('readRoles', () => {
  it('reads the stage in both languages, the accounts in lower case, and sorts the sheets', () => {
    const roles = readRoles({ sheets: workbook('Thẩm định') });
    expect(roles.errors).toEqual([]);
    expect(roles.stage).toBe('appraisal');
    expect(roles.secretariat).toEqual([SECRETARIAT]);
    expect(roles.appraisers).toEqual([APPRAISER, BOTH]);
    // Sở C has no sheet: it has no plan.
    expect(roles.units).toEqual([
      { name: 'Sở A', sheet: 'A', emails: [A] },
      { name: 'Xã B', sheet: 'B', emails: [B, BOTH] },
    ]);
    expect(roles.contractSheets).toEqual([
      'Cài đặt',
      'Tiêu chí',
      'Tiêu chí xã',
      'Đơn vị',
      'Điều tra',
      'Lịch sử',
    ]);
    expect(roles.generatedSheets).toEqual(['Xếp hạng', 'Trừ điểm', 'Phân tích', 'Báo cáo – Sở A']);
  });

  it.each([
    ['self-assessment', 'self-assessment'],
    ['Kê khai', 'self-assessment'],
    ['KE KHAI', 'self-assessment'],
    ['appraisal', 'appraisal'],
    ['thẩm định', 'appraisal'],
    ['Explanation', 'explanation'],
    ['giải trình', 'explanation'],
    ['published', 'published'],
    ['Công bố', 'published'],
  ])('reads the stage %s as %s', (text, stage) => {
    expect(stageOf(text)).toBe(stage);
    expect(readRoles({ sheets: [settings(text)] }).stage).toBe(stage);
  });

  it('defaults to self-assessment without a Stage, a value or a Settings sheet', () => {
    expect(readRoles({ sheets: [settings('')] }).stage).toBe('self-assessment');
    expect(readRoles({ sheets: [{ name: 'Cài đặt', values: [['Năm', 2025]] }] }).stage).toBe(
      'self-assessment',
    );
    expect(readRoles({ sheets: [unitSheet('A')] }).stage).toBe('self-assessment');
  });

  it('separates accounts by ";", "," and spaces, and keeps each once', () => {
    const roles = readRoles({
      sheets: [settings('kê khai', [['Thư ký', `x@a.vn,y@a.vn  X@A.vn;;z@a.vn`]])],
    });
    expect(roles.secretariat).toEqual([SECRETARIAT, 'x@a.vn', 'y@a.vn', 'z@a.vn']);
  });

  it('names the cell of an entry that is not an e-mail address and of an unknown stage, in the workbook language', () => {
    const vi = readRoles({
      sheets: [
        settings('duyệt', [['Tổ thẩm định', 'Nguyễn Văn A; td2@tinh.gov.vn']]),
        {
          name: 'Đơn vị',
          values: [
            ['Đơn vị', 'Email'],
            ['Sở A', 'a@tinh'],
            ['Sở B', 'b@tinh.gov.vn @x.vn'],
          ],
        },
        unitSheet('Sở A'),
        unitSheet('Sở B'),
      ],
    });
    expect(vi.errors).toEqual([
      { sheet: 'Cài đặt', cell: 'B2', message: expect.stringContaining('Giai đoạn "duyệt"') },
      { sheet: 'Cài đặt', cell: 'B5', message: expect.stringContaining('"Nguyễn"') },
      { sheet: 'Cài đặt', cell: 'B5', message: expect.stringContaining('"Văn"') },
      { sheet: 'Cài đặt', cell: 'B5', message: expect.stringContaining('"A"') },
      { sheet: 'Đơn vị', cell: 'B2', message: expect.stringContaining('"a@tinh" không phải') },
      { sheet: 'Đơn vị', cell: 'B3', message: expect.stringContaining('"@x.vn"') },
    ]);
    // The valid entries are still read; the stage stays the default.
    expect(vi.appraisers).toEqual([APPRAISER, BOTH, 'td2@tinh.gov.vn']);
    expect(vi.units[1]?.emails).toEqual(['b@tinh.gov.vn']);
    expect(vi.stage).toBe('self-assessment');
    const en = readRoles({
      sheets: [
        {
          name: 'Settings',
          values: [
            ['Stage', 'review'],
            ['Secretariat', 'boss'],
          ],
        },
        {
          name: 'Units',
          values: [
            ['Unit', 'Email'],
            ['Dept A', 'x'],
          ],
        },
        unitSheet('Dept A'),
      ],
    });
    expect(en.errors.map((e) => [e.sheet, e.cell, e.message])).toEqual([
      [
        'Settings',
        'B1',
        '"review" is not a stage: use self-assessment, appraisal, explanation or published.',
      ],
      ['Settings', 'B2', '"boss" is not an e-mail address.'],
      ['Units', 'B2', '"x" is not an e-mail address.'],
    ]);
  });

  it('takes every sheet with a Code header as a unit without a Units sheet, with no accounts', () => {
    const roles = readRoles({
      sheets: [settings('kê khai'), unitSheet('Huyện X'), { name: 'Ghi chú', values: [] }],
    });
    expect(roles.units).toEqual([{ name: 'Huyện X', sheet: 'Huyện X', emails: [] }]);
    expect(roles.contractSheets).toEqual(['Cài đặt']);
  });

  it('reads a Units sheet without a header row as no units', () => {
    const roles = readRoles({ sheets: [{ name: 'Đơn vị', values: [['x']] }, unitSheet('A')] });
    expect(roles.units).toEqual([]);
    expect(roles.contractSheets).toEqual(['Đơn vị']);
  });
});

/** Who may edit each column of each unit sheet, as the plan opens it: column letter → editors (beside the secretariat). */
function access(stage: string, maxRows = 1000): Record<string, Record<string, string[]>> {
  const sheets = workbook(stage);
  const plans = planRoles(readRoles({ sheets }), grids(sheets, maxRows));
  const out: Record<string, Record<string, string[]>> = {};
  for (const plan of plans.filter((p) => p.kind === 'unit')) {
    const columns: Record<string, string[]> = {};
    for (const range of plan.open)
      for (let c = range.column; c < range.column + range.columns; c++)
        columns[String.fromCharCode(64 + c)] = range.editors;
    out[plan.sheet] = columns;
  }
  return out;
}

describe('planRoles: the contract table', () => {
  it('self-assessment: a unit edits Value, Of, Self score, Evidence and Explanation of its own sheet only', () => {
    expect(access('kê khai')).toEqual({
      A: { D: [A], E: [A], F: [A], G: [A], J: [A] },
      B: { D: [B, BOTH], E: [B, BOTH], F: [B, BOTH], G: [B, BOTH], J: [B, BOTH] },
    });
  });

  it('appraisal: appraisers edit Appraised score and Appraisal note, never on a sheet whose Email lists them', () => {
    expect(access('thẩm định')).toEqual({
      A: { H: [APPRAISER, BOTH], I: [APPRAISER, BOTH] },
      B: { H: [APPRAISER], I: [APPRAISER] },
    });
  });

  it('explanation: the unit edits its Explanation, appraisers the Re-appraised score', () => {
    expect(access('giải trình')).toEqual({
      A: { J: [A], K: [APPRAISER, BOTH] },
      B: { J: [B, BOTH], K: [APPRAISER] },
    });
  });

  it('published: nothing is open to anyone but the secretariat', () => {
    expect(access('công bố')).toEqual({ A: {}, B: {} });
  });

  it('opens data rows from below the header to the last row of the grid, adjacent columns as one range', () => {
    const sheets = workbook('kê khai');
    const plans = planRoles(readRoles({ sheets }), grids(sheets, 250));
    // A: header on row 1 → rows 2..250 (249 rows); B: a title row, header on row 2 → rows 3..250.
    expect(plans.find((p) => p.sheet === 'A')?.open).toEqual([
      { row: 2, column: 4, rows: 249, columns: 4, editors: [A] },
      { row: 2, column: 10, rows: 249, columns: 1, editors: [A] },
    ]);
    expect(plans.find((p) => p.sheet === 'B')?.open.map((r) => [r.row, r.rows])).toEqual([
      [3, 248],
      [3, 248],
    ]);
  });

  it('protects every contract sheet and generated tab with nothing open, and leaves the rest alone', () => {
    const sheets = workbook('kê khai');
    const plans = planRoles(readRoles({ sheets }), [
      ...grids(sheets).filter((sheet) => sheet.name !== 'Phân tích'),
      { name: 'Phân tích', values: [], maxRows: 0, grid: false },
    ]);
    expect(plans.map((p) => [p.sheet, p.kind, p.unit])).toEqual([
      ['Cài đặt', 'contract', null],
      ['Tiêu chí', 'contract', null],
      ['Tiêu chí xã', 'contract', null],
      ['Đơn vị', 'contract', null],
      ['A', 'unit', 'Sở A'],
      ['B', 'unit', 'Xã B'],
      ['Điều tra', 'contract', null],
      ['Lịch sử', 'contract', null],
      ['Xếp hạng', 'generated', null],
      ['Trừ điểm', 'generated', null],
      ['Báo cáo – Sở A', 'generated', null],
    ]);
    expect(plans.filter((p) => p.kind !== 'unit').every((p) => p.open.length === 0)).toBe(true);
  });

  it('opens nothing for a missing column, a unit without accounts, no appraisers, or a grid that ends at the header', () => {
    const narrow: Sheet = { name: 'A', values: [['Mã', 'Số liệu', 'Điểm thẩm định']] };
    const sheets: Sheet[] = [
      { name: 'Cài đặt', values: [['Giai đoạn', 'kê khai']] },
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Email'],
          ['A', A],
          ['C', ''],
          ['D', A],
        ],
      },
      narrow,
      unitSheet('C'),
      { name: 'D', values: [['no header']] },
    ];
    const roles = readRoles({ sheets });
    expect(planRoles(roles, grids(sheets)).map((p) => [p.sheet, p.open])).toEqual([
      ['Cài đặt', []],
      ['Đơn vị', []],
      ['A', [{ row: 2, column: 2, rows: 999, columns: 1, editors: [A] }]],
      ['C', []],
      ['D', []],
    ]);
    expect(planRoles({ ...roles, stage: 'appraisal' }, grids(sheets)).every((p) => p.open.length === 0)).toBe(
      true,
    );
    expect(planRoles(roles, grids(sheets, 1)).every((p) => p.open.length === 0)).toBe(true);
  });

  it('gives every stage of the table a row', () => {
    const stages: Stage[] = ['self-assessment', 'appraisal', 'explanation', 'published'];
    expect(Object.keys(STAGE_TABLE).sort()).toEqual([...stages].sort());
  });
});
