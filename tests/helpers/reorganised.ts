/**
 * A workbook of the 2025 shape, after the reorganisation of communes: old communes merged, renamed, split and
 * moved to another block; a previous name written with a comma; one matching nothing; units missing from Survey.
 *
 * Criteria: two fields of one leaf each, 1.1 and 2.1, Max 50 each (total 100), so a unit with self scores
 * (a, b) has points = index = a + b. Settings: Year 2025, Compare with 2022.
 *
 * Units sheet (header row 1): A Đơn vị | B Nhóm | C Xếp hạng năm trước | D Tên năm trước
 *
 *   row  unit               group   index  previous names                     rank now (hand)
 *    2   Xã Bình Minh       Xã      90                                         1/8
 *    3   Xã An Phú (NFD)    Xã      85                                         2/8
 *    4   Xã Phong Nha       Xã      80     Thị trấn Phong Nha (other block)    3/8
 *    5   Xã Hợp Nhất        Xã      75     Xã Cũ 1; Xã Cũ 2 (merged)           4/8
 *    6   Xã Đồng Hới Bắc    Xã      70     Xã Đồng Hới (split)                 5/8
 *    7   Xã Đồng Hới Nam    Xã      65     Xã Đồng Hới (split)                 6/8
 *    8   Xã Phẩy            Xã      60     Xã Cũ 1, Xã Cũ 2 (one name: none)   7/8
 *    9   Xã Không Khớp      Xã      50     Xã Zzz (matches nothing)            8/8
 *   10   Phường Nam Lý      Phường  90     Phường Nam Lý; Phường Bắc Lý        1/2   (typed previous rank 2)
 *   11   Phường Đồng Sơn    Phường  80                                         2/2
 *
 * History (header row 1): A Năm | B Đơn vị | C Nhóm | D Chỉ số | E Xếp hạng | F Trên tổng số | G Hạng SIPAS
 *
 *   row  year  unit                 group     index  rank  out of  SIPAS rank
 *    2   2024  Xã Bình Minh         Xã        90     1     30
 *    3   2024  Xã An Phú            Xã        80     3     30
 *    4   2024  Thị trấn Phong Nha   Thị trấn  70     5     8
 *    5   2024  Xã Cũ 1              Xã        60     10    30
 *    6   2024  Xã Cũ 2              Xã        65     8     30
 *    7   2024  Xã Đồng Hới          Xã        75     4     30
 *    8   2024  Phường Nam Lý        Phường    95     1     10
 *    9   2024  Phường Bắc Lý        Phường    85     2     10
 *   10   2023  Xã Bình Minh         Xã        88     1     30
 *   11   2023  Phường Nam Lý        Phường    94     1     10
 *   12   2022  Xã Bình Minh         Xã        85     1     30      2
 *   13   2022  Xã An Phú            Xã        70     6     30      9
 *   14   2022  Thị trấn Phong Nha   Thị trấn  72     3     8       4
 *
 * Survey (header row 1: Đơn vị | SIPAS): every Xã unit but Xã Không Khớp, SIPAS 0.90, 0.88, … 0.78 in the
 * order above (SIPAS ranks 1 to 7 in Xã); Phường Nam Lý 0.9; Phường Đồng Sơn spelt "Phường Đông Sơn".
 */
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { criteriaSheet, unitSheet } from './workbook';

interface Row {
  name: string;
  group: string;
  index: [number, number];
  previousRank?: number;
  previousName?: string;
  sipas?: number;
}

/** Xã An Phú as the Units sheet and its own sheet hold it: decomposed (NFD), as some keyboards type it. */
export const AN_PHU_NFD = 'Xã An Phú'.normalize('NFD');

export const UNITS: readonly Row[] = [
  { name: 'Xã Bình Minh', group: 'Xã', index: [45, 45], sipas: 0.9 },
  { name: AN_PHU_NFD, group: 'Xã', index: [45, 40], sipas: 0.88 },
  { name: 'Xã Phong Nha', group: 'Xã', index: [40, 40], previousName: 'Thị trấn Phong Nha', sipas: 0.86 },
  { name: 'Xã Hợp Nhất', group: 'Xã', index: [40, 35], previousName: 'Xã Cũ 1; Xã Cũ 2', sipas: 0.84 },
  { name: 'Xã Đồng Hới Bắc', group: 'Xã', index: [35, 35], previousName: 'Xã Đồng Hới', sipas: 0.82 },
  { name: 'Xã Đồng Hới Nam', group: 'Xã', index: [35, 30], previousName: 'Xã Đồng Hới', sipas: 0.8 },
  { name: 'Xã Phẩy', group: 'Xã', index: [30, 30], previousName: 'Xã Cũ 1, Xã Cũ 2', sipas: 0.78 },
  { name: 'Xã Không Khớp', group: 'Xã', index: [25, 25], previousName: 'Xã Zzz' },
  {
    name: 'Phường Nam Lý',
    group: 'Phường',
    index: [45, 45],
    previousRank: 2,
    previousName: 'Phường Nam Lý; Phường Bắc Lý',
    sipas: 0.9,
  },
  { name: 'Phường Đồng Sơn', group: 'Phường', index: [40, 40] },
];

const HISTORY: Cell[][] = [
  ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'Hạng SIPAS'],
  [2024, 'Xã Bình Minh', 'Xã', 90, 1, 30, null],
  [2024, 'Xã An Phú', 'Xã', 80, 3, 30, null],
  [2024, 'Thị trấn Phong Nha', 'Thị trấn', 70, 5, 8, null],
  [2024, 'Xã Cũ 1', 'Xã', 60, 10, 30, null],
  [2024, 'Xã Cũ 2', 'Xã', 65, 8, 30, null],
  [2024, 'Xã Đồng Hới', 'Xã', 75, 4, 30, null],
  [2024, 'Phường Nam Lý', 'Phường', 95, 1, 10, null],
  [2024, 'Phường Bắc Lý', 'Phường', 85, 2, 10, null],
  [2023, 'Xã Bình Minh', 'Xã', 88, 1, 30, null],
  [2023, 'Phường Nam Lý', 'Phường', 94, 1, 10, null],
  [2022, 'Xã Bình Minh', 'Xã', 85, 1, 30, 2],
  [2022, 'Xã An Phú', 'Xã', 70, 6, 30, 9],
  [2022, 'Thị trấn Phong Nha', 'Thị trấn', 72, 3, 8, 4],
];

/** The workbook, in Vietnamese; `english` gives the same with English sheet names and headers. */
export function reorganisedWorkbook(options: { english?: boolean } = {}): Workbook {
  const english = options.english === true;
  const units: Cell[][] = [
    english
      ? ['Unit', 'Group', 'Previous rank', 'Previous name']
      : ['Đơn vị', 'Nhóm', 'Xếp hạng năm trước', 'Tên năm trước'],
    ...UNITS.map((u) => [u.name, u.group, u.previousRank ?? null, u.previousName ?? null]),
  ];
  const survey: Cell[][] = [
    [english ? 'Unit' : 'Đơn vị', 'SIPAS'],
    ...UNITS.filter((u) => u.sipas !== undefined).map((u) => [u.name, u.sipas as number]),
    ['Phường Đông Sơn', 0.7],
  ];
  const history = english
    ? [['Year', 'Unit', 'Group', 'Index', 'Rank', 'Out of', 'SIPAS rank'], ...HISTORY.slice(1)]
    : HISTORY;
  const sheets: Sheet[] = [
    criteriaSheet(
      [
        { code: '1', name: english ? 'Direction' : 'Chỉ đạo' },
        { code: '1.1', max: 50 },
        { code: '2', name: english ? 'Procedures' : 'Thủ tục' },
        { code: '2.1', max: 50 },
      ],
      { english },
    ),
    { name: english ? 'Units' : 'Đơn vị', values: units },
    { name: english ? 'Survey' : 'Điều tra', values: survey },
    {
      name: english ? 'Settings' : 'Cài đặt',
      values: english
        ? [
            ['Year', 2025],
            ['Compare with', 2022],
          ]
        : [
            ['Năm', 2025],
            ['Năm so sánh', 2022],
          ],
    },
    { name: english ? 'History' : 'Lịch sử', values: history },
    ...UNITS.map((u) =>
      unitSheet(
        u.name,
        [
          { code: '1.1', self: u.index[0] },
          { code: '2.1', self: u.index[1] },
        ],
        { english },
      ),
    ),
  ];
  return { sheets };
}
