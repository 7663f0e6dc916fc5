/** A parsed `formula:` expression: the tree formula.ts builds and evaluates, and a rule holds. */
export type Comparison = '>=' | '>' | '<=' | '<' | '=' | '<>';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'var'; name: string }
  | { t: 'neg'; e: Expr }
  | { t: 'bin'; op: '+' | '-' | '*' | '/'; l: Expr; r: Expr }
  | { t: 'cmp'; op: Comparison; l: Expr; r: Expr }
  | { t: 'call'; fn: FunctionName; args: Expr[] };

export type FunctionName = 'min' | 'max' | 'round' | 'if' | 'and' | 'or' | 'not';
