/** The checks and the write that every command with --out shares: never the input, replaced only with --force. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileMessage, type FileMessageKey } from './file-messages';

/** A message about a file, in both languages: the workbook's language is not known before it is read. */
export function bothLanguages(key: FileMessageKey, path: string): string {
  return `${fileMessage('vi', key, path)}\n${fileMessage('en', key, path)}`;
}

/** True when both paths name one file, also through a hard or symbolic link (same device and inode). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The OUT problem that stops the run before anything is read, if any. */
export function outProblem(out: string, workbook: string, force: boolean): FileMessageKey | null {
  if (sameFile(out, workbook)) return 'outIsInput';
  if (exists(out) && !force) return 'outExists';
  return null;
}

/** Writes through a temporary file beside OUT, so a failed write never leaves half a file under its name. */
export function writeOut(bytes: Uint8Array, out: string): void {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, out);
  } finally {
    rmSync(temporary, { force: true });
  }
}
