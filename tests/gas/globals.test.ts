import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { REGISTRY } from '../../src/gas/registry';
import { CRITERIA_TEMPLATES } from '../../src/template/registry';
import { HISTORY_HEADER } from '../../src/template/sheet-headers';
import { bundleSource, exampleWorkbook, loadBundle, MAPPED_BUNDLE, ROOT } from './bundle';

const CRITERIA: unknown[][] = [
  ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
  ['1', 'Chỉ đạo, điều hành', '', ''],
  ['1.1', 'Kế hoạch CCHC', 1, 'lựa chọn: Kịp thời=1; Không kịp thời=0.5; Không ban hành=0'],
  ['1.2', 'Hồ sơ đúng hạn', 2, 'mức: >=90%=2; >=70%=1; else=0'],
  ['1.3', 'Công thức', 3, 'công thức: (b/a)*1 + (c/a)*0.5'],
  ['1.4', 'Tự chấm', 4, ''],
];

describe('the bundle the vm tests run', () => {
  test('is the deployed code with line breaks kept and a source map beside it; dist/ holds no map', () => {
    const stubs = (code: string): string => code.slice(code.indexOf('\n/**'));
    const mappedCode = readFileSync(MAPPED_BUNDLE, 'utf8');
    expect(mappedCode.endsWith('\n//# sourceMappingURL=Code.js.map\n')).toBe(true);
    expect(stubs(mappedCode)).toBe(`${stubs(bundleSource())}\n//# sourceMappingURL=Code.js.map\n`);
    expect(readdirSync(join(ROOT, 'dist')).filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(bundleSource()).not.toContain('sourceMappingURL');
  });
});

describe('the registry of globals', () => {
  const bundle = loadBundle({ sheets: [{ name: 'Tiêu chí', values: CRITERIA as never }] });
  const exported = Object.keys(
    (bundle.context as Record<string, Record<string, unknown>>).ParIndex ?? {},
  ).sort();

  test('lists exactly the functions the bundle exports', () => {
    expect(Object.keys(REGISTRY).sort()).toEqual(exported);
  });

  test('every entry is a top-level function with the parameters of its help', () => {
    for (const [name, entry] of Object.entries(REGISTRY)) {
      const fn = (bundle.context as Record<string, unknown>)[name];
      expect(typeof fn).toBe('function');
      expect((fn as (...args: unknown[]) => unknown).length).toBe(entry.params.length);
    }
  });

  test('every implementation takes the parameters its help names (the stub passes exactly those)', () => {
    const implementations = (
      bundle.context as Record<string, Record<string, (...args: unknown[]) => unknown>>
    ).ParIndex;
    for (const [name, entry] of Object.entries(REGISTRY))
      expect([name, implementations?.[name]?.length]).toEqual([name, entry.params.length]);
  });

  test('custom functions carry @customfunction JSDoc with real parameter names', () => {
    const source = bundleSource();
    for (const [name, entry] of Object.entries(REGISTRY).filter(
      ([, candidate]) => candidate.kind === 'custom',
    )) {
      const doc = new RegExp(`/\\*\\*[^]*?@customfunction\\s*\\*/\\s*function ${name}\\(`);
      expect(source).toMatch(doc);
      for (const param of entry.params) expect(source).toContain(`} ${param.name} `);
    }
  });

  test('the bundle has no module syntax, eval or Function constructor', () => {
    const source = bundleSource();
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\beval\s*\(|new Function|\bFunction\s*\(/);
    const bare = vm.createContext({});
    vm.runInContext(source, bare);
    expect(vm.runInContext('typeof require + typeof process + typeof module', bare)).toBe(
      'undefinedundefinedundefined',
    );
  });
});

describe('custom functions, called through the global stubs as Sheets calls them', () => {
  const bundle = loadBundle({ sheets: [{ name: 'Tiêu chí', values: CRITERIA as never }] });
  const call = bundle.call;

  test('PAR_SCORE scores a whole column, with blank rows, parents, manual rows and error cells', () => {
    const codes = [['1'], ['1.1'], [''], ['1.2'], ['1.3'], ['1.4'], ['1.2']];
    const values = [[''], ['Không kịp thời'], [''], [452], ['a=12; b=11; c=1'], [''], ['#N/A']];
    const ofs = [[''], [''], [''], [480], [''], [''], ['']];
    const result = call<unknown[][]>('PAR_SCORE', codes, values, ofs, CRITERIA);
    expect(result[0]).toEqual(['']); // a parent is not scored
    expect(result[1]).toEqual([0.5]); // choice "Không kịp thời" = 0.5
    expect(result[2]).toEqual(['']); // blank row
    expect(result[3]).toEqual([2]); // 452/480 = 0.9417 ≥ 90% → 2
    expect(result[4]?.[0]).toBeCloseTo(11 / 12 + (1 / 12) * 0.5, 12); // (b/a)*1 + (c/a)*0.5 = 0.9583
    expect(result[5]).toEqual(['']); // manual: nothing to compute
    expect(result[6]).toEqual(['Ô có lỗi công thức #N/A; cần một giá trị.']);
  });

  test('PAR_SCORE without a criteria range reads the Tiêu chí sheet itself', () => {
    expect(call('PAR_SCORE', [['1.1']], [['Kịp thời']])).toEqual([[1]]);
  });

  test('PAR_TOTAL, PAR_INDEX, PAR_FIELD and PAR_FLAGS score a unit range', () => {
    const unit = [
      ['Mã', 'Số liệu kê khai', 'Trên tổng số', 'Điểm tự chấm'],
      ['1.1', 'Kịp thời', '', ''],
      ['1.2', 0.8, '', ''],
      ['1.3', 'a=10; b=10; c=0', '', ''],
      ['1.4', '', '', 3],
    ];
    // 1.1 → 1; 1.2: 80% ≥ 70% → 1; 1.3: 10/10 = 1; 1.4: self 3. Points 6 of max 10.
    expect(call('PAR_TOTAL', unit, CRITERIA)).toBe(6);
    expect(call('PAR_INDEX', unit, CRITERIA)).toBe(60);
    expect(call('PAR_FIELD', unit, '1', CRITERIA)).toBe(60);
    // lost: 1.2 by 1, 1.3 by 2, 1.4 by 1.
    expect(call('PAR_FLAGS', unit, CRITERIA)).toEqual([
      ['1.2', 'mất điểm', 1],
      ['1.3', 'mất điểm', 2],
      ['1.4', 'mất điểm', 1],
    ]);
  });

  test('a unit error comes back as a readable message naming the cell', () => {
    const unit = [
      ['Mã', 'Số liệu kê khai', 'Trên tổng số', 'Điểm tự chấm'],
      ['1.4', '', '', 5],
    ];
    expect(call('PAR_TOTAL', unit, CRITERIA)).toBe(
      'D2 Điểm 5 ngoài khoảng cho phép [0; 4] của tiêu chí 1.4.',
    );
  });

  test('PAR_RANK gives competition ranks within groups; PAR_CLASS the class', () => {
    const indexes = [[90], [85.5], [90], [''], [70], [99]];
    const groups = [['A'], ['A'], ['A'], ['A'], ['B'], ['B']];
    expect(call('PAR_RANK', indexes, groups)).toEqual([[1], [3], [1], [''], [2], [1]]);
    expect(call('PAR_CLASS', indexes)).toEqual([['A'], ['B'], ['A'], [''], ['C'], ['A']]);
    expect(call('PAR_CLASS', [[95], [50]], 'Xuất sắc>=90; Tốt>=80; Đạt')).toEqual([['Xuất sắc'], ['Đạt']]);
  });
});

describe('menu, sidebar, setup and marks', () => {
  test('onOpen builds the add-on menu, also in AuthMode.NONE; onInstall calls it', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Trang tính1', values: [['']] }] });
    const none = (bundle.context as { ScriptApp: { AuthMode: { NONE: unknown } } }).ScriptApp.AuthMode.NONE;
    bundle.call('onOpen', { authMode: none });
    bundle.call('onInstall', { authMode: none });
    const menus = bundle.env.ui.menus;
    expect(menus).toHaveLength(2);
    expect(menus[0]?.items.map((item) => item.functionName)).toEqual([
      'showSidebar',
      'validateWorkbook',
      'recomputeRanking',
      'markDeductions',
      'clearMarks',
      'saveToHistory',
      'applyRoles',
      'setupWorkbook',
    ]);
    expect(menus[0]?.items[0]?.caption).toBe('Mở thanh bên');
  });

  test('the menu is in English when the spreadsheet locale is not Vietnamese', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, 'en_US');
    bundle.call('onOpen');
    expect(bundle.env.ui.menus[0]?.items[0]?.caption).toBe('Open sidebar');
  });

  test('setupWorkbook then recomputeRanking on an empty spreadsheet gives a fully ranked template', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Trang tính1', values: [['']] }] });
    const setup = bundle.call<{ created: string[] }>('setupWorkbook');
    expect(setup.created).toEqual([
      'Cài đặt',
      'Tiêu chí',
      'Đơn vị',
      'Điều tra',
      'Lịch sử',
      'Đơn vị mẫu 1',
      'Đơn vị mẫu 2',
      'Đơn vị mẫu 3',
    ]);
    const result = bundle.call<{ errors: unknown[] }>('recomputeRanking');
    expect(result.errors).toEqual([]);
    const [, header, ...rows] = bundle.env.snapshot()['Xếp hạng'] as unknown[][];
    const rank = (header as string[]).indexOf('Hạng');
    // Blank unit sheets score 0 everywhere (not-scored): all three tie at rank 1.
    expect(rows.map((row) => row[rank])).toEqual([1, 1, 1]);
    const last = CRITERIA_TEMPLATES['cap-xa'].rows('vi').length; // header + one row per criterion
    expect(bundle.env.formulas('Đơn vị mẫu 1')[1]?.[11]).toBe(
      `=PAR_SCORE(A2:A${last}; D2:D${last}; E2:E${last}; 'Tiêu chí'!A1:F)`,
    );
  });

  test('setupWorkbook leaves existing sheets untouched and adds only the History the example lacks', async () => {
    const workbook = await exampleWorkbook();
    const bundle = loadBundle(workbook);
    const before = bundle.env.snapshot();
    const setup = bundle.call<{ created: string[] }>('setupWorkbook');
    expect(setup.created).toEqual(['Lịch sử']);
    expect(bundle.env.snapshot()).toEqual({ ...before, 'Lịch sử': [HISTORY_HEADER.vi] });
  });

  test('markDeductions colours flagged rows and notes why; clearMarks removes exactly that', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const sheet = 'Thạch Hà';
    const range = () => bundle.env.spreadsheet.getSheetByName(sheet)!.getDataRange();
    bundle.env.uncounted(() => range().getCell(5, 2).setBackground('#00ff00').setNote('ghi chú của cán bộ'));
    const backgrounds = bundle.env.uncounted(() => range().getBackgrounds());
    const notes = bundle.env.uncounted(() => range().getNotes());
    const marked = bundle.call<{ rows: number }>('markDeductions');
    expect(marked.rows).toBeGreaterThan(0);
    const markedBackgrounds = bundle.env.uncounted(() => range().getBackgrounds());
    expect(markedBackgrounds.flat().filter((colour) => colour === '#fce8e6').length).toBeGreaterThan(0);
    bundle.call('clearMarks');
    expect(bundle.env.uncounted(() => range().getBackgrounds())).toEqual(backgrounds);
    expect(bundle.env.uncounted(() => range().getNotes())).toEqual(notes);
  });
});

describe('custom functions with skipped arguments', () => {
  test('an empty Of argument and a criteria range in fourth place', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Tiêu chí', values: CRITERIA as never }] });
    // =PAR_SCORE(A2:A2; B2:B2; ; Tiêu chí!A1:D6): Sheets passes the skipped Of as ''.
    expect(bundle.call('PAR_SCORE', [['1.1']], [['Không ban hành']], '', CRITERIA)).toEqual([[0]]);
    expect(
      bundle.call(
        'PAR_TOTAL',
        [
          ['Mã', 'Điểm tự chấm'],
          ['1.4', 2],
        ],
        '',
      ),
    ).toBe(2);
  });
});

describe('saveSettings', () => {
  test('writes into the Settings sheet however its name is spelt, and keeps the other rows', () => {
    const bundle = loadBundle({
      sheets: [
        { name: 'Tiêu chí', values: CRITERIA as never },
        {
          name: 'Cai dat',
          values: [
            ['Năm', 2025],
            ['Diem xep hang', 'auto'],
          ],
        },
      ],
    });
    bundle.call('saveSettings', { basis: 'appraised', bands: 'A>=95; B>=85; C', language: 'vi' });
    const snapshot = bundle.env.snapshot();
    expect(Object.keys(snapshot)).toEqual(['Tiêu chí', 'Cai dat']);
    expect(snapshot['Cai dat']).toEqual([
      ['Năm', 2025],
      ['Diem xep hang', 'appraised'],
      ['Xếp loại', 'A>=95; B>=85; C'],
      ['Ngôn ngữ', 'vi'],
    ]);
  });

  const settingsOnly = () =>
    loadBundle({
      sheets: [
        { name: 'Tiêu chí', values: CRITERIA as never },
        {
          name: 'Cài đặt',
          values: [
            ['Năm', 2024],
            ['Năm so sánh', 2020],
          ],
        },
      ],
    });
  const base = { basis: 'auto', bands: 'A>=90; B>=80; C', language: 'vi' } as const;

  test('writes this year and the Compare-with year in place, and a blank Compare-with clears it', () => {
    const bundle = settingsOnly();
    const status = bundle.call<{ settings: unknown }>('saveSettings', {
      ...base,
      year: 2025,
      compareWith: '2022',
    });
    expect(status.settings).toEqual({ ...base, year: 2025, compareWith: 2022 });
    expect(bundle.env.snapshot()['Cài đặt']?.slice(0, 2)).toEqual([
      ['Năm', 2025],
      ['Năm so sánh', 2022],
    ]);
    bundle.call('saveSettings', { ...base, year: 2025, compareWith: null });
    expect(bundle.env.snapshot()['Cài đặt']?.slice(0, 2)).toEqual([
      ['Năm', 2025],
      ['Năm so sánh', ''],
    ]);
  });

  test.each([
    [{ year: 2025.5, compareWith: null }, 'Năm "2025.5" không hợp lệ: cần một năm, ví dụ 2025.'],
    [{ year: 'năm nay', compareWith: null }, 'Năm "năm nay" không hợp lệ: cần một năm, ví dụ 2025.'],
    [{ year: 2025, compareWith: 2025 }, 'Năm so sánh 2025 phải trước Năm 2025.'],
    [{ year: 2025, compareWith: 2026 }, 'Năm so sánh 2026 phải trước Năm 2025.'],
    [{ year: null, compareWith: 2022 }, 'Năm so sánh 2022 cần có Năm của bảng tính.'],
  ])('refuses %j with a message and writes nothing', (years, text) => {
    const bundle = settingsOnly();
    const before = bundle.env.snapshot();
    expect(() => bundle.call('saveSettings', { ...base, ...years })).toThrow(text);
    expect(bundle.env.snapshot()).toEqual(before);
  });

  test('refuses in English for an English workbook', () => {
    const bundle = settingsOnly();
    expect(() =>
      bundle.call('saveSettings', { ...base, language: 'en', year: 2025, compareWith: 2030 }),
    ).toThrow('Compare with 2030 must be before the Year 2025.');
  });
});
