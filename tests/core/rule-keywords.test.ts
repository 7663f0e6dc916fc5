/** The rule keywords live in one table (WORKBOOK.md, "Rules"): the parser, the message and the docs follow it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { message } from '../../src/core/messages';
import { LIST_RULES, RULE_KEYWORDS, RULE_KINDS, ruleStarts } from '../../src/core/rules/keywords';
import { parseRule } from '../../src/core/rules/parse-rule';

/** A valid rule text starting with `keyword`, for each kind. */
const BODIES: Record<string, string> = {
  choice: ': A=1; B=0',
  bands: ': >=90%=1; else=0',
  formula: ': a/b',
};

describe.each(RULE_KINDS.map((kind) => [kind]))('%s', (kind) => {
  test.each(RULE_KEYWORDS[kind].map((word) => [word]))('"%s" is read as this rule, in any case', (word) => {
    for (const text of [word, word.toUpperCase()]) {
      const parsed = parseRule(text + (BODIES[kind] ?? ''));
      expect(parsed.ok && parsed.rule.kind).toBe(kind);
    }
  });

  test('the "unknown rule" message lists its keyword in both languages', () => {
    const suffix = LIST_RULES.has(kind) ? ':' : '';
    expect(message('vi', 'unknownRule', { text: 'x' })).toContain(` ${RULE_KEYWORDS[kind][1]}${suffix}`);
    expect(message('en', 'unknownRule', { text: 'x' })).toContain(` ${RULE_KEYWORDS[kind][0]}${suffix}`);
  });
});

test('the message reads as before: every rule in order', () => {
  expect(message('en', 'unknownRule', { text: 'x' })).toBe(
    'Unknown rule "x". Use: manual, yesno, choice:, bands:, ratio, formula:, survey, survey rate.',
  );
  expect(ruleStarts('vi')).toEqual([
    'nhập điểm',
    'có/không',
    'lựa chọn:',
    'mức:',
    'tỷ lệ',
    'công thức:',
    'điều tra',
    'điều tra tỷ lệ',
  ]);
});

/** The keywords in the first two cells of each row of docs/WORKBOOK.md's rule table, a code span's leading words. */
function documentedKeywords(): string[][] {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'WORKBOOK.md'), 'utf8');
  const marker = '<!-- rule keywords -->';
  const start = doc.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in docs/WORKBOOK.md`);
  const lines = doc
    .slice(start + marker.length)
    .trimStart()
    .split('\n');
  const table = lines.slice(
    0,
    lines.findIndex((line) => !line.startsWith('|')),
  );
  return table.slice(2).map((line) =>
    line
      .split('|')
      .slice(1, 3)
      .flatMap((cell) =>
        [...cell.matchAll(/`([^`]+)`/g)].map((m) => (m[1] as string).split(/:|\s[<>=]/)[0]!.trim()),
      ),
  );
}

test("docs/WORKBOOK.md's rule table lists exactly the keywords of each rule, in order", () => {
  const rows = documentedKeywords();
  expect(rows.map((words) => [...new Set(words)].sort())).toEqual(
    RULE_KINDS.map((kind) => [...RULE_KEYWORDS[kind]].sort()),
  );
});
