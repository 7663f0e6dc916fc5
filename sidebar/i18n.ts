/** Every string the sidebar shows, in Vietnamese (the default) and English, and how numbers and dates read. */
import { displayNumber } from '../src/core/basics/numbers';
import type { Stage } from '../src/core/roles/read-roles';
import type { Basis, Language } from '../src/core/types';
import type { TemplateKey } from '../src/template/registry';

const vi = {
  title: 'Chỉ số CCHC',

  statusHeading: 'Bảng tính',
  units: 'Đơn vị',
  criteriaSets: 'Bộ tiêu chí',
  errors: 'Lỗi',
  warnings: 'Cảnh báo',
  lastRunLabel: 'Bảng kết quả',
  lastRunBasisLabel: 'Điểm xếp hạng',
  neverRun: 'chưa tạo',
  statusUnknown: 'Chưa đọc được bảng tính.',
  rankingStale:
    'Sheet Xếp hạng không còn khớp với số liệu (đã sửa tay, hoặc số liệu đổi sau lần tính gần nhất): bấm Tính lại xếp hạng trước khi công bố.',
  rolesNotApplied:
    'Bảng tính chưa được phân quyền: mọi người được chia sẻ đều sửa được mọi ô. Sở bấm Phân quyền (sau mỗi lần sao chép cũng vậy).',
  firstRun:
    'Bảng tính này chưa có sheet Tiêu chí. Chọn loại đơn vị rồi bấm “Tạo bảng tính mẫu”: tiện ích tạo các sheet Tiêu chí, Đơn vị, Cài đặt, Điều tra, Lịch sử và ba đơn vị mẫu để sửa theo tỉnh mình.',

  validate: 'Kiểm tra dữ liệu',
  recompute: 'Tính lại xếp hạng',
  mark: 'Đánh dấu trừ điểm',
  clearMarks: 'Xoá đánh dấu',
  setup: 'Tạo bảng tính mẫu',
  archive: 'Lưu vào Lịch sử',
  templateLabel: 'Bộ tiêu chí mẫu',
  templates: {
    'so-nganh': 'Sở, ban, ngành',
    'cap-xa': 'Cấp xã (xã, phường, đặc khu)',
    'cap-huyen': 'Cấp huyện (đến 2024, lưu trữ)',
  } satisfies Record<TemplateKey, string>,
  actionsLabel: 'Thao tác',

  loading: 'Đang đọc bảng tính…',
  validating: 'Đang kiểm tra dữ liệu…',
  recomputing: 'Đang tính lại xếp hạng…',
  marking: 'Đang đánh dấu các dòng bị trừ điểm…',
  clearing: 'Đang xoá đánh dấu…',
  settingUp: 'Đang tạo bảng tính mẫu…',
  archiving: 'Đang lưu vào Lịch sử…',
  saving: 'Đang lưu cài đặt…',
  reporting: 'Đang lập báo cáo đơn vị…',
  reportHeading: 'Báo cáo đơn vị',
  reportUnitLabel: 'Đơn vị',
  reportAll: 'Tất cả đơn vị',
  report: 'Lập báo cáo',
  reportsDone: (count: number) => `Đã lập ${count} báo cáo, mỗi đơn vị một trang “Báo cáo – …”.`,
  reportProgress: (done: number, total: number) => `Đã ghi ${done}/${total} báo cáo`,
  rolesHeading: 'Phân quyền',
  stageLabel: 'Giai đoạn',
  stages: {
    'self-assessment': 'Kê khai (đơn vị tự chấm)',
    appraisal: 'Thẩm định',
    explanation: 'Giải trình',
    published: 'Công bố (khoá toàn bộ)',
  } satisfies Record<Stage, string>,
  applyRoles: 'Phân quyền',
  applyingRoles: 'Đang phân quyền…',
  rolesProgress: (done: number, total: number) => `Đã phân quyền ${done}/${total} đơn vị`,
  progressLabel: 'Tiến độ',

  failed: (message: string) => `Không thực hiện được: ${message}`,
  validOk: 'Dữ liệu hợp lệ: không có lỗi.',
  validFound: (errors: number, warnings: number) =>
    `Tìm thấy ${errors} lỗi` +
    (warnings ? ` và ${warnings} cảnh báo` : '') +
    '. Bấm vào từng lỗi để đến ô cần sửa.',
  validWarnings: (warnings: number) => `Không có lỗi; có ${warnings} cảnh báo nên xem lại.`,
  recomputed: (ranked: number, tabs: string) => `Đã xếp hạng ${ranked} đơn vị. Kết quả ở trang ${tabs}.`,
  recomputedErrors: (errors: number) => ` Có ${errors} lỗi: đơn vị bị lỗi chưa được xếp hạng.`,
  marked: (rows: number, sheets: number) => `Đã đánh dấu ${rows} dòng trên ${sheets} trang.`,
  cleared: (rows: number, sheets: number) => `Đã xoá đánh dấu ${rows} dòng trên ${sheets} trang.`,
  setupDone: (created: number, kept: number) => `Đã tạo ${created} trang; giữ nguyên ${kept} trang có sẵn.`,
  saved: 'Đã lưu cài đặt.',
  quote: (name: string) => `“${name}”`,
  and: ' và ',

  summaryHeading: 'Kết quả xếp hạng',
  allUnits: 'Tất cả đơn vị',
  // A group often already says "Khối" ("Khối 1", "Khối huyện"): the heading does not say it twice.
  groupTitle: (group: string) =>
    /^khối(\s|$)/u.test(group.normalize('NFC').trim().toLowerCase()) ? group : `Khối ${group}`,
  rankedCount: (n: number) => `${n} đơn vị được xếp hạng`,
  top: 'Dẫn đầu',
  colRank: 'Hạng',
  colUnit: 'Đơn vị',
  colIndex: 'Chỉ số',
  colClass: 'Loại',
  classCounts: 'Xếp loại',
  classCount: (label: string, count: number) => `${label}: ${count}`,
  rises: 'Tăng hạng nhiều nhất',
  falls: 'Giảm hạng nhiều nhất',
  mostFlags: 'Nhiều mục bị trừ điểm nhất',
  up: (n: number) => `tăng ${n} bậc`,
  down: (n: number) => `giảm ${n} bậc`,
  flags: (n: number) => `${n} mục`,
  streaks: 'Dẫn đầu nhiều năm liền',
  streak: (n: number) => `${n} năm liền dẫn đầu`,
  compareRises: (year: number) => `Tăng nhiều nhất so với năm ${year}`,
  compareFalls: (year: number) => `Giảm nhiều nhất so với năm ${year}`,

  errorsHeading: (n: number) => `Lỗi cần sửa (${n})`,
  errorsHint: 'Bấm vào một lỗi để chọn ô đó trong bảng tính.',
  errorsPending: 'Bấm “Kiểm tra dữ liệu” để xem danh sách lỗi.',
  warningsHeading: (n: number) => `Cảnh báo (${n})`,
  wholeWorkbook: 'Cả bảng tính',
  wholeSheet: 'cả trang',
  goTo: (place: string) => `Chọn ${place}`,

  settingsHeading: 'Cài đặt',
  basisLabel: 'Điểm dùng để xếp hạng',
  basis: { auto: 'Tự động (thẩm định nếu có)', self: 'Tự chấm', appraised: 'Thẩm định' } satisfies Record<
    Basis,
    string
  >,
  bandsLabel: 'Xếp loại theo chỉ số',
  bandsHint: 'Ví dụ: A>=90; B>=80; C>=70; D',
  bandsEmpty: 'Hãy nhập cách xếp loại, ví dụ A>=90; B>=80; C>=70; D.',
  languageLabel: 'Ngôn ngữ',
  yearLabel: 'Năm',
  compareLabel: 'Năm so sánh',
  yearHint: 'Để trống nếu chưa có.',
  yearInvalid: 'Năm cần là một số nguyên, ví dụ 2025.',
  compareNotBefore: 'Năm so sánh phải trước Năm.',
  save: 'Lưu cài đặt',
};

export type Strings = typeof vi;

/** "1 error", "2 errors". */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: Strings = {
  title: 'PAR Index',

  statusHeading: 'Workbook',
  units: 'Units',
  criteriaSets: 'Criteria sets',
  errors: 'Errors',
  warnings: 'Warnings',
  lastRunLabel: 'Result tabs',
  lastRunBasisLabel: 'Ranked on',
  neverRun: 'not built yet',
  statusUnknown: 'The workbook could not be read yet.',
  rankingStale:
    'The ranking tab no longer matches the data (edited by hand, or the data changed since the last run): recompute the ranking before publishing it.',
  rolesNotApplied:
    'Roles are not applied: everyone it is shared with can edit every cell. The secretariat presses Apply roles (after every copy too).',
  firstRun:
    'This spreadsheet has no criteria sheet yet. Choose the kind of unit, then press “Set up workbook”: the add-in makes the Criteria, Units, Settings, Survey and History sheets and three sample units to adapt.',

  validate: 'Validate',
  recompute: 'Recompute ranking',
  mark: 'Mark deductions',
  clearMarks: 'Clear marks',
  setup: 'Set up workbook',
  archive: 'Save to History',
  templateLabel: 'Criteria template',
  templates: {
    'so-nganh': 'Departments',
    'cap-xa': 'Communes, wards and special zones',
    'cap-huyen': 'Districts (up to 2024, archive)',
  },
  actionsLabel: 'Actions',

  loading: 'Reading the workbook…',
  validating: 'Validating the data…',
  recomputing: 'Recomputing the ranking…',
  marking: 'Marking the rows that lost points…',
  clearing: 'Clearing the marks…',
  settingUp: 'Setting up the workbook…',
  reporting: 'Building unit reports…',
  reportHeading: 'Unit reports',
  reportUnitLabel: 'Unit',
  reportAll: 'All units',
  report: 'Build report',
  reportsDone: (count: number) =>
    `Built ${count} ${count === 1 ? 'report' : 'reports'}, one “Report – …” tab per unit.`,
  reportProgress: (done: number, total: number) => `Wrote ${done}/${total} reports`,
  rolesHeading: 'Roles',
  stageLabel: 'Stage',
  stages: {
    'self-assessment': 'Self-assessment (units fill in)',
    appraisal: 'Appraisal',
    explanation: 'Explanation',
    published: 'Published (all locked)',
  },
  applyRoles: 'Apply roles',
  applyingRoles: 'Applying roles…',
  rolesProgress: (done: number, total: number) => `Roles applied to ${done}/${total} units`,
  archiving: 'Saving to History…',
  saving: 'Saving the settings…',
  progressLabel: 'Progress',

  failed: (message: string) => `That did not work: ${message}`,
  validOk: 'The data is valid: no errors.',
  validFound: (errors: number, warnings: number) =>
    `Found ${count(errors, 'error', 'errors')}` +
    (warnings ? ` and ${count(warnings, 'warning', 'warnings')}` : '') +
    '. Click an error to go to its cell.',
  validWarnings: (warnings: number) => `No errors; ${count(warnings, 'warning', 'warnings')} worth a look.`,
  recomputed: (ranked: number, tabs: string) => `Ranked ${count(ranked, 'unit', 'units')}. See ${tabs}.`,
  recomputedErrors: (errors: number) =>
    ` ${count(errors, 'error', 'errors')}: units with errors are not ranked.`,
  marked: (rows: number, sheets: number) =>
    `Marked ${count(rows, 'row', 'rows')} on ${count(sheets, 'sheet', 'sheets')}.`,
  cleared: (rows: number, sheets: number) =>
    `Cleared the marks on ${count(rows, 'row', 'rows')} on ${count(sheets, 'sheet', 'sheets')}.`,
  setupDone: (created: number, kept: number) =>
    `Created ${count(created, 'sheet', 'sheets')}; kept ${count(kept, 'existing sheet', 'existing sheets')} as they were.`,
  saved: 'Settings saved.',
  quote: (name: string) => `“${name}”`,
  and: ' and ',

  summaryHeading: 'Ranking results',
  allUnits: 'All units',
  groupTitle: (group: string) => group,
  rankedCount: (n: number) => `${count(n, 'unit', 'units')} ranked`,
  top: 'Top',
  colRank: 'Rank',
  colUnit: 'Unit',
  colIndex: 'Index',
  colClass: 'Class',
  classCounts: 'Classes',
  classCount: (label: string, count: number) => `${label}: ${count}`,
  rises: 'Biggest rises',
  falls: 'Biggest falls',
  mostFlags: 'Most deductions',
  up: (n: number) => `up ${n}`,
  down: (n: number) => `down ${n}`,
  flags: (n: number) => count(n, 'item', 'items'),
  streaks: 'First several years running',
  streak: (n: number) => `first ${n} years running`,
  compareRises: (year: number) => `Biggest rises since ${year}`,
  compareFalls: (year: number) => `Biggest falls since ${year}`,

  errorsHeading: (n: number) => `Errors to fix (${n})`,
  errorsHint: 'Click an error to select its cell in the spreadsheet.',
  errorsPending: 'Click “Validate” to list the errors.',
  warningsHeading: (n: number) => `Warnings (${n})`,
  wholeWorkbook: 'Whole workbook',
  wholeSheet: 'whole sheet',
  goTo: (place: string) => `Select ${place}`,

  settingsHeading: 'Settings',
  basisLabel: 'Scores used for ranking',
  basis: { auto: 'Automatic (appraised where entered)', self: 'Self-assessed', appraised: 'Appraised' },
  bandsLabel: 'Classes by index',
  bandsHint: 'For example: A>=90; B>=80; C>=70; D',
  bandsEmpty: 'Enter the classes, for example A>=90; B>=80; C>=70; D.',
  languageLabel: 'Language',
  yearLabel: 'Year',
  compareLabel: 'Compare with',
  yearHint: 'Leave blank if there is none yet.',
  yearInvalid: 'A year is a whole number, e.g. 2025.',
  compareNotBefore: 'Compare with must be before the Year.',
  save: 'Save settings',
};

const dictionaries: Record<Language, Strings> = { vi, en };

export function strings(language: Language): Strings {
  return dictionaries[language];
}

/** Language names are shown in their own language, whatever the sidebar's language. */
export const languageNames: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

export function isBasis(value: unknown): value is Basis {
  return value === 'auto' || value === 'self' || value === 'appraised';
}

/** A number as the core shows it (displayNumber: "85,34" in Vietnamese, "85.34" in English), "—" for none. */
export function numberOrDash(value: number | null, language: Language, decimals = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return displayNumber(value, language, decimals);
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO time in the browser's time zone: "14:05 ngày 21/11/2025" or "21 Nov 2025, 14:05". */
export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const day = date.getDate();
  const month = date.getMonth();
  const year = date.getFullYear();
  if (language === 'vi') return `${clock} ngày ${pad(day)}/${pad(month + 1)}/${year}`;
  return `${day} ${monthsEn[month] ?? ''} ${year}, ${clock}`;
}
