import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** Whether two paths name one file, through links and relative parts: the input is never written over. */
export function samePath(a: string, b: string): boolean {
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}
