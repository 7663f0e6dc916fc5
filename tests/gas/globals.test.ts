import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { REGISTRY } from '../../src/gas/registry';
import { CRITERIA_TEMPLATES } from '../../src/template/registry';
import { HISTORY_HEADER } from '../../src/template/sheet-headers';
import { bundleSource, exampleWorkbook, inCell, isError, loadBundle, MAPPED_BUNDLE, ROOT } from './bundle';

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

  test('dist/Code.js stays under 150 KB (150,000 bytes): every custom-function call parses all of it', () => {
    expect(Buffer.byteLength(bundleSource(), 'utf8')).toBeLessThan(150_000);
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

  test('PAR_SCORE scores a whole column, with blank rows, parents and manual rows', () => {
    const codes = [['1'], ['1.1'], [''], ['1.2'], ['1.3'], ['1.4']];
    const values = [[''], ['Không kịp thời'], [''], [452], ['a=12; b=11; c=1'], ['']];
    const ofs = [[''], [''], [''], [480], [''], ['']];
    const result = call<unknown[][]>('PAR_SCORE', codes, values, ofs, CRITERIA);
    expect(result[0]).toEqual(['']); // a parent is not scored
    expect(result[1]).toEqual([0.5]); // choice "Không kịp thời" = 0.5
    expect(result[2]).toEqual(['']); // blank row
    expect(result[3]).toEqual([2]); // 452/480 = 0.9417 ≥ 90% → 2
    expect(result[4]?.[0]).toBeCloseTo(11 / 12 + (1 / 12) * 0.5, 12); // (b/a)*1 + (c/a)*0.5 = 0.9583
    expect(result[5]).toEqual(['']); // manual: nothing to compute
  });

  test('PAR_SCORE follows nothing arose and Applies to as the ranking does', () => {
    // 2.1 ratio, If none arose = tối đa; 2.2 yes/no, If none arose = không áp dụng; 2.3 for wards only (Phường).
    const criteria = [
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm', 'Áp dụng cho', 'Nếu không phát sinh'],
      ['2', 'Lĩnh vực', '', '', '', ''],
      ['2.1', 'Tỷ lệ', 3, 'tỷ lệ', '', 'tối đa'],
      ['2.2', 'Có ban hành', 2, 'có/không', '', 'không áp dụng'],
      ['2.3', 'Riêng phường', 1, 'có/không', 'Phường', ''],
    ];
    const codes = [['2.1'], ['2.1'], ['2.2'], ['2.3']];
    // Không phát sinh on 2.1 → Max 3; Of = 0 on 2.1 with the policy → Max 3; KPS on 2.2 → not applicable (blank);
    // 2.3 holds nonsense but does not apply to a commune → blank, no error.
    const values = [['Không phát sinh'], [0], ['KPS'], ['???']];
    const ofs = [[''], [0], [''], ['']];
    expect(call('PAR_SCORE', codes, values, ofs, criteria, '', '', 'Xã')).toEqual([[3], [3], [''], ['']]);
    // For a ward, 2.3 applies: its nonsense is an error naming the criterion.
    expect(inCell(bundle, 'PAR_SCORE', codes, values, ofs, criteria, '', '', 'Phường')).toMatchObject({
      error: '#ERROR!',
    });
  });

  test('a row PAR_SCORE cannot score makes the cell #ERROR! naming the criterion, which ISERROR sees', () => {
    const result = inCell(bundle, 'PAR_SCORE', [['1.1'], ['1.2']], [['Kịp thời'], ['#N/A']], '', CRITERIA);
    expect(result).toEqual({
      error: '#ERROR!',
      message: 'Tiêu chí 1.2: Ô có lỗi công thức #N/A; cần một giá trị.',
    });
    expect(isError(result)).toBe(true);
    expect(isError(inCell(bundle, 'PAR_SCORE', [['1.1']], [['Kịp thời']], '', CRITERIA))).toBe(false);
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

  test('a unit error is thrown, naming the cell: #ERROR! in the cell, which ISERROR sees, never text SUM skips', () => {
    const unit = [
      ['Mã', 'Số liệu kê khai', 'Trên tổng số', 'Điểm tự chấm'],
      ['1.4', '', '', 5],
    ];
    for (const name of ['PAR_TOTAL', 'PAR_INDEX', 'PAR_FLAGS'])
      expect(inCell(bundle, name, unit, CRITERIA)).toEqual({
        error: '#ERROR!',
        message: 'D2 Điểm 5 ngoài khoảng cho phép [0; 4] của tiêu chí 1.4.',
      });
    expect(isError(inCell(bundle, 'PAR_FIELD', unit, '1', CRITERIA))).toBe(true);
  });

  test('an unknown field and bad class bands are thrown too', () => {
    const unit = [
      ['Mã', 'Điểm tự chấm'],
      ['1.4', 2],
    ];
    expect(inCell(bundle, 'PAR_FIELD', unit, '9', CRITERIA)).toEqual({
      error: '#ERROR!',
      message: 'Mã 9 không có trong bộ tiêu chí "Tiêu chí".',
    });
    expect(isError(inCell(bundle, 'PAR_CLASS', [[95]], 'A>=90; B>=95; C'))).toBe(true);
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
      'startNewYear',
      'applyRoles',
      'setupWorkbook',
    ]);
    expect(menus[0]?.items[0]?.caption).toBe('Mở thanh bên');
    expect(menus[0]?.items[6]?.caption).toBe('Bắt đầu năm mới');
  });

  test('the menu is in English when the spreadsheet locale is not Vietnamese', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, 'en_US');
    bundle.call('onOpen');
    expect(bundle.env.ui.menus[0]?.items[0]?.caption).toBe('Open sidebar');
    expect(bundle.env.ui.menus[0]?.items[6]?.caption).toBe('Start a new year');
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
    // L, after the eleven columns of a unit sheet: the criteria (A to H: Code … If none arose), the Survey (Unit,
    // 8.1–8.5, SIPAS: A to G), the unit's name and its group (Applies to).
    expect(bundle.env.formulas('Đơn vị mẫu 1')[1]?.[11]).toBe(
      `=PAR_SCORE(A2:A${last}; D2:D${last}; E2:E${last}; 'Tiêu chí'!A1:H; 'Điều tra'!A1:G; "Đơn vị mẫu 1"; "Khối mẫu")`,
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

describe('custom functions agree with the ranking', () => {
  /**
   * 1.1 manual (Max 4), 1.2 survey (Max 3), 1.3 survey rate (Max 3). Huyện A: self 4; Survey 2.5 points and a
   * rate of 80 % → 4 + 2.5 + 3 × 0.8 = 8.9 of 10, index 89.
   */
  const criteria = [
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
    ['1', 'Lĩnh vực', '', ''],
    ['1.1', 'Tự chấm', 4, ''],
    ['1.2', 'Điều tra', 3, 'điều tra'],
    ['1.3', 'Điều tra tỷ lệ', 3, 'điều tra tỷ lệ'],
  ];
  const survey = [
    ['Đơn vị', '1.2', '1.3', 'SIPAS'],
    ['Huyện A', 2.5, '80 %', 0.85],
  ];
  const unitRange = [
    ['Mã', 'Điểm tự chấm'],
    ['1.1', 4],
  ];
  const workbook = {
    sheets: [
      { name: 'Tiêu chí', values: criteria },
      { name: 'Điều tra', values: survey },
      { name: 'Huyện A', values: unitRange },
    ],
  };

  test('PAR_INDEX, PAR_TOTAL and PAR_FIELD given the Survey and the unit give the ranking’s index: 89', () => {
    const bundle = loadBundle(workbook as never);
    bundle.call('recomputeRanking');
    const [, header, row] = bundle.env.snapshot()['Xếp hạng'] as unknown[][];
    const ranked = (row as unknown[])[(header as string[]).indexOf('Chỉ số (%)')] as number;
    expect(ranked).toBeCloseTo(89, 9);
    expect(bundle.call<number>('PAR_INDEX', unitRange, criteria, survey, 'Huyện A')).toBeCloseTo(ranked, 9);
    expect(bundle.call<number>('PAR_TOTAL', unitRange, criteria, survey, 'Huyện A')).toBeCloseTo(8.9, 9);
    expect(bundle.call<number>('PAR_FIELD', unitRange, '1', criteria, survey, 'Huyện A')).toBeCloseTo(89, 9);
    // 1.2 lost 0.5, 1.3 lost 0.6
    const flags = bundle.call<unknown[][]>('PAR_FLAGS', unitRange, criteria, survey, 'huyện a');
    expect(flags.map(([code, kind]) => [code, kind])).toEqual([
      ['1.2', 'mất điểm'],
      ['1.3', 'mất điểm'],
    ]);
    // PAR_SCORE shows the Survey's points for the survey rows: 2.5 and 3 × 0.8 = 2.4
    const scores = bundle.call<unknown[][]>(
      'PAR_SCORE',
      [['1.1'], ['1.2'], ['1.3']],
      [[''], [''], ['']],
      '',
      criteria,
      survey,
      'Huyện A',
    );
    expect(scores[0]).toEqual(['']);
    expect(scores[1]).toEqual([2.5]);
    expect(scores[2]?.[0]).toBeCloseTo(2.4, 12);
  });

  test('without the Survey, survey and survey-rate criteria are left out: 4 of 4, index 100', () => {
    const bundle = loadBundle(workbook as never);
    expect(bundle.call('PAR_INDEX', unitRange, criteria)).toBe(100);
    expect(bundle.call('PAR_SCORE', [['1.2']], [['']], '', criteria)).toEqual([['']]);
  });

  test('a unit with no Survey row gets its survey criteria as not applicable (index 100)', () => {
    const bundle = loadBundle(workbook as never);
    expect(bundle.call('PAR_INDEX', unitRange, criteria, survey, 'Huyện B')).toBe(100);
  });

  test('the Survey without the unit’s name is #ERROR! saying it is needed', () => {
    const bundle = loadBundle(workbook as never);
    expect(inCell(bundle, 'PAR_INDEX', unitRange, criteria, survey)).toEqual({
      error: '#ERROR!',
      message: 'Cần tên đơn vị (đối số unit) để tìm dòng của đơn vị trong sheet Điều tra.',
    });
  });

  test('a Survey cell out of range is #ERROR! naming the cell, in PAR_INDEX and PAR_SCORE', () => {
    const bad = [survey[0] as unknown[], ['Huyện A', 2.5, '120 %', 0.85]];
    const bundle = loadBundle(workbook as never);
    expect(inCell(bundle, 'PAR_INDEX', unitRange, criteria, bad, 'Huyện A')).toEqual({
      error: '#ERROR!',
      message: 'C2 Tỷ lệ điều tra "120 %" của tiêu chí 1.3 nằm ngoài khoảng 0–100 %.',
    });
    expect(isError(inCell(bundle, 'PAR_SCORE', [['1.3']], [['']], '', criteria, bad, 'Huyện A'))).toBe(true);
    const points = [survey[0] as unknown[], ['Huyện A', 3.5, '', 0.85]];
    expect(inCell(bundle, 'PAR_SCORE', [['1.2']], [['']], '', criteria, points, 'Huyện A')).toEqual({
      error: '#ERROR!',
      message: 'Điểm 3,5 ngoài khoảng cho phép [0; 3] của tiêu chí 1.2.',
    });
    const text = [survey[0] as unknown[], ['Huyện A', 'nhiều', '', 0.85]];
    expect(isError(inCell(bundle, 'PAR_SCORE', [['1.2']], [['']], '', criteria, text, 'Huyện A'))).toBe(true);
  });

  test('the Settings sheet’s Basis is used, as the ranking uses it: appraised with none typed scores 0 on 1.1', () => {
    const bundle = loadBundle({
      sheets: [...workbook.sheets, { name: 'Cài đặt', values: [['Điểm xếp hạng', 'appraised']] }],
    } as never);
    // 1.1 has no appraised score: 0; survey points stand: 2.5 + 2.4 = 4.9 of 10
    expect(bundle.call<number>('PAR_TOTAL', unitRange, criteria, survey, 'Huyện A')).toBeCloseTo(4.9, 9);
  });
});

describe('custom functions speak the workbook’s language', () => {
  const criteria = [
    ['Code', 'Criterion', 'Max', 'Rule'],
    ['1', 'Field', '', ''],
    ['1.1', 'Typed', 4, ''],
  ];
  const english = { sheets: [{ name: 'Criteria', values: criteria }] };
  const unit = [
    ['Code', 'Self score'],
    ['1.1', 5],
  ];

  test('an English workbook gets English messages, also when the criteria range is passed', () => {
    const bundle = loadBundle(english as never);
    const expected = {
      error: '#ERROR!',
      message: 'B2 The score 5 is outside the allowed range [0, 4] of criterion 1.1.',
    };
    expect(inCell(bundle, 'PAR_TOTAL', unit, criteria)).toEqual(expected);
    expect(inCell(bundle, 'PAR_TOTAL', unit)).toEqual(expected);
    expect(
      bundle.call(
        'PAR_FLAGS',
        [
          ['Code', 'Self score'],
          ['1.1', 3],
        ],
        criteria,
      ),
    ).toEqual([['1.1', 'lost', 1]]);
  });

  test('the Settings sheet’s Language wins over the sheet names, as in the core', () => {
    const bundle = loadBundle({
      sheets: [...english.sheets, { name: 'Settings', values: [['Language', 'vi']] }],
    } as never);
    expect(inCell(bundle, 'PAR_TOTAL', unit, criteria)).toEqual({
      error: '#ERROR!',
      message: 'B2 Điểm 5 ngoài khoảng cho phép [0; 4] của tiêu chí 1.1.',
    });
  });

  test('PAR_FLAGS reads the criteria sheet once', () => {
    const bundle = loadBundle(english as never);
    bundle.env.resetCalls();
    bundle.call('PAR_FLAGS', [
      ['Code', 'Self score'],
      ['1.1', 3],
    ]);
    const reads = Object.entries(bundle.env.calls.byMethod)
      .filter(([method]) => /getSheetValues|getValues/.test(method))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(reads).toBe(1);
  });

  test('a missing criteria sheet is #ERROR! in the workbook’s language', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Units', values: [['Unit']] }] } as never);
    expect(isError(inCell(bundle, 'PAR_INDEX', unit))).toBe(true);
    expect((inCell(bundle, 'PAR_INDEX', unit) as { message: string }).message).toMatch(/Criteria/);
  });
});

describe('custom functions at their edges', () => {
  const bundle = loadBundle({ sheets: [{ name: 'Tiêu chí', values: CRITERIA as never }] });

  test('PAR_SCORE: a bad or unknown code is #ERROR! naming it; N/A in Value shows nothing', () => {
    expect(inCell(bundle, 'PAR_SCORE', [['1..2']], [['Có']], '', CRITERIA)).toEqual({
      error: '#ERROR!',
      message: expect.stringContaining('1..2') as unknown as string,
    });
    expect(inCell(bundle, 'PAR_SCORE', [['9.9']], [['Có']], '', CRITERIA)).toEqual({
      error: '#ERROR!',
      message: 'Mã 9.9 không có trong bộ tiêu chí "Tiêu chí".',
    });
    expect(bundle.call('PAR_SCORE', [['1.1']], [['N/A']], '', CRITERIA)).toEqual([['']]);
  });

  test('PAR_SCORE: a survey row whose code has no Survey column, or N/A there, shows nothing', () => {
    const criteria = [
      ...CRITERIA,
      ['2', 'Điều tra', '', ''],
      ['2.1', 'A', 1, 'điều tra'],
      ['2.2', 'B', 1, 'điều tra'],
    ];
    const survey = [
      ['Đơn vị', '2.1'],
      ['Huyện A', 'N/A'],
    ];
    expect(
      bundle.call('PAR_SCORE', [['2.1'], ['2.2']], [[''], ['']], '', criteria, survey, 'Huyện A'),
    ).toEqual([[''], ['']]);
  });

  test('PAR_FLAGS of a unit with no flag is one blank cell; PAR_INDEX of a unit with no maximum is blank', () => {
    const full = [
      ['Mã', 'Điểm tự chấm'],
      ['1.1', 1],
      ['1.2', 2],
      ['1.3', 3],
      ['1.4', 4],
    ];
    expect(bundle.call('PAR_FLAGS', full, CRITERIA)).toEqual([['']]);
    const none = [
      ['Mã', 'Điểm tự chấm'],
      ['1.1', 'N/A'],
      ['1.2', 'N/A'],
      ['1.3', 'N/A'],
      ['1.4', 'N/A'],
    ];
    expect(bundle.call('PAR_INDEX', none, CRITERIA)).toBe('');
    expect(bundle.call('PAR_TOTAL', none, CRITERIA)).toBe(0);
  });
});

describe('PAR_INDEX given the unit’s group gives the ranking’s index where criteria differ by group', () => {
  /**
   * 1.1 for every unit (Max 2), 1.2 for Xã only (Max 2), 1.3 for Phường only (Max 2). Phường A typed 2, 2, 1.
   * Where Applies to is read, 1.2 leaves its maximum: 2 + 1 of 4 = 75; where it is not yet, 5 of 6 = 83.33.
   * Either way the unit sheet's PAR_INDEX, given the group, must equal the Ranking tab's.
   */
  const criteria = [
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm', 'Áp dụng cho'],
    ['1', 'Lĩnh vực', '', '', ''],
    ['1.1', 'Chung', 2, '', ''],
    ['1.2', 'Riêng xã', 2, '', 'Xã'],
    ['1.3', 'Riêng phường', 2, '', 'Phường'],
  ];
  const unitRange = [
    ['Mã', 'Điểm tự chấm'],
    ['1.1', 2],
    ['1.2', 2],
    ['1.3', 1],
  ];

  test('the same index in the unit sheet and the ranking', () => {
    const bundle = loadBundle({
      sheets: [
        { name: 'Tiêu chí', values: criteria },
        {
          name: 'Đơn vị',
          values: [
            ['Đơn vị', 'Khối'],
            ['Phường A', 'Phường'],
          ],
        },
        { name: 'Phường A', values: unitRange },
      ],
    } as never);
    bundle.call('recomputeRanking');
    const [, header, row] = bundle.env.snapshot()['Xếp hạng'] as unknown[][];
    const ranked = (row as unknown[])[(header as string[]).indexOf('Chỉ số (%)')] as number;
    expect([75, 500 / 6].some((index) => Math.abs(index - ranked) < 1e-9)).toBe(true);
    expect(bundle.call<number>('PAR_INDEX', unitRange, criteria, '', 'Phường A', 'Phường')).toBeCloseTo(
      ranked,
      9,
    );
  });
});
