/**
 * Roles and stages through the built bundle (WORKBOOK.md, "Roles and stages: who may edit what"): Apply roles
 * makes the contract's table into protections, and for each stage a test switches the person in the fake (the
 * owner, a secretariat account, unit A, unit B, an appraiser, an appraiser on unit B's staff, a stranger) and finds
 * exactly the access the table gives on each kind of cell. Actions that write refuse everyone but the secretariat.
 */
import type { RolesDto } from '../../src/shared/api';
import type { Cell } from '../../src/core/types';
import { PROTECTED_MESSAGE } from '../fakes/permissions';
import { loadBundle, type LoadedBundle } from './bundle';

const OWNER = 'owner@example.com';
const SECRETARIAT = 'thuky@snv.gov.vn';
const A = 'a@so-a.gov.vn';
const B = 'b@xa-b.gov.vn';
const APPRAISER = 'td@snv.gov.vn';
/** An appraiser who is also on unit B's staff: never appraises B. */
const BOTH = 'td-b@xa-b.gov.vn';
const STRANGER = 'khach@gmail.com';
const PEOPLE = [OWNER, SECRETARIAT, A, B, APPRAISER, BOTH, STRANGER] as const;
type Person = (typeof PEOPLE)[number];

/** Columns of a unit sheet: A Mã … K Điểm sau giải trình, L an extra column of the unit's own. */
const UNIT_HEADER = [
  'Mã',
  'Tiêu chí',
  'Điểm tối đa',
  'Số liệu kê khai',
  'Trên tổng số',
  'Điểm tự chấm',
  'Tài liệu kiểm chứng',
  'Điểm thẩm định',
  'Ý kiến thẩm định',
  'Giải trình',
  'Điểm sau giải trình',
  'Ghi chú riêng',
];

function unitSheet(name: string): { name: string; values: Cell[][] } {
  return {
    name,
    values: [UNIT_HEADER, ['1', 'Chỉ đạo'], ['1.1', 'Kế hoạch', 10, 'Có', '', 10, 'QĐ 1']],
  };
}

function workbook(stage: string) {
  return {
    sheets: [
      {
        name: 'Cài đặt',
        values: [
          ['Năm', 2025],
          ['Giai đoạn', stage],
          ['Thư ký', SECRETARIAT],
          ['Tổ thẩm định', `${APPRAISER}, ${BOTH}`],
        ],
      },
      {
        name: 'Tiêu chí',
        values: [
          ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
          ['1', 'Chỉ đạo', 10, ''],
          ['1.1', 'Kế hoạch', 10, 'có/không'],
        ],
      },
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Tên sheet', 'Thư điện tử'],
          ['Sở A', 'Sở A', A],
          ['Xã B', 'Xã B', `${B}; ${BOTH}`],
        ],
      },
      unitSheet('Sở A'),
      unitSheet('Xã B'),
      { name: 'Ghi chú', values: [['của tôi']] },
    ],
  };
}

function load(stage: string): LoadedBundle {
  const bundle = loadBundle(workbook(stage));
  bundle.env.uncounted(() => bundle.env.spreadsheet.addEditors(PEOPLE.slice(1)));
  return bundle;
}

/** The cells of the table, each by a sheet and an A1 cell. */
const CELLS: Record<string, [string, string]> = {
  'A value': ['Sở A', 'D3'],
  'A of': ['Sở A', 'E3'],
  'A self': ['Sở A', 'F3'],
  'A evidence': ['Sở A', 'G3'],
  'A appraised': ['Sở A', 'H3'],
  'A note': ['Sở A', 'I3'],
  'A explanation': ['Sở A', 'J3'],
  'A reappraised': ['Sở A', 'K3'],
  'A value, last row of the grid': ['Sở A', 'D1000'],
  'A header': ['Sở A', 'D1'],
  'A code': ['Sở A', 'A3'],
  'A max': ['Sở A', 'C3'],
  'A other column': ['Sở A', 'L3'],
  'B value': ['Xã B', 'D3'],
  'B self': ['Xã B', 'F3'],
  'B appraised': ['Xã B', 'H3'],
  'B note': ['Xã B', 'I3'],
  'B explanation': ['Xã B', 'J3'],
  'B reappraised': ['Xã B', 'K3'],
  criteria: ['Tiêu chí', 'C3'],
  units: ['Đơn vị', 'C2'],
  settings: ['Cài đặt', 'B2'],
  ranking: ['Xếp hạng', 'A3'],
  deductions: ['Trừ điểm', 'A1'],
  notes: ['Ghi chú', 'A1'],
};

/** Who besides the secretariat may edit each cell at each stage: the contract's table, written out. */
const UNIT_A = ['A value', 'A of', 'A self', 'A evidence', 'A value, last row of the grid', 'A explanation'];
const UNIT_B = ['B value', 'B self', 'B explanation'];
const EXPECTED: Record<string, Record<Exclude<Person, typeof OWNER | typeof SECRETARIAT>, string[]>> = {
  'kê khai': {
    [A]: [...UNIT_A, 'notes'],
    [B]: [...UNIT_B, 'notes'],
    [APPRAISER]: ['notes'],
    [BOTH]: [...UNIT_B, 'notes'],
    [STRANGER]: ['notes'],
  },
  'thẩm định': {
    [A]: ['notes'],
    [B]: ['notes'],
    [APPRAISER]: ['A appraised', 'A note', 'B appraised', 'B note', 'notes'],
    [BOTH]: ['A appraised', 'A note', 'notes'],
    [STRANGER]: ['notes'],
  },
  'giải trình': {
    [A]: ['A explanation', 'notes'],
    [B]: ['B explanation', 'notes'],
    [APPRAISER]: ['A reappraised', 'B reappraised', 'notes'],
    [BOTH]: ['A reappraised', 'B explanation', 'notes'],
    [STRANGER]: ['notes'],
  },
  'công bố': {
    [A]: ['notes'],
    [B]: ['notes'],
    [APPRAISER]: ['notes'],
    [BOTH]: ['notes'],
    [STRANGER]: ['notes'],
  },
};

function editable(bundle: LoadedBundle, person: string): string[] {
  bundle.env.setUser(person);
  return Object.entries(CELLS)
    .filter(([, [sheet, cell]]) =>
      bundle.env.uncounted(() => bundle.env.spreadsheet.getSheetByName(sheet)?.getRange(cell).canEdit()),
    )
    .map(([kind]) => kind);
}

describe.each(Object.keys(EXPECTED))('at the stage "%s"', (stage) => {
  let bundle: LoadedBundle;
  let result: RolesDto;
  beforeAll(() => {
    bundle = load(stage);
    bundle.call('recomputeRanking');
    result = bundle.call<RolesDto>('applyRoles');
  });

  test('Apply roles reports what it did', () => {
    const names = {
      'kê khai': 'kê khai',
      'thẩm định': 'thẩm định',
      'giải trình': 'giải trình',
      'công bố': 'công bố',
    };
    expect(result).toMatchObject({ ok: true, units: 2, remaining: [], kept: [], errors: [] });
    expect(result.message).toBe(
      `2 đơn vị, 2 người thẩm định, giai đoạn ${names[stage as keyof typeof names]}.`,
    );
  });

  test.each([OWNER, SECRETARIAT])('%s may edit every cell', (person) => {
    expect(editable(bundle, person)).toEqual(Object.keys(CELLS));
  });

  test.each(Object.keys(EXPECTED[stage] ?? {}))('%s may edit exactly what the table gives', (person) => {
    const expected = EXPECTED[stage]?.[person as keyof (typeof EXPECTED)[string]] ?? [];
    expect(editable(bundle, person)).toEqual(Object.keys(CELLS).filter((kind) => expected.includes(kind)));
  });

  test('a person not allowed who types into a protected cell is refused', () => {
    bundle.env.setUser(STRANGER);
    const sheet = bundle.env.spreadsheet.getSheetByName('Sở A');
    expect(() => sheet?.getRange('F3').setValue(1)).toThrow(PROTECTED_MESSAGE);
  });
});
