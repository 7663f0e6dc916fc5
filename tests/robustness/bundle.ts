/** Runs the Apps Script bundle (dist/Code.js's code, with its source map), in a bare vm context over the in-memory Apps Script fake. */
import vm from 'node:vm';
import type { Workbook } from '../../src/core/types';
import { createFakeEnvironment, type FakeEnvironment } from '../fakes/apps-script';
import { MAPPED_BUNDLE, runBundle } from '../gas/bundle';
import { requireBuilt } from './helpers';

export interface BundleRun {
  env: FakeEnvironment;
  /** Calls a top-level function of the bundle as one Apps Script execution; the result as plain data. */
  call(name: string): unknown;
}

export function loadBundle(workbook: Workbook, locale = 'vi_VN'): BundleRun {
  const env = createFakeEnvironment({
    sheets: structuredClone(workbook.sheets),
    locale,
    clock: () => Date.UTC(2025, 11, 15, 3, 0, 0),
  });
  const context = env.createVmContext();
  requireBuilt(MAPPED_BUNDLE);
  runBundle(context);
  return {
    env,
    call(name: string): unknown {
      if (!/^[A-Za-z_]\w*$/.test(name)) throw new Error(`not a function name: ${name}`);
      const result: unknown = env.runExecution(() => vm.runInContext(`${name}()`, context));
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
  };
}
