import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { JsonOutput } from '../../src/core/outputs/json-output';
import { EXAMPLE, ROOT, exampleWorkbook, loadBundle, type LoadedBundle } from './bundle';
import { generateWorkbook } from '../../scripts/generate-workbook';
import type { Workbook } from '../../src/core/types';

function cliJson(): JsonOutput {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'par-index.cjs'), 'rank', EXAMPLE, '--json'], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(1); // the example has exactly one unit with a data error
  return JSON.parse(run.stdout) as JsonOutput;
}

function tab(bundle: LoadedBundle, name: string): unknown[][] {
  return bundle.env.snapshot()[name] as unknown[][];
}

/** Row of a unit in the ranking tab, by the header names of the contract. */
function rankingRows(bundle: LoadedBundle): Record<string, unknown>[] {
  const [, header, ...rows] = tab(bundle, 'Xếp hạng');
  return rows.map((row) => Object.fromEntries((header as string[]).map((name, i) => [name, row[i]])));
}

/**
 * Service calls that read or write the document's contents or structure. Handles and metadata
 * (getSheets, getName, getDataRange, getRange, getSheetId, getIndex, getMaxRows…) fetch no cell data.
 */
const DATA_METHODS =
  /\.(get|set)(Values|Value|Backgrounds|Notes|Formulas|NumberFormats?|RichTextValues|DataValidations|FontWeight|Background|Wrap|Border)$|\.(insertSheet|deleteSheet|setName|insertChart|protect|autoResizeColumns|setFrozenRows|insertRowsAfter|insertColumnsAfter|toast|flush|put)$/;

function dataCalls(bundle: LoadedBundle): number {
  return Object.entries(bundle.env.calls.byMethod)
    .filter(([method]) => DATA_METHODS.test(method))
    .reduce((sum, [, count]) => sum + count, 0);
}

describe('recomputeRanking in the built bundle', () => {
  let bundle: LoadedBundle;
  let json: JsonOutput;

  beforeAll(async () => {
    json = cliJson();
    bundle = loadBundle(await exampleWorkbook());
    bundle.call('recomputeRanking');
  });

  test('the ranking tab holds the same numbers as par-index rank --json, unit for unit', () => {
    const rows = rankingRows(bundle);
    expect(rows).toHaveLength(json.units.length);
    for (const unit of json.units) {
      const row = rows.find((candidate) => candidate['Đơn vị'] === unit.unit);
      expect(row).toBeDefined();
      expect(row?.['Hạng']).toBe(unit.rank ?? '');
      expect(row?.['Chỉ số (%)']).toBe(unit.index ?? '');
      expect(row?.['Điểm']).toBe(unit.points ?? '');
      expect(row?.['Xếp loại']).toBe(unit.class ?? '');
      expect(row?.['Thay đổi (bậc)']).toBe(unit.change ?? '');
      expect(row?.['Số mục trừ điểm']).toBe(unit.errors.length > 0 ? '' : unit.flags.length);
    }
  });

  test('the deductions tab has one row per flagged leaf of the JSON and a total per unit with flags', () => {
    const [, header, ...rows] = tab(bundle, 'Trừ điểm');
    const codeColumn = (header as string[]).indexOf('Mã');
    const lostColumn = (header as string[]).indexOf('Điểm bị mất, bị trừ');
    const leaves = new Set(
      json.units.flatMap((unit) => unit.flags.map((flag) => `${unit.unit} ${flag.code}`)),
    );
    const withFlags = json.units.filter((unit) => unit.flags.length > 0).length;
    expect(rows.filter((row) => row[codeColumn] !== '')).toHaveLength(leaves.size);
    expect(rows.filter((row) => row[codeColumn] === '')).toHaveLength(withFlags);
    const totals = rows
      .filter((row) => row[codeColumn] === '')
      .reduce((sum, row) => sum + (row[lostColumn] as number), 0);
    const expected = json.units
      .flatMap((unit) => unit.flags)
      .filter((flag) => flag.kind === 'lost' || flag.kind === 'penalty')
      .reduce((sum, flag) => sum + flag.amount, 0);
    expect(totals).toBeCloseTo(expected, 9);
  });

  test('recomputing twice gives identical tabs and leaves every other sheet as it was', async () => {
    const before = bundle.env.snapshot();
    bundle.call('recomputeRanking');
    const after = bundle.env.snapshot();
    expect(after).toEqual(before);
    const input = await exampleWorkbook();
    for (const sheet of input.sheets) {
      const trimmed = after[sheet.name] as unknown[][];
      expect(trimmed.length).toBeGreaterThan(0);
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => expect(trimmed[r]?.[c] ?? '').toEqual(value === null ? '' : value)),
      );
    }
  });

  test('no generated cell is a formula, even for names that begin with = + - @', () => {
    for (const name of ['Xếp hạng', 'Trừ điểm', 'Phân tích']) {
      expect(
        bundle.env
          .formulas(name)
          .flat()
          .filter((formula) => formula !== ''),
      ).toEqual([]);
    }
  });

  test('the tabs are formatted: frozen header, a link from each unit to its sheet', () => {
    const sheet = bundle.env.spreadsheet.getSheetByName('Xếp hạng');
    expect(sheet?.getFrozenRows()).toBe(2);
    const link = bundle.env.cell('Xếp hạng', 'C3').links[0]?.url ?? '';
    expect(link).toMatch(/^#gid=\d+$/);
  });
});

describe('service calls', () => {
  function callsFor(workbook: Workbook): { calls: number; total: number; unitSheets: number } {
    const bundle = loadBundle(workbook);
    bundle.env.resetCalls();
    bundle.call('recomputeRanking');
    return { calls: dataCalls(bundle), total: bundle.env.calls.total, unitSheets: workbook.sheets.length };
  }

  test('every call counted, a recompute makes at most four per unit sheet, plus a constant', () => {
    // What the simplest batched script makes per sheet: its name, its data range, its values. The add-in asks each
    // sheet's type (an OBJECT sheet, a chart on its own sheet, has no cells), then reads name, id and values
    // (getSheetValues to the last cell) and links every unit with one rich-text builder, so from 13 to 130 units
    // the calls may grow by at most 4 per added sheet (and one call to grow the deductions tab past a new sheet's
    // 1,000 rows).
    const small = callsFor(generateWorkbook({ units: 13, criteria: 20, groups: 1, seed: 3 }));
    const large = callsFor(generateWorkbook({ units: 130, criteria: 20, groups: 1, seed: 3 }));
    const added = large.unitSheets - small.unitSheets;
    expect(added).toBe(117);
    expect(large.total - small.total).toBeLessThanOrEqual(4 * added + 1);
  });

  test('a recompute reads each sheet once: data calls grow by one per unit sheet, plus a constant', () => {
    // 13 vs 130 units of 20 criteria in one group: the difference in calls must be the difference in sheets,
    // plus at most one call to grow the deductions tab past a new sheet's 1,000 rows.
    const small = callsFor(generateWorkbook({ units: 13, criteria: 20, groups: 1, seed: 3 }));
    const large = callsFor(generateWorkbook({ units: 130, criteria: 20, groups: 1, seed: 3 }));
    expect(large.calls - small.calls).toBeLessThanOrEqual(large.unitSheets - small.unitSheets + 1);
    expect(small.calls).toBeLessThanOrEqual(small.unitSheets + 90); // the constant: three tabs, each painted in one call per property
  });

  test('every call of a recompute stays within 5 per unit + 150, at 13 and at 130 units', () => {
    for (const units of [13, 130]) {
      const { total } = callsFor(generateWorkbook({ units, criteria: 20, groups: 2, seed: 3 }));
      expect(total).toBeLessThanOrEqual(5 * units + 150);
    }
  });

  test('a second recompute, over the tabs the first wrote, stays within 5 per unit + 150 too', () => {
    // The tabs exist then: each is checked (canEdit), cleared, unmerged and trimmed, its charts changed in place.
    for (const units of [13, 130]) {
      const bundle = loadBundle(generateWorkbook({ units, criteria: 20, groups: 2, seed: 3 }));
      bundle.call('recomputeRanking');
      bundle.env.resetCalls();
      bundle.call('recomputeRanking');
      expect(bundle.env.calls.total).toBeLessThanOrEqual(5 * units + 150);
    }
  });
});
