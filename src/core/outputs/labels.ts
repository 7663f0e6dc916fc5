/** The labels of flags and unit statuses, one table per language (the shape of every translated text table). */
import type { FlagKind, Language, UnitStatus } from '../types';

export const FLAG_LABELS: Record<Language, Record<FlagKind, string>> = {
  vi: {
    lost: 'mất điểm',
    penalty: 'trừ điểm',
    'appraisal-cut': 'thẩm định hạ điểm',
    overclaim: 'tự chấm cao hơn số liệu',
    'no-evidence': 'thiếu tài liệu kiểm chứng',
    'not-scored': 'chưa chấm',
    missing: 'thiếu dòng tiêu chí',
    'survey-missing': 'thiếu số liệu điều tra',
    cap: 'giới hạn điểm cộng/trừ',
  },
  en: {
    lost: 'lost',
    penalty: 'penalty',
    'appraisal-cut': 'appraisal cut',
    overclaim: 'overclaim',
    'no-evidence': 'no evidence',
    'not-scored': 'not scored',
    missing: 'missing row',
    'survey-missing': 'survey missing',
    cap: 'bonus/penalty cap',
  },
};

export const STATUS_LABELS: Record<Language, Record<UnitStatus, string>> = {
  vi: {
    ranked: 'Xếp hạng',
    unranked: 'Không xếp hạng',
    'no-index': 'Không có tiêu chí áp dụng',
    error: 'Lỗi',
  },
  en: {
    ranked: 'Ranked',
    unranked: 'Not ranked',
    'no-index': 'No applicable criterion',
    error: 'Error',
  },
};
