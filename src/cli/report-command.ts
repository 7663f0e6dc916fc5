/** `par-index report WORKBOOK.xlsx --unit NAME|--all --out OUT.xlsx`: a copy of the workbook with unit report tabs. */
import { message } from '../core/messages';
import { buildReportTabs } from '../core/outputs/report-tab';
import { findUnit } from '../core/outputs/report-units';
import type { WorkbookResult } from '../core/types';
import { isReportTab } from '../core/workbook-schema';
import type { Io } from './main';
import { bothLanguages, writeOut } from './output-file';
import { writeReportTabs } from './write-report-tabs';
import { protectTexts, type readXlsx } from './xlsx';

/** Writes the reports; the exit status is `rank`'s, or 2 when no unit has the name asked for. */
export async function runReport(
  loaded: Awaited<ReturnType<typeof readXlsx>>,
  result: WorkbookResult,
  request: { unit?: string; out: string },
  io: Io,
): Promise<number> {
  let units = result.units;
  if (request.unit !== undefined) {
    const choice = findUnit(result, request.unit);
    if (!choice.ok) {
      const params = {
        name: request.unit,
        near: choice.near.join(', '),
        units: result.units.map((unit) => unit.unit).join(', '),
      };
      io.stderr(`par-index: ${message(result.language, 'reportUnknownUnit', params)}\n`);
      return 2;
    }
    units = [choice.unit];
  }
  // Other sheets keep their names; a report tab of the same name is replaced, not numbered.
  const taken = loaded.book.worksheets
    .map((worksheet) => worksheet.name)
    .filter((name) => !isReportTab(name));
  const tabs = buildReportTabs(result, units, taken);
  protectTexts(loaded.book);
  writeReportTabs(loaded.book, tabs);
  try {
    writeOut(Buffer.from(await loaded.book.xlsx.writeBuffer()), request.out);
  } catch {
    io.stderr(`par-index: ${bothLanguages('outNotWritten', request.out).replace('\n', '\npar-index: ')}\n`);
    return 2;
  }
  const written = message(result.language, 'reportsWritten', { count: tabs.length });
  io.stdout(`${written}\n${tabs.map((tab) => `  ${tab.name}`).join('\n')}\n→ ${request.out}\n`);
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
