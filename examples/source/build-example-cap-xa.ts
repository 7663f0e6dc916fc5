/**
 * The commune-level example workbook (cấp xã, after the two-level local government of 2025): 10 communes and
 * wards in one group, scored for 2025, with a History of 2022–2024, one renamed and one merged commune, a
 * Compare-with year and SIPAS.
 * THE DATA ARE SYNTHETIC, made up for illustration: the names, the renaming and merging, the figures and the
 * results of every year are not any unit's real ones.
 * Deterministic: the same workbook every time (no random numbers, no clock).
 */
import type { Cell, Workbook } from '../../src/core/types';
import { UNIT_SHEET_HEADER } from '../../src/core/sheets/workbook-schema';

export const COMMUNE_EXAMPLE_YEAR = 2025;
export const COMMUNE_COMPARE_YEAR = 2022;
export const COMMUNE_GROUP = 'Cấp xã';

type CriterionRow = [code: string, name: string, max: number, rule?: string, evidence?: string];

/** A commune-level criteria set: 6 fields, 16 leaves, Max 100 (20 of them from the survey). */
const CRITERIA: CriterionRow[] = [
  ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 12],
  [
    '1.1',
    'Ban hành kế hoạch CCHC năm',
    2,
    'lựa chọn: Kịp thời=2; Không kịp thời=1; Không ban hành=0',
    'Kế hoạch',
  ],
  ['1.2', 'Mức độ hoàn thành kế hoạch CCHC', 4, 'mức: >=100%=4; >=80%=2; else=0'],
  [
    '1.3',
    'Báo cáo CCHC định kỳ (trừ 0,5 mỗi báo cáo trễ, 1 mỗi báo cáo thiếu)',
    2,
    'công thức: max(0; 2 - 0.5*tre - thieu)',
  ],
  ['1.4', 'Tuyên truyền cải cách hành chính', 2, 'có/không'],
  ['1.5', 'Tự kiểm tra công tác CCHC', 2],
  ['2', 'Thủ tục hành chính, dịch vụ công', 30],
  ['2.1', 'Công khai đầy đủ thủ tục hành chính', 4, 'có/không'],
  ['2.2', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 10, 'tỷ lệ', 'Thống kê hệ thống một cửa'],
  ['2.3', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 8, 'mức: >=80%=8; >=50%=5; >=30%=2; else=0'],
  ['2.4', 'Tỷ lệ số hoá kết quả giải quyết TTHC', 8, 'tỷ lệ >=50%'],
  ['3', 'Tổ chức bộ máy, công chức', 12],
  ['3.1', 'Bố trí công chức đúng vị trí việc làm', 6, 'có/không'],
  ['3.2', 'Tỷ lệ công chức được bồi dưỡng trong năm', 6, 'tỷ lệ'],
  ['4', 'Tài chính công', 8],
  ['4.1', 'Thực hiện cơ chế tự chủ kinh phí quản lý hành chính', 4],
  ['4.2', 'Tỷ lệ giải ngân vốn đầu tư công', 4, 'tỷ lệ'],
  ['5', 'Chính quyền số', 18],
  ['5.1', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', 8, 'tỷ lệ'],
  ['5.2', 'Sử dụng chữ ký số', 5, 'có/không'],
  ['5.3', 'Vận hành hệ thống một cửa điện tử', 5],
  ['6', 'Điều tra xã hội học', 20],
  ['6.1', 'Mức độ hài lòng về giải quyết thủ tục hành chính', 10, 'điều tra'],
  ['6.2', 'Đánh giá của người dân về chính quyền cơ sở', 10, 'điều tra'],
];

type Entry = { v?: Cell; of?: Cell; self?: Cell; ev?: Cell };

/** Full marks on every row that is not from the survey: 80 points. */
function fullMarks(i: number): Record<string, Entry> {
  const dossiers = 1200 + 97 * i;
  return {
    '1.1': { v: 'Kịp thời', ev: `Kế hoạch số ${10 + i}/KH-UBND ngày 0${1 + (i % 9)}/01/2025` },
    '1.2': { v: 20 + i, of: 20 + i },
    '1.3': { v: 'tre=0; thieu=0' },
    '1.4': { v: 'Có' },
    '1.5': { self: 2 },
    '2.1': { v: 'Có' },
    '2.2': { v: dossiers, of: dossiers, ev: 'https://dichvucong.gov.vn (thống kê năm 2025)' },
    '2.3': { v: '85%' },
    '2.4': { v: 600 + 13 * i, of: 600 + 13 * i },
    '3.1': { v: 'Có' },
    '3.2': { v: 18 + i, of: 18 + i },
    '4.1': { self: 4 },
    '4.2': { v: '100%' },
    '5.1': { v: 900 + 31 * i, of: 900 + 31 * i },
    '5.2': { v: 'Có' },
    '5.3': { self: 5 },
  };
}

interface Commune {
  unit: string;
  /** Its name in History: one name when renamed, several separated by ";" when merged. */
  previousName?: string;
  /** Rows that differ from full marks; the comment gives the points lost. */
  rows: Record<string, Entry>;
  /** Survey points for 6.1 and 6.2, and SIPAS. */
  survey: [number, number, number];
}

/**
 * 2025, by hand: index = points (Max 100 for every commune).
 *   Phường Thành Sen    80 − 3 (2.3: 75 % → 5) + 9.5 + 9.2 = 95.7 → 1st
 *   Phường Trần Phú     80 − 1 (1.1) − 0.3 (2.2: 97 %) − 3 (2.3) + 9.1 + 9.0 = 93.8 → 2nd
 *   Phường Sông Trí     80 − 2 (1.2: 90 %) − 3.2 (2.4: 60 %) + 8.8 + 8.9 = 92.5 → 3rd
 *   Xã Thạch Lạc        80 − 0.5 (1.3) − 6 (2.3: 45 %) − 1.2 (5.1: 85 %) + 8.5 + 8.6 = 89.4 → 4th
 *   Xã Đồng Tiến        80 − 2 (1.4) − 3 (2.3) − 1.2 (3.2: 80 %) − 1.2 (4.2: 70 %) + 8.0 + 8.4 = 89 → 5th
 *   Xã Tân Mỹ Hà        80 − 1 (2.2: 90 %) − 6 (2.3) − 5 (5.2) + 8.2 + 8.0 = 84.2 → 6th
 *   Xã Thiên Cầm        80 − 1 (1.5) − 6 (2.3) − 6 (3.1) + 7.6 + 7.9 = 82.5 → 7th
 *   Xã Cẩm Bình         80 − 4 (1.2: 70 %) − 3 (2.3) − 8 (2.4: 45 % < floor 50 %) + 8.3 + 8.1 = 81.4 → 8th
 *   Xã Kỳ Xuân          80 − 2 (1.1) − 8 (2.3: 25 %) − 2 (4.1) − 2.4 (5.1: 70 %) + 7.2 + 7.5 = 80.3 → 9th
 *   Xã Hương Phố        80 − 8 (2.3: 20 %) − 8 (2.4: 40 %) − 3.2 (5.1: 60 %) − 2 (5.3) + 7.0 + 7.1 = 72.9 → 10th
 * SIPAS 2025: Sông Trí 1st, Thành Sen 2nd, Trần Phú 3rd, Thạch Lạc and Đồng Tiến tied 4th, Tân Mỹ Hà 6th,
 *   Cẩm Bình 7th, Thiên Cầm 8th, Kỳ Xuân 9th, Hương Phố 10th.
 */
const COMMUNES: Commune[] = [
  { unit: 'Phường Thành Sen', rows: { '2.3': { v: '75%' } }, survey: [9.5, 9.2, 0.9312] },
  {
    unit: 'Phường Trần Phú',
    rows: { '1.1': { v: 'Không kịp thời' }, '2.2': { v: 1940, of: 2000 }, '2.3': { v: '75%' } },
    survey: [9.1, 9.0, 0.9105],
  },
  {
    unit: 'Phường Sông Trí',
    previousName: 'Xã Kỳ Trinh',
    rows: { '1.2': { v: 9, of: 10 }, '2.4': { v: 600, of: 1000 } },
    survey: [8.8, 8.9, 0.9456],
  },
  {
    unit: 'Xã Thạch Lạc',
    rows: { '1.3': { v: 'tre=1; thieu=0' }, '2.3': { v: '45%' }, '5.1': { v: 850, of: 1000 } },
    survey: [8.5, 8.6, 0.8843],
  },
  {
    unit: 'Xã Đồng Tiến',
    rows: { '1.4': { v: 'Không' }, '2.3': { v: '60%' }, '3.2': { v: 8, of: 10 }, '4.2': { v: 0.7 } },
    survey: [8.0, 8.4, 0.8843],
  },
  {
    unit: 'Xã Tân Mỹ Hà',
    previousName: 'Xã Tân Mỹ; Xã Hà Linh',
    rows: { '2.2': { v: 1800, of: 2000 }, '2.3': { v: '40%' }, '5.2': { v: 'Không' } },
    survey: [8.2, 8.0, 0.8675],
  },
  {
    unit: 'Xã Cẩm Bình',
    rows: { '1.2': { v: 7, of: 10 }, '2.3': { v: '55%' }, '2.4': { v: 0.45, of: null } },
    survey: [8.3, 8.1, 0.8521],
  },
  {
    unit: 'Xã Thiên Cầm',
    rows: { '1.5': { self: 1 }, '2.3': { v: '35%' }, '3.1': { v: 'Không' } },
    survey: [7.6, 7.9, 0.823],
  },
  {
    unit: 'Xã Kỳ Xuân',
    rows: {
      '1.1': { v: 'Không ban hành', ev: null },
      '2.3': { v: '25%' },
      '4.1': { self: 2 },
      '5.1': { v: 700, of: 1000 },
    },
    survey: [7.2, 7.5, 0.8015],
  },
  {
    unit: 'Xã Hương Phố',
    rows: {
      '2.3': { v: '20%' },
      '2.4': { v: 400, of: 1000 },
      '5.1': { v: 0.6, of: null },
      '5.3': { self: 3 },
    },
    survey: [7.0, 7.1, 0.7864],
  },
];

/**
 * History, 11 communes a year before the merger: [unit, [rank, index, SIPAS, SIPAS rank] for 2022, 2023, 2024].
 * Phường Thành Sen led every year (with 2025: "4 năm liền dẫn đầu"); Xã Kỳ Trinh is Phường Sông Trí's old name;
 * Xã Tân Mỹ and Xã Hà Linh merged into Xã Tân Mỹ Hà.
 */
type Year = [rank: number, index: number, sipas: number, sipasRank: number];
const HISTORY: [string, Year, Year, Year][] = [
  ['Phường Thành Sen', [1, 91.84, 0.9021, 2], [1, 92.6, 0.9133, 1], [1, 93.71, 0.9208, 1]],
  ['Phường Trần Phú', [3, 88.12, 0.9034, 1], [2, 90.05, 0.8977, 3], [4, 89.33, 0.9012, 3]],
  ['Xã Kỳ Trinh', [8, 80.47, 0.8402, 9], [6, 84.9, 0.8641, 7], [5, 88.02, 0.9105, 2]],
  ['Xã Thạch Lạc', [2, 89.6, 0.8876, 3], [3, 89.74, 0.9012, 2], [2, 91.15, 0.8893, 4]],
  ['Xã Đồng Tiến', [5, 85.31, 0.8611, 6], [4, 87.22, 0.8702, 5], [3, 90.48, 0.8817, 5]],
  ['Xã Tân Mỹ', [9, 79.95, 0.8455, 8], [10, 78.1, 0.8302, 10], [8, 83.64, 0.8511, 8]],
  ['Xã Hà Linh', [11, 74.2, 0.7908, 11], [9, 79.35, 0.8359, 9], [10, 80.77, 0.8233, 10]],
  ['Xã Cẩm Bình', [4, 86.9, 0.8733, 4], [5, 86.48, 0.8755, 4], [6, 86.1, 0.8695, 6]],
  ['Xã Thiên Cầm', [6, 83.45, 0.8702, 5], [8, 81.2, 0.8421, 8], [9, 81.56, 0.8407, 9]],
  ['Xã Kỳ Xuân', [7, 82.18, 0.853, 7], [7, 83.05, 0.8667, 6], [7, 85.27, 0.8594, 7]],
  ['Xã Hương Phố', [10, 76.63, 0.8104, 10], [11, 77.08, 0.8016, 11], [11, 79.9, 0.8122, 11]],
];
const HISTORY_YEARS = [2022, 2023, 2024];

function unitSheetValues(commune: Commune, i: number): Cell[][] {
  const rows = fullMarks(i);
  const values: Cell[][] = [
    [`PHIẾU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM ${COMMUNE_EXAMPLE_YEAR}: ${commune.unit.toUpperCase()}`],
    [...UNIT_SHEET_HEADER],
  ];
  for (const [code, name, max, rule] of CRITERIA) {
    if (!code.includes('.') || rule === 'điều tra') continue;
    const e: Entry = { ...rows[code], ...commune.rows[code] };
    values.push([code, name, max, e.v ?? null, e.of ?? null, e.self ?? null, e.ev ?? null, null, null]);
  }
  return values;
}

export function buildCommuneExampleWorkbook(): Workbook {
  return {
    sheets: [
      {
        name: 'Cài đặt',
        values: [
          ['Năm', COMMUNE_EXAMPLE_YEAR],
          ['Điểm xếp hạng', 'auto'],
          ['Xếp loại', 'A>=90; B>=80; C>=70; D'],
          ['Năm so sánh', COMMUNE_COMPARE_YEAR],
        ],
      },
      {
        name: 'Tiêu chí',
        values: [
          [`BỘ TIÊU CHÍ CHỈ SỐ CCHC CẤP XÃ NĂM ${COMMUNE_EXAMPLE_YEAR}`],
          ['Dữ liệu giả lập để minh hoạ, không phải số liệu thật'],
          ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm', 'Loại', 'Tài liệu kiểm chứng'],
          ...CRITERIA.map(([code, name, max, rule, evidence]): Cell[] => [
            code,
            name,
            max,
            rule ?? null,
            null,
            evidence ?? null,
          ]),
        ],
      },
      {
        name: 'Đơn vị',
        values: [
          ['Đơn vị', 'Khối', 'Tên cũ'],
          ...COMMUNES.map((c): Cell[] => [c.unit, COMMUNE_GROUP, c.previousName ?? null]),
        ],
      },
      {
        name: 'Điều tra',
        values: [['Đơn vị', '6.1', '6.2', 'SIPAS'], ...COMMUNES.map((c): Cell[] => [c.unit, ...c.survey])],
      },
      {
        name: 'Lịch sử',
        values: [
          ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
          ...HISTORY_YEARS.flatMap((year, y) =>
            HISTORY.map(([unit, ...years]): Cell[] => {
              const [rank, index, sipas, sipasRank] = years[y] as Year;
              return [year, unit, COMMUNE_GROUP, index, rank, HISTORY.length, sipas, sipasRank];
            }),
          ),
        ],
      },
      ...COMMUNES.map((c, i) => ({ name: c.unit, values: unitSheetValues(c, i) })),
    ],
  };
}
