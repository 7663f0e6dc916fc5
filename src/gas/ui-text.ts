/** Menu captions, toasts and alerts of the add-in: one table per language, the English one typed as the Vietnamese. */
import type { Language } from '../core';

const vi = {
  menuSidebar: 'Mở thanh bên',
  menuValidate: 'Kiểm tra dữ liệu',
  menuRecompute: 'Tính lại xếp hạng',
  menuMark: 'Đánh dấu dòng trừ điểm',
  menuClear: 'Xoá đánh dấu',
  menuSetup: 'Tạo bảng tính mẫu',
  sidebarTitle: 'Chỉ số CCHC',
  busy: 'Một thao tác khác của Chỉ số CCHC (tính lại, báo cáo, lưu lịch sử…) đang chạy. Vui lòng thử lại sau ít phút.',
  timeUp:
    'Đã dừng trước giới hạn 6 phút của Apps Script; các sheet Xếp hạng, Trừ điểm cũ được giữ nguyên. Hãy tách bảng tính hoặc thử lại.',
  reading: (done: number, total: number) => `Đang đọc ${done}/${total} sheet`,
  scoring: 'Đang chấm điểm',
  writing: 'Đang ghi sheet Xếp hạng và Trừ điểm',
  done: 'Đã xong',
  recomputed: (units: number, errors: number) => `Đã tính lại ${units} đơn vị; ${errors} lỗi.`,
  validated: (errors: number, warnings: number) =>
    errors === 0
      ? `Không có lỗi; ${warnings} lưu ý.`
      : `Có ${errors} lỗi, ${warnings} lưu ý. Mở thanh bên để xem.`,
  marked: (rows: number, sheets: number) => `Đã đánh dấu ${rows} dòng ở ${sheets} sheet.`,
  cleared: (rows: number, sheets: number) => `Đã xoá đánh dấu ở ${rows} dòng, ${sheets} sheet.`,
  setupDone: (created: number) => `Đã tạo ${created} sheet mẫu; không sửa sheet nào có sẵn.`,
  noSheet: (name: string) => `Không có sheet "${name}".`,
  markNote: 'CCHC',
  reportsWritten: (written: number, remaining: number) =>
    remaining === 0
      ? `Đã ghi ${written} báo cáo đơn vị.`
      : `Đã ghi ${written} báo cáo; còn ${remaining} báo cáo, đang tiếp tục.`,
  menuArchive: 'Lưu vào Lịch sử',
  menuNewYear: 'Bắt đầu năm mới',
  newYearConfirm:
    'Lưu năm nay vào Lịch sử, Năm + 1, Giai đoạn về kê khai; xoá ở mọi sheet đơn vị số liệu, điểm tự chấm, tài liệu kiểm chứng, thẩm định, giải trình; xoá điểm điều tra, SIPAS, hạng, chỉ số và tên năm trước; bỏ các sheet kết quả, báo cáo và dấu trừ điểm. Nên tạo bản sao trước (Tệp → Tạo bản sao). Tiếp tục?',
  consentMissing: (url: string) =>
    `Chỉ số CCHC chưa được cấp đủ quyền: khi Google hỏi, cần đánh dấu chọn cả hai quyền (xem, sửa bảng tính này; hiển thị thanh bên). Mở liên kết sau, chọn tất cả, bấm Tiếp tục rồi thử lại: ${url}`,
  yearInvalid: (text: string) => `Năm "${text}" không hợp lệ: cần một năm, ví dụ 2025.`,
  compareNotBefore: (compare: number, year: number | null) =>
    year === null
      ? `Năm so sánh ${compare} cần có Năm của bảng tính.`
      : `Năm so sánh ${compare} phải trước Năm ${year}.`,
  inCriterion: (code: string, text: string) => `Tiêu chí ${code}: ${text}`,
  surveyNeedsUnit: 'Cần tên đơn vị (đối số unit) để tìm dòng của đơn vị trong sheet Điều tra.',
  menuRoles: 'Phân quyền',
  secretariatOnly: (sheet: string) =>
    `Chỉ thư ký (Sở Nội vụ) mới chạy được thao tác này: bạn không được sửa "${sheet}". Không có gì được ghi.`,
  rolesErrors: (errors: number) => `Chưa phân quyền, không có gì thay đổi: ${errors} lỗi (xem thanh bên).`,
  rolesApplied: (units: number, appraisers: number, stage: string) =>
    `${units} đơn vị, ${appraisers} người thẩm định, giai đoạn ${stage}.`,
  rolesKept: (sheets: string) => ` Giữ bảo vệ riêng ở: ${sheets}.`,
  rolesRemaining: (units: number) =>
    ` Còn ${units} đơn vị: thanh bên tự làm tiếp; nếu chạy từ menu, hãy bấm Phân quyền ở thanh bên để làm nốt.`,
};

const en: typeof vi = {
  menuSidebar: 'Open sidebar',
  menuValidate: 'Validate data',
  menuRecompute: 'Recompute ranking',
  menuMark: 'Mark deductions',
  menuClear: 'Clear marks',
  menuSetup: 'Set up workbook',
  sidebarTitle: 'PAR Index',
  busy: 'Another PAR Index task (recompute, reports, saving to History…) is running. Please try again in a few minutes.',
  timeUp:
    "Stopped before Apps Script's 6-minute limit; the previous Ranking and Deductions tabs are kept. Split the workbook or try again.",
  reading: (done: number, total: number) => `Reading ${done}/${total} sheets`,
  scoring: 'Scoring',
  writing: 'Writing the Ranking and Deductions tabs',
  done: 'Done',
  recomputed: (units: number, errors: number) => `Recomputed ${units} units; ${errors} errors.`,
  validated: (errors: number, warnings: number) =>
    errors === 0
      ? `No errors; ${warnings} warnings.`
      : `${errors} errors, ${warnings} warnings. Open the sidebar to see them.`,
  marked: (rows: number, sheets: number) => `Marked ${rows} rows in ${sheets} sheets.`,
  cleared: (rows: number, sheets: number) => `Cleared marks from ${rows} rows in ${sheets} sheets.`,
  setupDone: (created: number) => `Created ${created} template sheets; no existing sheet was changed.`,
  noSheet: (name: string) => `There is no sheet "${name}".`,
  markNote: 'PAR',
  reportsWritten: (written: number, remaining: number) =>
    remaining === 0
      ? `Wrote ${written} unit reports.`
      : `Wrote ${written} reports; ${remaining} to go, continuing.`,
  menuArchive: 'Save to History',
  menuNewYear: 'Start a new year',
  newYearConfirm:
    "Saves this year to History, Year + 1, Stage back to self-assessment; empties every unit sheet's data, self scores, evidence, appraisal and explanations, the survey's points, SIPAS, previous ranks, indexes and names; removes the result and report tabs and the marks. Make a copy first (File → Make a copy). Continue?",
  consentMissing: (url: string) =>
    `PAR Index has not been given every permission it asks for: when Google asks, tick both (see and edit this spreadsheet; show the sidebar). Open this link, select all, press Continue, then try again: ${url}`,
  yearInvalid: (text: string) => `"${text}" is not a year: enter one such as 2025.`,
  compareNotBefore: (compare: number, year: number | null) =>
    year === null
      ? `Compare with ${compare} needs the workbook's Year.`
      : `Compare with ${compare} must be before the Year ${year}.`,
  inCriterion: (code: string, text: string) => `Criterion ${code}: ${text}`,
  surveyNeedsUnit: "The unit's name (the unit argument) is needed to find its row in the Survey sheet.",
  menuRoles: 'Apply roles',
  secretariatOnly: (sheet: string) =>
    `Only the secretariat can run this: you may not edit "${sheet}". Nothing was written.`,
  rolesErrors: (errors: number) => `Roles not applied, nothing changed: ${errors} errors (see the sidebar).`,
  rolesApplied: (units: number, appraisers: number, stage: string) =>
    `${units} units, ${appraisers} appraisers, stage ${stage}.`,
  rolesKept: (sheets: string) => ` Kept people's protections on: ${sheets}.`,
  rolesRemaining: (units: number) =>
    ` ${units} units to go: the sidebar goes on by itself; run from the menu, press Apply roles in the sidebar to finish.`,
};

export const UI_TEXT: Record<Language, typeof vi> = { vi, en };
