// `npm run demo`: scores and ranks the two bundled examples (districts; communes with History), writes the tabs into
// examples/out/, explains the exit status, and prints the commune example's streaks and changes since the Compare-with year.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'par-index.cjs');

function rank(name) {
  const input = join(root, 'examples', `${name}.xlsx`);
  const output = join(root, 'examples', 'out', `${name}-xep-hang.xlsx`);
  mkdirSync(dirname(output), { recursive: true });
  console.log(`\n=== ${name}.xlsx ===`);
  const run = spawnSync(process.execPath, [bin, 'rank', input, '--out', output, '--force'], {
    stdio: 'inherit',
  });
  return { input, status: run.status };
}

/** The sentences a press release prints: streaks of first places and changes since the Compare-with year. */
function years(input) {
  const run = spawnSync(process.execPath, [bin, 'rank', input, '--json'], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) return;
  const { units, year } = JSON.parse(run.stdout);
  console.log(`\nNăm ${year} / Year ${year}:`);
  for (const unit of units) {
    const parts = [];
    if (unit.streak > 1) parts.push(`${unit.streak} năm liền dẫn đầu`);
    const c = unit.compare;
    // A change against a year spent in another group is never news: compare.change is null then.
    if (c && c.change !== null) {
      const moved =
        c.change > 0
          ? `tăng ${c.change} bậc`
          : c.change < 0
            ? `giảm ${-c.change} bậc`
            : 'giữ nguyên thứ hạng';
      parts.push(`thứ ${unit.rank}, ${moved} so với năm ${c.year} (thứ ${c.rank})`);
      if (c.sipasChange !== null && c.sipasChange !== 0)
        parts.push(
          `SIPAS thứ ${unit.sipasRank}, ${c.sipasChange > 0 ? 'tăng' : 'giảm'} ${Math.abs(c.sipasChange)} bậc`,
        );
    } else if (c) {
      parts.push(`thứ ${unit.rank}; năm ${c.year} thứ ${c.rank} ở nhóm khác`);
    } else if (unit.rank !== null && unit.history.length === 1) {
      parts.push(`thứ ${unit.rank}, chưa có năm so sánh trong Lịch sử`);
    }
    if (parts.length > 0) console.log(`  ${unit.unit}: ${parts.join('; ')}`);
  }
}

const district = rank('cchc-cap-huyen-2025');
if (district.status === 1) {
  console.log(
    '\nVí dụ cấp huyện cố ý có một đơn vị lỗi số liệu (Huyện Vũ Quang), nên lệnh trả về mã 1; các đơn vị khác vẫn được xếp hạng.' +
      '\nThe district example has one unit with a data error on purpose, so the command exits with 1; every other unit is ranked.',
  );
}
const commune = rank('cchc-cap-xa-2025');
if (commune.status === 0 || commune.status === 1) years(commune.input);

const statuses = [district.status, commune.status];
process.exitCode = statuses.every((status) => status === 0 || status === 1) ? 0 : 2;
