/** The built command (`node bin/par-index.cjs …`) as a child process, for the command-line tests. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLE = join(ROOT, 'examples', 'cchc-cap-huyen-2025.xlsx');
const BIN = join(ROOT, 'bin', 'par-index.cjs');
const BUILT = join(ROOT, 'build', 'par-index.cjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(...args: string[]): Run {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The newest modification time of the sources the command is built from. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src/core', 'src/cli']) walk(join(ROOT, dir));
  return newest;
}

/** Builds build/par-index.cjs when it is missing or older than a source of the command. */
export function ensureBuilt(): void {
  if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < newestSource())
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, timeout: 120000 });
  if (!existsSync(BUILT)) throw new Error('build/par-index.cjs could not be built');
}
