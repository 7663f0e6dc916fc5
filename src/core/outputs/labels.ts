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

export const RANKING_HEADERS = {
  group: { vi: 'Nhóm', en: 'Group' },
  rank: { vi: 'Hạng', en: 'Rank' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  points: { vi: 'Điểm', en: 'Points' },
  max: { vi: 'Điểm tối đa', en: 'Max' },
  index: { vi: 'Chỉ số (%)', en: 'Index (%)' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  sipas: { vi: 'SIPAS (%)', en: 'SIPAS (%)' },
  previousRank: { vi: 'Hạng năm trước', en: 'Previous rank' },
  change: { vi: 'Thay đổi (bậc)', en: 'Change' },
  class: { vi: 'Xếp loại', en: 'Class' },
  flags: { vi: 'Số mục trừ điểm', en: 'Flags' },
  status: { vi: 'Trạng thái', en: 'Status' },
} satisfies Record<string, Labels>;

export const DEDUCTION_HEADERS = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  code: { vi: 'Mã', en: 'Code' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  kind: { vi: 'Loại', en: 'Kind' },
  max: { vi: 'Điểm tối đa', en: 'Max' },
  self: { vi: 'Tự chấm', en: 'Self' },
  appraised: { vi: 'Thẩm định', en: 'Appraised' },
  final: { vi: 'Điểm', en: 'Final' },
  amount: { vi: 'Số điểm', en: 'Amount' },
  note: { vi: 'Ý kiến thẩm định', en: 'Appraisal note' },
} satisfies Record<string, Labels>;
