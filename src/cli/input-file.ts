/** What a file given as WORKBOOK is, told before exceljs sees it, so that a person gets a message, not a library's. */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { FileMessageKey } from './file-messages';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: an .xls, or an .xlsx encrypted with a password (stored as an "EncryptedPackage" stream). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function head(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The message for a WORKBOOK that is not an .xlsx to read, or null when it looks like one. */
export function inputProblem(path: string): FileMessageKey | null {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return 'fileIsDirectory';
    size = stat.size;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fileMissing' : 'fileUnreadable';
  }
  if (size === 0) return 'fileEmpty';
  let bytes: Buffer;
  try {
    bytes = head(path, 4096);
  } catch {
    return 'fileUnreadable';
  }
  const extension = extname(path).toLowerCase();
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument file starts with its uncompressed "mimetype" entry.
    if (bytes.subarray(0, 120).toString('latin1').includes('application/vnd.oasis.opendocument'))
      return 'fileOds';
    return extension === '.ods' ? 'fileOds' : null;
  }
  if (startsWith(bytes, OLE)) {
    const encrypted = readFileSync(path).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return encrypted ? 'fileEncrypted' : 'fileXls';
  }
  if (extension === '.xls') return 'fileXls';
  if (extension === '.ods') return 'fileOds';
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt' || !bytes.includes(0))
    return 'fileCsv';
  return 'fileNotXlsx';
}
