/** The message table: both languages for every key, the same placeholders in both, parameters checked by the compiler. */
import { keyed, message, MESSAGE_KEYS, messageOf, messageText } from '../../src/core/messages';

/** The parameter names a text reads, found by handing it a recording object. */
function placeholders(text: (p: object) => string): string[] {
  const read = new Set<string>();
  const recorder = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name === 'string') read.add(name);
        return `«${String(name)}»`;
      },
    },
  );
  text(recorder);
  return [...read].sort();
}

describe.each(MESSAGE_KEYS.map((key) => [key]))('%s', (key) => {
  test('has a Vietnamese and an English text', () => {
    const vi = messageText('vi', key)({});
    const en = messageText('en', key)({});
    expect(vi.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
  });

  test('uses the same placeholders in both languages, each shown in the text', () => {
    const vi = placeholders(messageText('vi', key));
    expect(placeholders(messageText('en', key))).toEqual(vi);
    for (const name of vi) {
      expect(messageText('vi', key)(new Proxy({}, { get: (_t, n) => (n === name ? '⟦X⟧' : '') }))).toContain(
        '⟦X⟧',
      );
    }
  });
});

test('message and messageOf give the same text', () => {
  expect(messageOf('en', keyed('duplicateCode', { code: '1.1', row: 3 }))).toBe(
    message('en', 'duplicateCode', { code: '1.1', row: 3 }),
  );
  expect(message('en', 'duplicateCode', { code: '1.1', row: 3 })).toBe(
    'Code 1.1 appears twice (first on row 3).',
  );
  expect(message('vi', 'ofZero')).toBe(
    'Tổng số (mẫu số) bằng 0. Nếu năm nay không phát sinh việc này, ghi "Không phát sinh" ở ô Số liệu (cột Nếu không phát sinh của sheet tiêu chí cho biết khi đó đơn vị được tính thế nào).',
  );
});

test('a missing or misspelt parameter does not compile (checked by tsc, which npm run check runs)', () => {
  // Never called: the test is tsc's (npm run check), which fails when a @ts-expect-error below has no error.
  const compileOnly = (): string[] => [
    // @ts-expect-error: duplicateCode needs `row`
    message('vi', 'duplicateCode', { code: '1' }),
    // @ts-expect-error: `colum` is not a parameter of noHeaderRow
    message('vi', 'noHeaderRow', { colum: 'Mã' }),
    // @ts-expect-error: noHeaderRow needs its parameters
    message('vi', 'noHeaderRow'),
    // @ts-expect-error: not a message key
    message('vi', 'noSuchMessage'),
    // @ts-expect-error: keyed values are checked the same way
    keyed('missingParent', { code: '1.1' }).key,
  ];
  expect(compileOnly).toBeInstanceOf(Function);
});
