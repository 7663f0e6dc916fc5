/**
 * Defects found by reading the add-in against Google's documentation, each reproduced on the fake, which models
 * that behaviour: formulas parsed in the spreadsheet's locale, Properties limits, "no fill" apart from white,
 * insertSheet activating the new sheet, time spent waiting for the lock, charts anchored inside the sheet.
 */
import { cellName } from '../fakes/a1';
import { zonedToUtc } from '../fakes/locale';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Workbook } from '../../src/core/types';
import { UNIT_SHEET_HEADER } from '../../src/core/sheets/workbook-schema';
import { bundleSource, exampleWorkbook, loadBundle, type LoadedBundle } from './bundle';

const EMPTY: Workbook = { sheets: [{ name: 'Trang tính1', values: [['']] }] };

/** Background (null = no fill) and note of every cell of a sheet's data range, from the fake's stored state. */
function formats(bundle: LoadedBundle, sheet: string): (string | null)[][] {
  const values = bundle.env.snapshot()[sheet] as unknown[][];
  const max = bundle.env.uncounted(() => bundle.env.spreadsheet.getSheetByName(sheet)!.getMaxColumns());
  const width = Math.min(max, Math.max(...values.map((row) => row.length)) + 2);
  return values.map((_, r) =>
    Array.from({ length: width }, (__, c) => {
      const cell = bundle.env.cell(sheet, cellName(r + 1, c + 1));
      return `${cell.background ?? 'none'} ${cell.note}`;
    }),
  );
}

function allFormats(bundle: LoadedBundle): Record<string, (string | null)[][]> {
  return Object.fromEntries(
    Object.keys(bundle.env.snapshot()).map((name) => [name, formats(bundle, name)] as const),
  );
}

function activeSheet(bundle: LoadedBundle): string {
  return bundle.env.uncounted(() => bundle.env.spreadsheet.getActiveSheet().getName());
}

function sheetIds(bundle: LoadedBundle): Record<string, number> {
  return bundle.env.uncounted(() =>
    Object.fromEntries(bundle.env.spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId()])),
  );
}

/**
 * Criteria with `fields` fields of `leaves` leaves each (1 point each, self-scored); the first `flagged` units
 * score 0.5 on every leaf (each row loses points), the others 1.
 */
function flatWorkbook(
  fields: number,
  leaves: number,
  units: string[],
  extraColumns = 0,
  flagged = 1,
): Workbook {
  const criteria: Cell[][] = [['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm']];
  const codes: string[] = [];
  for (let f = 1; f <= fields; f++) {
    criteria.push([String(f), `Lĩnh vực ${f}`, null, null]);
    for (let l = 1; l <= leaves; l++) {
      criteria.push([`${f}.${l}`, `Tiêu chí ${f}.${l}`, 1, null]);
      codes.push(`${f}.${l}`);
    }
  }
  const extra = Array.from({ length: extraColumns }, (_, i) => `Ghi chú ${i + 1}`);
  const unitSheet = (score: number): Cell[][] => [
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', ...extra],
    ...codes.map((code): Cell[] => [code, `Tiêu chí ${code}`, 1, score, ...extra.map(() => 'x')]),
  ];
  return {
    sheets: [
      { name: 'Tiêu chí', values: criteria },
      {
        name: 'Đơn vị',
        values: [['Đơn vị', 'Tên sheet', 'Khối', 'Xếp hạng'], ...units.map((u) => [u, u, 'Khối 1', 'Có'])],
      },
      ...units.map((u, i) => ({ name: u, values: unitSheet(i < flagged ? 0.5 : 1) })),
    ],
  };
}

describe('Set up writes formulas Sheets parses, in every locale', () => {
  // An empty spreadsheet is set up in its locale's language.
  test.each([
    ['vi_VN', 'Đơn vị mẫu 1', 'Tiêu chí', 'Điều tra', 'Khối mẫu'],
    ['en_US', 'Sample unit 1', 'Criteria', 'Survey', 'Sample group'],
  ])(
    'the PAR_SCORE column parses in %s and passes the criteria and Survey ranges, the unit and its group',
    (locale, unit, criteria, survey, group) => {
      const bundle = loadBundle(EMPTY, locale);
      bundle.call('setupWorkbook');
      // L: after the eleven columns of a unit sheet, Explanation and Re-appraised score included.
      const cell = bundle.env.cell(unit, 'L2');
      expect(cell.value).not.toBe('#ERROR!');
      // The criteria sheet is an argument, so that editing it recalculates every unit sheet.
      expect(cell.formula).toMatch(
        new RegExp(
          `^=PAR_SCORE\\(A2:A\\d+; D2:D\\d+; E2:E\\d+; '${criteria}'!A1:[A-Z]+; '${survey}'!A1:[A-Z]+; "${unit}"; "${group}"\\)$`,
        ),
      );
    },
  );

  test('the help of PAR_SCORE says why the criteria range is passed', () => {
    expect(bundleSource()).toMatch(/@param \{Array<Array<any>>\} criteria [^\n]*(tính lại|recalculat)/);
  });

  test('Set up on a criteria sheet with only its header creates the unit sheets without failing', () => {
    const bundle = loadBundle({
      sheets: [{ name: 'Tiêu chí', values: [['Mã', 'Tiêu chí', 'Điểm tối đa']] }],
    });
    const setup = bundle.call<{ created: string[] }>('setupWorkbook');
    expect(setup.created).toContain('Đơn vị mẫu 1');
    expect(bundle.env.snapshot()['Đơn vị mẫu 1']?.[0]?.[0]).toBe(UNIT_SHEET_HEADER[0]);
  });
});

describe('Mark deductions can always be cleared', () => {
  test("a wide sheet with 55 flagged rows in the user's colours is marked and cleared exactly", () => {
    const workbook = flatWorkbook(1, 55, ['Huyện A', 'Huyện B'], 26);
    const bundle = loadBundle(workbook);
    // The user's own fill on every cell of the unit sheet: a backup of it would pass 9 KB.
    bundle.env.uncounted(() =>
      bundle.env.spreadsheet.getSheetByName('Huyện A')!.getRange(1, 1, 56, 30).setBackground('#d9ead3'),
    );
    bundle.env.uncounted(() =>
      bundle.env.spreadsheet.getSheetByName('Huyện A')!.getRange('B3').setBackground(null),
    );
    const before = allFormats(bundle);
    const marked = bundle.call<{ rows: number; sheets: number }>('markDeductions');
    expect(marked).toMatchObject({ rows: 55, sheets: 1 });
    expect(bundle.env.cell('Huyện A', 'B3').background).toBe('#fce8e6');
    expect(bundle.env.cell('Huyện A', 'A3').note).toMatch(/mất điểm/);
    bundle.call('clearMarks');
    expect(allFormats(bundle)).toEqual(before);
  });

  test('no fill stays no fill, and cells that were not marked are not touched', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const sheet = 'Thạch Hà';
    bundle.env.uncounted(() =>
      bundle.env.spreadsheet.getSheetByName(sheet)!.getRange('B1').setBackground('#ffffff'),
    );
    const before = allFormats(bundle);
    bundle.call('markDeductions');
    bundle.call('clearMarks');
    expect(allFormats(bundle)).toEqual(before);
  });

  test('a fault at any write of Mark (a service error, the 6-minute stop) leaves a state Clear restores', () => {
    const workbook = flatWorkbook(2, 3, ['Huyện A', 'Huyện B', 'Huyện C', 'Huyện D'], 0, 4);
    const probe = loadBundle(workbook);
    probe.env.resetCalls();
    probe.call('markDeductions');
    const writes = Object.entries(probe.env.calls.byMethod)
      .filter(([method]) => /^(Range|Sheet|Spreadsheet|Properties)\.(set|insert|delete|clear)/.test(method))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(writes).toBeGreaterThan(3);
    const clean = loadBundle(workbook);
    const before = allFormats(clean);
    for (let fault = 1; fault <= writes; fault++) {
      const bundle = loadBundle(workbook);
      let seen = 0;
      bundle.env.failOn = () => ++seen === fault;
      expect(() => bundle.call('markDeductions')).toThrow('injected failure');
      bundle.env.failOn = undefined;
      bundle.call('clearMarks');
      expect(allFormats(bundle)).toEqual(before);
    }
  });
});

describe('Recompute', () => {
  test("keeps the generated tabs' sheet ids, so #gid= links stay valid", async () => {
    const bundle = loadBundle(await exampleWorkbook());
    bundle.call('recomputeRanking');
    const first = sheetIds(bundle);
    bundle.call('recomputeRanking');
    expect(sheetIds(bundle)).toEqual(first);
  });

  test('a failure at any write leaves no temporary sheet, keeps the ids, and the next recompute gives whole tabs', () => {
    const workbook = flatWorkbook(2, 2, ['Huyện A', 'Huyện B', 'Huyện C'], 0, 2);
    const reference = loadBundle(workbook);
    reference.call('recomputeRanking');
    const expected = reference.env.snapshot();
    reference.env.resetCalls();
    reference.call('recomputeRanking');
    const writes = Object.entries(reference.env.calls.byMethod)
      .filter(
        ([method]) =>
          /^(Range|Sheet|Spreadsheet|Protection)\./.test(method) &&
          /\.(set|insert|delete|clear|protect|autoResize|remove)/.test(method),
      )
      .reduce((sum, [, count]) => sum + count, 0);
    expect(writes).toBeGreaterThan(10);
    for (let fault = 1; fault <= writes; fault++) {
      const bundle = loadBundle(workbook);
      bundle.call('recomputeRanking');
      const ids = sheetIds(bundle);
      let seen = 0;
      bundle.env.failOn = (method) =>
        !method.startsWith('Cache.') && !method.startsWith('Properties.') && ++seen === fault;
      expect(() => bundle.call('recomputeRanking')).toThrow('injected failure');
      bundle.env.failOn = undefined;
      expect(Object.keys(bundle.env.snapshot()).filter((name) => name.endsWith(' ~'))).toEqual([]);
      expect(sheetIds(bundle)).toEqual(ids);
      bundle.call('recomputeRanking');
      expect(bundle.env.snapshot()).toEqual(expected);
    }
  });

  test('gives back the sheet the user was on; so does Set up', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    bundle.env.uncounted(() => bundle.env.spreadsheet.getSheetByName('Thạch Hà')!.activate());
    bundle.call('recomputeRanking');
    expect(activeSheet(bundle)).toBe('Thạch Hà');
    const empty = loadBundle(EMPTY);
    empty.call('setupWorkbook');
    expect(activeSheet(empty)).toBe('Trang tính1');
  });

  test('the time spent waiting for the lock counts towards the 6-minute budget', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const before = bundle.env.snapshot();
    const sheets = Object.keys(before).length;
    // Another recompute lets go after 29 s; reading every sheet then takes 250 s: 279 s from the start.
    bundle.env.holdDocumentLock(29_000);
    // A sheet is read by one getSheetValues (an empty one by getDataRange().getValues()).
    const reads = new Set(['Sheet.getSheetValues', 'Range.getValues']);
    bundle.env.callCost = (method) => (reads.has(method) ? 250_000 / sheets : 0);
    expect(() => bundle.call('recomputeRanking')).toThrow(/6 phút/);
    bundle.env.callCost = undefined;
    expect(bundle.env.snapshot()).toEqual(before);
  });

  test('a recompute waiting for the lock leaves the progress of the run that holds it', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    bundle.call('recomputeRanking');
    const shown = bundle.call<{ message: string } | null>('getProgress');
    expect(shown?.message).toBe('Đã xong');
    bundle.env.holdDocumentLock();
    expect(() => bundle.call('recomputeRanking')).toThrow(/đang chạy/);
    bundle.env.releaseDocumentLock();
    expect(bundle.call('getProgress')).toEqual(shown);
  });

  test('anchors each chart inside the ranking sheet when it has more than 24 columns', () => {
    const bundle = loadBundle(flatWorkbook(25, 1, ['Huyện A', 'Huyện B']));
    bundle.call('recomputeRanking');
    const header = bundle.env.snapshot()['Xếp hạng']?.[0] ?? [];
    expect(header.length).toBeGreaterThan(24);
    const charts = bundle.env.uncounted(() => bundle.env.spreadsheet.getSheetByName('Xếp hạng')!.getCharts());
    expect(charts).toHaveLength(1);
  });

  test('counts as ranked only the units that have a rank', () => {
    const workbook = flatWorkbook(1, 2, ['Huyện A', 'Huyện B', 'Huyện C']);
    const units = workbook.sheets[1]!.values;
    units[3]![3] = 'Không'; // Huyện C is scored and classed but not ranked
    const bundle = loadBundle(workbook);
    const result = bundle.call<{ groups: { ranked: number; classCounts: { count: number }[] }[] }>(
      'recomputeRanking',
    );
    expect(result.groups[0]?.ranked).toBe(2);
  });
});

describe('dates in messages', () => {
  test('a date is shown as the day the spreadsheet shows, in its time zone', () => {
    const workbook = flatWorkbook(1, 1, ['Huyện A']);
    // 01/04/2025 at midnight in Asia/Ho_Chi_Minh is 2025-03-31T17:00Z.
    workbook.sheets[1]!.values[1]![3] = new Date(zonedToUtc('Asia/Ho_Chi_Minh', 2025, 4, 1));
    const bundle = loadBundle(workbook);
    const result = bundle.call<{ errors: { message: string }[] }>('validateWorkbook');
    const messages = result.errors.map((error) => error.message);
    expect(messages.join('\n')).toContain('2025-04-01');
    // The command line reads the same cell from .xlsx as that day at 00:00 UTC: the messages agree.
    const fromXlsx = flatWorkbook(1, 1, ['Huyện A']);
    fromXlsx.sheets[1]!.values[1]![3] = new Date(Date.UTC(2025, 3, 1));
    expect(scoreWorkbook(fromXlsx).errors.map((error) => error.message)).toEqual(messages);
  });
});

describe('the sidebar', () => {
  test.each([
    ['vi_VN', 'Tiêu chí', 'Chỉ số CCHC'],
    ['vi_VN', 'Criteria', 'PAR Index'],
    ['en_US', 'Tiêu chí', 'Chỉ số CCHC'],
  ])('in a %s spreadsheet with a "%s" sheet is titled "%s", with its viewport', (locale, sheet, title) => {
    const bundle = loadBundle({ sheets: [{ name: sheet, values: [['Mã']] }] }, locale);
    bundle.call('showSidebar');
    expect(bundle.env.ui.sidebars[0]?.title).toBe(title);
    expect(bundle.env.ui.sidebars[0]?.metaTags).toContainEqual({
      name: 'viewport',
      content: 'width=device-width, initial-scale=1',
    });
  });
});

describe('custom functions given one blank cell', () => {
  test.each(['PAR_SCORE', 'PAR_RANK', 'PAR_CLASS'])('%s returns "" rather than an empty array', (name) => {
    const bundle = loadBundle({
      sheets: [{ name: 'Tiêu chí', values: [['Mã', 'Tiêu chí', 'Điểm tối đa']] }],
    });
    expect(bundle.call(name, '', '')).toBe('');
  });
});
