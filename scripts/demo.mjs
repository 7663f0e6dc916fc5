// `npm run demo`: scores and ranks the bundled example, writes the two tabs into examples/out/, and explains the exit status.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'examples', 'cchc-cap-huyen-2025.xlsx');
const output = join(root, 'examples', 'out', 'cchc-cap-huyen-2025-xep-hang.xlsx');
mkdirSync(dirname(output), { recursive: true });
const run = spawnSync(
  process.execPath,
  [join(root, 'bin', 'par-index.cjs'), 'rank', input, '--out', output, '--force'],
  { stdio: 'inherit' },
);
if (run.status === 1) {
  console.log(
    '\nVí dụ cố ý có một đơn vị lỗi số liệu (Huyện Vũ Quang), nên lệnh trả về mã 1; các đơn vị khác vẫn được xếp hạng.' +
      '\nThe example has one unit with a data error on purpose, so the command exits with 1; every other unit is ranked.',
  );
}
if (run.status === 0 || run.status === 1) console.log(`\n→ ${output}`);
process.exitCode = run.status === 0 || run.status === 1 ? 0 : (run.status ?? 2);
