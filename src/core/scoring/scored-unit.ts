import type { CriteriaSet } from '../sheets/criteria-sheet';
import type { LeafTable } from './leaf-table';
import { fieldsOf, type SheetScore } from './score-unit';
import type {
  CapResult,
  Comparison,
  FieldResult,
  Flag,
  HistoryEntry,
  LeafResult,
  ParError,
  UnitResult,
  UnitStatus,
} from '../types';
import type { UnitDef } from '../sheets/units-sheet';

interface Details {
  criteria: CriteriaSet;
  table: LeafTable;
  fields?: FieldResult[];
  leaves?: LeafResult[];
  caps?: CapResult[];
}

const details = new WeakMap<ScoredUnit, Details>();

function detailsOf(unit: ScoredUnit): Details {
  return details.get(unit) as Details;
}

/**
 * A unit that was scored: the UnitResult the outputs read, made from the unit's SheetScore (score-unit.ts) with
 * its name, group, rank and class. Its fields, leaves and flags are made from its leaf table the first time they
 * are read, and are kept in a side table so the unit itself stays a small plain record.
 */
export class ScoredUnit implements UnitResult {
  unit: string;
  sheet: string;
  group: string | null;
  criteriaSheet: string;
  ranked: boolean;
  status: UnitStatus;
  points: number;
  max: number;
  index: number | null;
  rank: number | null = null;
  previousRank: number | null;
  previousIndex: number | null;
  change: number | null = null;
  class: string | null;
  sipas: number | null;
  sipasRank: number | null = null;
  streak = 0;
  compare: Comparison | null = null;
  history: HistoryEntry[] = [];
  errors: ParError[] = [];

  constructor(
    def: UnitDef,
    criteria: CriteriaSet,
    criteriaSheet: string,
    score: SheetScore,
    status: UnitStatus,
    unitClass: string | null,
  ) {
    this.unit = def.name;
    this.sheet = def.sheetName;
    this.group = def.group;
    this.criteriaSheet = criteriaSheet;
    this.ranked = def.ranked;
    this.status = status;
    this.points = score.points;
    this.max = score.max;
    this.index = score.index;
    this.previousRank = def.previousRank;
    this.previousIndex = def.previousIndex;
    this.class = unitClass;
    this.sipas = score.sipas;
    details.set(this, { criteria, table: score.table });
  }

  get fields(): FieldResult[] {
    const d = detailsOf(this);
    d.fields ??= fieldsOf(d.criteria, d.table);
    return d.fields;
  }

  get leaves(): LeafResult[] {
    const d = detailsOf(this);
    d.leaves ??= d.table.results();
    return d.leaves;
  }

  get caps(): CapResult[] {
    const d = detailsOf(this);
    d.caps ??= d.table.capResults();
    return d.caps;
  }

  get flags(): Flag[] {
    return detailsOf(this).table.flags();
  }
}
