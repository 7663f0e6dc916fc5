import * as z from 'zod';
import { basisOf } from '../core';

const BASIS = z.enum(['auto', 'self', 'appraised']);

export const CliArgs = z.object({
  command: z.enum(['rank', 'archive', 'report', 'verify', 'new-year']),
  workbook: z.string().min(1),
  out: z.string().min(1).optional(),
  json: z.boolean(),
  force: z.boolean(),
  basis: BASIS.optional(),
  /** `report`: the units to report on (--unit, once or more), or every unit. */
  units: z.array(z.string().min(1)),
  all: z.boolean(),
});
export type CliArgs = z.infer<typeof CliArgs>;

export const USAGE = `Cách dùng: par-index rank WORKBOOK.xlsx [--out OUT.xlsx [--force]] [--json] [--basis auto|self|appraised]
  Chấm điểm và xếp hạng mọi đơn vị của bảng tính Chỉ số CCHC tải về dạng .xlsx.
  --out OUT.xlsx   ghi bảng tính kèm sheet Xếp hạng, Trừ điểm vào OUT (không bao giờ ghi đè tệp vào)
  --force          cho phép thay OUT nếu tệp đó đã có
  --json           in kết quả dạng JSON thay cho bảng
  --basis          điểm dùng để xếp hạng: auto/tự động (thẩm định nếu có, nếu không thì tự chấm),
                   self/tự chấm hoặc appraised/thẩm định
Mã thoát: 0 mọi đơn vị được chấm; 1 có đơn vị bị lỗi; 2 sai cách dùng hoặc không đọc được tệp.

Usage: par-index rank WORKBOOK.xlsx [--out OUT.xlsx [--force]] [--json] [--basis auto|self|appraised]

  Scores and ranks every unit of a PAR-index workbook (Chỉ số CCHC) downloaded as .xlsx.
  --out OUT.xlsx   write the workbook with the ranking and deductions tabs to OUT (never over the input)
  --force          replace OUT when it already exists
  --json           print the result as JSON instead of a table
  --basis          which scores rank: auto (appraised where entered, else self), self or appraised
                   (or the Vietnamese tự động, tự chấm, thẩm định)
Exit status: 0 every unit scored; 1 some unit has errors; 2 usage error or unreadable file.

Cách dùng: par-index archive WORKBOOK.xlsx --out OUT.xlsx [--force] [--basis auto|self|appraised]
  Ghi kết quả năm nay (Năm ở sheet Cài đặt) vào sheet Lịch sử của một bản sao OUT; thay các dòng của năm này,
  giữ mọi dòng khác; không sửa gì khác và không bao giờ ghi đè tệp vào.
Mã thoát: 0 mọi đơn vị được chấm; 1 có đơn vị bị lỗi (vẫn lưu các đơn vị có thứ hạng); 2 sai cách dùng, không
đọc được tệp, hoặc không lưu được (chưa có Năm, sheet Lịch sử có lỗi).

Usage: par-index archive WORKBOOK.xlsx --out OUT.xlsx [--force] [--basis auto|self|appraised]
  Writes this year's results (the Settings sheet's Year) into the History sheet of a copy OUT; replaces the rows
  of that year, keeps every other row, changes nothing else and never writes over the input.
Exit status: 0 every unit scored; 1 some unit has errors (the ranked units are still saved); 2 usage error,
unreadable file, or nothing saved (no Year, or the History sheet has errors).

Cách dùng: par-index report WORKBOOK.xlsx --unit TÊN [--unit TÊN …]|--all --out OUT.xlsx [--force] [--basis auto|self|appraised]
  Ghi báo cáo của từng đơn vị --unit (tên viết hoa thường, có dấu hay không đều được) hoặc của mọi đơn vị (--all),
  mỗi đơn vị một sheet "Báo cáo – <đơn vị>", vào một bản sao OUT; không bao giờ ghi đè tệp vào.
Mã thoát như lệnh rank; 2 khi không có đơn vị tên đó (kèm các tên gần giống, hoặc đơn vị mang tên cũ đó).

Usage: par-index report WORKBOOK.xlsx --unit NAME [--unit NAME …]|--all --out OUT.xlsx [--force] [--basis auto|self|appraised]
  Writes the report of each --unit (matched regardless of case and accents) or of every unit (--all), one
  "Report – <unit>" tab each, into a copy OUT; never writes over the input.
Exit status as for rank; 2 when no unit has that name (the near names, or the unit that now bears that old name,
are listed).

Cách dùng: par-index verify WORKBOOK.xlsx [--json] [--basis auto|self|appraised]
  Tính lại bảng tính đã có sheet Xếp hạng (tải về từ Google Sheets, hoặc tệp do rank --out ghi) và so từng đơn vị:
  hạng, chỉ số, xếp loại, và những đơn vị được liệt kê; in mọi chỗ khác nhau. --json in kết quả dạng JSON.
Mã thoát: 0 khớp; 1 có chỗ khác (sheet bị sửa tay hoặc chưa tính lại sau khi số liệu đổi); 2 không có sheet Xếp
hạng hoặc không đọc được tệp.

Usage: par-index verify WORKBOOK.xlsx [--json] [--basis auto|self|appraised]
  Recomputes a workbook that holds a ranking tab (downloaded from Google Sheets, or written by rank --out) and
  compares it unit by unit: rank, index, class, and which units are listed; prints every difference.
  --json prints the result as JSON.
Exit status: 0 they agree; 1 something differs (the tab was edited by hand, or not recomputed after the data
changed); 2 no ranking tab, or the file cannot be read.

Cách dùng: par-index new-year WORKBOOK.xlsx --out OUT.xlsx [--force] [--basis auto|self|appraised]
  Ghi bảng tính cho năm sau vào OUT: lưu năm nay vào Lịch sử (như archive), Năm + 1, Giai đoạn về kê khai; xoá số
  liệu, điểm tự chấm, tài liệu kiểm chứng, điểm và ý kiến thẩm định, giải trình, điểm sau giải trình ở mọi sheet
  đơn vị, điểm điều tra và SIPAS, hạng, chỉ số và tên năm trước ở sheet Đơn vị; bỏ các sheet kết quả và các dấu
  trừ điểm; giữ mã, tên, điểm tối đa và định dạng. Tệp vào không bao giờ bị sửa.
Mã thoát như lệnh archive.

Usage: par-index new-year WORKBOOK.xlsx --out OUT.xlsx [--force] [--basis auto|self|appraised]
  Writes next year's workbook to OUT: this year saved to History (as archive does), Year + 1, Stage back to
  self-assessment; every unit sheet's data, self scores, evidence, appraised scores and notes, explanations and
  re-appraised scores emptied, the survey's points and SIPAS, the Units sheet's previous rank, index and name
  emptied; the generated tabs and the deduction marks removed; codes, names, Max and formatting kept. The input
  is never changed.
Exit status as for archive.`;

const COMMANDS: readonly CliArgs['command'][] = CliArgs.shape.command.options;

/** After a usage error, on the same line: where the whole usage is. */
export const SEE_HELP = 'Xem / see: par-index --help';

/** A mistake in the command's arguments, told in Vietnamese then English. */
export class UsageError extends Error {
  constructor(vi: string, en: string) {
    super(`${vi} / ${en}`);
  }
}

/**
 * Parses `rank WORKBOOK [--out F] [--force] [--json] [--basis B]`, `archive WORKBOOK --out F [--force] [--basis B]`
 * `report WORKBOOK --unit NAME|--all --out F [--force] [--basis B]`, `verify WORKBOOK [--json] [--basis B]` and
 * `new-year WORKBOOK --out F [--force] [--basis B]`;
 * throws UsageError with a message for people.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as CliArgs['command']))
    throw command === undefined
      ? new UsageError(
          'Thiếu lệnh "rank", "archive", "report", "verify" hoặc "new-year".',
          'Missing command "rank", "archive", "report", "verify" or "new-year".',
        )
      : new UsageError(`Không có lệnh "${command}".`, `Unknown command "${command}".`);
  const raw: {
    workbook?: string;
    out?: string;
    json: boolean;
    force: boolean;
    basis?: string;
    units: string[];
    all: boolean;
  } = { json: false, force: false, units: [], all: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${flag} cần một giá trị.`, `${flag} needs a value.`);
      return next;
    };
    if (flag === '--json' && (command === 'rank' || command === 'verify')) raw.json = true;
    else if (flag === '--force' && command !== 'verify') raw.force = true;
    else if (flag === '--out' && command !== 'verify') raw.out = value();
    else if (flag === '--basis') raw.basis = value();
    else if (flag === '--unit' && command === 'report') raw.units.push(value());
    else if (flag === '--all' && command === 'report') raw.all = true;
    else if (flag.startsWith('-'))
      throw new UsageError(`Không có tuỳ chọn "${flag}".`, `Unknown option "${flag}".`);
    else if (raw.workbook === undefined) raw.workbook = flag;
    else throw new UsageError(`Thừa đối số "${flag}".`, `Unexpected argument "${flag}".`);
  }
  if (raw.workbook === undefined) throw new UsageError('Thiếu tệp WORKBOOK.xlsx.', 'Missing WORKBOOK.xlsx.');
  if (command !== 'rank' && command !== 'verify' && raw.out === undefined)
    throw new UsageError('Thiếu --out OUT.xlsx.', 'Missing --out OUT.xlsx.');
  if (command === 'report' && (raw.units.length === 0) === !raw.all)
    throw new UsageError(
      'Cần --unit TÊN (một hay nhiều lần) hoặc --all, không cả hai.',
      'Give --unit NAME (once or more) or --all, not both.',
    );
  const parsed = CliArgs.safeParse({
    command,
    ...raw,
    basis: raw.basis === undefined ? undefined : (basisOf(raw.basis) ?? raw.basis),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw field === 'basis'
      ? new UsageError(
          `--basis phải là auto (tự động), self (tự chấm) hoặc appraised (thẩm định), không phải "${raw.basis}".`,
          `--basis must be auto, self or appraised (tự động, tự chấm, thẩm định), not "${raw.basis}".`,
        )
      : new UsageError(`${field} không hợp lệ.`, `Invalid ${field}.`);
  }
  return parsed.data;
}
