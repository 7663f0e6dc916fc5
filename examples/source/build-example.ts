/**
 * The example workbook: 13 districts of Hà Tĩnh scored against the district-level criteria for 2025.
 * THE DATA ARE SYNTHETIC, made up for illustration: they are not any unit's real figures or results.
 * Deterministic: the same workbook every time (no random numbers, no clock).
 */
import type { Cell, Workbook } from '../../src/core/types';
import { UNIT_SHEET_HEADER } from '../../src/core/sheets/workbook-schema';
import { criteriaCapHuyenRows } from '../../src/template/criteria-cap-huyen';

/** What a unit typed on one criterion row; null clears a base value. */
interface Entry {
  v?: Cell;
  of?: Cell;
  self?: Cell;
  ev?: Cell;
  appr?: Cell;
  note?: Cell;
}

interface UnitSpec {
  unit: string;
  sheet: string;
  previousRank: number;
  previousIndex: number;
  /** Points for 8.1–8.4 and SIPAS, or null when the survey has no row for the unit. */
  survey: [number, number, number, number, number] | null;
  rows: Record<string, Entry>;
  /** Criterion rows deleted from the unit's sheet. */
  drop?: string[];
}

export const EXAMPLE_YEAR = 2025;
export const UNIT_HEADER: Cell[] = [...UNIT_SHEET_HEADER];

const day = (i: number, k: number): string => String(5 + ((i * 3 + k) % 22)).padStart(2, '0');
const doc = (kind: 'KH' | 'BC' | 'QĐ', i: number, k: number, month: string): string =>
  `${kind === 'KH' ? 'Kế hoạch' : kind === 'BC' ? 'Báo cáo' : 'Quyết định'} số ${k * 11 + i * 7 + 3}/${kind}-UBND ngày ${day(i, k)}/${month}/2025`;

/** The full-marks declaration of unit number i: every figure differs by unit, every rule gives its Max. */
function base(i: number): Record<string, Entry> {
  const tasks = 36 + 2 * i;
  const dossiers = 3000 + 173 * i;
  const commune = 12000 + 911 * i;
  const digitised = 2500 + 120 * i;
  const capital = 300 + 25 * i;
  const online = 2000 + 97 * i;
  return {
    '1.1.1': { v: 'Kịp thời', ev: doc('KH', i, 1, '01') },
    '1.1.2': { v: tasks, of: tasks, ev: doc('BC', i, 2, '12') },
    '1.2': { v: 'tre=0; thieu=0', ev: doc('BC', i, 3, '12') + ' (báo cáo năm)' },
    '1.3.1': { v: 'Có', ev: doc('KH', i, 4, '02') },
    '1.3.2': { v: 3 + (i % 4) },
    '1.3.3': { v: 4 + (i % 5), of: 4 + (i % 5) },
    '1.4': { self: 1.5, ev: doc('KH', i, 5, '02') },
    '1.5': { v: `a=${10 + (i % 4)}; b=${10 + (i % 4)}; c=0` },
    '1.6': { v: 'Có' },
    '1.7': { v: 'Không có' },
    '1.8': { v: 'Không' },
    '2.1.1': { v: 'Có' },
    '2.1.2': { v: 2 + (i % 3), of: 2 + (i % 3) },
    '2.2.1': { v: 'Có', ev: doc('KH', i, 6, '03') },
    '2.2.2': { v: 5 + (i % 6), of: 5 + (i % 6) },
    '2.3': { v: 18 + i, of: 18 + i },
    '2.4': { self: 2, ev: doc('BC', i, 7, '11') },
    '3.1': { v: 'Hoàn thành', ev: doc('BC', i, 8, '10') },
    '3.2.1': { v: 'Đạt' },
    '3.2.2': { v: '100%' },
    '3.3.1': {
      v: dossiers - 3 * (i % 5),
      of: dossiers,
      ev: 'https://dichvucong.hatinh.gov.vn (thống kê năm 2025)',
    },
    '3.3.2': { v: commune - 40 - 7 * i, of: commune },
    '3.3.3': { v: 2 + (i % 5), of: 2 + (i % 5) },
    '3.4.1': { self: 1 },
    '3.4.2': { v: `s=${Math.round(0.85 * digitised)}; t=${digitised}` },
    '3.5': { v: 3 + (i % 4), of: 3 + (i % 4) },
    '3.6': { v: `${91 + (i % 5)},${String(10 + ((i * 37) % 90)).padStart(2, '0')}` },
    '4.1': { v: 'Đúng quy định', ev: doc('QĐ', i, 9, '04') },
    '4.2': { v: 3 + (i % 4), of: 3 + (i % 4) },
    '4.3': { v: 'Đạt' },
    '4.4': { self: 1 },
    '4.5': { v: 2 + (i % 3) },
    '5.1.1': { v: 'Có' },
    '5.1.2': { v: 150 + 9 * i, of: 150 + 9 * i },
    '5.2.1': { v: 'Đúng quy định', ev: doc('BC', i, 10, '09') },
    '5.2.2': { self: 1.5 },
    '5.3': { v: 120 + 11 * i, of: 120 + 11 * i, ev: doc('BC', i, 11, '12') },
    '5.4': { v: '100%' },
    '5.5': { v: 'Không có' },
    '6.1': { v: (capital * 0.97).toFixed(1).replace('.', ','), of: capital, ev: doc('BC', i, 12, '12') },
    '6.2': { v: 'Có' },
    '6.3': { v: 20 + i, of: 20 + i },
    '6.4': { self: 1 },
    '6.5': { v: `a=${4 + (i % 3)}; b=${4 + (i % 3)}; c=0` },
    '6.6': { v: `${102 + i}%` },
    '7.1': { v: 'Kịp thời', ev: doc('KH', i, 13, '01') },
    '7.2': { v: 30 + i, of: 30 + i },
    '7.3.1': { v: (96 + (i % 4)) / 100 },
    '7.3.2': { v: '100%' },
    '7.4.1': { v: Math.round(0.85 * online), of: online },
    '7.4.2': { v: (52 + (i % 5)) / 100 },
    '7.4.3': { v: 'Có' },
    '7.5': { v: 30 + 2 * i },
    '7.6': { v: 'Có' },
    '7.7': { self: 2 },
  };
}

const UNITS: UnitSpec[] = [
  {
    unit: 'Thành phố Hà Tĩnh',
    sheet: 'TP Hà Tĩnh',
    previousRank: 2,
    previousIndex: 90.87,
    survey: [4.05, 4.98, 4.1, 3.27, 0.9124],
    rows: {
      '1.3.2': { v: 2 },
      '1.7': { v: 'Cấp tỉnh', ev: 'Quyết định số 2150/QĐ-UBND ngày 20/10/2025 của UBND tỉnh' },
      '4.2': { v: 4, of: 5 },
      '5.4': { v: '97,5%' },
      '6.6': { v: '96%' },
      '7.3.2': { v: '95%' },
      '7.4.2': { v: 0.42 },
    },
  },
  {
    unit: 'Thị xã Hồng Lĩnh',
    sheet: 'Hồng Lĩnh',
    previousRank: 1,
    previousIndex: 91.25,
    survey: [4.21, 5.02, 4.15, 3.3, 0.8876],
    rows: {
      '1.1.2': { v: 33, of: 38 },
      '1.6': { v: 'Không' },
      '2.4': { appr: 1.5, note: 'Chưa ban hành kế hoạch theo dõi thi hành pháp luật trọng tâm năm 2025' },
      '3.2.2': { v: '95%' },
      '3.3.1': { v: 2988, of: 3173 },
      '3.3.3': { v: 'Không áp dụng', of: null },
      '5.3': { v: 110, of: 131 },
      '6.3': { v: 14, of: 16 },
      '6.6': { v: '93%' },
      '7.4.1': { v: 0.62, of: null },
      '7.5': { v: 20 },
    },
  },
  {
    unit: 'Thị xã Kỳ Anh',
    sheet: 'TX Kỳ Anh',
    previousRank: 4,
    previousIndex: 88.92,
    survey: [4.3, 5.21, 4.26, 3.4, 0.9002],
    rows: {
      '1.1.1': { self: 1 },
      '1.5': { v: 'a=10; b=9; c=1' },
      '2.1.1': { self: 0.5 },
      '2.2.2': { v: 6, of: 7 },
      '3.2.1': { self: 1 },
      '3.5': { v: 'KAD', of: null },
      '3.6': { v: '88,4' },
      '4.4': { self: 0.5 },
      '5.1.2': { v: 180, of: 192 },
      '5.3': { v: 121, of: 142 },
      '6.2': { self: 1 },
      '6.4': { self: 0.75 },
      '7.3.1': { v: 0.93 },
      '7.4.1': { v: 1410, of: 2194 },
      '7.6': { self: 1 },
      '7.7': { self: 1.5 },
    },
  },
  {
    unit: 'Huyện Đức Thọ',
    sheet: 'Đức Thọ',
    previousRank: 6,
    previousIndex: 86.1,
    survey: [3.62, 4.41, 3.68, 2.89, 0.8602],
    rows: {
      '1.1.2': { v: 40, of: 42 },
      '2.1.2': { v: 3, of: 4 },
      '3.3.1': { v: 3300, of: 3519 },
      '4.5': { v: 1 },
      '5.2.2': { self: 1.25 },
      '5.3': { v: 100, of: 153 },
      '6.1': { v: '301,6', of: 375 },
      '7.3.2': { v: '85%' },
      '7.4.2': { v: '35%' },
    },
  },
  {
    unit: 'Huyện Hương Sơn',
    sheet: 'Hương Sơn',
    previousRank: 9,
    previousIndex: 83.75,
    survey: [3.71, 4.33, 3.59, 2.97, 0.8541],
    rows: {
      '1.1.2': { v: 40, of: 44 },
      '1.4': { self: '1,25' },
      '2.3': { v: 19, of: 22 },
      '2.4': { self: '2' },
      '3.3.1': { v: 3500, of: 3692 },
      '3.6': { v: '86,15' },
      '4.2': { v: 11, of: 16 },
      '5.2.2': { self: '1,5' },
      '5.5': { v: 'Có 1 trường hợp' },
      '6.6': { v: '97,5%' },
      '7.4.1': { v: 0.45, of: null },
      '7.5': { v: 18 },
    },
  },
  {
    unit: 'Huyện Vũ Quang',
    sheet: 'Vũ Quang',
    previousRank: 13,
    previousIndex: 77.45,
    survey: [3.6, 4.3, 3.55, 2.8, 0.8031],
    rows: {
      '3.3.1': { v: 3500, of: 3865 },
      '5.4': { v: 95 },
      '7.4.2': { v: 0.3 },
    },
  },
  {
    unit: 'Huyện Hương Khê',
    sheet: 'Hương Khê',
    previousRank: 11,
    previousIndex: 81.36,
    survey: [3.41, 4.05, 3.33, 2.64, 0.8215],
    drop: ['3.5'],
    rows: {
      '1.1.2': { v: 40, of: 48 },
      '2.3': { v: 18, of: 24 },
      '3.3.1': { v: 3500, of: 4038 },
      '3.3.2': { v: 14000, of: 17466 },
      '3.6': { v: '78,25' },
      '4.1': { v: 'Chưa đầy đủ' },
      '5.3': { v: 120, of: 186 },
      '5.4': { v: '88%' },
      '6.1': { v: '380', of: 450 },
      '7.4.1': { v: 0.35, of: null },
      '7.4.2': { v: 0.25 },
    },
  },
  {
    unit: 'Huyện Can Lộc',
    sheet: 'Can Lộc',
    previousRank: 3,
    previousIndex: 89.6,
    survey: [3.55, 4.21, 3.49, 2.75, 0.8388],
    rows: {
      '1.1.2': { v: 42, of: 50 },
      '1.2': {
        v: 'tre=1; thieu=0',
        appr: 0.5,
        note: 'Báo cáo năm cũng gửi chậm so với quy định (2 báo cáo chậm)',
      },
      '1.4': { appr: 1, note: 'Chưa có báo cáo đánh giá hiệu quả công tác tuyên truyền' },
      '1.8': {
        v: 'Bị phê bình',
        note: 'UBND tỉnh phê bình tại Văn bản số 5120/UBND-NC ngày 12/8/2025 do chậm triển khai nhiệm vụ CCHC',
      },
      '2.1.2': { v: 2, of: 3 },
      '2.3': { v: 21, of: 25 },
      '3.3.1': { v: 3950, of: 4211 },
      '3.6': { v: '84,6' },
      '4.3': { v: 'Không' },
      '5.3': { v: 130, of: 197 },
      '6.5': { v: 'a=8; b=5; c=2' },
      '7.3.2': { v: '88%' },
      '7.4.1': { v: 0.45, of: null },
      '7.7': { appr: 1.5, note: 'Chưa khai thác Hệ thống thông tin báo cáo trong chỉ đạo, điều hành' },
    },
  },
  {
    unit: 'Huyện Nghi Xuân',
    sheet: 'Nghi Xuân',
    previousRank: 7,
    previousIndex: 85.47,
    survey: [3.72, 4.4, 3.61, 2.88, 0.8467],
    rows: {
      '1.1.1': { v: 'Không kịp thời' },
      '1.3.2': { v: 2, self: 1 },
      '2.4': { self: 1.5 },
      '3.3.1': { v: 4120, of: 4384, self: 3, appr: 2, note: 'Tỷ lệ đúng hạn 93,98%, chỉ đạt mức 2 điểm' },
      '3.6': { v: '79,8' },
      '4.2': { v: 2, of: 3 },
      '5.3': { v: 150, of: 208 },
      '6.1': { v: '380,5', of: 500 },
      '6.5': { v: 'a=5; b=3; c=2' },
      '7.3.2': { v: '82%' },
      '7.5': { v: 14 },
    },
  },
  {
    unit: 'Huyện Lộc Hà',
    sheet: 'Lộc Hà',
    previousRank: 12,
    previousIndex: 79.8,
    survey: null,
    rows: {
      '1.3.2': { v: 1 },
      '1.5': { v: 'a=11; b=8; c=2' },
      '1.6': { v: 'Không' },
      '2.3': { v: 22, of: 27 },
      '3.3.1': { v: 3900, of: 4557 },
      '3.3.2': { v: 16500, of: 20199 },
      '3.4.1': { self: 0.5 },
      '4.5': { v: 1 },
      '5.3': { v: 140, of: 219 },
      '5.4': { v: '90%' },
      '6.1': { v: '450', of: 525 },
      '6.6': { v: '95%' },
      '7.3.2': { v: '93%' },
      '7.4.1': { v: 0.41, of: null },
      '7.4.2': { v: 0.22 },
    },
  },
  {
    unit: 'Huyện Thạch Hà',
    sheet: 'Thạch Hà',
    previousRank: 5,
    previousIndex: 87.35,
    survey: [3.98, 4.86, 3.92, 3.21, 0.8733],
    rows: {
      '1.1.1': { v: 'Không kịp thời' },
      '1.3.3': { v: 'Không áp dụng', of: null },
      '1.5': { v: 'a=12; b=10; c=2' },
      '2.1.2': { v: 3, of: 4 },
      '2.2.2': { v: 6, of: 8 },
      '3.3.1': { v: 4571, of: 4730 },
      '3.4.2': { v: 's=2818; t=3700' },
      '3.6': { v: '87,35' },
      '4.5': { v: 1 },
      '5.1.2': { v: 231, of: 240 },
      '5.2.2': { self: 1 },
      '6.1': { v: '521,6', of: 550 },
      '6.5': { v: 'a=6; b=4; c=1' },
      '7.4.2': { v: '38%' },
      '7.5': { v: 20 },
    },
  },
  {
    unit: 'Huyện Cẩm Xuyên',
    sheet: 'Cẩm Xuyên',
    previousRank: 8,
    previousIndex: 84.2,
    survey: [3.85, 4.52, 3.77, 3.02, 0.8519],
    rows: {
      '1.2': { v: 'tre=2; thieu=0' },
      '1.3.2': { v: 2 },
      '1.4': { ev: null },
      '2.3': { v: 16, of: 29 },
      '3.1': { v: 'Hoàn thành chậm' },
      '3.3.1': { v: 4400, of: 4903 },
      '4.1': { v: 'Chưa đầy đủ' },
      '5.3': { ev: null },
      '5.4': { v: '92%' },
      '6.3': { v: 21, of: 31 },
      '6.6': { v: '89%' },
      '7.3.1': { v: 0.9 },
      '7.4.2': { v: 0.28 },
    },
  },
  {
    unit: 'Huyện Kỳ Anh',
    sheet: 'Kỳ Anh',
    previousRank: 10,
    previousIndex: 82.9,
    survey: [3.12, 3.76, 3.05, 2.41, 0.8104],
    rows: {
      '1.1.1': { v: 'Không kịp thời' },
      '1.3.2': { v: 0 },
      '2.4': { ev: null },
      '3.3.1': { v: 4300, of: 5076 },
      '3.3.2': { v: 15800, of: 22932 },
      '3.6': { v: '76,9' },
      '4.2': { v: 2, of: 5 },
      '5.3': { v: 170, of: 252 },
      '6.1': { v: '470,8', of: 600 },
      '6.4': { self: null },
      '7.3.2': { v: '86%' },
      '7.4.1': { v: 0.28, of: null },
      '7.4.2': { v: 0.31 },
      '7.5': { v: 10 },
    },
  },
];

function unitSheet(spec: UnitSpec, i: number, criteria: Cell[][], surveyCodes: Set<string>): Cell[][] {
  const values: Cell[][] = [
    [`PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM ${EXAMPLE_YEAR}: ${spec.unit.toUpperCase()}`],
    [...UNIT_HEADER],
  ];
  const rows = base(i);
  for (const [code, name, max] of criteria) {
    const key = String(code);
    if (surveyCodes.has(key) || spec.drop?.includes(key)) continue;
    const e: Entry = { ...rows[key], ...spec.rows[key] };
    values.push([
      key,
      name ?? null,
      max ?? null,
      e.v ?? null,
      e.of ?? null,
      e.self ?? null,
      e.ev ?? null,
      e.appr ?? null,
      e.note ?? null,
    ]);
  }
  return values;
}

export function buildExampleWorkbook(): Workbook {
  const [, ...criteria] = criteriaCapHuyenRows();
  const surveyCodes = new Set(
    criteria
      .filter((row) => /^(điều tra|survey)$/i.test(String(row[3] ?? '').trim()))
      .map((row) => String(row[0])),
  );
  const surveyHeader: Cell[] = ['Đơn vị', ...surveyCodes, 'SIPAS'];
  return {
    sheets: [
      {
        name: 'Cài đặt',
        values: [
          ['Năm', EXAMPLE_YEAR],
          ['Điểm xếp hạng', 'auto'],
          ['Xếp loại', 'A>=90; B>=80; C>=70; D'],
        ],
      },
      {
        name: 'Tiêu chí',
        values: [
          [`BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CẤP HUYỆN NĂM ${EXAMPLE_YEAR}`],
          ['Dữ liệu tổng hợp (giả lập) để minh hoạ, không phải số liệu thật'],
          ...criteriaCapHuyenRows(),
        ],
      },
      {
        name: 'Đơn vị',
        values: [
          [
            'Đơn vị',
            'Tên sheet',
            'Khối',
            'Bộ tiêu chí',
            'Xếp hạng',
            'Xếp hạng năm trước',
            'Chỉ số năm trước',
          ],
          ...UNITS.map((u): Cell[] => [
            u.unit,
            u.sheet,
            'Cấp huyện',
            'Tiêu chí',
            'Có',
            u.previousRank,
            u.previousIndex,
          ]),
        ],
      },
      {
        name: 'Điều tra',
        values: [
          [`KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC VÀ CHỈ SỐ SIPAS NĂM ${EXAMPLE_YEAR}`],
          surveyHeader,
          ...UNITS.flatMap((u): Cell[][] => (u.survey ? [[u.unit, ...u.survey]] : [])),
        ],
      },
      ...UNITS.map((u, i) => ({ name: u.sheet, values: unitSheet(u, i, criteria, surveyCodes) })),
    ],
  };
}
