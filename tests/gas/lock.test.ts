/**
 * Google's Lock reference: "when working with a spreadsheet, call SpreadsheetApp.flush() before releasing the
 * lock", so that the next execution to take it sees every change. Each locked action of the add-in, run on the
 * commune example, writes and then flushes with no spreadsheet write between the flush and releaseLock.
 */
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import { loadBundle, ROOT, type LoadedBundle } from './bundle';

const CAP_XA = join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx');
const SPREADSHEET_WRITE = /^(Spreadsheet|Sheet|Range|Protection)\./;

/** The timeline from the last spreadsheet write to the release of the lock. */
function afterLastWrite(bundle: LoadedBundle): string[] {
  const timeline = [...bundle.env.timeline];
  const last =
    timeline.length - 1 - [...timeline].reverse().findIndex((entry) => SPREADSHEET_WRITE.test(entry));
  return timeline.slice(last + 1).filter((entry) => !/^(Properties|Cache)\./.test(entry));
}

const ACTIONS: [string, unknown[]][] = [
  ['recomputeRanking', []],
  ['markDeductions', []],
  ['clearMarks', []],
  ['saveToHistory', []],
  ['buildReports', [['Xã Cẩm Bình']]],
  ['saveSettings', [{ basis: 'auto', bands: 'A>=90; B>=80; C>=70; D', language: 'vi', year: 2025 }]],
  ['setupWorkbook', ['so-nganh']],
];

describe('every locked action flushes before it releases the lock', () => {
  let bundle: LoadedBundle;
  beforeAll(async () => {
    bundle = loadBundle((await readXlsx(CAP_XA)).workbook);
  });

  test.each(ACTIONS)('%s', (name, args) => {
    // Set up writes only what is missing.
    if (name === 'setupWorkbook')
      bundle.env.runExecution(() => {
        const survey = bundle.env.spreadsheet.getSheetByName('Điều tra');
        if (survey) bundle.env.spreadsheet.deleteSheet(survey);
      });
    bundle.env.resetCalls();
    bundle.call(name, ...args);
    expect(bundle.env.timeline.some((entry) => SPREADSHEET_WRITE.test(entry))).toBe(true);
    expect(afterLastWrite(bundle)).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
  });
});
