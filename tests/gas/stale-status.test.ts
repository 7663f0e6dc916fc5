/**
 * The sidebar's status says when the ranking tab no longer matches the data (WORKBOOK.md, "Command line",
 * `verify`; issue: "so nobody publishes a stale table"): the same core comparison as `par-index verify`, read only.
 */
import type { RecomputeDto, StatusDto, ValidationDto } from '../../src/shared/api';
import { workbook } from '../helpers/workbook';
import { loadBundle, type LoadedBundle } from './bundle';

/** One leaf of Max 100: A 92 (1st), B 85 (2nd). The unit sheet's self score is in D2. */
function open(): LoadedBundle {
  return loadBundle(
    workbook({
      criteria: [{ code: '1' }, { code: '1.1', max: 100 }],
      units: { A: [{ code: '1.1', self: 92 }], B: [{ code: '1.1', self: 85 }] },
    }),
  );
}

function setCell(bundle: LoadedBundle, sheet: string, a1: string, value: number): void {
  bundle.env.runExecution(() => bundle.env.spreadsheet.getSheetByName(sheet)?.getRange(a1).setValue(value));
}

/** Reading the status writes nothing: every sheet's values before and after are the same. */
function status(bundle: LoadedBundle): StatusDto {
  const before = bundle.env.snapshot();
  const read = bundle.call<StatusDto>('getStatus');
  expect(bundle.env.snapshot()).toEqual(before);
  return read;
}

describe('the status says when the ranking tab is stale', () => {
  test('no ranking tab: null; after Recompute: false; after the data changed or the tab was edited: true', () => {
    const bundle = open();
    expect(status(bundle).stale).toBeNull();

    expect(bundle.call<RecomputeDto>('recomputeRanking').status.stale).toBe(false);
    expect(status(bundle).stale).toBe(false);

    // B's self score 85 → 95: B is 1st now, the tab still says 2nd.
    setCell(bundle, 'B', 'D2', 95);
    expect(status(bundle).stale).toBe(true);
    expect(bundle.call<ValidationDto>('validateWorkbook').status.stale).toBe(true);
    expect(bundle.call<RecomputeDto>('recomputeRanking').status.stale).toBe(false);
    expect(status(bundle).stale).toBe(false);

    // A rank typed over in the tab: row 3 is the first unit (B, 1st), column B the rank.
    const ranking = bundle.env.snapshot()['Xếp hạng'] ?? [];
    expect(ranking[1]?.[1]).toBe('Hạng');
    expect(ranking[2]?.slice(1, 3)).toEqual([1, 'B']);
    setCell(bundle, 'Xếp hạng', 'B3', 2);
    expect(status(bundle).stale).toBe(true);
  });
});
