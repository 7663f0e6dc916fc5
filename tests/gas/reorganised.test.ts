/**
 * The add-in on the year after the reorganisation (tests/helpers/reorganised.ts): Validate hands the sidebar every
 * warning the command prints, and the recompute's summary holds no change of rank across groups or merged units.
 */
import { scoreWorkbook } from '../../src/core/score-workbook';
import { reorganisedWorkbook } from '../helpers/reorganised';
import { loadBundle } from './bundle';

interface Problem {
  sheet: string | null;
  cell: string | null;
  message: string;
}
interface Line {
  unit: string;
  change: number | null;
  compareChange: number | null;
  streak: number;
}

test('Validate lists the warnings the command prints, in the same order', () => {
  const bundle = loadBundle(reorganisedWorkbook());
  const result = bundle.call<{ warnings: Problem[] }>('validateWorkbook');
  expect(result.warnings).toEqual(scoreWorkbook(reorganisedWorkbook()).warnings);
  // Six, hand-listed in tests/core/years-2025.test.ts.
  expect(result.warnings.map((w) => `${w.sheet}!${w.cell}`)).toEqual([
    'Điều tra!null',
    'Điều tra!null',
    'Đơn vị!D8',
    'Đơn vị!D9',
    'Đơn vị!D6',
    'Lịch sử!C4',
  ]);
});

test("the summary: rises only within a group, no streak from a merged unit's old years", () => {
  const bundle = loadBundle(reorganisedWorkbook());
  const result = bundle.call<{
    groups: { group: string; rises: Line[]; streaks: Line[]; compareRises: Line[] }[];
  }>('recomputeRanking');
  const xa = result.groups.find((group) => group.group === 'Xã');
  const phuong = result.groups.find((group) => group.group === 'Phường');
  // Xã: only Xã An Phú rose (3rd → 2nd); 2022: Xã An Phú 6th → 2nd; Xã Phong Nha's 2022 row is of Thị trấn.
  expect(xa?.rises.map((line) => [line.unit, line.change])).toEqual([['Xã An Phú', 1]]);
  expect(xa?.compareRises.map((line) => [line.unit, line.compareChange])).toEqual([['Xã An Phú', 4]]);
  expect(xa?.streaks.map((line) => [line.unit, line.streak])).toEqual([['Xã Bình Minh', 4]]);
  // Phường Nam Lý was merged: 1st now, its own name 1st in 2023 and 2024, yet no streak of 3.
  expect(phuong?.streaks).toEqual([]);
});
