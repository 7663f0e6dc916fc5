/**
 * What crosses google.script.run between the sidebar and the server: plain data only (no Date, no class).
 * The sidebar's RPC wrapper is typed from ServerApi, so renaming a server function breaks its build.
 */
import type { Stage } from '../core/roles/read-roles';
import type { Basis, Language } from '../core/types';
import type { TemplateKey } from '../template/registry';

export interface ErrorDto {
  sheet: string | null;
  cell: string | null;
  message: string;
  /** The unit whose sheet this is, where the sheet's name is not the unit's (a code such as "Xa00"). */
  unit?: string;
}

export interface SettingsDto {
  basis: Basis;
  /** As written in the Settings sheet, e.g. "A>=90; B>=80; C>=70; D". */
  bands: string;
  language: Language;
  /** This year (Settings' Year), or null when the Settings sheet has none. */
  year: number | null;
  /** The Compare-with year, before `year`, or null. */
  compareWith: number | null;
}

export interface LastRunDto {
  /** ISO 8601 time of the last rebuild of the generated tabs. */
  at: string;
  basis: Basis;
  units: number;
  errors: number;
}

export interface StatusDto {
  language: Language;
  units: number;
  /** Every unit's name, in the Units sheet's order: the choices of the report card. */
  unitNames: string[];
  criteriaSets: number;
  errors: number;
  warnings: number;
  lastRun: LastRunDto | null;
  /**
   * Whether the ranking tab no longer says what the data gives (a rank, index or class edited by hand, or data
   * changed since the last Recompute); null when there is no ranking tab.
   */
  stale: boolean | null;
  settings: SettingsDto;
  /** The spreadsheet has no criteria sheet yet: the sidebar offers Set up first. */
  needsSetup: boolean;
  /** The Settings' Stage, where getStatus read it (the roles card's choice). */
  stage?: Stage;
  /**
   * Whether roles are applied (the Settings or Units sheet carries the add-in's protection), where getStatus read it:
   * a copied spreadsheet may have lost its protections.
   */
  rolesApplied?: boolean;
}

export interface ValidationDto {
  status: StatusDto;
  errors: ErrorDto[];
  warnings: ErrorDto[];
}

export interface UnitLineDto {
  unit: string;
  rank: number | null;
  index: number | null;
  class: string | null;
  change: number | null;
  flags: number;
  /** Consecutive years ranked 1st, ending this year. */
  streak: number;
  /** Ranks moved since the Compare-with year (positive is up), or null. */
  compareChange: number | null;
}

export interface GroupSummaryDto {
  group: string | null;
  /** Ranked units, best first, at most 5. */
  top: UnitLineDto[];
  /** Units with a rank (a unit may have a class without a rank). */
  ranked: number;
  classCounts: { label: string; count: number }[];
  /** Largest positive changes first, at most 3. */
  rises: UnitLineDto[];
  /** Largest negative changes first, at most 3. */
  falls: UnitLineDto[];
  /** Most flags first, at most 3. */
  mostFlags: UnitLineDto[];
  /** Units ranked 1st two years running or more, longest first. */
  streaks: UnitLineDto[];
  /** The Settings' Compare-with year, or null. */
  compareYear: number | null;
  /** Largest moves since the Compare-with year, up then down, at most 3 each. */
  compareRises: UnitLineDto[];
  compareFalls: UnitLineDto[];
}

export interface RecomputeDto extends ValidationDto {
  groups: GroupSummaryDto[];
  rankingSheet: string;
  deductionsSheet: string;
}

export interface ProgressDto {
  /** 0..total */
  done: number;
  total: number;
  /** A short message in the workbook's language, e.g. "Đang chấm 12/130 đơn vị". */
  message: string;
}

export interface MarkDto {
  /** Rows coloured (markDeductions) or cleared (clearMarks). */
  rows: number;
  sheets: number;
  message: string;
}

export interface SetupDto {
  created: string[];
  /** Sheets that already existed and were left as they were. */
  kept: string[];
  message: string;
}

/** What "Save to History" did, or why it wrote nothing (`ok` false: no year, or History has errors). */
export interface ArchiveDto {
  ok: boolean;
  /** The History sheet written, null when nothing was. */
  sheet: string | null;
  year: number | null;
  added: number;
  replaced: number;
  /** The confirmation or the refusal, in the workbook's language. */
  message: string;
}

/** What one call of buildReports wrote, and the units whose reports are still to build (call again with them). */
export interface ReportsDto {
  /** Report tabs written by this call, in order. */
  written: string[];
  /** Units not reached before the time budget ran out; empty when done. */
  remaining: string[];
  /** Reports asked for in this call. */
  total: number;
  message: string;
}

/** What one call of applyRoles did, or why it changed nothing (`ok` false: errors in the accounts or the stage). */
export interface RolesDto {
  ok: boolean;
  /** Unit sheets protected by this call. */
  units: number;
  /** Units not reached in this call (more than 200): call again with them. */
  remaining: string[];
  /** Sheets where a protection a person made was kept as it is. */
  kept: string[];
  errors: ErrorDto[];
  message: string;
}

/** Every server function the sidebar may call. */
export interface ServerApi {
  getStatus(): StatusDto;
  validateWorkbook(): ValidationDto;
  recomputeRanking(): RecomputeDto;
  getProgress(): ProgressDto | null;
  markDeductions(): MarkDto;
  clearMarks(): MarkDto;
  setupWorkbook(template?: TemplateKey): SetupDto;
  saveToHistory(): ArchiveDto;
  buildReports(units: string[] | 'all'): ReportsDto;
  saveSettings(settings: SettingsDto): StatusDto;
  selectCell(sheet: string, cell: string | null): void;
  applyRoles(stage?: Stage | null, units?: string[]): RolesDto;
}
