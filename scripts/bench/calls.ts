/**
 * Part 1: spreadsheet calls per recompute. The built dist/Code.js runs recomputeRanking() in a bare vm context
 * over the in-memory fake of the Apps Script services, which counts every call as 'Class.method'.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { createFakeEnvironment, type FakeCell, type FakeEnvironment } from '../../tests/fakes/apps-script';
import { CODE_JS, Mismatch, timed, workbook } from './common';
import { batchedRecompute } from './batched';
import { naiveRecompute } from './naive';

/**
 * Calls that move cell data, cell formats or sheet structure to or from the spreadsheet; everything else
 * (handles and metadata such as getName, getSheetId, getDataRange, getRange, getSheets, getMaxRows, and the
 * lock, cache, properties and toast services) is counted in the total only.
 */
const CELL_ATTRIBUTE =
  '(Value|DisplayValue|Formula|FormulaR1C1|Background|NumberFormat|RichTextValue|Note|FontWeight|FontColor|' +
  'FontSize|FontStyle|FontFamily|FontLine|Wrap|WrapStrategy|HorizontalAlignment|VerticalAlignment|DataValidation)s?';
const DATA_METHOD = new RegExp(
  [
    `^(get|set)${CELL_ATTRIBUTE}$`,
    '^getSheetValues$',
    '^setBackgroundRGB$',
    '^setBorder$',
    '^setTextStyle$',
    '^clear',
    '^(insert|delete)(Sheet|Rows?|Columns?)(After|Before)?$',
    '^appendRow$',
    '^insertChart$',
    '^setFrozen(Rows|Columns)$',
    '^autoResize(Columns?|Rows)$',
    '^setColumnWidths?$',
    '^setConditionalFormatRules$',
  ].join('|'),
);
const DATA_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range']);

/** The rule the docs state: which 'Class.method' calls move data. */
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export function movesData(call: string): boolean {
  const [cls = '', method = ''] = call.split('.');
  return DATA_CLASSES.has(cls) && DATA_METHOD.test(method);
}

export interface CallCount {
  total: number;
  data: number;
  byMethod: Record<string, number>;
  /** Milliseconds in the fake (this machine, no network): not an Apps Script time. */
  fakeMs: number;
}

export interface CallsRow {
  units: number;
  ours: CallCount;
  /** The first recompute, when the generated tabs do not exist yet. */
  oursFirst: CallCount;
  /** The simplest batched script: the baseline a user would pick. */
  batched: CallCount;
  /** The one-cell-per-call anti-pattern. */
  naive: CallCount;
  /** Apply roles at the appraisal stage, every unit with an account, in as many calls as the sidebar makes. */
  roles: CallCount;
}

function count(env: FakeEnvironment, fakeMs: number): CallCount {
  const byMethod = { ...env.calls.byMethod };
  const data = Object.entries(byMethod).reduce((sum, [call, n]) => sum + (movesData(call) ? n : 0), 0);
  return { total: env.calls.total, data, byMethod, fakeMs };
}

function rankingTab(env: FakeEnvironment): FakeCell[][] {
  const tab = env.snapshot()['Xếp hạng'];
  if (!tab) throw new Mismatch('no "Xếp hạng" tab was written');
  return tab;
}

function sameGrid(a: FakeCell[][], b: FakeCell[][]): string | null {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const left = a[r] ?? [];
    const right = b[r] ?? [];
    for (let c = 0; c < Math.max(left.length, right.length); c++) {
      const x = left[c] ?? '';
      const y = right[c] ?? '';
      if (x !== y && !(typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 1e-12)) {
        return `row ${r + 1}, column ${c + 1}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
      }
    }
  }
  return null;
}

export function measureCalls(units: number, code = readFileSync(CODE_JS, 'utf8')): CallsRow {
  const { sheets } = workbook(units);

  // Sized to their values: 707 sheets of 1000 × 26 would pass the 10,000,000 cells a spreadsheet holds.
  const env = createFakeEnvironment({ sheets, sheetSize: 'content' });
  const context = vm.createContext({ ...env.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  env.resetCalls();
  const first = timed(() => vm.runInContext('recomputeRanking()', context));
  const oursFirst = count(env, first.ms);
  const firstTab = rankingTab(env);
  env.resetCalls();
  const second = timed(() => vm.runInContext('recomputeRanking()', context));
  const ours = count(env, second.ms);
  const oursTab = rankingTab(env);
  const again = sameGrid(firstTab, oursTab);
  if (again) throw new Mismatch(`${units} units: recomputing twice gave different ranking tabs (${again})`);

  // The other scripts start from the same state: the generated tabs already there (as values).
  const tabs = env.snapshot();
  const existing = ['Xếp hạng', 'Trừ điểm'].map((name) => ({ name, values: tabs[name] ?? [] }));
  const other = (label: string, recompute: (app: App) => void): CallCount => {
    const otherEnv = createFakeEnvironment({ sheets: [...sheets, ...existing], sheetSize: 'content' });
    const run = timed(() => recompute(otherEnv.globals.SpreadsheetApp as App));
    const differs = sameGrid(oursTab, rankingTab(otherEnv));
    if (differs)
      throw new Mismatch(
        `${units} units: the add-in and the ${label} wrote different ranking tabs (${differs})`,
      );
    return count(otherEnv, run.ms);
  };
  const batched = other('batched script', batchedRecompute);
  const naive = other('naive script', naiveRecompute);

  return { units, ours, oursFirst, batched, naive, roles: measureRoles(units, code) };
}

/**
 * Apply roles on the same workbook, given a secretariat, two appraisers and an account per unit: the first call,
 * then one per 200 units left, as the sidebar makes them.
 */
function measureRoles(units: number, code: string): CallCount {
  const sheets = workbook(units).sheets.map((sheet) => {
    if (sheet.name === 'Cài đặt')
      return {
        ...sheet,
        values: [
          ...sheet.values,
          ['Giai đoạn', 'thẩm định'],
          ['Thư ký', 'tk@snv.gov.vn'],
          ['Tổ thẩm định', 'a@snv.gov.vn; b@snv.gov.vn'],
        ],
      };
    if (sheet.name === 'Đơn vị')
      return {
        ...sheet,
        values: sheet.values.map((row, r) => [...row, r === 0 ? 'Thư điện tử' : `u${r}@xa.gov.vn`]),
      };
    return sheet;
  });
  const env = createFakeEnvironment({ sheets, sheetSize: 'content' });
  const context = vm.createContext({ ...env.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  env.resetCalls();
  const run = timed(() => {
    let result = vm.runInContext('applyRoles()', context) as { remaining: string[] };
    while (result.remaining.length > 0) {
      context.left = result.remaining;
      result = vm.runInContext('applyRoles(null, left)', context) as { remaining: string[] };
    }
  });
  return count(env, run.ms);
}
