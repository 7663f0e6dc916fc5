/** A cell as Sheets' getValues returns it; exceljs `null` for an empty cell is accepted too. */
export type Cell = string | number | boolean | Date | null;

export interface Sheet {
  name: string;
  values: Cell[][];
}

/** A workbook is its sheets, in tab order. */
export interface Workbook {
  sheets: Sheet[];
}

export type Language = 'vi' | 'en';
export type Basis = 'auto' | 'self' | 'appraised';
export type LeafType = 'score' | 'bonus' | 'penalty';

export type FlagKind =
  | 'missing'
  | 'survey-missing'
  | 'not-scored'
  | 'lost'
  | 'penalty'
  | 'appraisal-cut'
  | 'overclaim'
  | 'no-evidence'
  | 'cap';

/** An error or warning that a person can act on: where it is, and what is wrong, in the workbook's language. */
export interface ParError {
  sheet: string | null;
  /** A1 notation, or null for an error about a whole sheet. */
  cell: string | null;
  message: string;
}

export interface Flag {
  code: string;
  kind: FlagKind;
  amount: number;
}

/** One leaf's outcome for one unit, with everything the deductions tab and the sheet marks need. */
export interface LeafResult {
  code: string;
  name: string;
  type: LeafType;
  max: number;
  applicable: boolean;
  computed: number | null;
  /** The self score as typed, else the computed one. */
  self: number | null;
  /** The self score as typed; null when none was typed. */
  selfTyped: number | null;
  /** The appraisal that counts: the re-appraised score where typed, else the appraised one. */
  appraised: number | null;
  final: number | null;
  note: string;
  /** The unit's answer to the appraisal (Explanation); shown, never scored. */
  explanation: string;
  /** 0-based row of the leaf in the unit's sheet, or null when the unit sheet has no row for it. */
  row: number | null;
  /** The leaf's flags; the same objects make up the unit's `flags`. */
  flags: Flag[];
}

/** A capped bonus or penalty parent whose cap changed the sum of its leaves for the unit. */
export interface CapResult {
  code: string;
  name: string;
  type: 'bonus' | 'penalty';
  /** The parent's Max: the cap. */
  max: number;
  /** Its `cap` flag, the same object as in the unit's `flags`. */
  flag: Flag;
}

export interface FieldResult {
  code: string;
  name: string;
  points: number;
  max: number;
  index: number | null;
  /** Rank of the field's index within the unit's group and criteria set; null where it does not apply. */
  rank: number | null;
}

/** One year of a unit's results: earlier years from History, then this year's own. */
export interface HistoryEntry {
  year: number;
  index: number | null;
  rank: number | null;
  /** Units ranked in its block that year, and the block: a rank is read as r/N of a group. Not in the JSON. */
  outOf: number | null;
  group: string | null;
}

/** The unit's rank against the Settings' Compare-with year. */
export interface Comparison {
  year: number;
  rank: number;
  /** That year's rank − rank now: positive means up; null when that year's row is in another group. */
  change: number | null;
  sipasRank: number | null;
  /** That year's SIPAS rank − SIPAS rank now; null where either is missing or the groups differ. */
  sipasChange: number | null;
}

export type UnitStatus = 'ranked' | 'unranked' | 'no-index' | 'error';

export interface UnitResult {
  unit: string;
  sheet: string;
  group: string | null;
  criteriaSheet: string;
  ranked: boolean;
  status: UnitStatus;
  points: number | null;
  max: number | null;
  index: number | null;
  rank: number | null;
  previousRank: number | null;
  previousIndex: number | null;
  change: number | null;
  class: string | null;
  sipas: number | null;
  sipasRank: number | null;
  /** Consecutive years, ending this year, ranked 1st; 0 when not 1st now or there is no year. */
  streak: number;
  compare: Comparison | null;
  history: HistoryEntry[];
  fields: FieldResult[];
  leaves: LeafResult[];
  /** The caps that changed a sum, inner caps first. */
  caps: CapResult[];
  flags: Flag[];
  errors: ParError[];
}

/** One row of the analysis: a leaf of one criteria set in one group, over that group's units without errors. */
export interface AnalysisRow {
  group: string | null;
  /** The criteria sheet's name. */
  criteria: string;
  code: string;
  name: string;
  type: LeafType;
  max: number;
  units: number;
  lost: number;
  penalised: number;
  amount: number;
  attainment: number | null;
}

export interface WorkbookResult {
  language: Language;
  basis: Basis;
  /** This year: Settings' Year, else the latest year in History + 1, else null. */
  year: number | null;
  /** Settings' Year alone (a year found only from History cannot be saved to History). */
  settingsYear: number | null;
  /** Settings' Compare-with year, or null. */
  compareYear: number | null;
  bands: ClassBand[];
  /** The bands as the Settings sheet writes them. */
  bandsText: string;
  units: UnitResult[];
  /** Each unit's previous names as the Units sheet gives them (units[i]'s at i), to point from an old name to it. */
  previousNames: string[][];
  /** Every error, in sheet order: criteria sheets, Units, Settings, Survey, then unit sheets. */
  errors: ParError[];
  /** Things a person should look at that do not stop scoring. */
  warnings: ParError[];
  analysis: AnalysisRow[];
  /** The names of the sheets the scoring read, to tell generated tabs from input. */
  rankingSheet: string;
  deductionsSheet: string;
  analysisSheet: string;
}

export type CompareOp = '>=' | '>' | '<=' | '<' | '=';

export interface ClassBand {
  label: string;
  /** null for the last band, which takes the rest. */
  test: { op: CompareOp; threshold: number } | null;
}

export interface ScoreOptions {
  /** Overrides the Settings sheet's basis (the command line's --basis). */
  basis?: Basis;
}
