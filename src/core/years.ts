/**
 * This year, and what History says about each unit: previous rank and index where the Units sheet leaves them
 * blank, the change, the unit's history, its streak of first places and its comparison with another year.
 */
import { historyKey, readHistorySheet, type HistoryRow } from './history-sheet';
import type { Comparison, Language, ParError, Sheet, UnitResult } from './types';
import type { UnitDef } from './units-sheet';

export interface Years {
  year: number | null;
  /** History's rows before this year; empty when History is absent or has errors. */
  rows: HistoryRow[];
  errors: ParError[];
}

/** This year is Settings' Year, else the latest year in a History without errors plus one, else null. */
export function resolveYears(
  historySheet: Sheet | null,
  settingsYear: number | null,
  language: Language,
): Years {
  if (!historySheet) return { year: settingsYear, rows: [], errors: [] };
  const { rows, errors } = readHistorySheet(historySheet, language, settingsYear);
  if (settingsYear !== null || rows.length === 0) return { year: settingsYear, rows, errors };
  return { year: Math.max(...rows.map((row) => row.year)) + 1, rows, errors };
}

/** A unit's History rows by year: those under its current name win over those under its single previous name. */
function rowsOf(
  def: UnitDef,
  byName: ReadonlyMap<string, HistoryRow[]>,
): { byYear: Map<number, HistoryRow>; merged: boolean } {
  const merged = def.previousNames.length > 1;
  const byYear = new Map<number, HistoryRow>();
  const previous = def.previousNames.length === 1 ? (def.previousNames[0] as string) : null;
  if (previous !== null) for (const row of byName.get(historyKey(previous)) ?? []) byYear.set(row.year, row);
  for (const row of byName.get(historyKey(def.name)) ?? []) byYear.set(row.year, row);
  return { byYear, merged };
}

/** Fills previous rank and index, change, history, streak and compare on every unit (units[i] is defs[i]'s). */
export function applyYears(
  units: readonly UnitResult[],
  defs: readonly UnitDef[],
  years: Years,
  compareWith: number | null,
): void {
  const byName = new Map<string, HistoryRow[]>();
  for (const row of years.rows) {
    const key = historyKey(row.unit);
    const list = byName.get(key) ?? [];
    list.push(row);
    byName.set(key, list);
  }
  const { year } = years;
  units.forEach((unit, i) => {
    const def = defs[i] as UnitDef;
    const { byYear, merged } = year === null ? { byYear: new Map(), merged: false } : rowsOf(def, byName);
    const last = year === null || merged ? undefined : byYear.get(year - 1);
    if (unit.previousRank === null && last) unit.previousRank = last.rank;
    if (unit.previousIndex === null && last) unit.previousIndex = last.index;
    unit.change = unit.previousRank !== null && unit.rank !== null ? unit.previousRank - unit.rank : null;
    if (year === null) {
      unit.history = [];
      unit.streak = 0;
      unit.compare = null;
      return;
    }
    unit.history = [...byYear.values()]
      .sort((a, b) => a.year - b.year)
      .map((row) => ({ year: row.year, index: row.index, rank: row.rank }));
    unit.history.push({ year, index: unit.index, rank: unit.rank });
    unit.streak = streakOf(unit.rank, year, byYear);
    unit.compare = compareOf(unit, compareWith === null ? undefined : byYear.get(compareWith));
  });
}

/** Consecutive first places ending this year; a year without a row breaks the streak. */
function streakOf(rank: number | null, year: number, byYear: ReadonlyMap<number, HistoryRow>): number {
  if (rank !== 1) return 0;
  let streak = 1;
  while (byYear.get(year - streak)?.rank === 1) streak++;
  return streak;
}

function compareOf(unit: UnitResult, row: HistoryRow | undefined): Comparison | null {
  if (!row || row.rank === null || unit.rank === null) return null;
  return {
    year: row.year,
    rank: row.rank,
    change: row.rank - unit.rank,
    sipasRank: row.sipasRank,
    sipasChange: row.sipasRank !== null && unit.sipasRank !== null ? row.sipasRank - unit.sipasRank : null,
  };
}
