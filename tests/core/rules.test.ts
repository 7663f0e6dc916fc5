/**
 * The rule language (WORKBOOK.md, "Rules"): every kind with its Vietnamese alias, parsed and applied.
 * Expected points are worked out by hand beside each case.
 */
import { message } from '../../src/core/messages';
import { computeLeaf, type ComputedRule, type ScoredLeaf } from '../../src/core/rules/apply-rule';
import { parseRule } from '../../src/core/rules/parse-rule';
import type { Rule } from '../../src/core/rules/rule';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import { err, flagList, leafOf, unitOf, workbook, type UnitRow } from '../helpers/workbook';

function parsed(text: Cell): Rule {
  const result = parseRule(text);
  if (!result.ok) throw new Error(`rule ${String(text)} did not parse: ${result.key}`);
  return result.rule;
}

function computed(rule: string, leaf: ScoredLeaf, value: Cell, of: Cell = null): number {
  const result = computeLeaf(parsed(rule) as ComputedRule, leaf, value, of);
  if (!result.ok) throw new Error(`${rule} on ${String(value)} failed: ${result.key}`);
  return result.value;
}

const score = (max: number): ScoredLeaf => ({ code: '1.1', max, type: 'score', low: 0, high: max });
const penalty = (max: number): ScoredLeaf => ({ code: '1.1', max, type: 'penalty', low: -max, high: 0 });
const bonus = (max: number): ScoredLeaf => ({ code: '1.1', max, type: 'bonus', low: 0, high: max });

/**
 * One leaf 1.1 (under field 1) with the given rule, Max and type, scored for one unit "Huyện A" whose row
 * is on row 2 of its sheet (A Mã, B Số liệu kê khai, C Trên tổng số, D Điểm tự chấm, …).
 */
function scoreLeaf(rule: string, max: number, row: Omit<UnitRow, 'code'>, type?: string, english = false) {
  const name = english ? 'District A' : 'Huyện A';
  const result = scoreWorkbook(
    workbook({
      english,
      criteria: [{ code: '1' }, { code: '1.1', max, rule, type: type ?? null }],
      units: { [name]: [{ code: '1.1', ...row }] },
    }),
  );
  const unit = unitOf(result, name);
  return { result, unit, leaf: unit.errors.length === 0 ? leafOf(unit, '1.1') : null };
}

describe('parse: keywords and their Vietnamese aliases, ignoring case and diacritics', () => {
  test.each<[Cell, Rule['kind']]>([
    [null, 'manual'],
    ['', 'manual'],
    ['manual', 'manual'],
    ['MANUAL', 'manual'],
    ['nhập điểm', 'manual'],
    ['Nhập điểm', 'manual'],
    ['nhap diem', 'manual'],
    ['yesno', 'yesno'],
    ['YesNo', 'yesno'],
    ['có/không', 'yesno'],
    ['Có/Không', 'yesno'],
    ['co/khong', 'yesno'],
    ['Có/Không'.normalize('NFD'), 'yesno'],
    ['survey', 'survey'],
    ['điều tra', 'survey'],
    ['Điều tra', 'survey'],
    ['DIEU TRA', 'survey'],
    ['survey rate', 'surveyRate'],
    ['Survey Rate', 'surveyRate'],
    ['điều tra tỷ lệ', 'surveyRate'],
    ['Điều tra tỉ lệ', 'surveyRate'],
    ['DIEU TRA TY LE', 'surveyRate'],
    ['choice: A=1; B=0.5; C=0', 'choice'],
    ['lựa chọn: A=1; B=0.5; C=0', 'choice'],
    ['Lựa chọn: Kịp thời=1; Không kịp thời=0,5; Không ban hành=0', 'choice'],
    ['LUA CHON: A=1', 'choice'],
    ['bands: >=90%=2; >=70%=1; else=0', 'bands'],
    ['mức: >=90%=2; >=70%=1; còn lại=0', 'bands'],
    ['Mức: >=90%=2; >=70%=1; còn lại=0', 'bands'],
    ['muc: >=10=2; else=0', 'bands'],
    ['ratio', 'ratio'],
    ['Ratio', 'ratio'],
    ['tỷ lệ', 'ratio'],
    ['Tỷ lệ', 'ratio'],
    ['ty le', 'ratio'],
    ['ratio >=80%', 'ratio'],
    ['tỷ lệ >=80%', 'ratio'],
    ['formula: (b/a)*1 + (c/a)*0.5', 'formula'],
    ['công thức: (b/a)*1 + (c/a)*0.5', 'formula'],
    ['Công thức: min(a, 2)', 'formula'],
    ['CONG THUC: a', 'formula'],
  ])('%p is %p', (text, kind) => {
    expect(parsed(text).kind).toBe(kind);
  });

  test('choice keeps its labels and points in order', () => {
    const rule = parsed('lựa chọn: Kịp thời=1; Không kịp thời=0,5; Không ban hành=0');
    expect(rule).toMatchObject({
      kind: 'choice',
      options: [
        { label: 'Kịp thời', points: 1 },
        { label: 'Không kịp thời', points: 0.5 },
        { label: 'Không ban hành', points: 0 },
      ],
    });
  });

  test('bands: a % threshold is a ratio (90% is 0.9), a plain one is the raw number, else has no test', () => {
    expect(parsed('mức: >=90%=2; >=70%=1; còn lại=0')).toMatchObject({
      kind: 'bands',
      bands: [
        { test: { op: '>=', value: 0.9, percent: true }, points: 2 },
        { test: { op: '>=', value: 0.7, percent: true }, points: 1 },
        { test: null, points: 0 },
      ],
    });
    expect(parsed('bands: >10=2; >=5=1; else=0')).toMatchObject({
      kind: 'bands',
      bands: [
        { test: { op: '>', value: 10, percent: false }, points: 2 },
        { test: { op: '>=', value: 5, percent: false }, points: 1 },
        { test: null, points: 0 },
      ],
    });
  });

  test('ratio with and without a floor', () => {
    expect(parsed('ratio')).toEqual({ kind: 'ratio', floor: null });
    expect(parsed('tỷ lệ >=80%')).toMatchObject({
      kind: 'ratio',
      floor: { op: '>=', value: 0.8, percent: true },
    });
  });
});

describe('parse: rule errors, with their messages', () => {
  test.each<[string, string, string, Record<string, string | number>]>([
    ['an unknown keyword', 'điểm thưởng', 'unknownRule', { text: 'điểm thưởng' }],
    ['an unknown keyword with a list', 'bậc: A=1', 'unknownRule', { text: 'bậc: A=1' }],
    ['a choice entry without points', 'lựa chọn: A=1; B', 'badChoiceEntry', { entry: 'B' }],
    ['a choice entry with text points', 'choice: A=một', 'badChoiceEntry', { entry: 'A=một' }],
    [
      'a choice listed twice (labels compare as headers)',
      'choice: Có=1; có=0',
      'duplicateChoice',
      { label: 'có' },
    ],
    ['an empty choice list', 'lựa chọn:', 'emptyRuleBody', { keyword: 'lựa chọn' }],
    ['a band without an operator', 'mức: 90%=2; else=0', 'badBandEntry', { entry: '90%=2' }],
    ['a band without points', 'bands: >=90%; else=0', 'badBandEntry', { entry: '>=90%' }],
    ['else not last', 'mức: còn lại=0; >=90%=2', 'elseNotLast', {}],
    ['else not last (English)', 'bands: >=90%=2; else=0; >=70%=1', 'elseNotLast', {}],
    [
      'an unreachable band (>=70% before >=90%)',
      'mức: >=70%=1; >=90%=2; còn lại=0',
      'unreachableBand',
      { entry: '>=90%=2', earlier: '>=70%=1' },
    ],
    [
      'an unreachable plain band (>5 before >=10)',
      'bands: >5=1; >=10=2',
      'unreachableBand',
      { entry: '>=10=2', earlier: '>5=1' },
    ],
    ['a ratio floor that is not a threshold', 'tỷ lệ abc', 'badRatioFloor', { text: 'abc' }],
    ['a plain ratio floor above 1', 'ratio >=80', 'badRatioFloor', { text: '>=80' }],
    ['an empty formula', 'công thức:', 'emptyRuleBody', { keyword: 'công thức' }],
    [
      'a formula reaching for JavaScript',
      'formula: constructor.constructor("return process")()',
      'formulaSyntax',
      { position: 12, near: '.constructor' },
    ],
    ['a formula with an unknown function', 'công thức: sqrt(a)', 'formulaUnknownFunction', { name: 'sqrt' }],
    [
      'round with three arguments',
      'formula: round(a, 1, 2)',
      'formulaArity',
      { name: 'round', expected: '1–2' },
    ],
  ])('%s', (_label, text, key, params) => {
    const result = parseRule(text);
    expect(result).toEqual({ ok: false, key, params });
  });

  test('constructor.constructor("return process")() is refused with a message pointing at the dot', () => {
    // "constructor" is 11 characters, so the "." that no formula may contain is character 12.
    const result = parseRule('formula: constructor.constructor("return process")()');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(message('vi', result.key, result.params)).toBe(
      'Công thức không đọc được ở ký tự 12 (".constructor"); chỉ dùng số, tên số liệu, + - * / ( ), so sánh >= > <= < = <>, min, max, round, nếu, và, hoặc, không.',
    );
    expect(message('en', result.key, result.params)).toBe(
      'The formula cannot be read at character 12 (".constructor"); use numbers, input names, + - * / ( ), comparisons >= > <= < = <>, min, max, round, if, and, or, not only.',
    );
  });

  test('10,000 nested parentheses are refused without a stack overflow', () => {
    const deep = '('.repeat(10000) + 'a' + ')'.repeat(10000);
    let result: ReturnType<typeof parseRule> | undefined;
    expect(() => {
      result = parseRule(`formula: ${deep}`);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
  });

  test('a bad rule is an error at its Cách chấm cell (D3), in Vietnamese and in English', () => {
    // Criteria rows: header row 1, field 1 on row 2, leaf 1.1 on row 3; Cách chấm/Rule is column D.
    const vi = scoreLeaf('mức: >=70%=1; >=90%=2', 2, { value: '95%' });
    expect(vi.result.errors).toEqual([
      err('vi', 'Tiêu chí', 'D3', 'unreachableBand', { entry: '>=90%=2', earlier: '>=70%=1' }),
    ]);
    expect(vi.result.errors[0]?.message).toBe(
      'Mức ">=90%=2" không bao giờ được dùng vì mức ">=70%=1" đứng trước đã bao trùm nó; sắp xếp lại các mức.',
    );
    // the unit that uses the broken criteria sheet is not scored
    expect(vi.unit.points).toBeNull();

    const en = scoreLeaf('bands: else=0; >=90%=2', 2, { value: '95%' }, undefined, true);
    expect(en.result.errors).toEqual([err('en', 'Criteria', 'D3', 'elseNotLast')]);
    expect(en.result.errors[0]?.message).toBe('The "else" band must come last.');
  });

  test('an unknown keyword names the cell and lists the Vietnamese keywords', () => {
    const { result } = scoreLeaf('điểm thưởng', 2, { self: 1 });
    expect(result.errors).toEqual([
      {
        sheet: 'Tiêu chí',
        cell: 'D3',
        message:
          'Không hiểu cách chấm "điểm thưởng". Dùng: nhập điểm, có/không, lựa chọn:, mức:, tỷ lệ, công thức:, điều tra, điều tra tỷ lệ.',
      },
    ]);
  });
});

describe('apply: yesno / có/không (Max 2)', () => {
  test.each<[Cell, number]>([
    ['Có', 2],
    ['Yes', 2],
    ['Đạt', 2],
    ['x', 2],
    ['TRUE', 2],
    [1, 2],
    ['Không', 0],
    ['No', 0],
    ['Không đạt', 0],
    ['FALSE', 0],
    [0, 0],
  ])('%p → %p', (value, points) => {
    expect(computed('có/không', score(2), value)).toBe(points);
    expect(computed('yesno', score(2), value)).toBe(points);
  });

  test('a value that is neither is an error at the Value cell (B2)', () => {
    const { result } = scoreLeaf('có/không', 2, { value: 'Có lẽ' });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'B2', 'notYesNo', { text: 'Có lẽ' })]);
  });
});

describe('apply: choice / lựa chọn (Max 1)', () => {
  const rule = 'lựa chọn: Kịp thời=1; Không kịp thời=0,5; Không ban hành=0';
  test.each<[Cell, number]>([
    ['Kịp thời', 1],
    ['kịp thời', 1],
    ['  KỊP THỜI ', 1],
    ['Kip thoi', 1],
    ['Không kịp thời'.normalize('NFD'), 0.5],
    ['Không ban hành', 0],
  ])('%p → %p (labels compared as headers are)', (value, points) => {
    expect(computed(rule, score(1), value)).toBe(points);
  });

  test('English keyword, same result', () => {
    expect(computed('choice: A=1; B=0.5; C=0', score(1), 'b')).toBe(0.5);
  });

  test('a value that is no label is an error at B2 listing the labels', () => {
    const { result } = scoreLeaf(rule, 1, { value: 'Chậm' });
    expect(result.errors).toEqual([
      err('vi', 'Huyện A', 'B2', 'notAChoice', {
        text: 'Chậm',
        code: '1.1',
        labels: 'Kịp thời; Không kịp thời; Không ban hành',
      }),
    ]);
  });

  test('a negative listed value stands on a score row (Không ban hành=-1 gives −1)', () => {
    // Max 1; "Không ban hành" lists −1, which stands: final −1, lost = Max − final = 1 − (−1) = 2.
    const { unit, leaf } = scoreLeaf('lựa chọn: Kịp thời=1; Không ban hành=-1', 1, {
      value: 'Không ban hành',
    });
    expect(unit.errors).toEqual([]);
    expect(leaf?.final).toBe(-1);
    expect(unit.points).toBe(-1);
    expect(unit.max).toBe(1);
    expect(unit.index).toBe(-100);
    expect(flagList(unit)).toEqual(['1.1 lost 2']);
  });

  test('a typed self score down to the listed negative value is in range; below it is an error', () => {
    const ok = scoreLeaf('lựa chọn: Kịp thời=1; Không ban hành=-1', 1, { self: -1 });
    expect(ok.unit.errors).toEqual([]);
    expect(ok.leaf?.final).toBe(-1);
    const bad = scoreLeaf('lựa chọn: Kịp thời=1; Không ban hành=-1', 1, { self: -1.5 });
    expect(bad.result.errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'scoreOutOfRange', { value: '-1,5', low: '-1', high: '1', code: '1.1' }),
    ]);
  });

  test('a choice entry worth more than Max is an error of the criteria sheet (D3)', () => {
    const { result } = scoreLeaf('lựa chọn: A=2; B=0', 1, { value: 'A' });
    expect(result.errors).toEqual([
      err('vi', 'Tiêu chí', 'D3', 'entryAboveMax', { entry: 'A=2', points: '2', max: '1', code: '1.1' }),
    ]);
  });
});

describe('apply: bands / mức', () => {
  const percent = 'mức: >=90%=2; >=70%=1; còn lại=0';
  test.each<[string, Cell, Cell, number]>([
    // measured = Value (a ratio) or Value ÷ Of
    ['95% → first band', '95%', null, 2],
    ['exactly 90% → >=90%', '90%', null, 2],
    ['a 90 % number cell (0.9) → >=90%', 0.9, null, 2],
    ['89,9% → second band', '89,9%', null, 1],
    ['70% → second band', 0.7, null, 1],
    ['69% → else', '69%', null, 0],
    ['9 of 10 = 0.9 → 2', 9, 10, 2],
    ['7 of 10 = 0.7 → 1', 7, 10, 1],
    ['13 of 20 = 0.65 → 0', 13, 20, 0],
    ['Of as text "10"', '8', '10', 1],
    ['a value of exactly 1 with no Of is 100%', 1, null, 2],
  ])('%s', (_label, value, of, points) => {
    expect(computed(percent, score(2), value, of)).toBe(points);
  });

  test.each<[string, Cell, Cell, number]>([
    // plain thresholds compare the raw number (or Value ÷ Of when Of is given)
    ['12 → >=10', 12, null, 2],
    ['10 → >=10', '10', null, 2],
    ['5 → >=5', 5, null, 1],
    ['4,9 → else', '4,9', null, 0],
    ['95 with no % is fine against plain thresholds', 95, null, 2],
  ])('plain: %s', (_label, value, of, points) => {
    expect(computed('bands: >=10=2; >=5=1; else=0', score(2), value, of)).toBe(points);
  });

  test('other operators: > < <= =', () => {
    const rule = 'bands: =0=2; <=1=1.5; <3=1; >=3=0';
    // 0 late reports → 2; 1 → 1.5; 2 → 1; 3 → 0
    expect(computed(rule, score(2), 0)).toBe(2);
    expect(computed(rule, score(2), 1)).toBe(1.5);
    expect(computed(rule, score(2), 2)).toBe(1);
    expect(computed(rule, score(2), 3)).toBe(0);
    expect(computed('bands: >90%=2; else=0', score(2), 0.9)).toBe(0);
    expect(computed('bands: >90%=2; else=0', score(2), 0.91)).toBe(2);
  });

  test('no band holds and no else: error at B2', () => {
    const { result } = scoreLeaf('mức: >=90%=2; >=70%=1', 2, { value: '50%' });
    expect(result.errors).toEqual([
      err('vi', 'Huyện A', 'B2', 'noBandMatches', { value: '50%', code: '1.1' }),
    ]);
  });

  test('95 with no Of and no % against a % threshold is an error at B2, Vietnamese and English', () => {
    const vi = scoreLeaf(percent, 2, { value: 95 });
    expect(vi.result.errors).toEqual([err('vi', 'Huyện A', 'B2', 'ratioAboveOne', { value: '95' })]);
    expect(vi.result.errors[0]?.message).toBe(
      'Số liệu 95 lớn hơn 1 nhưng được dùng như tỷ lệ: ghi 95% hoặc điền cột "Trên tổng số".',
    );
    const en = scoreLeaf('bands: >=90%=2; >=70%=1; else=0', 2, { value: 95 }, undefined, true);
    expect(en.result.errors).toEqual([err('en', 'District A', 'B2', 'ratioAboveOne', { value: '95' })]);
    expect(en.result.errors[0]?.message).toBe(
      'The value 95 is above 1 but is used as a ratio: write 95% or fill the "Of" column.',
    );
  });

  test('95 with Of 100 is 0.95 and scores', () => {
    const { unit, leaf } = scoreLeaf(percent, 2, { value: 95, of: 100 });
    expect(unit.errors).toEqual([]);
    expect(leaf?.computed).toBe(2);
  });

  test('Of = 0 is an error at the Of cell (C2)', () => {
    const { result } = scoreLeaf(percent, 2, { value: 5, of: 0 });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'C2', 'ofZero')]);
    expect(result.errors[0]?.message).toBe(
      'Tổng số (mẫu số) bằng 0. Nếu năm nay không phát sinh việc này, ghi "Không phát sinh" ở ô Số liệu (cột Nếu không phát sinh của sheet tiêu chí cho biết khi đó đơn vị được tính thế nào).',
    );
  });

  test('a band entry worth more than Max is an error of the criteria sheet', () => {
    const { result } = scoreLeaf('mức: >=90%=3; else=0', 2, { value: '95%' });
    expect(result.errors).toEqual([
      err('vi', 'Tiêu chí', 'D3', 'entryAboveMax', { entry: '>=90%=3', points: '3', max: '2', code: '1.1' }),
    ]);
  });

  test('a negative band value stands on a score row', () => {
    // Max 2: below 50 % lists −0,5, which stands; lost = 2 − (−0.5) = 2.5
    const { unit, leaf } = scoreLeaf('mức: >=90%=2; >=50%=1; còn lại=-0,5', 2, { value: '40%' });
    expect(unit.errors).toEqual([]);
    expect(leaf?.final).toBe(-0.5);
    expect(flagList(unit)).toEqual(['1.1 lost 2.5']);
  });
});

describe('apply: ratio / tỷ lệ (Max 2)', () => {
  test.each<[string, string, Cell, Cell, number]>([
    ['0.75 → 2 × 0.75 = 1.5', 'ratio', 0.75, null, 1.5],
    ['"75%" → 1.5', 'tỷ lệ', '75%', null, 1.5],
    ['"75,5%" → 2 × 0.755 = 1.51', 'tỷ lệ', '75,5%', null, 1.51],
    ['3 of 4 → 2 × 0.75 = 1.5', 'ratio', 3, 4, 1.5],
    ['5 of 4 → r clamped to 1 → 2', 'ratio', 5, 4, 2],
    ['0 → 0', 'tỷ lệ', 0, null, 0],
    ['1 → 2', 'ratio', 1, null, 2],
    ['"120%" → r clamped to 1 → 2', 'ratio', '120%', null, 2],
    ['floor 80 %: 0.75 is below the floor → 0', 'tỷ lệ >=80%', 0.75, null, 0],
    ['floor 80 %: exactly 0.8 → 2 × 0.8 = 1.6', 'tỷ lệ >=80%', 0.8, null, 1.6],
    ['floor 80 %: 17 of 20 = 0.85 → 1.7', 'ratio >=80%', 17, 20, 1.7],
    ['floor 80 %: "100%" → 2', 'ratio >=80%', '100%', null, 2],
  ])('%s', (_label, rule, value, of, points) => {
    expect(computed(rule, score(2), value, of)).toBeCloseTo(points, 12);
  });

  test('Value > 1 with no Of and no % is an error at B2', () => {
    const { result, unit } = scoreLeaf('tỷ lệ', 2, { value: 95 });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'B2', 'ratioAboveOne', { value: '95' })]);
    expect(unit.points).toBeNull();
  });

  test('Value > 1 as text with no % is also an error', () => {
    const { result } = scoreLeaf('ratio', 2, { value: '86,5' });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'B2', 'ratioAboveOne', { value: '86,5' })]);
  });

  test('Of = 0 is an error at C2, in English too', () => {
    const { result } = scoreLeaf('ratio', 2, { value: 3, of: 0 }, undefined, true);
    expect(result.errors).toEqual([err('en', 'District A', 'C2', 'ofZero')]);
    expect(result.errors[0]?.message).toBe(
      'The denominator (Of) is 0. If nothing arose this year, write "None arose" (or "Không phát sinh") in Value (the criteria sheet\'s If none arose column says what the unit then gets).',
    );
  });

  test('text in Of is an error at C2', () => {
    const { result } = scoreLeaf('ratio', 2, { value: 3, of: 'bốn' });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'C2', 'notANumber', { text: 'bốn' })]);
  });

  test('a penalty ratio row gives −Max × r, in [−Max, 0]', () => {
    // Max 1 penalty: 3 of 4 late → −1 × 0.75 = −0.75
    expect(computed('ratio', penalty(1), 3, 4)).toBe(-0.75);
  });
});

describe('apply: formula / công thức', () => {
  test.each<[string, string, number, Cell, Cell, number]>([
    [
      '(b/a)×1 + (c/a)×0.5 with a=10, b=7, c=2 → 0.7 + 0.1 = 0.8',
      'formula: (b/a)*1 + (c/a)*0.5',
      1,
      'a=10; b=7; c=2',
      null,
      0.8,
    ],
    ['input names ignore case', 'công thức: (b/a)*1 + (c/a)*0.5', 1, 'A=10; B=7; C=2', null, 0.8],
    ['inputs with comma decimals and spaces', 'formula: a + b', 2, ' a = 0,5 ; b = 0,25 ', null, 0.75],
    ['a plain number is `value`, Of is `of`: 2 × 3/4 = 1.5', 'công thức: 2*value/of', 2, 3, 4, 1.5],
    ['min: min(a, 2) with a=5 → 2', 'formula: min(a, 2)', 3, 'a=5', null, 2],
    ['max: max(a - 1, 0) with a=0.5 → 0', 'formula: max(a - 1, 0)', 3, 'a=0.5', null, 0],
    [
      'round: round(b/a*2, 1) with a=3, b=1 → round(0.666…, 1) = 0.7',
      'formula: round(b/a*2, 1)',
      2,
      'a=3; b=1',
      null,
      0.7,
    ],
    ['clamped to Max: a × 3 with a=1 → 3 → 2', 'formula: a*3', 2, 'a=1', null, 2],
    ['clamped to 0: a − 5 with a=1 → −4 → 0', 'formula: a - 5', 2, 'a=1', null, 0],
    [
      '"2 points, −0.25 per late, −0.5 per missing": 2 − 0.25×2 − 0.5×1 = 1',
      'formula: 2 - 0.25*late - 0.5*missing',
      2,
      'late=2; missing=1',
      null,
      1,
    ],
  ])('%s', (_label, rule, max, value, of, points) => {
    expect(computed(rule, score(max), value, of)).toBeCloseTo(points, 12);
  });

  test('a penalty row is held in [−Max, 0]', () => {
    // Max 1: −0.25 × 6 = −1.5 → −1; 0.25 × 2 = 0.5 → 0
    expect(computed('formula: -0.25*a', penalty(1), 'a=6')).toBe(-1);
    expect(computed('formula: 0.25*a', penalty(1), 'a=2')).toBe(0);
    expect(computed('formula: -0.25*a', penalty(1), 'a=2')).toBe(-0.5);
  });

  test('a bonus row is held in [0, Max]', () => {
    // Max 1: 0.5 × 3 = 1.5 → 1; −1 → 0
    expect(computed('formula: a*0.5', bonus(1), 'a=3')).toBe(1);
    expect(computed('formula: a - 2', bonus(1), 'a=1')).toBe(0);
  });

  test('a missing input is an error naming the Value cell (B2), Vietnamese and English', () => {
    const vi = scoreLeaf('công thức: (b/a)*1 + (c/a)*0.5', 1, { value: 'a=10; b=7' });
    expect(vi.result.errors).toEqual([
      err('vi', 'Huyện A', 'B2', 'missingInput', { name: 'c', code: '1.1' }),
    ]);
    expect(vi.result.errors[0]?.message).toBe('Thiếu số liệu "c" mà công thức của tiêu chí 1.1 cần.');
    const en = scoreLeaf('formula: (b/a)*1 + (c/a)*0.5', 1, { value: 'a=10; b=7' }, undefined, true);
    expect(en.result.errors).toEqual([
      err('en', 'District A', 'B2', 'missingInput', { name: 'c', code: '1.1' }),
    ]);
  });

  test('division by zero is an error naming B2', () => {
    const { result } = scoreLeaf('công thức: b/a', 1, { value: 'a=0; b=3' });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'B2', 'divisionByZero', { code: '1.1' })]);
    expect(result.errors[0]?.message).toBe('Công thức của tiêu chí 1.1 chia cho 0 với số liệu này.');
  });

  test('an input that is not a number is an error naming B2', () => {
    const { result } = scoreLeaf('formula: a + b', 2, { value: 'a=1; b=hai' });
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'B2', 'badInputNumber', { name: 'b', text: 'hai' })]);
  });

  test('a name that is a property of every JavaScript object is just a missing input', () => {
    const result = computeLeaf(
      parsed('formula: constructor + toString') as ComputedRule,
      score(2),
      'a=1',
      null,
    );
    expect(result).toEqual({
      ok: false,
      cell: 'value',
      key: 'missingInput',
      params: { name: 'constructor', code: '1.1' },
    });
  });

  test('an input named __proto__ is an ordinary input', () => {
    expect(computed('formula: __proto__ + 1', score(5), '__proto__=1')).toBe(2);
  });
});

describe('apply: survey / điều tra', () => {
  test('a survey leaf takes its points from the Survey sheet and needs no unit-sheet row', () => {
    // 1.1 manual (Max 8), 1.2 survey (Max 2); Survey gives Huyện A 1,5 → 8 + 1.5 = 9.5 of 10
    const result = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 8 }, { code: '1.2', max: 2, rule: 'điều tra' }],
        survey: [
          ['Đơn vị', '1.2'],
          ['Huyện A', '1,5'],
        ],
        units: { 'Huyện A': [{ code: '1.1', self: 8 }] },
      }),
    );
    const unit = unitOf(result, 'Huyện A');
    expect(result.errors).toEqual([]);
    expect(leafOf(unit, '1.2').final).toBe(1.5);
    expect(unit.points).toBe(9.5);
    expect(unit.max).toBe(10);
    expect(flagList(unit)).toEqual(['1.2 lost 0.5']);
  });
});

describe('apply: survey rate / điều tra tỷ lệ', () => {
  /** 1.1 manual (Max 6, self 6 on the unit's sheet), 1.2 survey rate (Max 4) with `cell` in the Survey sheet's B2. */
  function rated(
    cell: Cell,
    options: { basis?: 'self' | 'appraised' | 'auto'; type?: string; survey?: boolean } = {},
  ) {
    const result = scoreWorkbook(
      workbook({
        criteria: [
          { code: '1' },
          { code: '1.1', max: 6 },
          { code: '1.2', max: 4, rule: 'điều tra tỷ lệ', ...(options.type ? { type: options.type } : {}) },
        ],
        survey:
          options.survey === false
            ? [['Đơn vị', '1.2']]
            : [
                ['Đơn vị', '1.2'],
                ['Huyện A', cell],
              ],
        units: { 'Huyện A': [{ code: '1.1', self: 6 }] },
      }),
      options.basis ? { basis: options.basis } : {},
    );
    return { result, unit: unitOf(result, 'Huyện A') };
  }

  test.each<[string, Cell]>([
    ['87 % typed as text', '87 %'],
    ['87% without a space', '87%'],
    ['0.87, a ratio', 0.87],
    ['0,87 typed as text', '0,87'],
    ['87, percent points', 87],
    ['87 typed as text', '87'],
  ])('%s is a rate of 0.87: 4 × 0.87 = 3.48, lost 0.52; needs no unit-sheet row', (_label, cell) => {
    const { result, unit } = rated(cell);
    expect(result.errors).toEqual([]);
    expect(leafOf(unit, '1.2').final).toBeCloseTo(3.48, 12);
    // points 6 + 3.48 = 9.48 of 10
    expect(unit.points).toBeCloseTo(9.48, 12);
    expect(unit.max).toBe(10);
    expect(flagList(unit)).toEqual(['1.2 lost 0.52']);
  });

  test('the ends of the range: 0 gives 0, 1 gives Max, 100 % gives Max', () => {
    expect(leafOf(rated(0).unit, '1.2').final).toBe(0);
    expect(leafOf(rated(1).unit, '1.2').final).toBe(4);
    expect(leafOf(rated('100%').unit, '1.2').final).toBe(4);
  });

  test.each<[Cell, string]>([
    [120, '120'],
    ['120 %', '120 %'],
    [-0.1, '-0.1'],
    ['-5%', '-5%'],
  ])('a rate of %p is outside [0, 100 %]: an error naming the Survey cell B2', (cell, text) => {
    const { result, unit } = rated(cell);
    expect(result.errors).toEqual([
      err('vi', 'Điều tra', 'B2', 'surveyRateOutOfRange', { text, code: '1.2' }),
    ]);
    expect(unit.index).toBeNull();
  });

  test('a rate that is not a number is an error naming the Survey cell', () => {
    const { result } = rated('nhiều');
    expect(result.errors).toEqual([err('vi', 'Điều tra', 'B2', 'notANumber', { text: 'nhiều' })]);
  });

  test('final under every Basis: 0.5 × 4 = 2 under auto, self and appraised (no appraised score typed)', () => {
    for (const basis of ['auto', 'self', 'appraised'] as const) {
      const { result, unit } = rated(0.5, { basis });
      expect(result.errors).toEqual([]);
      expect(leafOf(unit, '1.2').final).toBe(2);
      expect(flagList(unit).filter((flag) => flag.startsWith('1.2'))).toEqual(['1.2 lost 2']);
    }
  });

  test('a unit with no Survey row: not applicable with survey-missing (max 6, points 6)', () => {
    const { result, unit } = rated(null, { survey: false });
    expect(result.errors).toEqual([]);
    expect(unit.max).toBe(6);
    expect(unit.points).toBe(6);
    expect(flagList(unit)).toEqual(['1.2 survey-missing 0']);
  });

  test('a blank Survey cell: 0 with not-scored and lost 4', () => {
    const { unit } = rated(null);
    expect(unit.points).toBe(6);
    expect(unit.max).toBe(10);
    expect(flagList(unit)).toEqual(['1.2 lost 4', '1.2 not-scored 0']);
  });

  test('a blank Survey cell on a bonus or penalty leaf: 0 with neither flag', () => {
    for (const type of ['cộng', 'trừ']) {
      const { unit } = rated('', { type });
      expect(leafOf(unit, '1.2').final).toBe(0);
      expect(flagList(unit)).toEqual([]);
    }
  });

  test('N/A in the Survey cell: not applicable (max 6)', () => {
    const { unit } = rated('N/A');
    expect(unit.max).toBe(6);
    expect(flagList(unit)).toEqual([]);
  });

  test('a penalty survey rate of 25 % on Max 4 gives −1 with a penalty flag of 1', () => {
    const { unit } = rated('25%', { type: 'trừ' });
    expect(leafOf(unit, '1.2').final).toBe(-1);
    // points 6 − 1 = 5; max 6 (a penalty leaf leaves the maximum)
    expect(unit.points).toBe(5);
    expect(flagList(unit)).toEqual(['1.2 penalty 1']);
  });

  test('English: survey rate, the message in English', () => {
    const result = scoreWorkbook(
      workbook({
        english: true,
        criteria: [{ code: '1' }, { code: '1.1', max: 2, rule: 'survey rate' }],
        survey: [
          ['Unit', '1.1'],
          ['District A', '150%'],
        ],
        units: { 'District A': [] },
      }),
    );
    expect(result.errors).toEqual([
      err('en', 'Survey', 'B2', 'surveyRateOutOfRange', { text: '150%', code: '1.1' }),
    ]);
  });
});

describe('apply: manual / nhập điểm', () => {
  test('the score typed in the unit sheet; Value is not used', () => {
    // Max 2: self 1.25 → 1.25 even with a Value present
    const { unit, leaf } = scoreLeaf('nhập điểm', 2, { value: 'Có', self: 1.25 });
    expect(unit.errors).toEqual([]);
    expect(leaf?.computed).toBeNull();
    expect(leaf?.final).toBe(1.25);
  });

  test('a self score above Max is an error at D2; a negative one on a score row too', () => {
    const above = scoreLeaf('manual', 2, { self: 2.5 });
    expect(above.result.errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'scoreOutOfRange', { value: '2,5', low: '0', high: '2', code: '1.1' }),
    ]);
    const below = scoreLeaf('manual', 2, { self: -0.5 });
    expect(below.result.errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'scoreOutOfRange', { value: '-0,5', low: '0', high: '2', code: '1.1' }),
    ]);
  });

  test('a penalty row takes scores in [−Max, 0]: −1 is fine, +0.5 is an error at F2', () => {
    const ok = scoreLeaf('manual', 1, { self: -1 }, 'trừ');
    expect(ok.unit.errors).toEqual([]);
    expect(ok.leaf?.final).toBe(-1);
    const bad = scoreLeaf('manual', 1, { appraised: 0.5 }, 'điểm trừ');
    expect(bad.result.errors).toEqual([
      err('vi', 'Huyện A', 'F2', 'scoreOutOfRange', { value: '0,5', low: '-1', high: '0', code: '1.1' }),
    ]);
  });

  test('a bonus row takes scores in [0, Max]', () => {
    const bad = scoreLeaf('manual', 1, { self: -0.5 }, 'cộng');
    expect(bad.result.errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'scoreOutOfRange', { value: '-0,5', low: '0', high: '1', code: '1.1' }),
    ]);
  });
});

describe('computeLeaf: error results name the cell they come from', () => {
  test.each<[string, string, Cell, Cell, 'value' | 'of', string]>([
    ['ratio, Value 95', 'ratio', 95, null, 'value', 'ratioAboveOne'],
    ['% bands, Value 95', 'bands: >=90%=2; else=0', 95, null, 'value', 'ratioAboveOne'],
    ['ratio, Of 0', 'ratio', 5, 0, 'of', 'ofZero'],
    ['bands, Of 0', 'bands: >=5=2; else=0', 5, 0, 'of', 'ofZero'],
    ['ratio, thousands in Value', 'ratio', '1.234,5', 2000, 'value', 'thousands'],
    ['ratio, letters in Value', 'ratio', 'nhiều', null, 'value', 'notANumber'],
    ['formula, missing input', 'formula: a + b', 'a=1', null, 'value', 'missingInput'],
    ['formula, division by zero', 'formula: a / b', 'a=1; b=0', null, 'value', 'divisionByZero'],
    [
      'formula, a Value that is neither a number nor inputs',
      'formula: value',
      'nhiều',
      null,
      'value',
      'badInputs',
    ],
    ['yesno, another word', 'yesno', 'Có lẽ', null, 'value', 'notYesNo'],
    ['choice, another label', 'choice: A=1', 'B', null, 'value', 'notAChoice'],
  ])('%s', (_label, rule, value, of, cell, key) => {
    const result = computeLeaf(parsed(rule) as ComputedRule, score(2), value, of);
    expect(result).toMatchObject({ ok: false, cell, key });
  });
});
