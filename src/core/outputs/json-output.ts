/** The command line's --json document, exactly the shape of the contract. */
import type { Comparison, Flag, HistoryEntry, ParError, WorkbookResult } from '../types';

export interface JsonUnit {
  unit: string;
  group: string | null;
  ranked: boolean;
  points: number | null;
  max: number | null;
  index: number | null;
  rank: number | null;
  previousRank: number | null;
  change: number | null;
  class: string | null;
  sipas: number | null;
  sipasRank: number | null;
  streak: number;
  compare: Comparison | null;
  history: Pick<HistoryEntry, 'year' | 'index' | 'rank'>[];
  fields: { code: string; points: number; max: number; index: number | null; rank: number | null }[];
  flags: Flag[];
  errors: ParError[];
}

interface JsonAnalysisRow {
  group: string | null;
  criteria: string;
  code: string;
  units: number;
  lost: number;
  penalised: number;
  amount: number;
  attainment: number | null;
}

export interface JsonOutput {
  units: JsonUnit[];
  errors: ParError[];
  /** Every warning the terminal prints, in the shape of `errors`. */
  warnings: ParError[];
  year: number | null;
  analysis: JsonAnalysisRow[];
}

/** An error with only the fields of the contract, for JSON and for what crosses to the sidebar. */
export function plainError(error: ParError): ParError {
  return { sheet: error.sheet, cell: error.cell, message: error.message };
}

export function toJsonOutput(result: WorkbookResult): JsonOutput {
  return {
    units: result.units.map((unit) => ({
      unit: unit.unit,
      group: unit.group,
      ranked: unit.ranked,
      points: unit.points,
      max: unit.max,
      index: unit.index,
      rank: unit.rank,
      previousRank: unit.previousRank,
      change: unit.change,
      class: unit.class,
      sipas: unit.sipas,
      sipasRank: unit.sipasRank,
      streak: unit.streak,
      compare: unit.compare && { ...unit.compare },
      history: unit.history.map((entry) => ({ year: entry.year, index: entry.index, rank: entry.rank })),
      fields: unit.fields.map((field) => ({
        code: field.code,
        points: field.points,
        max: field.max,
        index: field.index,
        rank: field.rank,
      })),
      flags: unit.flags.map((flag) => ({ code: flag.code, kind: flag.kind, amount: flag.amount })),
      errors: unit.errors.map(plainError),
    })),
    errors: result.errors.map(plainError),
    warnings: result.warnings.map(plainError),
    year: result.year,
    analysis: result.analysis.map((row) => ({
      group: row.group,
      criteria: row.criteria,
      code: row.code,
      units: row.units,
      lost: row.lost,
      penalised: row.penalised,
      amount: row.amount,
      attainment: row.attainment,
    })),
  };
}
