import { foldOnce } from '../basics/text';
import type { Language } from '../types';

/** A meaning and its headers, most preferred first (the English name, then the Vietnamese aliases). */
export interface ColumnSpec<K extends string> {
  key: K;
  headers: readonly string[];
}

/** Sheet names of the contract: Vietnamese first, English second. */
export const SHEET_NAMES = {
  criteria: ['Tiêu chí', 'Criteria'],
  units: ['Đơn vị', 'Units'],
  survey: ['Điều tra', 'Survey'],
  settings: ['Cài đặt', 'Settings'],
  ranking: ['Xếp hạng', 'Ranking'],
  deductions: ['Trừ điểm', 'Deductions'],
  history: ['Lịch sử', 'History'],
  analysis: ['Phân tích', 'Analysis'],
} as const;

export type SheetRole = keyof typeof SHEET_NAMES;

/** A unit report tab is named "Báo cáo – <unit>" or "Report – <unit>" (a hyphen or a dash). */
const REPORT_TAB = /^(bao cao|report) ?[-–—] ?\S/;

/** Whether a tab's name is that of a unit report, which is generated and never a unit. */
export function isReportTab(name: string): boolean {
  return REPORT_TAB.test(foldOnce(name));
}

/** The name a sheet of the contract has in the workbook's language. */
export function sheetName(role: SheetRole, language: Language): string {
  return SHEET_NAMES[role][language === 'vi' ? 0 : 1];
}

/** A header in the workbook's language, from a list that starts with the English name and then the Vietnamese. */
export function headerName(headers: readonly string[], language: Language): string {
  return headers[language === 'vi' ? 1 : 0] as string;
}

export const CODE_HEADERS = ['Code', 'Mã', 'Mã số', 'STT'] as const;
export const UNIT_HEADERS = ['Unit', 'Đơn vị', 'Tên đơn vị'] as const;
export const MAX_HEADERS = ['Max', 'Điểm tối đa', 'Điểm chuẩn'] as const;

export type CriteriaColumn =
  'code' | 'name' | 'max' | 'rule' | 'type' | 'evidence' | 'appliesTo' | 'ifNoneArose';
export const CRITERIA_COLUMNS: readonly ColumnSpec<CriteriaColumn>[] = [
  { key: 'code', headers: CODE_HEADERS },
  { key: 'name', headers: ['Criterion', 'Tiêu chí', 'Nội dung'] },
  { key: 'max', headers: MAX_HEADERS },
  { key: 'rule', headers: ['Rule', 'Cách chấm', 'Cách tính điểm'] },
  { key: 'type', headers: ['Type', 'Loại'] },
  { key: 'evidence', headers: ['Evidence', 'Tài liệu kiểm chứng', 'Yêu cầu kiểm chứng'] },
  { key: 'appliesTo', headers: ['Applies to', 'Áp dụng cho', 'Khối áp dụng', 'Đối tượng áp dụng'] },
  { key: 'ifNoneArose', headers: ['If none arose', 'Nếu không phát sinh', 'Không phát sinh'] },
];

export type UnitsColumn =
  | 'unit'
  | 'sheet'
  | 'group'
  | 'criteria'
  | 'ranked'
  | 'previousRank'
  | 'previousIndex'
  | 'previousName'
  | 'email';
export const UNITS_COLUMNS: readonly ColumnSpec<UnitsColumn>[] = [
  { key: 'unit', headers: UNIT_HEADERS },
  { key: 'sheet', headers: ['Sheet', 'Tên sheet', 'Trang tính'] },
  { key: 'group', headers: ['Group', 'Nhóm', 'Khối', 'Nhóm đơn vị', 'Khối thi đua'] },
  { key: 'criteria', headers: ['Criteria', 'Bộ tiêu chí'] },
  { key: 'ranked', headers: ['Ranked', 'Xếp hạng'] },
  {
    key: 'previousRank',
    headers: ['Previous rank', 'Xếp hạng năm trước', 'Thứ hạng năm trước', 'Hạng năm trước'],
  },
  { key: 'previousIndex', headers: ['Previous index', 'Chỉ số năm trước', 'Điểm năm trước'] },
  { key: 'previousName', headers: ['Previous name', 'Tên năm trước', 'Tên cũ'] },
  { key: 'email', headers: ['Email', 'Thư điện tử', 'Tài khoản', 'Người kê khai'] },
];

export type UnitSheetColumn =
  | 'code'
  | 'name'
  | 'max'
  | 'value'
  | 'of'
  | 'self'
  | 'evidence'
  | 'appraised'
  | 'note'
  | 'explanation'
  | 'reappraised';
export const UNIT_SHEET_CODE_HEADERS = ['Code', 'Mã', 'STT'] as const;
export const UNIT_SHEET_COLUMNS: readonly ColumnSpec<UnitSheetColumn>[] = [
  { key: 'code', headers: UNIT_SHEET_CODE_HEADERS },
  { key: 'name', headers: ['Criterion', 'Tiêu chí', 'Nội dung'] },
  { key: 'max', headers: ['Max', 'Điểm tối đa'] },
  { key: 'value', headers: ['Value', 'Số liệu', 'Số liệu kê khai', 'Số liệu báo cáo'] },
  { key: 'of', headers: ['Of', 'Trên tổng số', 'Tổng số'] },
  { key: 'self', headers: ['Self score', 'Điểm tự chấm', 'Tự chấm', 'Điểm tự đánh giá', 'Tự đánh giá'] },
  { key: 'evidence', headers: ['Evidence', 'Tài liệu kiểm chứng'] },
  { key: 'appraised', headers: ['Appraised score', 'Điểm thẩm định', 'Thẩm định'] },
  { key: 'note', headers: ['Appraisal note', 'Ý kiến thẩm định', 'Ghi chú thẩm định'] },
  { key: 'explanation', headers: ['Explanation', 'Giải trình', 'Ý kiến giải trình'] },
  {
    key: 'reappraised',
    headers: ['Re-appraised score', 'Điểm sau giải trình', 'Điểm phúc tra', 'Điểm thẩm định lại'],
  },
];

/** The header row of a unit's sheet as the template and the example write it. */
export const UNIT_SHEET_HEADER = [
  'Mã',
  'Tiêu chí',
  'Điểm tối đa',
  'Số liệu kê khai',
  'Trên tổng số',
  'Điểm tự chấm',
  'Tài liệu kiểm chứng',
  'Điểm thẩm định',
  'Ý kiến thẩm định',
  'Giải trình',
  'Điểm sau giải trình',
] as const;

export const SIPAS_HEADERS = [
  'SIPAS',
  'SIPAS (%)',
  'Chỉ số SIPAS',
  'Chỉ số hài lòng',
  'Chỉ số hài lòng (SIPAS)',
] as const;

export type HistoryColumn = 'year' | 'unit' | 'group' | 'index' | 'rank' | 'outOf' | 'sipas' | 'sipasRank';
/** The History sheet's columns, in the order "Save to History" writes them. */
export const HISTORY_COLUMNS: readonly ColumnSpec<HistoryColumn>[] = [
  { key: 'year', headers: ['Year', 'Năm'] },
  { key: 'unit', headers: UNIT_HEADERS },
  { key: 'group', headers: ['Group', 'Nhóm', 'Khối'] },
  { key: 'index', headers: ['Index', 'Chỉ số', 'Điểm'] },
  { key: 'rank', headers: ['Rank', 'Xếp hạng', 'Thứ hạng', 'Hạng'] },
  { key: 'outOf', headers: ['Out of', 'Trên tổng số', 'Số đơn vị'] },
  { key: 'sipas', headers: ['SIPAS'] },
  { key: 'sipasRank', headers: ['SIPAS rank', 'Hạng SIPAS', 'Xếp hạng SIPAS'] },
];
