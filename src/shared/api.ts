/**
 * What crosses google.script.run between the sidebar and the server: plain data only (no Date, no class).
 * The sidebar's RPC wrapper is typed from ServerApi, so renaming a server function breaks its build.
 */
import type { Basis, Language } from '../core/types';

export interface ErrorDto {
  sheet: string | null;
  cell: string | null;
  message: string;
}

export interface SettingsDto {
  basis: Basis;
  /** As written in the Settings sheet, e.g. "A>=90; B>=80; C>=70; D". */
  bands: string;
  language: Language;
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
  criteriaSets: number;
  errors: number;
  warnings: number;
  lastRun: LastRunDto | null;
  settings: SettingsDto;
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

/** Every server function the sidebar may call. */
export interface ServerApi {
  getStatus(): StatusDto;
  validateWorkbook(): ValidationDto;
  recomputeRanking(): RecomputeDto;
  getProgress(): ProgressDto | null;
  markDeductions(): MarkDto;
  clearMarks(): MarkDto;
  setupWorkbook(): SetupDto;
  saveSettings(settings: SettingsDto): StatusDto;
  selectCell(sheet: string, cell: string | null): void;
}
