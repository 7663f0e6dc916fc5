/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), tones as a
 * second level (none, huyền, hỏi, ngã, sắc, nặng), then case. Written out rather than left to
 * Intl.Collator so that Node and Apps Script order tied units the same way.
 */
const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

interface Key {
  primary: number[];
  tones: number[];
  cases: number[];
}

const keyCache = new Map<string, Key>();

function letterWeight(base: string, modifier: string): number {
  const code = base.codePointAt(0) as number;
  // Spread the alphabet so ă, â, đ, ê, ô, ơ, ư sort right after their base letter.
  const shift =
    modifier === BREVE ? 1 : modifier === CIRCUMFLEX ? 2 : modifier === HORN ? 3 : modifier === 'đ' ? 1 : 0;
  return code * 4 + shift;
}

function keyOf(text: string): Key {
  const cached = keyCache.get(text);
  if (cached) return cached;
  const key: Key = { primary: [], tones: [], cases: [] };
  for (const char of text.normalize('NFC')) {
    const lower = char.toLowerCase();
    const decomposed = lower.normalize('NFD');
    let base = decomposed[0] as string;
    let modifier = '';
    let tone = 0;
    for (const mark of decomposed.slice(1)) {
      if (mark === BREVE || mark === CIRCUMFLEX || mark === HORN) modifier = mark;
      else tone = TONES[mark] ?? tone;
    }
    if (base === 'đ') {
      base = 'd';
      modifier = 'đ';
    }
    key.primary.push(letterWeight(base, modifier));
    key.tones.push(tone);
    key.cases.push(char === lower ? 0 : 1);
  }
  if (keyCache.size < 10000) keyCache.set(text, key);
  return key;
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function compareVietnamese(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return (
    compareArrays(ka.primary, kb.primary) ||
    compareArrays(ka.tones, kb.tones) ||
    compareArrays(ka.cases, kb.cases) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}
