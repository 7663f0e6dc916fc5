/**
 * What Apply roles changes and what it refuses, and the check every writing action makes first (WORKBOOK.md,
 * "Roles and stages"): a unit's account pressing Recompute, Mark, Clear, Save to History, reports, Set up or the
 * settings writes nothing and is told only the secretariat can; the generated tabs are protected for the
 * secretariat from the first Recompute; a changed stage moves the open cells; errors of the roles change nothing.
 */
import type { Cell } from '../../src/core/types';
import type { RolesDto, StatusDto } from '../../src/shared/api';
import type { FakeEnvironment } from '../fakes/apps-script';
import { loadBundle, type LoadedBundle } from './bundle';

const SECRETARIAT = 'thuky@snv.gov.vn';
const A = 'a@so-a.gov.vn';
const APPRAISER = 'td@snv.gov.vn';
const STRANGER = 'khach@gmail.com';

const UNIT_HEADER: Cell[] = [
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
];

function sheets(units: number, emails: (i: number) => string = (i) => (i === 1 ? A : '')) {
  const names = Array.from({ length: units }, (_, i) => `Đơn vị ${i + 1}`);
  return [
    {
      name: 'Cài đặt',
      values: [
        ['Năm', 2025],
        ['Thư ký', SECRETARIAT],
        ['Tổ thẩm định', APPRAISER],
      ] as Cell[][],
    },
    {
      name: 'Tiêu chí',
      values: [
        ['Mã', 'Tiêu chí', 'Điểm tối đa'],
        ['1', 'Chỉ đạo', 10],
        ['1.1', 'Kế hoạch', 10],
      ] as Cell[][],
    },
    {
      name: 'Đơn vị',
      values: [['Đơn vị', 'Email'], ...names.map((name, i) => [name, emails(i + 1)])] as Cell[][],
    },
    ...names.map((name) => ({
      name,
      values: [UNIT_HEADER, ['1.1', 'Kế hoạch', 10, '', '', 8]] as Cell[][],
    })),
  ];
}

function load(units = 2, emails?: (i: number) => string): LoadedBundle {
  const bundle = loadBundle({ sheets: sheets(units, emails) });
  bundle.env.uncounted(() => bundle.env.spreadsheet.addEditors([SECRETARIAT, A, APPRAISER, STRANGER]));
  return bundle;
}

function canEdit(env: FakeEnvironment, sheet: string, cell: string): boolean | undefined {
  return env.uncounted(() => env.spreadsheet.getSheetByName(sheet)?.getRange(cell).canEdit());
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    // An error of the script's realm is no Error of this one.
    return String((error as { message?: unknown }).message);
  }
  return 'did not throw';
}

/** Every protection's type, sheet, range and editors: what a change of roles leaves behind. */
function protections(env: FakeEnvironment): string[] {
  return env.uncounted(() =>
    (['SHEET', 'RANGE'] as const).flatMap((type) =>
      env.spreadsheet.getProtections(type).map(
        (p) =>
          `${type} ${p.getRange().getSheet().getName()}!${p.getRange().getA1Notation()} ${p
            .getEditors()
            .map((u) => u.getEmail())
            .join(',')}${p.isWarningOnly() ? ' warning' : ''}`,
      ),
    ),
  );
}

const ONLY = (sheet: string) =>
  `Chỉ thư ký (Sở Nội vụ) mới chạy được thao tác này: bạn không được sửa "${sheet}". Không có gì được ghi.`;

describe('the generated tabs', () => {
  test('are protected for the secretariat from the first Recompute, roles applied or not, never warning-only', () => {
    const bundle = load();
    bundle.call('recomputeRanking');
    for (const tab of ['Xếp hạng', 'Trừ điểm', 'Phân tích']) {
      bundle.env.setUser(STRANGER);
      expect([tab, canEdit(bundle.env, tab, 'A1')]).toEqual([tab, false]);
      bundle.env.setUser(SECRETARIAT);
      expect([tab, canEdit(bundle.env, tab, 'A1')]).toEqual([tab, true]);
    }
    expect(protections(bundle.env).filter((p) => p.includes('warning'))).toEqual([]);
    // The unit sheets are not protected until roles are applied.
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, 'Đơn vị 1', 'H2')).toBe(true);
  });

  test('a warning-only protection of an earlier version becomes a real one', () => {
    const bundle = load();
    bundle.call('recomputeRanking');
    bundle.env.uncounted(() => {
      const tab = bundle.env.spreadsheet.getSheetByName('Xếp hạng');
      tab?.getProtections('SHEET' as never)[0]?.remove();
      tab?.protect().setDescription('Chỉ số CCHC').setWarningOnly(true);
    });
    bundle.call('recomputeRanking');
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, 'Xếp hạng', 'A1')).toBe(false);
  });

  test('a report tab is protected for the secretariat too', () => {
    const bundle = load();
    bundle.call('buildReports', ['Đơn vị 1']);
    bundle.env.setUser(A);
    expect(canEdit(bundle.env, 'Báo cáo – Đơn vị 1', 'A1')).toBe(false);
  });
});

describe('a person who is not the secretariat', () => {
  let bundle: LoadedBundle;
  beforeEach(() => {
    bundle = load();
    bundle.call('recomputeRanking');
    bundle.call('buildReports', 'all');
    bundle.call('applyRoles');
    bundle.env.setUser(A);
  });

  test('presses Recompute: nothing is written, and they are told why', () => {
    const before = bundle.env.snapshot();
    bundle.env.resetCalls();
    expect(thrown(() => bundle.call('recomputeRanking'))).toBe(ONLY('Cài đặt'));
    expect(bundle.env.snapshot()).toEqual(before);
    const writes = Object.keys(bundle.env.calls.byMethod).filter((m) =>
      /^(Spreadsheet|Sheet|Range|Protection)\.(set|insert|delete|clear|remove|protect|merge)/.test(m),
    );
    expect(writes).toEqual([]);
  });

  test.each([
    ['markDeductions', []],
    ['clearMarks', []],
    ['saveToHistory', []],
    ['buildReports', ['all']],
    ['setupWorkbook', []],
    ['applyRoles', []],
    ['applyRoles', ['appraisal']],
    [
      'saveSettings',
      [{ basis: 'auto', bands: 'A>=90; B>=80; C>=70; D', language: 'vi', year: 2025, compareWith: null }],
    ],
  ])('runs %s %j: nothing changes and they are told why', (name, args) => {
    const before = bundle.env.snapshot();
    const protectionsBefore = protections(bundle.env);
    expect(thrown(() => bundle.call(name, ...args))).toBe(ONLY('Cài đặt'));
    expect(bundle.env.snapshot()).toEqual(before);
    expect(protections(bundle.env)).toEqual(protectionsBefore);
  });

  test('an English workbook says so in English', () => {
    const english = loadBundle({
      sheets: [
        { name: 'Settings', values: [['Year', 2025]] },
        {
          name: 'Criteria',
          values: [
            ['Code', 'Criterion', 'Max'],
            ['1.1', 'Plan', 10],
          ],
        },
        {
          name: 'Units',
          values: [
            ['Unit', 'Email'],
            ['Dept A', A],
          ],
        },
        {
          name: 'Dept A',
          values: [
            ['Code', 'Value'],
            ['1.1', 5],
          ],
        },
      ],
    });
    english.call('applyRoles');
    english.env.setUser(A);
    expect(thrown(() => english.call('recomputeRanking'))).toBe(
      'Only the secretariat can run this: you may not edit "Settings". Nothing was written.',
    );
  });
});

describe('Apply roles', () => {
  test('a Stage cell naming no stage is fixed from the sidebar: the chosen stage is written over it', () => {
    const bundle = load();
    bundle.env.uncounted(() =>
      bundle.env.spreadsheet
        .getSheetByName('Cài đặt')
        ?.getRange('A4:B4')
        .setValues([['Giai đoạn', 'chấm']]),
    );
    expect(bundle.call<RolesDto>('applyRoles').ok).toBe(false);
    const chosen = bundle.call<RolesDto>('applyRoles', 'thẩm định');
    expect(chosen.ok).toBe(true);
    expect(bundle.env.cell('Cài đặt', 'B4').value).toBe('thẩm định');
  });

  test('a Settings sheet made while roles are in force is protected for the secretariat', () => {
    const bundle = load();
    bundle.call('applyRoles');
    bundle.env.uncounted(() => {
      const settings = bundle.env.spreadsheet.getSheetByName('Cài đặt');
      if (settings) bundle.env.spreadsheet.deleteSheet(settings);
    });
    bundle.call('saveSettings', {
      basis: 'auto',
      bands: 'A>=90; B>=80; C>=70; D',
      language: 'vi',
      year: 2025,
      compareWith: null,
    });
    bundle.env.setUser(A);
    expect(canEdit(bundle.env, 'Cài đặt', 'B1')).toBe(false);
    // The secretariat's accounts were in the Settings sheet deleted: the owner alone edits the new one.
    bundle.env.setUser('owner@example.com');
    expect(canEdit(bundle.env, 'Cài đặt', 'B1')).toBe(true);
  });

  test('a new year applies the roles again, for self-assessment: unit A may declare again, the appraiser may not', () => {
    const bundle = load();
    bundle.call('recomputeRanking');
    bundle.call('applyRoles', 'thẩm định');
    bundle.env.setUser(A);
    expect(canEdit(bundle.env, 'Đơn vị 1', 'F2')).toBe(false);
    bundle.env.setUser('owner@example.com');
    bundle.env.alertReply = (_text, buttons) => (buttons === 'YES_NO' ? 'YES' : 'OK');
    expect(bundle.call<{ ok: boolean }>('startNewYear').ok).toBe(true);
    expect(bundle.env.cell('Cài đặt', 'B1').value).toBe(2026);
    bundle.env.setUser(A);
    expect(canEdit(bundle.env, 'Đơn vị 1', 'F2')).toBe(true);
    bundle.env.setUser(APPRAISER);
    expect(canEdit(bundle.env, 'Đơn vị 1', 'H2')).toBe(false);
  });

  test('the status says whether roles are applied, so a copy that lost its protections is noticed', () => {
    const bundle = load();
    expect(bundle.call<StatusDto>('getStatus').rolesApplied).toBe(false);
    bundle.call('applyRoles');
    expect(bundle.call<StatusDto>('getStatus').rolesApplied).toBe(true);
  });

  test('a new stage from the sidebar is saved into Settings and moves the open cells; old protections go', () => {
    const bundle = load();
    bundle.call('applyRoles');
    const first = protections(bundle.env);
    expect(bundle.call<RolesDto>('applyRoles', 'thẩm định').message).toContain('giai đoạn thẩm định');
    expect(bundle.env.cell('Cài đặt', 'B4').value).toBe('thẩm định');
    expect(bundle.env.cell('Cài đặt', 'A4').value).toBe('Giai đoạn');
    bundle.env.setUser(A);
    expect(canEdit(bundle.env, 'Đơn vị 1', 'F2')).toBe(false);
    bundle.env.setUser(APPRAISER);
    expect(canEdit(bundle.env, 'Đơn vị 1', 'H2')).toBe(true);
    const second = protections(bundle.env);
    // One sheet protection per protected sheet, and only the appraisal ranges (H:I of each unit sheet).
    expect(second.filter((p) => p.startsWith('SHEET'))).toHaveLength(
      first.filter((p) => p.startsWith('SHEET')).length,
    );
    expect(second.filter((p) => p.startsWith('RANGE'))).toEqual([
      `RANGE Đơn vị 1!H2:I1000 owner@example.com,${SECRETARIAT},${APPRAISER}`,
      `RANGE Đơn vị 2!H2:I1000 owner@example.com,${SECRETARIAT},${APPRAISER}`,
    ]);
    // Saved again over the same row.
    bundle.env.setUser('owner@example.com');
    bundle.call('applyRoles', 'published');
    expect(bundle.env.cell('Cài đặt', 'B4').value).toBe('công bố');
    expect(protections(bundle.env).filter((p) => p.startsWith('RANGE'))).toEqual([]);
  });

  test('writes the stage into a new Settings sheet when there is none', () => {
    const bundle = loadBundle({ sheets: sheets(1).slice(1) });
    bundle.call('applyRoles', 'explanation');
    expect(bundle.env.snapshot()['Cài đặt']).toEqual([['Giai đoạn', 'giải trình']]);
  });

  test("never changes a person's own protection, and lists the sheet", () => {
    const bundle = load();
    bundle.env.uncounted(() => {
      const sheet = bundle.env.spreadsheet.getSheetByName('Đơn vị 2');
      sheet?.protect().setDescription('Khoá của tôi');
      sheet?.getRange('L1').protect().setDescription('Ô của tôi');
    });
    const result = bundle.call<RolesDto>('applyRoles');
    expect(result.kept).toEqual(['Đơn vị 2']);
    expect(result.message).toBe(
      '2 đơn vị, 1 người thẩm định, giai đoạn kê khai. Giữ bảo vệ riêng ở: Đơn vị 2.',
    );
    const mine = bundle.env.uncounted(() =>
      bundle.env.spreadsheet
        .getSheetByName('Đơn vị 2')
        ?.getProtections('SHEET' as never)
        .map((p) => p.getDescription()),
    );
    expect(mine).toEqual(['Khoá của tôi']);
    bundle.call('applyRoles');
    expect(protections(bundle.env).filter((p) => p.includes('Đơn vị 2!L1'))).toHaveLength(1);
  });

  test('Set up protects the unit sheets it creates with the roles in force, once roles were applied', () => {
    const bundle = load();
    bundle.call('setupWorkbook');
    bundle.call('applyRoles');
    bundle.env.uncounted(() =>
      bundle.env.spreadsheet
        .getSheetByName('Đơn vị')
        ?.getRange('A4:B4')
        .setValues([['Đơn vị 3', A]]),
    );
    expect(bundle.call<{ created: string[] }>('setupWorkbook').created).toEqual(['Đơn vị 3']);
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, 'Đơn vị 3', 'A2')).toBe(false);
    expect(canEdit(bundle.env, 'Đơn vị 3', 'D2')).toBe(false);
    bundle.env.setUser(A);
    expect(canEdit(bundle.env, 'Đơn vị 3', 'D2')).toBe(true);
    expect(canEdit(bundle.env, 'Đơn vị 3', 'H2')).toBe(false);
  });

  test('Set up before roles are applied protects nothing', () => {
    const bundle = load();
    bundle.call('setupWorkbook');
    expect(protections(bundle.env)).toEqual([]);
  });

  test('names each error of the roles with its cell and changes nothing', () => {
    const bundle = load(2, (i) => (i === 1 ? 'a@so-a' : ''));
    const result = bundle.call<RolesDto>('applyRoles');
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      { sheet: 'Đơn vị', cell: 'B2', message: expect.stringContaining('"a@so-a"') },
    ]);
    expect(result.message).toBe('Chưa phân quyền, không có gì thay đổi: 1 lỗi (xem thanh bên).');
    expect(protections(bundle.env)).toEqual([]);
    // Scoring ignores them.
    expect(() => bundle.call('recomputeRanking')).not.toThrow();
  });

  test('does up to 200 units in one call and returns the units left for the next', () => {
    const bundle = load(203);
    const first = bundle.call<RolesDto>('applyRoles');
    expect(first.units).toBe(200);
    expect(first.remaining).toEqual(['Đơn vị 201', 'Đơn vị 202', 'Đơn vị 203']);
    expect(first.message).toBe(
      '203 đơn vị, 1 người thẩm định, giai đoạn kê khai. Còn 3 đơn vị: thanh bên tự làm tiếp; nếu chạy từ menu, hãy bấm Phân quyền ở thanh bên để làm nốt.',
    );
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, 'Đơn vị 200', 'A2')).toBe(false);
    expect(canEdit(bundle.env, 'Đơn vị 201', 'A2')).toBe(true);
    bundle.env.setUser('owner@example.com');
    const second = bundle.call<RolesDto>('applyRoles', null, first.remaining);
    expect(second).toMatchObject({ ok: true, units: 3, remaining: [] });
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, 'Đơn vị 203', 'A2')).toBe(false);
  });
});

describe('Apply roles against the clock', () => {
  test('stops before the time runs out and returns the units left, the sheets of the contract done first', () => {
    const bundle = load(20);
    // One second a call: about 35 s a unit sheet, so some 9 fit in the 330 s a call allows.
    bundle.env.callCost = () => 1000;
    const first = bundle.call<RolesDto>('applyRoles');
    expect(first.units).toBeGreaterThan(0);
    expect(first.units + first.remaining.length).toBe(20);
    expect(first.remaining.length).toBeGreaterThan(0);
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, 'Tiêu chí', 'A1')).toBe(false);
    expect(canEdit(bundle.env, first.remaining[0] as string, 'A1')).toBe(true);
    bundle.env.setUser('owner@example.com');
    let left = first.remaining;
    while (left.length > 0) left = bundle.call<RolesDto>('applyRoles', null, left).remaining;
    bundle.env.setUser(STRANGER);
    expect(canEdit(bundle.env, first.remaining[0] as string, 'A1')).toBe(false);
  });
});

describe('the calls Apply roles makes', () => {
  /** Calls of one applyRoles at the self-assessment stage, every unit with an account, over `units` unit sheets. */
  function calls(units: number, again: boolean): Record<string, number> {
    const bundle = load(units, (i) => `u${i}@xa.gov.vn`);
    if (again) bundle.call('applyRoles');
    bundle.env.resetCalls();
    bundle.call('applyRoles');
    return { ...bundle.env.calls.byMethod, total: bundle.env.calls.total };
  }

  /**
   * Per unit sheet, first time: reading 4 (getType, getName, getSheetId, getSheetValues), the plan 2 (getType, to
   * list the grid sheets again, and getMaxRows),
   * the check 5 (getSheetByName, getMaxRows, getMaxColumns, getRange, canEdit), getProtections 2; two open ranges
   * (D:G and J) at 8 each (getRange, protect, setDescription, getEditors, removeEditors, addEditors, canDomainEdit,
   * setDomainEdit); the sheet protection 7 (protect, setDescription, getEditors, removeEditors, canDomainEdit,
   * setDomainEdit, setUnprotectedRanges): 4 + 2 + 5 + 2 + 16 + 7 = 36. Applied again: the sheet protection is
   * reused (no protect, no setDomainEdit: −2; setWarningOnly +1), each of the three is recognised by its
   * description (+3) and the two old range protections are removed (+2): 40.
   */
  test.each([
    [false, 36],
    [true, 40],
  ])('are a fixed number per unit sheet (applied before: %s): %d', (again, perUnit) => {
    const small = calls(10, again);
    const large = calls(30, again);
    expect(((large.total ?? 0) - (small.total ?? 0)) / 20).toBe(perUnit);
  });
});
