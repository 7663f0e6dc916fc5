import { scoreWorkbook } from '../../src/core/score-workbook';
/**
 * The `formula` rule (WORKBOOK.md, "Rules"): arithmetic (`+ - * /`, parentheses, numbers, `min(…)`,
 * `max(…)`, `round(x, d)`) and conditions (comparisons, `if`/`nếu`, `and`/`và`, `or`/`hoặc`, `not`/`không`)
 * over inputs named in the Value cell; never evaluated as code.
 */
import { message } from '../../src/core/messages';
import {
  calculateFormula,
  FORMULA_MAX_DEPTH,
  FORMULA_MAX_LENGTH,
  parseFormula,
} from '../../src/core/rules/formula';
import { criteriaHeader, unitSheetHeader } from '../helpers/workbook';

function run(source: string, inputs: Record<string, number> = {}): number {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(`${source} did not parse: ${parsed.key}`);
  const value = calculateFormula(parsed.expr, new Map(Object.entries(inputs)));
  if (typeof value !== 'number') throw new Error(`${source} failed: ${value.problem}`);
  return value;
}

describe('arithmetic, by hand', () => {
  test.each<[string, Record<string, number>, number]>([
    ['1 + 2 * 3', {}, 7], // * before +
    ['(1 + 2) * 3', {}, 9],
    ['10 / 4 / 5', {}, 0.5], // left to right: 2.5 / 5
    ['10 - 4 - 3', {}, 3], // left to right: 6 − 3
    ['-2 * 3', {}, -6],
    ['2 * -3', {}, -6],
    ['- -2', {}, 2],
    ['+2', {}, 2],
    ['.5 + 1', {}, 1.5],
    ['0.25 * 8', {}, 2],
    ['(b/a)*1 + (c/a)*0.5', { a: 10, b: 7, c: 2 }, 0.8], // 0.7 + 0.1
    ['(b/a)*1 + (c/a)*0.5', { a: 4, b: 1, c: 1 }, 0.375], // 0.25 + 0.125
    ['2 - 0.25*late - 0.5*missing', { late: 3, missing: 1 }, 0.75], // 2 − 0.75 − 0.5
    ['min(3, 1, 2)', {}, 1],
    ['max(3, 1, 2)', {}, 3],
    ['min(a)', { a: 4 }, 4],
    ['MIN(a, b)', { a: 4, b: 2.5 }, 2.5],
    ['Max(a - 1, 0)', { a: 0.5 }, 0],
    ['min(max(a, 0), 2)', { a: 7 }, 2],
    ['round(2.675, 2)', {}, 2.68], // half away from zero, as by hand
    ['round(1.005, 2)', {}, 1.01],
    ['round(0.125, 2)', {}, 0.13],
    ['round(2.5)', {}, 3],
    ['round(-2.5)', {}, -3],
    ['round(b/a*2, 1)', { a: 3, b: 1 }, 0.7], // 0.666… → 0.7
    ['round(7/3, 0)', {}, 2],
    ['value / of * 2', { value: 3, of: 4 }, 1.5],
  ])('%s with %p = %p', (source, inputs, expected) => {
    expect(run(source, inputs)).toBeCloseTo(expected, 12);
  });

  test('a comma between two digits is a decimal mark, elsewhere a separator: min(1,5) = 1.5, min(1, 5) = 1', () => {
    expect(run('min(1,5)')).toBe(1.5);
    expect(run('min(1, 5)')).toBe(1);
    expect(run('min(1;5)')).toBe(1);
    expect(run('round(a,1)', { a: 0.25 })).toBe(0.3); // a,1: the comma follows a letter
  });

  test('input names in the formula ignore case and diacritics, as inputs do', () => {
    // parsed names are folded: B/A reads inputs b and a; "Số" reads "so"
    expect(run('B / A', { a: 4, b: 2 })).toBe(0.5);
    expect(run('Số * 2', { so: 3 })).toBe(6);
  });

  test('the inputs a formula names are listed once each', () => {
    const parsed = parseFormula('(b/a)*1 + (c/a)*0.5');
    expect(parsed.ok && [...parsed.inputs].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('conditions, by hand', () => {
  test.each<[string, Record<string, number>, number]>([
    ['a >= 90', { a: 90 }, 1],
    ['a >= 90', { a: 89.99 }, 0],
    ['a > 90', { a: 90 }, 0],
    ['a <= 1', { a: 1 }, 1],
    ['a < 1', { a: 1 }, 0],
    ['a = 3', { a: 3 }, 1],
    ['a <> 3', { a: 3 }, 0],
    ['a <> 3', { a: 2 }, 1],
    ['a ≥ 2', { a: 2 }, 1], // ≥ ≤ ≠ as in bands
    ['a ≤ 1', { a: 2 }, 0],
    ['a ≠ 1', { a: 2 }, 1],
    ['0.1 + 0.2 = 0.3', {}, 1], // 0.30000000000000004 is within 1e-9 of 0.3
    ['0.1 + 0.2 > 0.3', {}, 0],
    ['0.1 + 0.2 <> 0.3', {}, 0],
    ['a = b', { a: 1, b: 1 + 5e-10 }, 1], // within 1e-9: equal
    ['a = b', { a: 1, b: 1 + 2e-9 }, 0],
    ['a >= b', { a: 1 - 5e-10, b: 1 }, 1],
    ['a < b', { a: 1 - 5e-10, b: 1 }, 0],
    // precedence, lowest first: comparisons, + -, * /, unary minus
    ['a + 1 > 2 * b', { a: 2, b: 1 }, 1], // 3 > 2
    ['-a < 0', { a: 1 }, 1],
    ['(a > 1) + (b > 1)', { a: 2, b: 3 }, 2], // 1 + 1
    ['(a > 1) * 2', { a: 0 }, 0],
    ['if(a > 0, 1, 2)', { a: 1 }, 1],
    ['if(a > 0, 1, 2)', { a: 0 }, 2],
    ['if(a, 5, 6)', { a: 1e-10 }, 6], // within 1e-9 of 0: false
    ['if(a, 5, 6)', { a: -0.5 }, 5], // any number not near 0 is true
    ['if(a>0, b/a, 0)', { a: 0, b: 3 }, 0], // the division is in the branch not taken
    ['if(a>0, b/a, 0)', { a: 4, b: 3 }, 0.75],
    ['if(a=0, 1, b)', { a: 0 }, 1], // b is missing but not needed
    ['IF(a > 0; 1; 2)', { a: 1 }, 1],
    ['Nếu(a > 0; 1; 2)', { a: 0 }, 2],
    ['NEU(a > 0; 1; 2)', { a: 0 }, 2], // without diacritics
    ['and(a > 0, b > 0)', { a: 1, b: 1 }, 1],
    ['and(a > 0, b > 0)', { a: 1, b: 0 }, 0],
    ['và(a; b; c)', { a: 1, b: 2, c: 3 }, 1],
    ['VA(a; b; c)', { a: 1, b: 0, c: 3 }, 0],
    ['or(a > 0, b > 0)', { a: 0, b: 0 }, 0],
    ['or(a > 0, b > 0)', { a: 0, b: 1 }, 1],
    ['hoặc(a; b)', { a: 0, b: 1e-10 }, 0],
    ['Hoac(a; b)', { a: 0, b: 0.1 }, 1],
    ['not(a > 0)', { a: 0 }, 1],
    ['không(a)', { a: 2 }, 0],
    ['KHONG(a)', { a: 0 }, 1],
  ])('%s with %p = %p', (source, inputs, expected) => {
    expect(run(source, inputs)).toBeCloseTo(expected, 12);
  });

  test("the contract's example: công thức: nếu(a=0; 1; min(1; b/a))*2", () => {
    // a = 0: nếu gives 1 (b/a is not evaluated, b is not needed), × 2 = 2
    expect(run('nếu(a=0; 1; min(1; b/a))*2', { a: 0 })).toBe(2);
    // a = 4, b = 3: min(1; 0.75) = 0.75, × 2 = 1.5
    expect(run('nếu(a=0; 1; min(1; b/a))*2', { a: 4, b: 3 })).toBe(1.5);
    // a = 2, b = 5: min(1; 2.5) = 1, × 2 = 2
    expect(run('nếu(a=0; 1; min(1; b/a))*2', { a: 2, b: 5 })).toBe(2);
  });

  test('round halves away from zero: round(0.5) = 1, round(-0.5) = -1, round(-1.25; 1) = -1.3', () => {
    expect(run('round(0.5)')).toBe(1);
    expect(run('round(-0.5)')).toBe(-1);
    expect(run('round(-1.25; 1)')).toBe(-1.3);
  });
});

describe('evaluation problems', () => {
  test.each<[string, Record<string, number>, object]>([
    ['b / a', { a: 0, b: 1 }, { ok: false, problem: 'division-by-zero' }],
    ['a / (b - b)', { a: 1, b: 2 }, { ok: false, problem: 'division-by-zero' }],
    ['1 / 0', {}, { ok: false, problem: 'division-by-zero' }],
    ['(b/a)*1 + (c/a)*0.5', { a: 10, b: 7 }, { ok: false, problem: 'missing-input', name: 'c' }],
    ['value / of', { value: 3 }, { ok: false, problem: 'missing-input', name: 'of' }],
    ['constructor', { a: 1 }, { ok: false, problem: 'missing-input', name: 'constructor' }],
    ['__proto__ + hasOwnProperty', {}, { ok: false, problem: 'missing-input', name: '__proto__' }],
    // and/or evaluate every argument: guard a division with if
    ['and(a > 0, b / a > 1)', { a: 0, b: 1 }, { ok: false, problem: 'division-by-zero' }],
    ['or(a = 0, b / a > 1)', { a: 0, b: 1 }, { ok: false, problem: 'division-by-zero' }],
    ['or(a = 0, b > 1)', { a: 0 }, { ok: false, problem: 'missing-input', name: 'b' }],
    // the test and the branch taken are evaluated
    ['if(a > 0, b, 0)', { a: 1 }, { ok: false, problem: 'missing-input', name: 'b' }],
    ['if(c, 1, 0)', { a: 1 }, { ok: false, problem: 'missing-input', name: 'c' }],
  ])('%s with %p', (source, inputs, outcome) => {
    const parsed = parseFormula(source);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(calculateFormula(parsed.expr, new Map(Object.entries(inputs)))).toEqual(outcome);
  });
});

describe('refused at parse: never evaluated as code', () => {
  test.each<[string, string]>([
    ['constructor.constructor("return process")()', 'formulaSyntax'],
    ['process.exit(1)', 'formulaSyntax'],
    ['this.constructor', 'formulaSyntax'],
    ['a["constructor"]', 'formulaSyntax'],
    ['`${a}`', 'formulaSyntax'],
    ['a => a', 'formulaSyntax'],
    ['a; b', 'formulaSyntax'],
    ['a, b', 'formulaSyntax'],
    ['0 < a < 1', 'formulaSyntax'], // chained: (0 < a) < 1 is never what was meant
    ['a == 1', 'formulaSyntax'],
    ['a => 1', 'formulaSyntax'],
    ['round(2.675,2)', 'formulaSyntax'], // 2.675,2 has two decimal marks
    ['min(1,5,3)', 'formulaSyntax'],
    ['if(a, 1)', 'formulaArity'],
    ['nếu(a; 1; 2; 3)', 'formulaArity'],
    ['not(a, b)', 'formulaArity'],
    ['and()', 'formulaSyntax'],
    ['a ** 2', 'formulaSyntax'],
    ['a ^ 2', 'formulaSyntax'],
    ['a % 2', 'formulaSyntax'],
    ['1e3', 'formulaSyntax'],
    ['a +', 'formulaSyntax'],
    ['(a + 1', 'formulaSyntax'],
    ['a + 1)', 'formulaSyntax'],
    ['', 'formulaSyntax'],
    ['min()', 'formulaSyntax'],
    ['eval(a)', 'formulaUnknownFunction'],
    ['Function(a)', 'formulaUnknownFunction'],
    ['sqrt(4)', 'formulaUnknownFunction'],
    ['a(1)', 'formulaUnknownFunction'],
    ['round(1, 2, 3)', 'formulaArity'],
  ])('%s → %s', (source, key) => {
    const parsed = parseFormula(source);
    expect(parsed).toMatchObject({ ok: false, key });
  });

  test('nothing in the formula module reaches for eval or Function', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(require.resolve('../../src/core/rules/formula.ts'), 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b|\bFunction\s*\(/);
  });

  test('the syntax message says where (character 12 of constructor.constructor…)', () => {
    const parsed = parseFormula('constructor.constructor("return process")()');
    expect(parsed).toEqual({
      ok: false,
      key: 'formulaSyntax',
      params: { position: 12, near: '.constructor' },
    });
  });

  test('an unknown function is named in the message', () => {
    const parsed = parseFormula('sqrt(a)');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(message('vi', parsed.key, parsed.params)).toBe(
      'Hàm "sqrt" không được hỗ trợ; chỉ dùng min, max, round, nếu, và, hoặc, không.',
    );
    expect(message('en', parsed.key, parsed.params)).toBe(
      'The function "sqrt" is not supported; use min, max, round, if, and, or, not only.',
    );
  });
});

describe('size limits: refused, never a stack overflow', () => {
  test('10,000 nested parentheses', () => {
    const source = '('.repeat(10000) + 'a' + ')'.repeat(10000);
    let parsed: ReturnType<typeof parseFormula> | undefined;
    expect(() => {
      parsed = parseFormula(source);
    }).not.toThrow();
    expect(parsed?.ok).toBe(false);
  });

  test('10,000 nested function calls', () => {
    const source = 'min('.repeat(10000) + '1' + ')'.repeat(10000);
    expect(() => parseFormula(source)).not.toThrow();
    expect(parseFormula(source).ok).toBe(false);
  });

  test('10,000 unary minus signs', () => {
    const source = '-'.repeat(10000) + '1';
    expect(() => parseFormula(source)).not.toThrow();
    expect(parseFormula(source).ok).toBe(false);
  });

  test('deep nesting within the length limit is refused as too deep', () => {
    const depth = FORMULA_MAX_DEPTH + 1;
    const source = '('.repeat(depth) + '1' + ')'.repeat(depth);
    expect(source.length).toBeLessThanOrEqual(FORMULA_MAX_LENGTH);
    expect(parseFormula(source)).toEqual({
      ok: false,
      key: 'formulaTooDeep',
      params: { limit: FORMULA_MAX_DEPTH },
    });
    expect(parseFormula('-'.repeat(depth) + '1')).toMatchObject({ ok: false, key: 'formulaTooDeep' });
  });

  test('nesting up to the limit is still read: (((1))) … = 1', () => {
    const source = '('.repeat(FORMULA_MAX_DEPTH) + '1' + ')'.repeat(FORMULA_MAX_DEPTH);
    expect(run(source)).toBe(1);
  });

  test('a formula longer than the limit is refused as too long', () => {
    const source = 'a+'.repeat(FORMULA_MAX_LENGTH) + 'a';
    expect(parseFormula(source)).toEqual({
      ok: false,
      key: 'formulaTooLong',
      params: { limit: FORMULA_MAX_LENGTH },
    });
  });

  test('a long flat sum within the limit is fine: 1+1+…+1 (400 ones) = 400', () => {
    expect(run(Array.from({ length: 400 }, () => '1').join('+'))).toBe(400);
  });
});

test('formula inputs may stand on separate lines of the Value cell', () => {
  const result = scoreWorkbook({
    sheets: [
      {
        name: 'Tiêu chí',
        values: [criteriaHeader(['code', 'name', 'max', 'rule']), ['1', 'Lĩnh vực', 2, 'công thức: (b/a)*2']],
      },
      {
        name: 'Huyện A',
        values: [unitSheetHeader(['code', 'value']), ['1', 'a=4\nb=3']],
      },
    ],
  });
  // (3/4)*2 = 1.5
  expect(result.units[0]?.points).toBe(1.5);
});

describe('a formula with ";" between arguments in the criteria sheet', () => {
  function scoreWith(rule: string, value: string): { points: number | null; errors: string[] } {
    const result = scoreWorkbook({
      sheets: [
        {
          name: 'Tiêu chí',
          values: [criteriaHeader(['code', 'name', 'max', 'rule']), ['1', 'Lĩnh vực', 2, rule]],
        },
        { name: 'Huyện A', values: [unitSheetHeader(['code', 'value']), ['1', value]] },
      ],
    });
    return { points: result.units[0]?.points ?? null, errors: result.errors.map((e) => e.message) };
  }

  test('công thức: nếu(a=0; 1; min(1; b/a))*2 parses whole and scores', () => {
    // a = 0 → nếu gives 1, × 2 = 2 (Max 2); b is not needed
    expect(scoreWith('công thức: nếu(a=0; 1; min(1; b/a))*2', 'a=0')).toEqual({ points: 2, errors: [] });
    // a = 10, b = 4 → min(1; 0.4) × 2 = 0.8
    expect(scoreWith('công thức: nếu(a=0; 1; min(1; b/a))*2', 'a=10; b=4')).toEqual({
      points: 0.8,
      errors: [],
    });
  });

  test('formula: if(a>0, b/a, 0) with a = 0 scores 0, not a division by zero', () => {
    expect(scoreWith('formula: if(a>0, b/a, 0)', 'a=0; b=3')).toEqual({ points: 0, errors: [] });
  });

  test('a comparison result is a score: formula: (a>=90)*2 with a = 95 gives 2', () => {
    expect(scoreWith('formula: (a>=90)*2', 'a=95')).toEqual({ points: 2, errors: [] });
  });
});
