/** The checks and the write that every command with --out shares: never the input, replaced only with --force. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileMessage, type FileMessageKey } from './file-messages';

/** A message about a file, in both languages: the workbook's language is not known before it is read. */
export function bothLanguages(key: FileMessageKey, path: string, detail?: string): string {
  return `${fileMessage('vi', key, path, undefined, detail)}\n${fileMessage('en', key, path, undefined, detail)}`;
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

/** What is at `path`: nothing, a directory or a file. */
function kindOf(path: string): 'none' | 'directory' | 'file' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'none';
  }
}

/** The OUT problem that stops the run before anything is read, if any. */
export function outProblem(out: string, workbook: string, force: boolean): FileMessageKey | null {
  if (sameFile(out, workbook)) return 'outIsInput';
  const kind = kindOf(out);
  if (kind === 'directory') return 'outIsDirectory';
  if (!/\.xlsx$/i.test(out)) return 'outNotXlsx';
  if (kind === 'file' && !force) return 'outExists';
  return null;
}

/** The true reason a write failed, with the folder or the system's words it needs. */
export function writeFailure(error: unknown, out: string): { key: FileMessageKey; detail: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const folder = dirname(resolve(out));
  if (code === 'ENOENT' || code === 'ENOTDIR') return { key: 'outNoDirectory', detail: folder };
  if (code === 'EACCES' || code === 'EPERM') return { key: 'outNoPermission', detail: folder };
  if (code === 'EROFS') return { key: 'outReadOnly', detail: '' };
  if (code === 'ENOSPC' || code === 'EDQUOT') return { key: 'outNoSpace', detail: '' };
  return { key: 'outNotWritten', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Makes OUT's bytes and writes them; when either fails, tells why on standard error (in both languages) and
 * gives false.
 */
export async function writeOutOrTell(
  bytes: () => Promise<Uint8Array>,
  out: string,
  io: { stderr: (text: string) => void },
): Promise<boolean> {
  try {
    writeOut(await bytes(), out);
    return true;
  } catch (error) {
    const { key, detail } = writeFailure(error, out);
    io.stderr(`par-index: ${bothLanguages(key, out, detail).replace('\n', '\npar-index: ')}\n`);
    return false;
  }
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
