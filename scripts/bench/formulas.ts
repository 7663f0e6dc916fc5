/**
 * Part 3: what staff would do instead. The same scoring and ranking as plain spreadsheet formulas, evaluated by
 * HyperFormula (GPL-3.0, a dev dependency used only here): one row per unit and criterion with an IF formula
 * for its rule (a formula rule's a=…; b=…; c=… inputs split into three columns, as staff would type them), the
 * survey points looked up with INDEX/MATCH, then per unit the points and max (a SUM over the unit's block of rows,
 * as a unit sheet's total row does, or SUMIFS over the whole table), 100*points/max for the index, and a COUNTIFS
 * competition rank within the ranking block. Both must give the same ranks.
 */
import { HyperFormula } from 'hyperformula';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, Workbook, WorkbookResult } from '../../src/core/types';
import { median, Mismatch, timed, workbook } from './common';

type HfCell = string | number | boolean | null;

/** How points and max are added up per unit: SUM over the unit's own rows, or SUMIFS over the whole table. */
export type Aggregation = 'block' | 'sumifs';

export interface FormulasRow {
  units: number;
  aggregation: Aggregation;
  formulaCells: number;
  /** Each side's first run in this fresh process: HyperFormula parsing and building its graph, the core unwarmed. */
  cold: { formulasMs: number; oursMs: number };
  /** The core's later runs in the same process (median of 5). */
  oursWarmMs: number;
  /** HyperFormula built again in the same process (median of warmRuns; none when warmRuns is 0). */
  warmRuns: number;
  formulasWarmMs: number | null;
  /** One input cell edited in the built engine: HyperFormula recalculates what depends on it (median of the edits). */
  edit: { edits: number; formulasMs: number; samplesMs: number[] } | null;
}

function sheet(book: Workbook, name: string): Sheet {
  const found = book.sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`generator workbook has no sheet ${name}`);
  return found;
}

const num = (text: string): number => Number(text.replace(',', '.'));

/** The rule of one criterion as a formula over its row: E value, F of, I/J/K formula inputs a/b/c. */
function ruleFormula(
  rule: string,
  max: number,
  n: number,
  surveyColumn: number | undefined,
  units: number,
): string | null {
  const text = rule.trim();
  const measured = `IF(F${n}<>"",E${n}/F${n},E${n})`;
  if (text === '') return null;
  if (/^có\/không$/i.test(text)) return `=IF(OR(E${n}="Có",E${n}="Yes",E${n}="Đạt",E${n}="x"),${max},0)`;
  if (/^tỷ lệ$/i.test(text)) return `=${max}*MIN(1,MAX(0,${measured}))`;
  if (/^điều tra$/i.test(text)) {
    if (surveyColumn === undefined) throw new Error('survey criterion without a survey column');
    return `=INDEX(Survey!$B$2:$Z$${units + 1},MATCH(A${n},Survey!$A$2:$A$${units + 1},0),${surveyColumn})`;
  }
  const [keyword = '', body = ''] = text.split(/:(.*)/s);
  const entries = body
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (/^lựa chọn$/i.test(keyword.trim())) {
    return `=${entries.reduceRight((rest, entry) => {
      const [label = '', points = ''] = entry.split('=');
      return `IF(E${n}="${label.trim()}",${num(points)},${rest})`;
    }, 'NA()')}`;
  }
  if (/^mức$/i.test(keyword.trim())) {
    return `=${entries.reduceRight((rest, entry) => {
      const otherwise = /^else\s*=\s*(-?[\d.,]+)$/i.exec(entry);
      if (otherwise) return String(num(otherwise[1] as string));
      const band = /^(>=|>|<=|<|=)\s*([\d.,]+)(%?)\s*=\s*(-?[\d.,]+)$/.exec(entry);
      if (!band) throw new Error(`band not understood: ${entry}`);
      const [, op, threshold = '', percent, points = ''] = band;
      const quantity = percent ? measured : `E${n}`;
      const limit = percent ? num(threshold) / 100 : num(threshold);
      return `IF(${quantity}${op}${limit},${num(points)},${rest})`;
    }, 'NA()')}`;
  }
  if (/^công thức$/i.test(keyword.trim())) {
    const expression = body
      .trim()
      .replace(/\b([abc])\b/g, (name) => `${{ a: 'I', b: 'J', c: 'K' }[name as 'a' | 'b' | 'c']}${n}`);
    return `=MIN(${max},MAX(0,${expression}))`;
  }
  throw new Error(`rule not understood: ${rule}`);
}

function inputsOf(value: Cell): [HfCell, HfCell, HfCell] {
  if (typeof value !== 'string' || !value.includes('=')) return [null, null, null];
  const inputs = new Map(
    value.split(';').map((entry) => {
      const [name = '', number = ''] = entry.split('=');
      return [name.trim().toLowerCase(), num(number.trim())] as const;
    }),
  );
  return [inputs.get('a') ?? null, inputs.get('b') ?? null, inputs.get('c') ?? null];
}

function hf(cell: Cell | undefined): HfCell {
  return cell === undefined || cell === null || cell instanceof Date ? null : cell;
}

/** The staff workbook: Rows (one per unit and criterion), Survey, Ranking. Built outside the timing. */
export function formulaSheets(
  book: Workbook,
  aggregation: Aggregation,
): { sheets: Record<string, HfCell[][]>; formulaCells: number } {
  const criteria = sheet(book, 'Tiêu chí').values.slice(1);
  const units = sheet(book, 'Đơn vị').values.slice(1);
  const survey = sheet(book, 'Điều tra').values;
  const surveyHeader = (survey[0] ?? []).map((cell) => String(cell ?? ''));
  const codes = new Set(criteria.map((row) => String(row[0])));
  const leaves = criteria.filter((row) => ![...codes].some((code) => code.startsWith(`${String(row[0])}.`)));
  let formulaCells = 0;

  const blocks: [number, number][] = [];
  const rows: HfCell[][] = [
    ['Unit', 'Code', 'Group', 'Max', 'Value', 'Of', 'Self', 'Appraised', 'a', 'b', 'c', 'Rule', 'Final'],
  ];
  for (const unit of units) {
    const name = String(unit[0]);
    const unitSheet = sheet(book, String(unit[1]));
    const byCode = new Map(unitSheet.values.slice(2).map((row) => [String(row[0]), row]));
    blocks.push([rows.length + 1, rows.length + leaves.length]);
    for (const leaf of leaves) {
      const n = rows.length + 1;
      const code = String(leaf[0]);
      const max = Number(leaf[2]);
      const cells = byCode.get(code) ?? [];
      const surveyColumn = surveyHeader.indexOf(code);
      const rule = ruleFormula(
        String(leaf[3] ?? ''),
        max,
        n,
        surveyColumn > 0 ? surveyColumn : undefined,
        units.length,
      );
      const final = `=IF(H${n}<>"",H${n},IF(G${n}<>"",G${n},L${n}))`;
      formulaCells += (rule === null ? 0 : 1) + 1;
      rows.push([
        name,
        code,
        hf(unit[2]),
        max,
        hf(cells[3]),
        hf(cells[4]),
        hf(cells[5]),
        hf(cells[7]),
        ...inputsOf(cells[3] ?? null),
        rule,
        final,
      ]);
    }
  }
  const last = rows.length;
  const u = units.length + 1;
  const ranking: HfCell[][] = [['Unit', 'Group', 'Points', 'Max', 'Index', 'Rank']];
  units.forEach((unit, i) => {
    const n = i + 2;
    const [from, to] = blocks[i] as [number, number];
    const sum = (column: string): string =>
      aggregation === 'block'
        ? `=SUM(Rows!$${column}$${from}:$${column}$${to})`
        : `=SUMIFS(Rows!$${column}$2:$${column}$${last},Rows!$A$2:$A$${last},A${n})`;
    ranking.push([
      String(unit[0]),
      hf(unit[2]),
      sum('M'),
      sum('D'),
      `=100*C${n}/D${n}`,
      `=COUNTIFS($B$2:$B$${u},B${n},$E$2:$E$${u},">"&E${n})+1`,
    ]);
    formulaCells += 4;
  });
  const surveyRows = survey.map((row) => row.map(hf));
  return { sheets: { Rows: rows, Survey: surveyRows, Ranking: ranking }, formulaCells };
}

function build(sheets: Record<string, HfCell[][]>): HyperFormula {
  // Text compares as in Google Sheets: case-insensitive, accent-sensitive.
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    maxRows: 1_000_000,
    accentSensitive: true,
  });
}

function sheetId(engine: HyperFormula, name: string): number {
  const id = engine.getSheetId(name);
  if (id === undefined) throw new Error(`no ${name} sheet`);
  return id;
}

/** The formulas' index and rank of every unit must be the core's. */
function compare(values: unknown[][], result: WorkbookResult, when: string): void {
  const byName = new Map(result.units.map((unit) => [unit.unit, unit]));
  for (const row of values.slice(1)) {
    const [name, , , , index, rank] = row;
    const unit = byName.get(String(name));
    if (!unit) throw new Mismatch(`formulas${when}: unit ${String(name)} is not in the add-in's result`);
    if (typeof index !== 'number' || unit.index === null || Math.abs(index - unit.index) > 1e-9) {
      throw new Mismatch(
        `formulas${when}: ${unit.unit} has index ${String(index)} by formulas, ${String(unit.index)} by the add-in`,
      );
    }
    if (rank !== unit.rank) {
      throw new Mismatch(
        `formulas${when}: ${unit.unit} is ranked ${String(rank)} by formulas, ${String(unit.rank)} by the add-in`,
      );
    }
  }
  if (values.length - 1 !== result.units.length)
    throw new Mismatch(`formulas${when}: not every unit was ranked`);
}

/**
 * The edit: the first unit's value of one criterion set to the second unit's value of it (always a valid input;
 * formula inputs "a=…; b=…" are left out). Returns the Rows cell and the two values, and applies the edit to the
 * core's workbook too.
 */
function pickEdit(
  book: Workbook,
  rows: HfCell[][],
): { row: number; before: HfCell; after: HfCell; apply: () => void } {
  const first = rows[1]?.[0];
  const leaves = rows.filter((row) => row[0] === first).length;
  for (let r = 1; r <= leaves; r++) {
    const before = rows[r]?.[4] ?? null;
    const after = rows[r + leaves]?.[4] ?? null;
    const plain = (value: HfCell): boolean =>
      value !== null && !(typeof value === 'string' && value.includes('='));
    if (before === after || !plain(before) || !plain(after)) continue;
    const code = String(rows[r]?.[1]);
    const unitRow = sheet(book, 'Đơn vị').values.find((row) => String(row[0]) === String(first));
    const unitSheet = sheet(book, String(unitRow?.[1]));
    const line = unitSheet.values.find((row, i) => i >= 2 && String(row[0]) === code);
    if (!line) continue;
    return { row: r, before, after, apply: () => (line[3] = after) };
  }
  throw new Error('no criterion where the first two units differ');
}

const EDITS = 6;

export function measureFormulas(
  units: number,
  warmRuns: number,
  aggregation: Aggregation = 'block',
): FormulasRow {
  const book = workbook(units);
  const { sheets, formulaCells } = formulaSheets(book, aggregation);

  // Cold: each side's first run in this process. The core's goes first: it is short and leaves HyperFormula's
  // code as cold as it was.
  const oursCold = timed(() => scoreWorkbook(book));
  const formulasCold = timed(() => build(sheets));
  let engine = formulasCold.value;
  compare(engine.getSheetValues(sheetId(engine, 'Ranking')), oursCold.value, ' (cold)');

  const oursSamples: number[] = [];
  for (let i = 0; i < 5; i++) oursSamples.push(timed(() => scoreWorkbook(book)).ms);
  const formulasSamples: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    engine.destroy();
    const run = timed(() => build(sheets));
    formulasSamples.push(run.ms);
    engine = run.value;
  }

  let edit: FormulasRow['edit'] = null;
  if (aggregation === 'block') {
    const change = pickEdit(book, sheets.Rows as HfCell[][]);
    const at = { sheet: sheetId(engine, 'Rows'), row: change.row, col: 4 };
    const samplesMs: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const value = i % 2 === 0 ? change.after : change.before;
      samplesMs.push(timed(() => engine.setCellContents(at, [[value]])).ms);
      if (i === 0) {
        change.apply();
        compare(engine.getSheetValues(sheetId(engine, 'Ranking')), scoreWorkbook(book), ' (after the edit)');
      }
    }
    edit = { edits: EDITS, formulasMs: median(samplesMs), samplesMs };
  }
  engine.destroy();

  return {
    units,
    aggregation,
    formulaCells,
    cold: { formulasMs: formulasCold.ms, oursMs: oursCold.ms },
    oursWarmMs: median(oursSamples),
    warmRuns,
    formulasWarmMs: warmRuns > 0 ? median(formulasSamples) : null,
    edit,
  };
}
