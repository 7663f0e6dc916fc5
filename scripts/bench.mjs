// `npm run bench`: bundles scripts/bench/main.ts the way the product is bundled (esbuild, node 20, not minified)
// into bench-results/.build/bench.cjs and runs it. Needs `npm run build` first (it measures dist/Code.js and
// build/par-index.cjs as built). Results: the printed table and bench-results/bench.json.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'bench-results');
const outfile = join(results, '.build', 'bench.cjs');

await mkdir(join(results, '.build'), { recursive: true });
// The results are machine-specific output, never committed.
await writeFile(join(results, '.gitignore'), '*\n');
await build({
  absWorkingDir: root,
  entryPoints: [join(root, 'scripts/bench/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['exceljs', 'hyperformula', 'esbuild'],
  // For the profile summary's hot lines only; node does not apply it while running.
  sourcemap: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
