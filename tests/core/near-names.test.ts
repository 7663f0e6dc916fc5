/** The near names a message lists: containing, contained, a small edit away, the same words in another order. */
import { nearNames } from '../../src/core/sheets/near-names';

const NAMES = ['Xã Cũ 1', 'Xã Cũ 2', 'Phường Đông Sơn', 'Xã Bình Minh', 'Thị trấn Phong Nha'];

test.each<[string, string[]]>([
  // Written with a comma: each old name is contained in it.
  ['Xã Cũ 1, Xã Cũ 2', ['Xã Cũ 1', 'Xã Cũ 2']],
  // One accent apart: the same folded text.
  ['Phường Đồng Sơn', ['Phường Đông Sơn']],
  // One letter wrong in 12 folded characters (limit 2).
  ['Xa Binh Mihn', ['Xã Bình Minh']],
  // The same words in another order.
  ['Phong Nha Thị trấn', ['Thị trấn Phong Nha']],
  ['Huyện Zzz', []],
  // Nothing to compare: no name is near an empty one.
  ['  ', []],
])('%s', (name, near) => {
  expect(nearNames(name, NAMES)).toEqual(near);
});

test('at most five, closest first', () => {
  const many = ['Xã A1', 'Xã A2', 'Xã A3', 'Xã A4', 'Xã A5', 'Xã A6'];
  expect(nearNames('Xã A', many)).toEqual(many.slice(0, 5));
});
