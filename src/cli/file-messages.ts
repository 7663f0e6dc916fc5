/**
 * The command line's messages about the files it is given, in Vietnamese and English. They live here, not in
 * the core's messages, because only the command reads and writes files (and the add-in's bundle stays small).
 */
import type { Language } from '../core';

/** `detail`: the folder of OUT for a missing folder, the system's words for any other failed write. */
type Text = (p: { path: string; tabs?: string; detail?: string }) => string;

/** How to get an .xlsx from Google Sheets, after every message about a file that cannot be read. */
const HOW_VI = 'Trong Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx).';
const HOW_EN = 'In Google Sheets: File → Download → Microsoft Excel (.xlsx).';

const FILE_MESSAGES = {
  fileMissing: {
    vi: (p) => `Không có tệp "${p.path}". ${HOW_VI}`,
    en: (p) => `There is no file "${p.path}". ${HOW_EN}`,
  },
  fileUnreadable: {
    vi: (p) => `Không mở được tệp "${p.path}" (không có quyền đọc?).`,
    en: (p) => `The file "${p.path}" cannot be opened (no permission to read it?).`,
  },
  fileIsDirectory: {
    vi: (p) => `"${p.path}" là một thư mục, không phải tệp .xlsx. ${HOW_VI}`,
    en: (p) => `"${p.path}" is a directory, not an .xlsx file. ${HOW_EN}`,
  },
  fileEmpty: {
    vi: (p) => `Tệp "${p.path}" rỗng (0 byte): có thể tải về chưa xong. ${HOW_VI}`,
    en: (p) => `The file "${p.path}" is empty (0 bytes): the download may not have finished. ${HOW_EN}`,
  },
  fileCsv: {
    vi: (p) => `Tệp "${p.path}" là văn bản (CSV), chỉ giữ một sheet; cần cả bảng tính dạng .xlsx. ${HOW_VI}`,
    en: (p) =>
      `The file "${p.path}" is text (CSV), which keeps one sheet only; the whole workbook is needed as .xlsx. ${HOW_EN}`,
  },
  fileXls: {
    vi: (p) =>
      `Tệp "${p.path}" là dạng Excel 97–2003 (.xls); mở trong Excel và lưu dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel), hoặc tải lên Google Sheets rồi tải về. ${HOW_VI}`,
    en: (p) =>
      `The file "${p.path}" is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx (File → Save As → Excel Workbook), or upload it to Google Sheets and download it. ${HOW_EN}`,
  },
  fileOds: {
    vi: (p) =>
      `Tệp "${p.path}" là dạng OpenDocument (.ods); lưu lại dạng .xlsx (LibreOffice: Tệp → Lưu thành → Excel 2007-365). ${HOW_VI}`,
    en: (p) =>
      `The file "${p.path}" is an OpenDocument spreadsheet (.ods); save it as .xlsx (LibreOffice: File → Save As → Excel 2007-365). ${HOW_EN}`,
  },
  fileEncrypted: {
    vi: (p) =>
      `Tệp "${p.path}" có mật khẩu mở tệp; mở trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu) rồi lưu lại. ${HOW_VI}`,
    en: (p) =>
      `The file "${p.path}" is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it again. ${HOW_EN}`,
  },
  fileCorrupt: {
    vi: (p) => `Tệp "${p.path}" không phải tệp .xlsx đọc được (hỏng hoặc tải về chưa xong). ${HOW_VI}`,
    en: (p) =>
      `The file "${p.path}" is not a readable .xlsx file (damaged, or the download did not finish). ${HOW_EN}`,
  },
  fileNotXlsx: {
    vi: (p) => `Tệp "${p.path}" không phải bảng tính .xlsx. ${HOW_VI}`,
    en: (p) => `The file "${p.path}" is not an .xlsx workbook. ${HOW_EN}`,
  },
  outIsInput: {
    vi: (p) =>
      `--out "${p.path}" chính là tệp vào (cùng một tệp, có thể qua liên kết); tệp vào không bao giờ bị ghi đè.`,
    en: (p) =>
      `--out "${p.path}" is the input workbook itself (the same file, perhaps through a link); the input is never written over.`,
  },
  outExists: {
    vi: (p) => `Tệp "${p.path}" đã có; thêm --force để thay nó, hoặc chọn tên khác cho --out.`,
    en: (p) =>
      `The file "${p.path}" already exists; add --force to replace it, or choose another name for --out.`,
  },
  outIsDirectory: {
    vi: (p) =>
      `--out "${p.path}" là một thư mục; --out cần tên một tệp .xlsx, ví dụ "${p.path}/ket-qua.xlsx".`,
    en: (p) =>
      `--out "${p.path}" is a directory; --out needs the name of an .xlsx file, e.g. "${p.path}/result.xlsx".`,
  },
  outNotXlsx: {
    vi: (p) => `--out "${p.path}" không phải tên tệp .xlsx; đặt tên kết thúc bằng .xlsx.`,
    en: (p) => `--out "${p.path}" is not the name of an .xlsx file; give a name ending in .xlsx.`,
  },
  outNoDirectory: {
    vi: (p) => `Không ghi được "${p.path}": không có thư mục "${p.detail}".`,
    en: (p) => `"${p.path}" could not be written: there is no directory "${p.detail}".`,
  },
  outNoPermission: {
    vi: (p) => `Không ghi được "${p.path}": không có quyền ghi vào thư mục "${p.detail}".`,
    en: (p) => `"${p.path}" could not be written: no permission to write in the directory "${p.detail}".`,
  },
  outReadOnly: {
    vi: (p) => `Không ghi được "${p.path}": ổ đĩa chỉ cho đọc.`,
    en: (p) => `"${p.path}" could not be written: the disk is read-only.`,
  },
  outNoSpace: {
    vi: (p) => `Không ghi được "${p.path}": ổ đĩa đã đầy.`,
    en: (p) => `"${p.path}" could not be written: the disk is full.`,
  },
  outNotWritten: {
    vi: (p) => `Không ghi được "${p.path}": ${p.detail}`,
    en: (p) => `"${p.path}" could not be written: ${p.detail}`,
  },
  outWritten: {
    vi: (p) => `Đã ghi ${p.path} (các sheet ${p.tabs}).`,
    en: (p) => `Wrote ${p.path} (the ${p.tabs} tabs).`,
  },
} satisfies Record<string, Record<Language, Text>>;

export type FileMessageKey = keyof typeof FILE_MESSAGES;

export function fileMessage(
  language: Language,
  key: FileMessageKey,
  path: string,
  tabs?: string,
  detail?: string,
): string {
  return FILE_MESSAGES[key][language]({ path, tabs, detail });
}
