/** `par-index report WORKBOOK.xlsx --unit NAME|--all --out OUT.xlsx`: a copy of the workbook with unit report tabs. */
import {
  buildReportTabs,
  findUnit,
  foldKey,
  isReportTab,
  message,
  type UnitResult,
  type WorkbookResult,
} from '../core';
import type { Io } from './io';
import { writeOutOrTell } from './output-file';
import { writeReportTabs } from './write-report-tabs';
import { protectTexts, type readXlsx } from './xlsx';

/** Why no unit has this name: it is an old name of the units that replaced it, or the near names, or the list. */
function unknownUnit(result: WorkbookResult, name: string, near: readonly string[]): string {
  const key = foldKey(name);
  const successors = result.units.filter((_, i) =>
    (result.previousNames[i] ?? []).some((previous) => foldKey(previous) === key),
  );
  if (successors.length > 0)
    return message(result.language, 'reportOldName', {
      name,
      units: successors.map((unit) => unit.unit).join(', '),
    });
  return message(result.language, 'reportUnknownUnit', {
    name,
    near: near.join(', '),
    units: result.units.map((unit) => unit.unit).join(', '),
  });
}

/** Writes the reports; the exit status is `rank`'s, or 2 when no unit has the name asked for. */
export async function runReport(
  loaded: Awaited<ReturnType<typeof readXlsx>>,
  result: WorkbookResult,
  request: { units: readonly string[]; out: string },
  io: Io,
): Promise<number> {
  let units = result.units;
  if (request.units.length > 0) {
    const chosen = new Set<UnitResult>();
    let unknown = false;
    for (const name of request.units) {
      const choice = findUnit(result, name);
      if (choice.ok) chosen.add(choice.unit);
      else {
        unknown = true;
        io.stderr(`par-index: ${unknownUnit(result, name, choice.near)}\n`);
      }
    }
    if (unknown) return 2;
    units = [...chosen];
  }
  // Other sheets keep their names; a report tab of the same name is replaced, not numbered.
  const taken = loaded.book.worksheets
    .map((worksheet) => worksheet.name)
    .filter((name) => !isReportTab(name));
  const tabs = buildReportTabs(result, units, taken);
  protectTexts(loaded.book);
  writeReportTabs(loaded.book, tabs);
  const bytes = async (): Promise<Uint8Array> => Buffer.from(await loaded.book.xlsx.writeBuffer());
  if (!(await writeOutOrTell(bytes, request.out, io))) return 2;
  const written = message(result.language, 'reportsWritten', { count: tabs.length });
  io.stdout(`${written}\n${tabs.map((tab) => `  ${tab.name}`).join('\n')}\n→ ${request.out}\n`);
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
