/** The header rows Set up writes on the Survey and History sheets it creates, in the workbook's language. */
import type { Cell, Language } from '../core/types';

/** The History sheet's name (Lịch sử / History). */
export const HISTORY_SHEET_NAME: Record<Language, string> = { vi: 'Lịch sử', en: 'History' };

/** The History sheet's columns in the contract's order: Year, Unit, Group, Index, Rank, Out of, SIPAS, SIPAS rank. */
export const HISTORY_HEADER: Record<Language, string[]> = {
  vi: ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
  en: ['Year', 'Unit', 'Group', 'Index', 'Rank', 'Out of', 'SIPAS', 'SIPAS rank'],
};

/** The Survey sheet's header: the unit, one column per survey code (the code is the header), then SIPAS. */
export function surveyHeader(codes: readonly string[], language: Language): Cell[] {
  return [language === 'vi' ? 'Đơn vị' : 'Unit', ...codes, 'SIPAS'];
}
