/**
 * The example workbook (synthetic data) scored by hand: every expected number below follows the contract
 * (WORKBOOK.md) applied to the example's cells, with the arithmetic beside it.
 * Cells: unit sheets have a title on row 1, the header on row 2 (A Mã … D Số liệu kê khai, E Trên tổng số,
 * F Điểm tự chấm, G Tài liệu kiểm chứng, H Điểm thẩm định), then one row per criterion in criteria order.
 */
import { buildExampleWorkbook } from '../examples/source/build-example';
import { scoreWorkbook } from '../src/core/score-workbook';
import type { Flag, FlagKind, UnitResult, WorkbookResult } from '../src/core/types';

/** [code, expected final points]; null = not applicable (KAD / Không áp dụng). */
type LeafExpectation = [string, number | null];
type FlagExpectation = [string, FlagKind, number];

let result: WorkbookResult;
beforeAll(() => {
  result = scoreWorkbook(buildExampleWorkbook());
});

function unit(name: string): UnitResult {
  const found = result.units.find((u) => u.unit === name);
  if (!found) throw new Error(`no unit ${name}`);
  return found;
}

function expectLeaves(u: UnitResult, expected: LeafExpectation[]): void {
  expect(u.leaves.map((leaf) => leaf.code).sort()).toEqual(expected.map(([code]) => code).sort());
  for (const [code, final] of expected) {
    const leaf = u.leaves.find((l) => l.code === code);
    if (final === null) {
      expect({ code, applicable: leaf?.applicable }).toEqual({ code, applicable: false });
    } else {
      expect({ code, applicable: leaf?.applicable }).toEqual({ code, applicable: true });
      expect([code, leaf?.final ?? NaN]).toEqual([code, expect.closeTo(final, 6)]);
    }
  }
}

const flagKey = (code: string, kind: string): string => `${code} ${kind}`;

function expectFlags(flags: Flag[], expected: FlagExpectation[]): void {
  const actual = [...flags].sort((a, b) => flagKey(a.code, a.kind).localeCompare(flagKey(b.code, b.kind)));
  const wanted = [...expected].sort((a, b) => flagKey(a[0], a[1]).localeCompare(flagKey(b[0], b[1])));
  expect(actual.map((f) => flagKey(f.code, f.kind))).toEqual(
    wanted.map(([code, kind]) => flagKey(code, kind)),
  );
  wanted.forEach(([code, kind, amount], k) => {
    expect([code, kind, actual[k]?.amount]).toEqual([code, kind, expect.closeTo(amount, 6)]);
  });
}

function expectFields(u: UnitResult, expected: [string, number, number][]): void {
  expect(u.fields.map((f) => f.code)).toEqual(expected.map(([code]) => code));
  expected.forEach(([code, points, max], k) => {
    const field = u.fields[k];
    expect([code, field?.points, field?.max, field?.index]).toEqual([
      code,
      expect.closeTo(points, 6),
      expect.closeTo(max, 9),
      expect.closeTo((100 * points) / max, 6),
    ]);
  });
}

describe('Huyện Thạch Hà (ordinary unit, one KAD row; no appraisal)', () => {
  const leaves: LeafExpectation[] = [
    ['1.1.1', 0.5], // choice "Không kịp thời" → 0.5
    ['1.1.2', 2], // bands, 56/56 = 100% ≥ 100% → 2
    ['1.2', 1], // formula max(0, 1 − 0.25·0 − 0.5·0) = 1
    ['1.3.1', 0.5], // có/không "Có" → Max 0.5
    ['1.3.2', 1], // bands plain, 5 communes ≥ 3 → 1
    ['1.3.3', null], // Value "Không áp dụng" → not applicable, leaves points and max
    ['1.4', 1.5], // manual, self 1.5
    ['1.5', 0.9166667], // formula (10/12)·1 + (2/12)·0.5 = 0.8333 + 0.0833 = 11/12
    ['1.6', 1.5], // yesno "Có" → 1.5
    ['1.7', 0], // bonus, choice "Không có" → 0
    ['1.8', 0], // penalty, choice "Không" → 0
    ['2.1.1', 0.5], // yesno "Có" → 0.5
    ['2.1.2', 1.125], // ratio 3/4 = 0.75 → 1.5 × 0.75
    ['2.2.1', 0.5], // có/không "Có"
    ['2.2.2', 0], // ratio ≥80%: 6/8 = 0.75 < 0.8 → 0
    ['2.3', 2], // bands 28/28 = 100% ≥ 100% → 2
    ['2.4', 2], // manual, self 2
    ['3.1', 1], // choice "Hoàn thành" → 1
    ['3.2.1', 1], // có/không "Đạt" → 1
    ['3.2.2', 1], // bands "100%" = 1 ≥ 100% → 1
    ['3.3.1', 2], // bands 4571/4730 = 0.9664: < 98%, ≥ 90% → 2
    ['3.3.2', 2], // bands 21000/21110 = 0.9948 ≥ 90% → 2
    ['3.3.3', 1], // ratio 2/2 = 1 → 1 × 1
    ['3.4.1', 1], // manual (nhập điểm), self 1
    ['3.4.2', 1.9], // formula round(min(1, 2818/(0.8·3700) = 0.95203)·2 = 1.90405, 2) = 1.9
    ['3.5', 1], // ratio 5/5 → 1
    ['3.6', 2], // bands plain, "87,35" = 87.35: < 90, ≥ 80 → 2
    ['4.1', 1.5], // choice "Đúng quy định" → 1.5
    ['4.2', 2], // ratio 5/5 → 2
    ['4.3', 2], // yesno "Đạt" → 2
    ['4.4', 1], // manual, self 1
    ['4.5', 0.75], // bands plain, 1 inspection: < 2, ≥ 1 → 0.75
    ['5.1.1', 1], // có/không "Có" → 1
    ['5.1.2', 0.9625], // ratio 231/240 = 0.9625 → 1 × 0.9625
    ['5.2.1', 1.5], // choice "Đúng quy định" → 1.5
    ['5.2.2', 1], // manual, self 1
    ['5.3', 3], // bands 230/230 = 100% → 3
    ['5.4', 2], // ratio "100%" = 1 → 2
    ['5.5', 2], // choice "Không có" → 2
    ['6.1', 1], // bands "521,6"/550 = 0.9484: < 95%, ≥ 80% → 1
    ['6.2', 1], // có/không "Có" → 1
    ['6.3', 2], // ratio 30/30 → 2
    ['6.4', 1], // manual, self 1
    ['6.5', 0.75], // formula (4/6)·1 + (1/6)·0.5 = 0.6667 + 0.0833 = 0.75
    ['6.6', 1], // bands "112%" = 1.12 ≥ 100% → 1
    ['7.1', 1], // choice "Kịp thời" → 1
    ['7.2', 2], // ratio 40/40 → 2
    ['7.3.1', 2], // bands 0.98 ≥ 95% → 2
    ['7.3.2', 2], // ratio ≥90%: "100%" → 2 × 1
    ['7.4.1', 3], // bands 2525/2970 = 0.8502 ≥ 80% → 3
    ['7.4.2', 1], // bands "38%": < 50%, ≥ 30% → 1
    ['7.4.3', 1], // yesno "Có" → 1
    ['7.5', 1], // bands plain, 20 posts: < 24, ≥ 12 → 1
    ['7.6', 1], // có/không "Có" → 1
    ['7.7', 2], // manual (nhập điểm), self 2
    ['8.1', 3.98], // survey sheet
    ['8.2', 4.86], // survey sheet
    ['8.3', 3.92], // survey sheet
    ['8.4', 3.21], // survey sheet
  ];

  it('scores every leaf as the contract says', () => {
    expectLeaves(unit('Huyện Thạch Hà'), leaves);
  });

  it('totals, component indexes, rank and class', () => {
    const u = unit('Huyện Thạch Hà');
    // points = 8.916667 + 6.125 + 13.9 + 7.25 + 11.4625 + 6.75 + 16 + 15.97 = 86.374167
    // max = 100 − 0.5 (1.3.3 not applicable) = 99.5; index = 100 × 86.374167 / 99.5 = 86.8082
    expect(u.points).toBeCloseTo(86.3741667, 6);
    expect(u.max).toBeCloseTo(99.5, 9);
    expect(u.index).toBeCloseTo(86.8082077, 6);
    expectFields(u, [
      ['1', 8.9166667, 9.5], // 0.5+2+1+0.5+1+1.5+0.916667+1.5+0+0; max 10 − 0.5 → 93.86
      ['2', 6.125, 8], // 0.5+1.125+0.5+0+2+2 → 76.56
      ['3', 13.9, 16], // 1+1+1+2+2+1+1+1.9+1+2 → 86.88
      ['4', 7.25, 8], // 1.5+2+2+1+0.75 → 90.63
      ['5', 11.4625, 12], // 1+0.9625+1.5+1+3+2+2 → 95.52
      ['6', 6.75, 8], // 1+1+2+1+0.75+1 → 84.38
      ['7', 16, 18], // 1+2+2+2+3+1+1+1+1+2 → 88.89
      ['8', 15.97, 20], // 3.98+4.86+3.92+3.21 → 79.85
    ]);
    expect(u.rank).toBe(4);
    expect(u.previousRank).toBe(5);
    expect(u.change).toBe(1); // 5 − 4
    expect(u.class).toBe('B'); // 80 ≤ 86.81 < 90
    expect(u.sipas).toBeCloseTo(0.8733, 9);
    expect(u.group).toBe('Cấp huyện');
    expect(u.ranked).toBe(true);
    expect(u.errors).toEqual([]);
  });

  it('lists the points it lost (every evidence link is present)', () => {
    expectFlags(unit('Huyện Thạch Hà').flags, [
      ['1.1.1', 'lost', 0.5],
      ['1.5', 'lost', 1 / 12],
      ['2.1.2', 'lost', 0.375],
      ['2.2.2', 'lost', 1.5],
      ['3.3.1', 'lost', 1],
      ['3.4.2', 'lost', 0.1],
      ['3.6', 'lost', 1],
      ['4.5', 'lost', 0.75],
      ['5.1.2', 'lost', 0.0375],
      ['5.2.2', 'lost', 0.5],
      ['6.1', 'lost', 1],
      ['6.5', 'lost', 0.25],
      ['7.4.2', 'lost', 1],
      ['7.5', 'lost', 1],
      ['8.1', 'lost', 1.02],
      ['8.2', 'lost', 1.14],
      ['8.3', 'lost', 1.08],
      ['8.4', 'lost', 0.79],
    ]);
  });
});

describe('Huyện Can Lộc (appraisal cuts and a penalty)', () => {
  const leaves: LeafExpectation[] = [
    ['1.1.1', 1], // choice "Kịp thời" → 1
    ['1.1.2', 1], // bands 42/50 = 0.84: < 100%, ≥ 80% → 1
    ['1.2', 0.5], // formula max(0, 1 − 0.25·1) = 0.75 computed; appraised 0.5 → 0.5
    ['1.3.1', 0.5], // có/không "Có"
    ['1.3.2', 1], // bands plain, 6 ≥ 3 → 1
    ['1.3.3', 0.5], // ratio 6/6 → 0.5
    ['1.4', 1], // manual, self 1.5, appraised 1 → 1
    ['1.5', 1], // formula (13/13)·1 + (0/13)·0.5 = 1
    ['1.6', 1.5], // yesno "Có"
    ['1.7', 0], // bonus, "Không có" → 0
    ['1.8', -1], // penalty, choice "Bị phê bình" → −1 (within [−2, 0])
    ['2.1.1', 0.5], // yesno "Có"
    ['2.1.2', 1], // ratio 2/3 → 1.5 × 0.6667 = 1
    ['2.2.1', 0.5], // có/không "Có"
    ['2.2.2', 1.5], // ratio ≥80%: 6/6 = 1 → 1.5
    ['2.3', 1], // bands 21/25 = 0.84: < 100%, ≥ 80% → 1
    ['2.4', 2], // manual, self 2
    ['3.1', 1], // choice "Hoàn thành"
    ['3.2.1', 1], // có/không "Đạt"
    ['3.2.2', 1], // bands "100%" → 1
    ['3.3.1', 2], // bands 3950/4211 = 0.9380: < 98%, ≥ 90% → 2
    ['3.3.2', 2], // bands 18288/18377 = 0.9952 ≥ 90% → 2
    ['3.3.3', 1], // ratio 4/4 → 1
    ['3.4.1', 1], // manual, self 1
    ['3.4.2', 2], // formula round(min(1, 2839/(0.8·3340) = 1.0625)·2, 2) = 2
    ['3.5', 1], // ratio 6/6 → 1
    ['3.6', 2], // bands plain "84,6": < 90, ≥ 80 → 2
    ['4.1', 1.5], // choice "Đúng quy định"
    ['4.2', 2], // ratio 6/6 → 2
    ['4.3', 0], // yesno "Không" → 0
    ['4.4', 1], // manual, self 1
    ['4.5', 1.5], // bands plain, 3 ≥ 2 → 1.5
    ['5.1.1', 1], // có/không "Có"
    ['5.1.2', 1], // ratio 213/213 → 1
    ['5.2.1', 1.5], // choice "Đúng quy định"
    ['5.2.2', 1.5], // manual, self 1.5
    ['5.3', 1], // bands 130/197 = 0.6599: < 80%, ≥ 60% → 1
    ['5.4', 2], // ratio "100%" → 2
    ['5.5', 2], // choice "Không có" → 2
    ['6.1', 2], // bands "460,8"/475 = 0.9701 ≥ 95% → 2
    ['6.2', 1], // có/không "Có"
    ['6.3', 2], // ratio 27/27 → 2
    ['6.4', 1], // manual, self 1
    ['6.5', 0.75], // formula (5/8)·1 + (2/8)·0.5 = 0.625 + 0.125
    ['6.6', 1], // bands "109%" ≥ 100% → 1
    ['7.1', 1], // choice "Kịp thời"
    ['7.2', 2], // ratio 37/37 → 2
    ['7.3.1', 2], // bands 0.99 ≥ 95% → 2
    ['7.3.2', 0], // ratio ≥90%: "88%" below the floor → 0
    ['7.4.1', 1], // bands 0.45: < 50%, ≥ 30% → 1
    ['7.4.2', 2], // bands 0.54 ≥ 50% → 2
    ['7.4.3', 1], // yesno "Có"
    ['7.5', 2], // bands plain, 44 ≥ 24 → 2
    ['7.6', 1], // có/không "Có"
    ['7.7', 1.5], // manual, self 2, appraised 1.5 → 1.5
    ['8.1', 3.55], // survey sheet
    ['8.2', 4.21], // survey sheet
    ['8.3', 3.49], // survey sheet
    ['8.4', 2.75], // survey sheet
  ];

  it('scores every leaf as the contract says', () => {
    expectLeaves(unit('Huyện Can Lộc'), leaves);
  });

  it('totals, component indexes, rank and class', () => {
    const u = unit('Huyện Can Lộc');
    // points = 7 + 6.5 + 14 + 6 + 10 + 7.75 + 13.5 + 14 = 78.75 (the −1 penalty is inside field 1)
    expect(u.points).toBeCloseTo(78.75, 6);
    expect(u.max).toBeCloseTo(100, 9);
    expect(u.index).toBeCloseTo(78.75, 6);
    expectFields(u, [
      ['1', 7, 10], // 1+1+0.5+0.5+1+0.5+1+1+1.5+0−1 → 70
      ['2', 6.5, 8], // 0.5+1+0.5+1.5+1+2 → 81.25
      ['3', 14, 16], // 1+1+1+2+2+1+1+2+1+2 → 87.5
      ['4', 6, 8], // 1.5+2+0+1+1.5 → 75
      ['5', 10, 12], // 1+1+1.5+1.5+1+2+2 → 83.33
      ['6', 7.75, 8], // 2+1+2+1+0.75+1 → 96.88
      ['7', 13.5, 18], // 1+2+2+0+1+2+1+2+1+1.5 → 75
      ['8', 14, 20], // 3.55+4.21+3.49+2.75 → 70
    ]);
    expect(u.rank).toBe(10);
    expect(u.previousRank).toBe(3);
    expect(u.change).toBe(-7); // 3 − 10: down 7 places
    expect(u.class).toBe('C'); // 70 ≤ 78.75 < 80
    expect(u.sipas).toBeCloseTo(0.8388, 9);
  });

  it('lists lost points, appraisal cuts and the penalty', () => {
    expectFlags(unit('Huyện Can Lộc').flags, [
      ['1.1.2', 'lost', 1],
      ['1.2', 'lost', 0.5],
      ['1.2', 'appraisal-cut', 0.25], // self = computed 0.75 (no self typed) − appraised 0.5
      ['1.4', 'lost', 0.5],
      ['1.4', 'appraisal-cut', 0.5], // 1.5 − 1
      ['1.8', 'penalty', 1],
      ['2.1.2', 'lost', 0.5],
      ['2.3', 'lost', 1],
      ['3.3.1', 'lost', 1],
      ['3.6', 'lost', 1],
      ['4.3', 'lost', 2],
      ['5.3', 'lost', 2],
      ['6.5', 'lost', 0.25],
      ['7.3.2', 'lost', 2],
      ['7.4.1', 'lost', 2],
      ['7.7', 'lost', 0.5],
      ['7.7', 'appraisal-cut', 0.5], // 2 − 1.5
      ['8.1', 'lost', 1.45],
      ['8.2', 'lost', 1.79],
      ['8.3', 'lost', 1.51],
      ['8.4', 'lost', 1.25],
    ]);
  });
});

describe('the whole example', () => {
  // Hand totals: non-survey points (80, less the Max of not-applicable rows) − the listed losses, + bonus/penalty,
  // + survey points; index = 100 × points ÷ max.
  const expected: [
    unit: string,
    points: number | null,
    max: number,
    rank: number | null,
    cls: string | null,
  ][] = [
    // 80 − (1.3.2 0.5 + 4.2 0.4 + 5.4 0.05 + 6.6 0.5 + 7.3.2 0.1 + 7.4.2 1) + 1 (bonus 1.7) + 16.40
    ['Thành phố Hà Tĩnh', 94.85, 100, 1, 'A'],
    // 79 (3.3.3 KAD) − (1 + 1.5 + 0.5 + 0.5 + 1 + 1 + 0.25 + 0.5 + 1 + 1) + 16.68 = 87.43; 87.43/99 = 88.3131
    ['Thị xã Hồng Lĩnh', 87.43, 99, 3, 'B'],
    // 79 (3.5 KAD) − (0.05 + 3/14 + 1 + 0.5 + 0.0625 + 1 + 0.25 + 1 + 1 + 0.5) + 17.17 = 90.593214; /99 = 91.5083
    ['Thị xã Kỳ Anh', 90.5932143, 99, 2, 'A'],
    // 80 − (1 + 0.375 + 1 + 0.75 + 0.25 + 2 + 1 + 2 + 1) + 14.60 = 85.225
    ['Huyện Đức Thọ', 85.225, 100, 5, 'B'],
    // 80 − (1 + 0.25 + 1 + 1 + 1 + 0.625 + 1 + 0.5 + 2 + 1) + 14.60 = 85.225: tied with Đức Thọ
    ['Huyện Hương Sơn', 85.225, 100, 5, 'B'],
    // Value 95 on the ratio row 5.4 with no Of and no % → error
    ['Huyện Vũ Quang', null, 100, null, null],
    // 80 − (1 + 2 + 2 + 1 + 1 (3.5 missing) + 2 + 0.75 + 2 + 0.24 + 1 + 2 + 2) + 13.43 = 76.44
    ['Huyện Hương Khê', 76.44, 100, 11, 'C'],
    ['Huyện Can Lộc', 78.75, 100, 10, 'C'],
    // 80 − (0.5 + 0.5 + 1 + 2 + 2/3 + 2 + 2 + 0.2 + 2 + 1) + 14.61 = 82.743333 (1.3.2 overclaimed: final = self 1)
    ['Huyện Nghi Xuân', 82.7433333, 100, 8, 'B'],
    // 80 − (0.5 + 2/11 + 1.5 + 1 + 2 + 1 + 0.5 + 0.75 + 2 + 0.2 + 1 + 0.5 + 0.14 + 2 + 2) = 64.728182; no survey → max 80
    ['Huyện Lộc Hà', 64.7281818, 80, 9, 'B'],
    ['Huyện Thạch Hà', 86.3741667, 99.5, 4, 'B'],
    // 80 − (0.5 + 0.5 + 2 + 0.5 + 2 + 0.75 + 0.16 + 2·10/31 + 1 + 1 + 2) + 15.16 = 84.104839
    ['Huyện Cẩm Xuyên', 84.1048387, 100, 7, 'B'],
    // 80 − (0.5 + 1 + 2 + 2 + 2 + 1.2 + 2 + 2 + 1 (6.4 not scored) + 2 + 3 + 1 + 2) + 12.34 = 70.64
    ['Huyện Kỳ Anh', 70.64, 100, 12, 'C'],
  ];
  const previous: Record<string, number> = {
    'Thành phố Hà Tĩnh': 2,
    'Thị xã Hồng Lĩnh': 1,
    'Thị xã Kỳ Anh': 4,
    'Huyện Đức Thọ': 6,
    'Huyện Hương Sơn': 9,
    'Huyện Vũ Quang': 13,
    'Huyện Hương Khê': 11,
    'Huyện Can Lộc': 3,
    'Huyện Nghi Xuân': 7,
    'Huyện Lộc Hà': 12,
    'Huyện Thạch Hà': 5,
    'Huyện Cẩm Xuyên': 8,
    'Huyện Kỳ Anh': 10,
  };

  it('lists the 13 units in the order of the Units sheet', () => {
    expect(result.units.map((u) => u.unit)).toEqual(expected.map(([name]) => name));
  });

  it.each(expected)('%s: points %p of %p, rank %p, class %p', (name, points, max, rank, cls) => {
    const u = unit(name);
    expect(u.rank).toBe(rank);
    expect(u.class).toBe(cls);
    expect(u.previousRank).toBe(previous[name]);
    if (points === null) {
      expect([u.points, u.index, u.change]).toEqual([null, null, null]);
    } else {
      expect(u.points).toBeCloseTo(points, 6);
      expect(u.max).toBeCloseTo(max, 9);
      expect(u.index).toBeCloseTo((100 * points) / max, 6);
      expect(u.change).toBe((previous[name] as number) - (rank as number));
    }
  });

  it('Đức Thọ and Hương Sơn share rank 5, and the next rank is 7', () => {
    const ranked = result.units
      .filter((u) => u.rank !== null)
      .sort((a, b) => (a.rank as number) - (b.rank as number));
    expect(ranked.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12]);
    expect(unit('Huyện Đức Thọ').index).toBeCloseTo(unit('Huyện Hương Sơn').index as number, 9);
  });

  it('Vũ Quang has an error naming its sheet and cell D54 (5.4 Value 95), and no points, index, rank or class', () => {
    const u = unit('Huyện Vũ Quang');
    expect(u.errors.length).toBeGreaterThan(0);
    expect(u.errors).toContainEqual(expect.objectContaining({ sheet: 'Vũ Quang', cell: 'D54' }));
    expect(result.errors).toContainEqual(expect.objectContaining({ sheet: 'Vũ Quang', cell: 'D54' }));
    expect([u.points, u.index, u.rank, u.class]).toEqual([null, null, null, null]);
    expect(result.errors.every((e) => e.sheet === 'Vũ Quang')).toBe(true);
    for (const other of result.units.filter((x) => x.unit !== 'Huyện Vũ Quang'))
      expect(other.errors).toEqual([]);
  });

  it('shows the other situations: bonus, missing row, survey missing, overclaim, no evidence, not scored', () => {
    const tp = unit('Thành phố Hà Tĩnh');
    expect(tp.leaves.find((l) => l.code === '1.7')?.final).toBeCloseTo(1, 9); // bonus "Cấp tỉnh" = 1
    expect(tp.fields[0]?.points).toBeCloseTo(10.5, 9); // 10 − 0.5 (1.3.2) + 1 bonus
    expect(tp.fields[0]?.index).toBeCloseTo(105, 9); // the bonus is outside the max
    const kinds = (name: string, code: string): FlagKind[] =>
      unit(name)
        .flags.filter((f) => f.code === code)
        .map((f) => f.kind)
        .sort();
    expect(kinds('Huyện Hương Khê', '3.5')).toEqual(['lost', 'missing']);
    for (const code of ['8.1', '8.2', '8.3', '8.4'])
      expect(kinds('Huyện Lộc Hà', code)).toEqual(['survey-missing']);
    expect(unit('Huyện Lộc Hà').sipas).toBeNull();
    expect(kinds('Huyện Nghi Xuân', '1.3.2')).toEqual(['overclaim']); // self 1 > computed 0.5
    expect(kinds('Huyện Nghi Xuân', '3.3.1')).toEqual(['appraisal-cut', 'lost', 'overclaim']); // self 3, computed 2, appraised 2
    expect(kinds('Huyện Cẩm Xuyên', '1.4')).toEqual(['no-evidence']);
    expect(kinds('Huyện Cẩm Xuyên', '5.3')).toEqual(['no-evidence']);
    expect(kinds('Huyện Kỳ Anh', '2.4')).toEqual(['no-evidence']);
    expect(kinds('Huyện Kỳ Anh', '6.4')).toEqual(['lost', 'not-scored']);
  });
});
