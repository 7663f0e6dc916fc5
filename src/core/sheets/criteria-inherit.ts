/** Criteria columns that a row without a value of its own takes from its nearest ancestor (Type, Applies to, If none arose). */
import { parentCode } from '../basics/codes';

/**
 * Each code's value: its own (`own` gives undefined where the row has none), else its nearest ancestor's, else
 * `fallback`. A parent may come after its children in the sheet: ancestors are looked up, not walked in order.
 */
export function inheritDown<T>(
  codes: readonly string[],
  own: (code: string) => T | undefined,
  fallback: T,
): Map<string, T> {
  const known = new Map<string, T>();
  const present = new Set(codes);
  const valueOf = (code: string): T => {
    const seen = known.get(code);
    if (seen !== undefined || known.has(code)) return seen as T;
    const mine = own(code);
    const parent = parentCode(code);
    const value =
      mine !== undefined ? mine : parent !== null && present.has(parent) ? valueOf(parent) : fallback;
    known.set(code, value);
    return value;
  };
  for (const code of codes) valueOf(code);
  return known;
}
