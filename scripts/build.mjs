// Builds the command line (build/par-index.cjs) and the Apps Script project (dist/: Code.js, appsscript.json, Sidebar.html).
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './build-sidebar.mjs';
import { renderStubs } from './render-stubs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(root, 'build');

async function buildCli() {
  await build({
    entryPoints: [join(root, 'src/cli/entry.ts')],
    outfile: join(out, 'par-index.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['exceljs'],
    logLevel: 'warning',
  });
}

/** The registry of globals, loaded from its TypeScript source so the stubs and the bundle share one list. */
async function loadRegistry() {
  const file = join(out, 'registry.cjs');
  await build({
    entryPoints: [join(root, 'src/gas/registry.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  const require = createRequire(import.meta.url);
  return require(file).REGISTRY;
}

async function buildAppsScript() {
  const result = await build({
    entryPoints: [join(root, 'src/gas/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'ParIndex',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const stubs = renderStubs(await loadRegistry());
  await writeFile(join(dist, 'Code.js'), `${bundle}\n${stubs}`);
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await mkdir(out, { recursive: true });
await buildCli();
if (existsSync(join(root, 'src/gas/entry.ts'))) await buildAppsScript();
await buildSidebar({ outFile: join(dist, 'Sidebar.html') });
const size = (await readFile(join(dist, 'Code.js')).catch(() => Buffer.alloc(0))).length;
console.log(`built build/par-index.cjs, dist/Code.js (${(size / 1024).toFixed(1)} KB), dist/Sidebar.html`);
