/**
 * The sidebar's results summary per group: top units, classes, biggest moves since last year and since the
 * Compare-with year, the units ranked 1st several years running, most flags.
 */
import { rankingOrder, type UnitResult, type WorkbookResult } from '../core';
import type { GroupSummaryDto, UnitLineDto } from '../shared/api';

function line(unit: UnitResult): UnitLineDto {
  return {
    unit: unit.unit,
    rank: unit.rank,
    index: unit.index,
    class: unit.class,
    change: unit.change,
    flags: unit.flags.length,
    streak: unit.streak,
    compareChange: unit.compare?.change ?? null,
  };
}

/** The units that moved most in one direction, largest move first, at most 3. */
function largest(units: UnitResult[], move: (unit: UnitResult) => number | null, sign: 1 | -1) {
  return units
    .filter((unit) => (move(unit) ?? 0) * sign > 0)
    .sort((a, b) => ((move(b) as number) - (move(a) as number)) * sign)
    .slice(0, 3)
    .map(line);
}

export function summarize(result: WorkbookResult): GroupSummaryDto[] {
  return rankingOrder(result).map(({ group, units }) => {
    const ranked = units.filter((unit) => unit.rank !== null);
    return {
      group,
      top: ranked.slice(0, 5).map(line),
      ranked: ranked.length,
      classCounts: result.bands.map((band) => ({
        label: band.label,
        count: units.filter((unit) => unit.class === band.label).length,
      })),
      rises: largest(ranked, (unit) => unit.change, 1),
      falls: largest(ranked, (unit) => unit.change, -1),
      mostFlags: units
        .filter((unit) => unit.status !== 'error' && unit.flags.length > 0)
        .sort((a, b) => b.flags.length - a.flags.length)
        .slice(0, 3)
        .map(line),
      streaks: ranked
        .filter((unit) => unit.streak > 1)
        .sort((a, b) => b.streak - a.streak)
        .map(line),
      compareYear: result.compareYear,
      compareRises: largest(ranked, (unit) => unit.compare?.change ?? null, 1),
      compareFalls: largest(ranked, (unit) => unit.compare?.change ?? null, -1),
    };
  });
}
