/**
 * The add-in's own words (src/gas/ui-text.ts): every text that takes values says each of them, in both languages, so
 * a count or a name given to a toast or an alert is never dropped on the way; and the two languages have the same
 * entries taking the same number of values.
 */
import { UI_TEXT } from '../../src/gas/ui-text';

const LANGUAGES = ['vi', 'en'] as const;

describe.each(LANGUAGES)('the %s texts', (language) => {
  const entries = Object.entries(UI_TEXT[language]);

  test.each(entries.filter(([, text]) => typeof text === 'function'))(
    '%s says each of its values',
    (_, text) => {
      const fn = text as (...args: unknown[]) => string;
      // Distinct values a text cannot contain by chance.
      const args = Array.from({ length: fn.length }, (_, i) => 9000 + i);
      const said = fn(...args);
      for (const arg of args) expect(said).toContain(String(arg));
    },
  );

  test('every plain text is a sentence of its own (not empty)', () => {
    for (const [key, text] of entries.filter(([, candidate]) => typeof candidate === 'string'))
      expect([key, (text as string).trim().length > 0]).toEqual([key, true]);
  });
});

test('both languages have the same texts, taking the same number of values', () => {
  const shape = (language: (typeof LANGUAGES)[number]) =>
    Object.entries(UI_TEXT[language]).map(([key, text]) => [
      key,
      typeof text === 'function' ? text.length : -1,
    ]);
  expect(shape('en')).toEqual(shape('vi'));
});
