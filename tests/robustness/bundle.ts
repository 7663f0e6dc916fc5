/** Runs dist/Code.js, the Apps Script bundle, in a bare vm context over the in-memory Apps Script fake. */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Workbook } from '../../src/core/types';
import { createFakeEnvironment, type FakeEnvironment } from '../fakes/apps-script';
import { BUNDLE, requireBuilt } from './helpers';

let code: string | null = null;

function bundleCode(): string {
  if (code === null) {
    requireBuilt(BUNDLE);
    code = readFileSync(BUNDLE, 'utf8');
  }
  return code;
}

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
  vm.runInContext(bundleCode(), context, { filename: 'Code.js' });
  return {
    env,
    call(name: string): unknown {
      if (!/^[A-Za-z_]\w*$/.test(name)) throw new Error(`not a function name: ${name}`);
      const result: unknown = env.runExecution(() => vm.runInContext(`${name}()`, context));
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
  };
}
