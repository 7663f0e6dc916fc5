/** The sidebar's results summary per group: top units, classes, biggest moves, most flags. */
import { rankingOrder } from '../core/outputs/ranking-tab';
import type { UnitResult, WorkbookResult } from '../core/types';
import type { GroupSummaryDto, UnitLineDto } from '../shared/api';

function line(unit: UnitResult): UnitLineDto {
  return {
    unit: unit.unit,
    rank: unit.rank,
    index: unit.index,
    class: unit.class,
    change: unit.change,
    flags: unit.flags.length,
  };
}

export function summarize(result: WorkbookResult): GroupSummaryDto[] {
  return rankingOrder(result).map(({ group, units }) => {
    const ranked = units.filter((unit) => unit.rank !== null);
    const moved = ranked.filter((unit) => unit.change !== null);
    return {
      group,
      top: ranked.slice(0, 5).map(line),
      ranked: ranked.length,
      classCounts: result.bands.map((band) => ({
        label: band.label,
        count: units.filter((unit) => unit.class === band.label).length,
      })),
      rises: moved
        .filter((unit) => (unit.change as number) > 0)
        .sort((a, b) => (b.change as number) - (a.change as number))
        .slice(0, 3)
        .map(line),
      falls: moved
        .filter((unit) => (unit.change as number) < 0)
        .sort((a, b) => (a.change as number) - (b.change as number))
        .slice(0, 3)
        .map(line),
      mostFlags: units
        .filter((unit) => unit.status !== 'error' && unit.flags.length > 0)
        .sort((a, b) => b.flags.length - a.flags.length)
        .slice(0, 3)
        .map(line),
    };
  });
}
