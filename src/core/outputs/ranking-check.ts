/**
 * Whether a workbook's ranking tab still says what its data gives (`par-index verify`, the sidebar's stale status):
 * the tab's rank, index and class of every unit, and which units it lists, against a fresh result. The tab's
 * columns are found by the headers the project writes, in either language, wherever they stand.
 */
import { cellText, isBlank, readNumber } from '../basics/cells';
import { findHeaderRow, mapColumns } from '../sheets/headers';
import type { ColumnSpec } from '../sheets/workbook-schema';
import { RANKING_COLUMNS } from './ranking-tab';
import { SheetIndex } from '../sheets/sheet-index';
import type { Cell, UnitResult, Workbook, WorkbookResult } from '../types';
import { unitKey } from '../sheets/units-sheet';

/** An index agrees when the tab's and the computed one differ by less than this (a tab may show it rounded). */
const INDEX_TOLERANCE = 0.005;

export interface RankingDifference {
  unit: string;
  /** The column's header as the tab writes it (the project's header where the tab lacks the column). */
  column: string;
  tab: Cell;
  computed: Cell;
}

export type RankingCheck =
  /** No ranking tab, or one without the header row the project writes. */
  { found: false; sheet: string | null } | { found: true; sheet: string; differences: RankingDifference[] };

type Checked = 'unit' | 'rank' | 'index' | 'class';
const CHECKED: readonly Checked[] = ['unit', 'rank', 'index', 'class'];
const SPECS: readonly ColumnSpec<Checked>[] = CHECKED.map((key) => ({
  key,
  headers: [RANKING_COLUMNS[key].header.en, RANKING_COLUMNS[key].header.vi],
}));
const UNIT_ANCHOR = SPECS[0]?.headers ?? [];

/** "3", 3 or "3/13": the rank and, for the text, the number ranked. */
function readRank(cell: Cell): { rank: number | null; outOf: number | null } | null {
  if (isBlank(cell)) return { rank: null, outOf: null };
  if (typeof cell === 'number') return { rank: cell, outOf: null };
  const match = /^(\d+)\s*(?:\/\s*(\d+))?$/.exec(cellText(cell));
  if (!match) return null;
  return { rank: Number(match[1]), outOf: match[2] === undefined ? null : Number(match[2]) };
}

/** An index as the tab holds it: a number in percent points, or the same as text ("85,34", "85,34 %"). */
function readIndex(cell: Cell): number | null | undefined {
  if (isBlank(cell)) return null;
  const read = readNumber(cell);
  if (!read.ok) return undefined;
  return read.percent ? read.value * 100 : read.value;
}

function outOfByGroup(result: WorkbookResult): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const unit of result.units)
    if (unit.rank !== null) counts.set(unit.group, (counts.get(unit.group) ?? 0) + 1);
  return counts;
}

function compareUnit(
  unit: UnitResult,
  row: readonly Cell[],
  column: Partial<Record<Checked, number>>,
  header: (key: Checked) => string,
  outOf: number,
): RankingDifference[] {
  const differences: RankingDifference[] = [];
  const cell = (key: Checked): Cell => {
    const at = column[key];
    return at === undefined ? null : (row[at] ?? null);
  };
  const differ = (key: Checked, computed: Cell): void => {
    differences.push({ unit: unit.unit, column: header(key), tab: cell(key), computed });
  };

  const rank = readRank(cell('rank'));
  const rankOutOf = rank?.outOf ?? null;
  if (!rank || rank.rank !== unit.rank || (rankOutOf !== null && rankOutOf !== outOf))
    differ('rank', rankOutOf !== null && unit.rank !== null ? `${unit.rank}/${outOf}` : unit.rank);

  const index = readIndex(cell('index'));
  const agrees =
    index === unit.index ||
    (typeof index === 'number' && unit.index !== null && Math.abs(index - unit.index) < INDEX_TOLERANCE);
  if (!agrees) differ('index', unit.index);

  const shown = cellText(cell('class'));
  if (shown !== (unit.class ?? '')) differ('class', unit.class);
  return differences;
}

/** The ranking tab of `workbook` against `result`, the fresh scoring of the same workbook. */
export function checkRankingTab(workbook: Workbook, result: WorkbookResult): RankingCheck {
  const found = new SheetIndex(workbook.sheets).role('ranking');
  if (!found) return { found: false, sheet: null };
  const { sheet } = found;
  const headerRow = findHeaderRow(sheet.values, UNIT_ANCHOR);
  if (headerRow < 0) return { found: false, sheet: sheet.name };
  const headerCells = sheet.values[headerRow] ?? [];
  const column = mapColumns(headerCells, SPECS);
  const header = (key: Checked): string => {
    const at = column[key];
    return at === undefined ? RANKING_COLUMNS[key].header[result.language] : cellText(headerCells[at]);
  };
  const unitColumn = column.unit as number;

  const rows = new Map<string, { name: string; cells: readonly Cell[] }>();
  /** Names the tab lists that the data does not: a unit gone, or a unit's second row. */
  const extra: string[] = [];
  for (const cells of sheet.values.slice(headerRow + 1)) {
    const name = cellText(cells[unitColumn]);
    const key = unitKey(name);
    if (rows.has(key)) extra.push(name);
    else if (name !== '') rows.set(key, { name, cells });
  }

  const outOf = outOfByGroup(result);
  const differences: RankingDifference[] = [];
  for (const unit of result.units) {
    const key = unitKey(unit.unit);
    const row = rows.get(key);
    rows.delete(key);
    if (!row) {
      differences.push({ unit: unit.unit, column: header('unit'), tab: null, computed: unit.unit });
      continue;
    }
    differences.push(...compareUnit(unit, row.cells, column, header, outOf.get(unit.group) ?? 0));
  }
  for (const name of [...[...rows.values()].map((row) => row.name), ...extra])
    differences.push({ unit: name, column: header('unit'), tab: name, computed: null });
  return { found: true, sheet: sheet.name, differences };
}
