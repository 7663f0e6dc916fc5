/**
 * The `formula:` rule: arithmetic and conditions over named inputs, parsed by hand and evaluated on a tree.
 * Nothing here reaches JavaScript: no eval, no Function, no property access; only + - * /, comparisons,
 * parentheses, numbers, input names and the functions of FUNCTIONS.
 */
import { keyed, type KeyedMessage } from '../messages';
import { TOLERANCE } from '../basics/numbers';
import { foldKey } from '../basics/text';
import type { Comparison, Expr, FunctionName } from './expr';

/** Each function by its folded name (English, then Vietnamese), with its least and most arguments. */
const FUNCTIONS = new Map<string, { fn: FunctionName; arity: [number, number] }>([
  ['min', { fn: 'min', arity: [1, 64] }],
  ['max', { fn: 'max', arity: [1, 64] }],
  ['round', { fn: 'round', arity: [1, 2] }],
  ['if', { fn: 'if', arity: [3, 3] }],
  ['neu', { fn: 'if', arity: [3, 3] }],
  ['and', { fn: 'and', arity: [1, 64] }],
  ['va', { fn: 'and', arity: [1, 64] }],
  ['or', { fn: 'or', arity: [1, 64] }],
  ['hoac', { fn: 'or', arity: [1, 64] }],
  ['not', { fn: 'not', arity: [1, 1] }],
  ['khong', { fn: 'not', arity: [1, 1] }],
]);

/** Each comparison operator as written, two characters before one, with what it means. */
const COMPARISONS = new Map<string, Comparison>([
  ['>=', '>='],
  ['<=', '<='],
  ['<>', '<>'],
  ['≥', '>='],
  ['≤', '<='],
  ['≠', '<>'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
]);
const COMPARISON_OPS = new Set<string>(COMPARISONS.values());

export const FORMULA_MAX_LENGTH = 1000;
export const FORMULA_MAX_DEPTH = 32;

type FormulaParse = { ok: true; expr: Expr; inputs: string[] } | ({ ok: false } & KeyedMessage);

type Token =
  | { kind: 'num'; value: number; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'op'; value: string; at: number };

class FormulaError extends Error {
  constructor(readonly problem: KeyedMessage) {
    super(problem.key);
  }
}

function syntaxError(source: string, at: number): FormulaError {
  return new FormulaError(
    keyed('formulaSyntax', { position: at + 1, near: source.slice(at, at + 12) || '…' }),
  );
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const name = /[\p{L}_][\p{L}\p{N}_]*/uy;
  // A comma between two digits is the Vietnamese decimal mark (0,5); elsewhere it separates arguments, as ";" does.
  const num = /\d+(?:[.,]\d+)?|\.\d+/y;
  // A second decimal mark (2.675,2 or 1,5,3) is refused rather than read one way or the other.
  const secondMark = /[.,]\d/y;
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const written = COMPARISONS.has(source.slice(i, i + 2)) ? source.slice(i, i + 2) : ch;
    const comparison = COMPARISONS.get(written);
    if (comparison !== undefined) {
      tokens.push({ kind: 'op', value: comparison, at: i });
      i += written.length;
      continue;
    }
    if ('+-*/(),;'.includes(ch)) {
      tokens.push({ kind: 'op', value: ch === ';' ? ',' : ch, at: i });
      i++;
      continue;
    }
    num.lastIndex = i;
    const n = num.exec(source);
    if (n) {
      secondMark.lastIndex = i + n[0].length;
      if (/[.,]/.test(n[0]) && secondMark.test(source)) throw syntaxError(source, i + n[0].length);
      tokens.push({ kind: 'num', value: Number(n[0].replace(',', '.')), at: i });
      i += n[0].length;
      continue;
    }
    name.lastIndex = i;
    const id = name.exec(source);
    if (id) {
      tokens.push({ kind: 'name', value: foldKey(id[0]), at: i });
      i += id[0].length;
      continue;
    }
    throw syntaxError(source, i);
  }
  return tokens;
}

class Parser {
  private at = 0;
  private depth = 0;
  readonly inputs = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): Expr {
    const expr = this.comparison();
    const extra = this.tokens[this.at];
    if (extra) throw syntaxError(this.source, extra.at);
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'op' && token.value === value;
  }

  private expectOp(value: string): void {
    if (!this.isOp(value)) throw syntaxError(this.source, this.peek()?.at ?? this.source.length);
    this.at++;
  }

  private enter(): void {
    if (++this.depth > FORMULA_MAX_DEPTH)
      throw new FormulaError(keyed('formulaTooDeep', { limit: FORMULA_MAX_DEPTH }));
  }

  private comparisonOp(): Comparison | null {
    const token = this.peek();
    return token?.kind === 'op' && COMPARISON_OPS.has(token.value) ? (token.value as Comparison) : null;
  }

  /** One comparison at most: `0 < a < 1` would read as (0 < a) < 1, never what its writer meant, so it is refused. */
  private comparison(): Expr {
    const left = this.sum();
    const op = this.comparisonOp();
    if (op === null) return left;
    this.at++;
    const right = this.sum();
    const again = this.peek();
    if (this.comparisonOp() !== null) throw syntaxError(this.source, (again as Token).at);
    return { t: 'cmp', op, l: left, r: right };
  }

  private sum(): Expr {
    let left = this.product();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.at++] as Token).value as '+' | '-';
      left = { t: 'bin', op, l: left, r: this.product() };
    }
    return left;
  }

  private product(): Expr {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = (this.tokens[this.at++] as Token).value as '*' | '/';
      left = { t: 'bin', op, l: left, r: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const negative = this.isOp('-');
      this.at++;
      this.enter();
      const e = this.unary();
      this.depth--;
      return negative ? { t: 'neg', e } : e;
    }
    return this.atom();
  }

  private atom(): Expr {
    const token = this.peek();
    if (!token) throw syntaxError(this.source, this.source.length);
    if (token.kind === 'num') {
      this.at++;
      return { t: 'num', v: token.value };
    }
    if (token.kind === 'name') {
      this.at++;
      if (this.isOp('(')) return this.call(token);
      this.inputs.add(token.value);
      return { t: 'var', name: token.value };
    }
    if (token.value === '(') {
      this.at++;
      this.enter();
      const inner = this.comparison();
      this.expectOp(')');
      this.depth--;
      return inner;
    }
    throw syntaxError(this.source, token.at);
  }

  private call(token: Token): Expr {
    const name = String(token.value);
    const known = FUNCTIONS.get(name);
    if (!known) throw new FormulaError(keyed('formulaUnknownFunction', { name }));
    this.expectOp('(');
    this.enter();
    const args: Expr[] = [this.comparison()];
    while (this.isOp(',')) {
      this.at++;
      args.push(this.comparison());
    }
    this.expectOp(')');
    this.depth--;
    const [low, high] = known.arity;
    if (args.length < low || args.length > high) {
      throw new FormulaError(
        keyed('formulaArity', { name, expected: low === high ? low : `${low}–${high}` }),
      );
    }
    return { t: 'call', fn: known.fn, args };
  }
}

export function parseFormula(source: string): FormulaParse {
  if (source.length > FORMULA_MAX_LENGTH) {
    return { ok: false, key: 'formulaTooLong', params: { limit: FORMULA_MAX_LENGTH } };
  }
  try {
    const parser = new Parser(source, tokenize(source));
    const expr = parser.parse();
    return { ok: true, expr, inputs: [...parser.inputs] };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, ...error.problem };
    throw error;
  }
}

/** Where a formula finds its inputs by (folded) name: a Map will do. */
export interface FormulaInputs {
  get(name: string): number | undefined;
}

/** Why a formula gives no number. */
type FormulaFailure =
  { ok: false; problem: 'missing-input'; name: string } | { ok: false; problem: 'division-by-zero' };

class EvaluationStop extends Error {
  constructor(readonly outcome: FormulaFailure) {
    super(outcome.problem);
  }
}

/** Rounds half away from zero at `digits` decimals, as people round by hand (2.675 → 2.68). */
export function roundHalfAway(value: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
}

function compare(op: Comparison, l: number, r: number): boolean {
  switch (op) {
    case '>=':
      return l >= r - TOLERANCE;
    case '>':
      return l > r + TOLERANCE;
    case '<=':
      return l <= r + TOLERANCE;
    case '<':
      return l < r - TOLERANCE;
    case '=':
      return Math.abs(l - r) <= TOLERANCE;
    case '<>':
      return Math.abs(l - r) > TOLERANCE;
  }
}

function holds(value: number): boolean {
  return Math.abs(value) > TOLERANCE;
}

/** A function's value; `if` evaluates only the branch taken, every other function all its arguments. */
function callFunction(fn: FunctionName, args: Expr[], inputs: FormulaInputs): number {
  if (fn === 'if') {
    const taken = holds(calculate(args[0] as Expr, inputs)) ? args[1] : args[2];
    return calculate(taken as Expr, inputs);
  }
  const values = args.map((arg) => calculate(arg, inputs));
  switch (fn) {
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'and':
      return values.every(holds) ? 1 : 0;
    case 'or':
      return values.some(holds) ? 1 : 0;
    case 'not':
      return holds(values[0] as number) ? 0 : 1;
    case 'round': {
      const digits = Math.max(0, Math.min(10, Math.trunc(values[1] ?? 0)));
      return roundHalfAway(values[0] as number, digits);
    }
  }
}

function calculate(expr: Expr, inputs: FormulaInputs): number {
  switch (expr.t) {
    case 'num':
      return expr.v;
    case 'var': {
      const value = inputs.get(expr.name);
      if (value === undefined)
        throw new EvaluationStop({ ok: false, problem: 'missing-input', name: expr.name });
      return value;
    }
    case 'neg':
      return -calculate(expr.e, inputs);
    case 'bin': {
      const l = calculate(expr.l, inputs);
      const r = calculate(expr.r, inputs);
      if (expr.op === '+') return l + r;
      if (expr.op === '-') return l - r;
      if (expr.op === '*') return l * r;
      if (r === 0) throw new EvaluationStop({ ok: false, problem: 'division-by-zero' });
      return l / r;
    }
    case 'cmp':
      return compare(expr.op, calculate(expr.l, inputs), calculate(expr.r, inputs)) ? 1 : 0;
    case 'call':
      return callFunction(expr.fn, expr.args, inputs);
  }
}

/** The formula's value, or why there is none (a bare number: formula rows are scored a million times a run). */
export function calculateFormula(expr: Expr, inputs: FormulaInputs): number | FormulaFailure {
  try {
    return calculate(expr, inputs);
  } catch (error) {
    if (error instanceof EvaluationStop) return error.outcome;
    throw error;
  }
}
