/**
 * Which texts the add-in writes with a leading apostrophe: only those Sheets would otherwise read as a formula, a
 * number, a date, a time or a boolean (Sheets' own parsing of typed input); every other text is written as it is.
 */
import { asText } from '../../src/gas/workbook-io';

describe('asText', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@x', "'@x"],
    ["'quoted", "''quoted"],
    ['1.1', "'1.1"],
    ['1.10', "'1.10"],
    ['2.3.1', "'2.3.1"],
    ['01/04/2025', "'01/04/2025"],
    ['8:30', "'8:30"],
    ['95%', "'95%"],
    ['1 000', "'1 000"],
    ['1e5', "'1e5"],
    ['TRUE', "'TRUE"],
    ['false', "'false"],
  ])('%s is kept as text with an apostrophe', (text, written) => {
    expect(asText(text)).toBe(written);
  });

  test.each(['Huyện Thạch Hà', 'Phường 1', 'Tỷ lệ hồ sơ đúng hạn ≥ 90%', 'mất 0,5', 'Xếp hạng', 'A', ''])(
    '%s is written as it is',
    (text) => {
      expect(asText(text)).toBe(text);
    },
  );
});
