/**
 * Every menu item and every call of the sidebar, run through the built bundle on the fake, in a Vietnamese and an
 * American spreadsheet: none fails, the inputs are never changed, and every formula written parses in the locale.
 */
import { MENU_ITEMS } from '../../src/gas/menu';
import type { ServerApi } from '../../src/shared/api';
import { exampleWorkbook, loadBundle, unparsed, type LoadedBundle } from './bundle';

/** The arguments of each sidebar call: a call added to ServerApi and not listed here does not compile. */
const SIDEBAR_CALLS: { [K in keyof ServerApi]: Parameters<ServerApi[K]> } = {
  getStatus: [],
  validateWorkbook: [],
  recomputeRanking: [],
  getProgress: [],
  markDeductions: [],
  clearMarks: [],
  setupWorkbook: ['so-nganh'],
  saveToHistory: [],
  buildReports: ['all'],
  saveSettings: [
    { basis: 'auto', bands: 'A>=90; B>=80; C>=70; D', language: 'vi', year: 2025, compareWith: 2024 },
  ],
  selectCell: ['Thạch Hà', 'D3'],
  applyRoles: ['appraisal'],
};

const GENERATED = new Set(['Xếp hạng', 'Trừ điểm', 'Lịch sử']);

function inputs(bundle: LoadedBundle): Record<string, unknown> {
  return Object.fromEntries(Object.entries(bundle.env.snapshot()).filter(([name]) => !GENERATED.has(name)));
}

describe.each(['vi_VN', 'en_US'])('in a %s spreadsheet', (locale) => {
  test('every menu item runs, on an empty spreadsheet and then on the one it set up', () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, locale);
    bundle.call('onOpen');
    const items = bundle.env.ui.menus[0]?.items ?? [];
    expect(items.map((item) => item.functionName)).toEqual(
      MENU_ITEMS.flatMap((item) => (item ? [item.run] : [])),
    );
    for (let round = 0; round < 2; round++) {
      for (const item of items) expect(() => bundle.call(item.functionName)).not.toThrow();
      expect(Object.keys(bundle.env.snapshot())).toContain(
        locale === 'vi_VN' ? 'Đơn vị mẫu 1' : 'Sample unit 1',
      );
      expect(unparsed(bundle)).toEqual([]);
    }
    expect(bundle.env.ui.sidebars).toHaveLength(2);
    expect(bundle.env.ui.toasts.length).toBeGreaterThanOrEqual(9);
  });

  test('every sidebar call runs on the example workbook and changes no input but Settings, History and the marks', async () => {
    const bundle = loadBundle(await exampleWorkbook(), locale);
    bundle.call('setupWorkbook');
    const before = inputs(bundle);
    for (const [name, args] of Object.entries(SIDEBAR_CALLS)) {
      expect(() => bundle.call(name, ...args)).not.toThrow();
    }
    expect(bundle.env.selected).toEqual({ sheet: 'Thạch Hà', a1: 'D3' });
    const after = inputs(bundle);
    for (const name of Object.keys(before)) {
      if (/^(Cài đặt|Settings)$/.test(name)) continue;
      expect([name, after[name]]).toEqual([name, before[name]]);
    }
    expect(unparsed(bundle)).toEqual([]);
  });
});
