/**
 * A chart moved to its own sheet ("Move to own sheet") makes an OBJECT sheet, which getSheets() lists and on which
 * every range call fails ("The action is not supported for OBJECT sheet."). Every menu item and sidebar call works
 * with one there, and answers as it does without it. The commune example has 10 communes, all ranked.
 */
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import type { Workbook } from '../../src/core/types';
import type { StatusDto, ValidationDto } from '../../src/shared/api';
import { loadBundle, ROOT, type LoadedBundle } from './bundle';

const CAP_XA = join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx');
const CHART_SHEET = 'Biểu đồ xếp hạng';

let workbook: Workbook;
beforeAll(async () => {
  workbook = (await readXlsx(CAP_XA)).workbook;
});

/** The example after a recompute, its ranking chart then moved to its own sheet. */
function withChartSheet(): LoadedBundle {
  const bundle = loadBundle(workbook);
  bundle.call('recomputeRanking');
  bundle.env.moveChartToOwnSheet('Xếp hạng', CHART_SHEET);
  return bundle;
}

/** The status but when the tabs were last rebuilt (the bundle with the chart sheet recomputed once). */
const without = (status: StatusDto): StatusDto => ({ ...status, lastRun: null });

describe('with the ranking chart on a sheet of its own', () => {
  test('the status, Validate and Recompute read every other sheet and answer as without it', () => {
    const plain = loadBundle(workbook);
    plain.call('recomputeRanking');
    const bundle = withChartSheet();
    expect(bundle.env.spreadsheet.getSheetByName(CHART_SHEET)?.getType()).toBe('OBJECT');
    const status = bundle.call<StatusDto>('getStatus');
    expect(status.units).toBe(10);
    expect(without(status)).toEqual(without(plain.call<StatusDto>('getStatus')));
    const validation = bundle.call<ValidationDto>('validateWorkbook');
    expect(validation.errors).toEqual(plain.call<ValidationDto>('validateWorkbook').errors);
    expect(bundle.call<ValidationDto>('recomputeRanking').status.units).toBe(10);
    expect(bundle.env.spreadsheet.getActiveSheet().getName()).toBe(CHART_SHEET);
  });

  // Each on its own copy, so that each is seen to work (or fail) by itself.
  test.each<[string, unknown[], (result: Record<string, unknown>) => void]>([
    ['markDeductions', [], (result) => expect(result.sheets).toBeGreaterThan(0)],
    ['clearMarks', [], (result) => expect(result.sheets).toBe(0)],
    ['setupWorkbook', [], (result) => expect(result.created).toEqual([])],
    ['buildReports', [['Xã Cẩm Bình']], (result) => expect(result.written).toHaveLength(1)],
    // 10 ranked communes, no 2025 row in History before: 10 added.
    ['saveToHistory', [], (result) => expect(result.added).toBe(10)],
  ])('%s works', (name, args, check) => {
    check(withChartSheet().call<Record<string, unknown>>(name, ...args));
  });

  test('Apply roles protects every grid sheet as its own, the chart sheet between them left alone', () => {
    const bundle = withChartSheet();
    const stranger = 'stranger@example.com';
    bundle.env.uncounted(() => bundle.env.spreadsheet.addEditor(stranger));
    expect(bundle.call<{ ok: boolean }>('applyRoles').ok).toBe(true);
    const sheets = bundle.env.uncounted(() => bundle.env.spreadsheet.getSheets());
    const names = bundle.env.uncounted(() => sheets.map((sheet) => sheet.getName()));
    // The chart sheet stands between the sheets (right after the ranking tab), so a plan read by position would
    // give the sheets after it another sheet's name and columns.
    expect(names.indexOf(CHART_SHEET)).toBeLessThan(names.length - 1);
    bundle.env.setUser(stranger);
    for (const name of names.filter((candidate) => candidate !== CHART_SHEET)) {
      const editable = bundle.env.uncounted(() =>
        bundle.env.spreadsheet.getSheetByName(name)?.getRange('A1').canEdit(),
      );
      expect([name, editable]).toEqual([name, false]);
    }
  });

  test('the menu and the sidebar open', () => {
    const bundle = withChartSheet();
    bundle.call('onOpen');
    bundle.call('showSidebar');
    expect(bundle.env.ui.sidebars).toHaveLength(1);
  });
});
