/** The sidebar's words that depend on the workbook's data: group headings and where an issue is. */
import { place } from '../../sidebar/error-list';
import { strings } from '../../sidebar/i18n';

describe('a group heading', () => {
  test('adds "Khối" only to a group name that does not start with it', () => {
    const vi = strings('vi');
    expect(vi.groupTitle('Khối 1')).toBe('Khối 1');
    expect(vi.groupTitle('KHỐI HUYỆN')).toBe('KHỐI HUYỆN');
    // "Khối" typed with a combining accent (NFD), as some keyboards write it.
    expect(vi.groupTitle('Kho\u0302\u0301i 2')).toBe('Kho\u0302\u0301i 2');
    expect(vi.groupTitle('Khối')).toBe('Khối');
    expect(vi.groupTitle('huyện')).toBe('Khối huyện');
    expect(vi.groupTitle('Khốii')).toBe('Khối Khốii');
    expect(strings('en').groupTitle('Group 1')).toBe('Group 1');
  });
});

describe("an issue's place", () => {
  test('names the unit beside a sheet named by a code, and nothing more elsewhere', () => {
    const vi = strings('vi');
    expect(place({ sheet: 'Xa00', cell: 'H4', message: '', unit: 'Xã Cẩm Bình' }, vi)).toBe(
      'Xã Cẩm Bình (Xa00) · H4',
    );
    expect(place({ sheet: 'Tiêu chí', cell: 'D7', message: '' }, vi)).toBe('Tiêu chí · D7');
    expect(place({ sheet: 'Xa00', cell: null, message: '', unit: 'Xã Cẩm Bình' }, vi)).toBe(
      'Xã Cẩm Bình (Xa00) · cả trang',
    );
    expect(place({ sheet: null, cell: null, message: '' }, vi)).toBe('Cả bảng tính');
  });
});
