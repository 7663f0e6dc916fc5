/**
 * Small defects a province would meet (issue 21, point 8), each reproduced on the fake: Clear's language, the unit
 * named in an error, the progress of a run still waiting for the lock, the active sheet and what Recompute reads.
 */
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import type { Workbook } from '../../src/core/types';
import type { MarkDto, ValidationDto } from '../../src/shared/api';
import { loadBundle, ROOT, type LoadedBundle } from './bundle';

const CAP_XA = join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx');
const PROGRESS_KEY = 'par-index:progress';

let capXa: Workbook;
beforeAll(async () => {
  capXa = (await readXlsx(CAP_XA)).workbook;
});

function edit(bundle: LoadedBundle, change: (spreadsheet: LoadedBundle['env']['spreadsheet']) => void): void {
  bundle.env.runExecution(() => change(bundle.env.spreadsheet));
}

describe("Clear's message", () => {
  test("follows the workbook's language, not the spreadsheet's locale", () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] }, 'en_US');
    bundle.call('setupWorkbook');
    edit(bundle, (spreadsheet) => spreadsheet.setSpreadsheetLocale('vi_VN'));
    const marked = bundle.call<MarkDto>('markDeductions');
    expect(marked.message).toMatch(/^Marked /);
    const cleared = bundle.call<MarkDto>('clearMarks');
    expect(cleared.message).toBe(`Cleared marks from ${cleared.rows} rows in ${cleared.sheets} sheets.`);
    expect(bundle.env.ui.toasts.at(-1)).toEqual({ message: cleared.message, title: 'PAR Index' });
  });
});

describe('an error on a unit sheet named by a code', () => {
  test("carries the unit's name beside the sheet's", () => {
    const bundle = loadBundle({ sheets: [{ name: 'Sheet1', values: [['']] }] });
    bundle.call('setupWorkbook');
    edit(bundle, (spreadsheet) => {
      spreadsheet.getSheetByName('Đơn vị mẫu 1')?.setName('Xa00');
      spreadsheet
        .getSheetByName('Đơn vị')
        ?.getRange('A2:B2')
        .setValues([['Xã Cẩm Bình', 'Xa00']]);
      // Row 3 is criterion 1.1; "abc" is no self score.
      spreadsheet.getSheetByName('Xa00')?.getRange('F4').setValue('abc');
    });
    const { errors } = bundle.call<ValidationDto>('validateWorkbook');
    const onCode = errors.filter((error) => error.sheet === 'Xa00');
    expect(onCode.length).toBeGreaterThan(0);
    for (const error of onCode) expect(error.unit).toBe('Xã Cẩm Bình');
    // A sheet named as its unit, or a sheet of no unit, needs no second name.
    expect(errors.filter((error) => error.sheet !== 'Xa00' && error.unit !== undefined)).toEqual([]);
  });
});

describe('the progress of a recompute', () => {
  test('is left alone while another run holds the lock', () => {
    const bundle = loadBundle(capXa);
    const first = JSON.stringify({ done: 3, total: 16, message: 'Đang đọc 3/15 sheet' });
    edit(bundle, () => bundle.env.services.CacheService.getDocumentCache().put(PROGRESS_KEY, first));
    bundle.env.holdDocumentLock();
    expect(() => bundle.call('recomputeRanking')).toThrow(/đang chạy/);
    expect(bundle.env.services.CacheService.getDocumentCache().get(PROGRESS_KEY)).toBe(first);
    bundle.env.releaseDocumentLock();
  });
});

describe('the person is sent back to their sheet', () => {
  const setActiveCalls = (bundle: LoadedBundle): number =>
    bundle.env.calls.byMethod['Spreadsheet.setActiveSheet'] ?? 0;

  test('after a recompute or a report that inserted a sheet, and only then', () => {
    const bundle = loadBundle(capXa);
    edit(bundle, (spreadsheet) => spreadsheet.getSheetByName('Xã Cẩm Bình')?.activate());
    bundle.call('recomputeRanking');
    bundle.call('buildReports', ['Xã Cẩm Bình']);
    expect(bundle.env.spreadsheet.getActiveSheet().getName()).toBe('Xã Cẩm Bình');
    bundle.env.resetCalls();
    bundle.call('recomputeRanking');
    bundle.call('buildReports', ['Xã Cẩm Bình']);
    bundle.call('setupWorkbook');
    expect(setActiveCalls(bundle)).toBe(0);
  });
});

describe('reports', () => {
  test('stop before writing when reading takes the whole budget', () => {
    const bundle = loadBundle(capXa);
    const before = bundle.env.snapshot();
    // 15 sheets read at 20 s each: 300 s, past the 270 s read budget.
    bundle.env.callCost = (method) => (method === 'Sheet.getSheetValues' ? 20_000 : 0);
    expect(() => bundle.call('buildReports', 'all')).toThrow(/6 phút/);
    bundle.env.callCost = undefined;
    expect(bundle.env.snapshot()).toEqual(before);
  });
});

describe('Recompute', () => {
  test('does not read the report tabs', () => {
    const bundle = loadBundle(capXa);
    bundle.call('recomputeRanking');
    bundle.env.resetCalls();
    bundle.call('recomputeRanking');
    const reads = bundle.env.calls.byMethod['Sheet.getSheetValues'];
    bundle.call('buildReports', 'all');
    bundle.env.resetCalls();
    bundle.call('recomputeRanking');
    expect(bundle.env.calls.byMethod['Sheet.getSheetValues']).toBe(reads);
  });
});
