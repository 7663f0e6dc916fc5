import fc from 'fast-check';
import { foldKey, isSpaces, tidy } from '../../src/core/basics/text';

// The characters that matter: letters with and without marks, ordinary and other white space.
const CHARS = [
  'a',
  'Đ',
  'ệ',
  '1',
  ' ',
  '\u00a0',
  '\u2007',
  '\u202f',
  '\ufeff',
  '\t',
  '\n',
  '\u3000',
  '\u1680',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((chars) => chars.join(''));

describe('spaces', () => {
  test('tidy trims and folds every kind of white space, exactly as the regular expression does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(tidy(value)).toBe(value.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim());
      }),
    );
  });

  test('isSpaces is true exactly for text that tidies to nothing', () => {
    fc.assert(fc.property(text, (value) => expect(isSpaces(value)).toBe(tidy(value) === '')));
  });

  test('foldKey ignores case, diacritics, đ and spaces', () => {
    expect(foldKey('  Điểm\u00a0 tối   đa ')).toBe('diem toi da');
    expect(foldKey('Điểm tối đa'.normalize('NFD'))).toBe('diem toi da');
  });
});
