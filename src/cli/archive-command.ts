/** `par-index archive WORKBOOK.xlsx --out OUT.xlsx`: a copy of the workbook with this year saved to History. */
import type ExcelJS from 'exceljs';
import * as z from 'zod';
import { archiveYear } from '../core/archive';
import { scoreWorkbook } from '../core/score-workbook';
import { SheetIndex } from '../core/sheet-index';
import type { Cell } from '../core/types';
import { sheetName } from '../core/workbook-schema';
import { UsageError } from './args';
import type { Io } from './main';
import { samePath } from './same-path';
import { escapeXlsxText, protectTexts, readXlsx } from './xlsx';

export const ARCHIVE_USAGE = `Cách dùng: par-index archive WORKBOOK.xlsx --out OUT.xlsx [--basis auto|self|appraised]
  Ghi kết quả năm nay (Năm ở sheet Cài đặt) vào sheet Lịch sử của một bản sao OUT; thay các dòng của năm này,
  giữ mọi dòng khác; không sửa gì khác và không bao giờ ghi đè tệp vào.
Mã thoát: 0 mọi đơn vị được chấm; 1 có đơn vị bị lỗi (vẫn lưu các đơn vị có thứ hạng); 2 sai cách dùng, không
đọc được tệp, hoặc không lưu được (chưa có Năm, sheet Lịch sử có lỗi).

Usage: par-index archive WORKBOOK.xlsx --out OUT.xlsx [--basis auto|self|appraised]
  Writes this year's results (the Settings sheet's Year) into the History sheet of a copy OUT; replaces the rows
  of that year, keeps every other row, changes nothing else and never writes over the input.
Exit status: 0 every unit scored; 1 some unit has errors (the ranked units are still saved); 2 usage error,
unreadable file, or nothing saved (no Year, or the History sheet has errors).`;

const ArchiveArgs = z.object({
  workbook: z.string().min(1),
  out: z.string().min(1),
  basis: z.enum(['auto', 'self', 'appraised']).optional(),
});
type ArchiveArgs = z.infer<typeof ArchiveArgs>;

function parseArchiveArgs(argv: readonly string[]): ArchiveArgs {
  const raw: { workbook?: string; out?: string; basis?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const cut = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = cut > 0 ? arg.slice(0, cut) : arg;
    const value = (): string => {
      const next = cut > 0 ? arg.slice(cut + 1) : argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${flag} cần một giá trị.`, `${flag} needs a value.`);
      return next;
    };
    if (flag === '--out') raw.out = value();
    else if (flag === '--basis') raw.basis = value();
    else if (flag.startsWith('-'))
      throw new UsageError(`Không có tuỳ chọn "${flag}".`, `Unknown option "${flag}".`);
    else if (raw.workbook === undefined) raw.workbook = flag;
    else throw new UsageError(`Thừa đối số "${flag}".`, `Unexpected argument "${flag}".`);
  }
  if (raw.workbook === undefined) throw new UsageError('Thiếu tệp WORKBOOK.xlsx.', 'Missing WORKBOOK.xlsx.');
  if (raw.out === undefined) throw new UsageError('Thiếu --out OUT.xlsx.', 'Missing --out OUT.xlsx.');
  const parsed = ArchiveArgs.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      `--basis phải là auto, self hoặc appraised, không phải "${raw.basis}".`,
      `--basis must be auto, self or appraised, not "${raw.basis}".`,
    );
  if (samePath(parsed.data.out, parsed.data.workbook))
    throw new UsageError('--out không được trùng tệp vào.', '--out must not be the input workbook.');
  return parsed.data;
}

/** Puts `values` into the worksheet, clearing every cell it held outside them. */
function replaceValues(worksheet: ExcelJS.Worksheet, values: readonly (readonly Cell[])[]): void {
  const rows = Math.max(worksheet.rowCount, values.length);
  const columns = Math.max(worksheet.columnCount, ...values.map((row) => row.length));
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    for (let c = 1; c <= columns; c++) {
      const value = values[r - 1]?.[c - 1] ?? null;
      row.getCell(c).value =
        value === null || value === '' ? null : typeof value === 'string' ? escapeXlsxText(value) : value;
    }
  }
}

export async function archiveCommand(argv: readonly string[], io: Io): Promise<number> {
  let args: ArchiveArgs;
  try {
    args = parseArchiveArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`par-index: ${error.message}\n\n${ARCHIVE_USAGE}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = await readXlsx(args.workbook);
  } catch (error) {
    io.stderr(
      `par-index: không đọc được / cannot read ${args.workbook}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const result = scoreWorkbook(loaded.workbook, args.basis ? { basis: args.basis } : {});
  const history = new SheetIndex(loaded.workbook.sheets).role('history')?.sheet ?? null;
  const outcome = archiveYear(result, history);
  if (!outcome.ok) {
    io.stderr(`par-index: ${outcome.message}\n`);
    return 2;
  }
  protectTexts(loaded.book);
  const worksheet =
    (history && loaded.book.getWorksheet(history.name)) ||
    loaded.book.addWorksheet(sheetName('history', result.language));
  replaceValues(worksheet, outcome.values);
  try {
    await loaded.book.xlsx.writeFile(args.out);
  } catch (error) {
    io.stderr(
      `par-index: không ghi được / cannot write ${args.out}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  io.stdout(`${outcome.message}\n→ ${args.out}\n`);
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
