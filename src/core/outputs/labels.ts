import type { FlagKind, Language, UnitStatus } from '../types';

type Labels = Record<Language, string>;

export const FLAG_LABELS: Record<FlagKind, Labels> = {
  lost: { vi: 'mất điểm', en: 'lost' },
  penalty: { vi: 'trừ điểm', en: 'penalty' },
  'appraisal-cut': { vi: 'thẩm định hạ điểm', en: 'appraisal cut' },
  overclaim: { vi: 'tự chấm cao hơn số liệu', en: 'overclaim' },
  'no-evidence': { vi: 'thiếu tài liệu kiểm chứng', en: 'no evidence' },
  'not-scored': { vi: 'chưa chấm', en: 'not scored' },
  missing: { vi: 'thiếu dòng tiêu chí', en: 'missing row' },
  'survey-missing': { vi: 'thiếu số liệu điều tra', en: 'survey missing' },
};

export const STATUS_LABELS: Record<UnitStatus, Labels> = {
  ranked: { vi: 'Xếp hạng', en: 'Ranked' },
  unranked: { vi: 'Không xếp hạng', en: 'Not ranked' },
  'no-index': { vi: 'Không có tiêu chí áp dụng', en: 'No applicable criterion' },
  error: { vi: 'Lỗi', en: 'Error' },
};
