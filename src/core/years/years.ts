/**
 * This year, and what History says about each unit: previous rank and index where the Units sheet leaves them
 * blank, the change, the unit's history, its streak of first places and its comparison with another year; and the
 * warnings about previous names and changed groups.
 */
import { historyKey, readHistorySheet, type HistoryRow } from './history-sheet';
import { message } from '../messages';
import { nearNames } from '../sheets/near-names';
import type { Comparison, Language, ParError, Sheet, UnitResult } from '../types';
import type { UnitDef } from '../sheets/units-sheet';

export interface Years {
  year: number | null;
  /** History's rows before this year; empty when History is absent or has errors. */
  rows: HistoryRow[];
  errors: ParError[];
  /** History's sheet name when it is present with a header row and has no errors: its warnings apply. */
  sheet: string | null;
}

/** This year is Settings' Year, else the latest year in a History without errors plus one, else null. */
export function resolveYears(
  historySheet: Sheet | null,
  settingsYear: number | null,
  language: Language,
): Years {
  if (!historySheet) return { year: settingsYear, rows: [], errors: [], sheet: null };
  const { found, rows, errors } = readHistorySheet(historySheet, language, settingsYear);
  const sheet = found && errors.length === 0 ? historySheet.name : null;
  if (settingsYear !== null || rows.length === 0) return { year: settingsYear, rows, errors, sheet };
  return { year: Math.max(...rows.map((row) => row.year)) + 1, rows, errors, sheet };
}

/** Where the Units sheet is and which language it speaks, for the warnings. */
interface YearsContext {
  language: Language;
  unitsSheet: string | null;
}

/** Groups are matched as headers are; a unit or row without a group matches any. */
function otherGroup(unit: UnitResult, row: HistoryRow): boolean {
  return unit.group !== null && row.group !== null && historyKey(unit.group) !== historyKey(row.group);
}

/**
 * The units that start afresh: a merged unit (several previous names), and every unit giving an old name that
 * another unit also gives or bears as its name this year (a split). Warns about each such shared old name.
 */
function freshUnits(
  defs: readonly UnitDef[],
  years: Years,
  context: YearsContext,
  warnings: ParError[],
): Set<UnitDef> {
  const claims = new Map<string, UnitDef[]>();
  for (const def of defs) {
    for (const name of new Set(def.previousNames.map(historyKey))) {
      const list = claims.get(name) ?? [];
      list.push(def);
      claims.set(name, list);
    }
  }
  const current = new Map(defs.map((def) => [historyKey(def.name), def]));
  const fresh = new Set(defs.filter((def) => def.previousNames.length > 1));
  const warned = new Set<string>();
  for (const def of defs) {
    for (const name of def.previousNames) {
      const key = historyKey(name);
      const claimers = claims.get(key) ?? [];
      const bearer = current.get(key);
      const shared = claimers.length > 1;
      const borne = bearer !== undefined && bearer !== def;
      if (!shared && !borne) continue;
      fresh.add(def);
      if (years.sheet === null || context.unitsSheet === null) continue;
      const at = { sheet: context.unitsSheet, cell: def.previousNameCell };
      if (shared && !warned.has(key)) {
        warned.add(key);
        const units = claimers.map((claimer) => claimer.name).join(', ');
        warnings.push({ ...at, message: message(context.language, 'previousNameShared', { name, units }) });
      }
      if (borne) {
        const params = { name, unit: def.name, other: (bearer as UnitDef).name };
        warnings.push({ ...at, message: message(context.language, 'previousNameIsCurrent', params) });
      }
    }
  }
  return fresh;
}

/** A previous name that matches no History row, with the History names near it. */
function unknownNameWarnings(
  defs: readonly UnitDef[],
  byName: ReadonlyMap<string, HistoryRow[]>,
  context: YearsContext,
  warnings: ParError[],
): void {
  const names = [...byName.values()].map((rows) => (rows[0] as HistoryRow).unit);
  for (const def of defs) {
    for (const name of def.previousNames) {
      if (byName.has(historyKey(name))) continue;
      // Quoted: a History name may hold a comma itself.
      const near = nearNames(name, names)
        .map((other) => `"${other}"`)
        .join(', ');
      warnings.push({
        sheet: context.unitsSheet,
        cell: def.previousNameCell,
        message: message(context.language, 'previousNameUnknown', { name, unit: def.name, near }),
      });
    }
  }
}

/**
 * Fills previous rank and index, change, history, streak and compare on every unit (units[i] is defs[i]'s), and
 * gives the warnings about previous names and changed groups (only where History is present without errors).
 */
export function applyYears(
  units: readonly UnitResult[],
  defs: readonly UnitDef[],
  years: Years,
  compareWith: number | null,
  context: YearsContext,
): ParError[] {
  const warnings: ParError[] = [];
  const byName = new Map<string, HistoryRow[]>();
  for (const row of years.rows) {
    const key = historyKey(row.unit);
    const list = byName.get(key) ?? [];
    list.push(row);
    byName.set(key, list);
  }
  if (years.sheet !== null && context.unitsSheet !== null)
    unknownNameWarnings(defs, byName, context, warnings);
  const fresh = freshUnits(defs, years, context, warnings);
  const { year } = years;
  const rankedIn = new Map<string | null, number>();
  for (const unit of units)
    if (unit.rank !== null) rankedIn.set(unit.group, (rankedIn.get(unit.group) ?? 0) + 1);
  units.forEach((unit, i) => {
    const def = defs[i] as UnitDef;
    const byYear = year === null || fresh.has(def) ? new Map<number, HistoryRow>() : rowsOf(def, byName);
    const last = year === null ? undefined : byYear.get(year - 1);
    if (last && otherGroup(unit, last) && years.sheet !== null) {
      const params = {
        unit: unit.unit,
        year: last.year,
        was: last.group as string,
        now: unit.group as string,
      };
      warnings.push({
        sheet: years.sheet,
        cell: last.groupCell,
        message: message(context.language, 'historyOtherGroup', params),
      });
    }
    if (unit.previousRank === null && last && !otherGroup(unit, last)) unit.previousRank = last.rank;
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
      .map((row) => ({
        year: row.year,
        index: row.index,
        rank: row.rank,
        outOf: row.outOf,
        group: row.group,
      }));
    const outOf = unit.rank === null ? null : (rankedIn.get(unit.group) ?? null);
    unit.history.push({ year, index: unit.index, rank: unit.rank, outOf, group: unit.group });
    unit.streak = streakOf(unit.rank, year, byYear);
    unit.compare = compareOf(unit, compareWith === null ? undefined : byYear.get(compareWith));
  });
  return warnings;
}

/** A unit's History rows by year: those under its current name win over those under its single previous name. */
function rowsOf(def: UnitDef, byName: ReadonlyMap<string, HistoryRow[]>): Map<number, HistoryRow> {
  const byYear = new Map<number, HistoryRow>();
  const previous = def.previousNames.length === 1 ? (def.previousNames[0] as string) : null;
  if (previous !== null) for (const row of byName.get(historyKey(previous)) ?? []) byYear.set(row.year, row);
  for (const row of byName.get(historyKey(def.name)) ?? []) byYear.set(row.year, row);
  return byYear;
}

/** Consecutive first places ending this year, in whatever block each year; a year without a row breaks it. */
function streakOf(rank: number | null, year: number, byYear: ReadonlyMap<number, HistoryRow>): number {
  if (rank !== 1) return 0;
  let streak = 1;
  while (byYear.get(year - streak)?.rank === 1) streak++;
  return streak;
}

/** The comparison with a row of the Compare-with year; its changes only within the same group. */
function compareOf(unit: UnitResult, row: HistoryRow | undefined): Comparison | null {
  if (!row || row.rank === null || unit.rank === null) return null;
  const same = !otherGroup(unit, row);
  return {
    year: row.year,
    rank: row.rank,
    change: same ? row.rank - unit.rank : null,
    sipasRank: row.sipasRank,
    sipasChange:
      same && row.sipasRank !== null && unit.sipasRank !== null ? row.sipasRank - unit.sipasRank : null,
  };
}
