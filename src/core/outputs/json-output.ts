/** The command line's --json document, exactly the shape of the contract. */
import type { Flag, ParError, WorkbookResult } from '../types';

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
  fields: { code: string; points: number; max: number; index: number | null }[];
  flags: Flag[];
  errors: ParError[];
}

export interface JsonOutput {
  units: JsonUnit[];
  errors: ParError[];
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
      fields: unit.fields.map((field) => ({
        code: field.code,
        points: field.points,
        max: field.max,
        index: field.index,
      })),
      flags: unit.flags.map((flag) => ({ code: flag.code, kind: flag.kind, amount: flag.amount })),
      errors: unit.errors.map(plainError),
    })),
    errors: result.errors.map(plainError),
  };
}
