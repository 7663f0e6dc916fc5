import vm from 'node:vm';
import { exampleWorkbook, loadBundle, type LoadedBundle } from './bundle';

async function recomputedOnce(): Promise<LoadedBundle> {
  const bundle = loadBundle(await exampleWorkbook());
  bundle.call('recomputeRanking');
  return bundle;
}

describe('faults during a recompute', () => {
  test('a second recompute while one holds the document lock reports it and writes nothing', async () => {
    const bundle = await recomputedOnce();
    const before = bundle.env.snapshot();
    bundle.env.holdDocumentLock();
    expect(() => bundle.call('recomputeRanking')).toThrow(
      'Một thao tác khác của Chỉ số CCHC (tính lại, báo cáo, lưu lịch sử…) đang chạy. Vui lòng thử lại sau ít phút.',
    );
    bundle.env.releaseDocumentLock();
    expect(bundle.env.snapshot()).toEqual(before);
  });

  test('a write that fails on the third write changes no sheet but the generated tabs, and says why', async () => {
    const bundle = await recomputedOnce();
    const inputs = (snapshot: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(snapshot).filter(([name]) => name !== 'Xếp hạng' && name !== 'Trừ điểm'),
      );
    const before = inputs(bundle.env.snapshot());
    let writes = 0;
    bundle.env.failOn = (method) => {
      if (method.startsWith('Properties.') || method.startsWith('Cache.')) return false;
      writes += 1;
      return writes === 3;
    };
    expect(() => bundle.call('recomputeRanking')).toThrow('injected failure');
    bundle.env.failOn = undefined;
    expect(inputs(bundle.env.snapshot())).toEqual(before);
  });

  test('a recompute that would pass the 6-minute limit stops before writing, with a message', async () => {
    const bundle = await recomputedOnce();
    const before = bundle.env.snapshot();
    // Each read of the clock moves it on by one minute: the read budget of 4.5 minutes runs out mid-way.
    vm.runInContext('(() => { let t = 0; Date.now = () => (t += 60000); })()', bundle.context);
    expect(() => bundle.call('recomputeRanking')).toThrow(/6 phút/);
    expect(bundle.env.snapshot()).toEqual(before);
  });
});
