// Builds the command line (build/par-index.cjs) and the Apps Script project (dist/: Code.js, appsscript.json,
// Sidebar.html, Templates.html).
// The vm tests load build/gas/Code.js: the same code as dist/Code.js plus a source map beside it, so coverage maps
// back to src/gas and src/core. The map stays out of dist/, which clasp pushes and every custom-function call parses.
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
const mapped = join(out, 'gas');

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

/** A module of src/, loaded from its TypeScript source. */
async function loadSource(path, name) {
  const file = join(out, `${name}.cjs`);
  await build({
    entryPoints: [join(root, path)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  const require = createRequire(import.meta.url);
  return require(file);
}

/** The registry of globals, so the stubs and the bundle share one list. */
async function loadRegistry() {
  return (await loadSource('src/gas/registry.ts', 'registry')).REGISTRY;
}

/**
 * Templates.html: every criteria template's sheet in both languages, as JSON, which Set up alone reads
 * (src/gas/templates.ts); kept out of Code.js, which every custom-function call parses.
 */
async function writeTemplates() {
  const { CRITERIA_TEMPLATES } = await loadSource('src/template/registry.ts', 'templates');
  const sheets = Object.fromEntries(
    Object.entries(CRITERIA_TEMPLATES).map(([key, template]) => [
      key,
      { vi: template.sheet('vi'), en: template.sheet('en') },
    ]),
  );
  await writeFile(join(dist, 'Templates.html'), JSON.stringify(sheets));
}

const APPS_SCRIPT = {
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
};

async function buildAppsScript() {
  const stubs = renderStubs(await loadRegistry());
  const deployed = await build(APPS_SCRIPT);
  await writeFile(join(dist, 'Code.js'), `${deployed.outputFiles[0].text}\n${stubs}`);
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  await writeTemplates();
  // The same code with line breaks kept (v8-to-istanbul maps coverage line by line) and the map it names.
  const withMap = await build({
    ...APPS_SCRIPT,
    minifyWhitespace: false,
    sourcemap: 'external',
    sourcesContent: false,
    outfile: join(mapped, 'Code.js'),
  });
  const map = withMap.outputFiles.find((file) => file.path.endsWith('.map'));
  const code = withMap.outputFiles.find((file) => file.path.endsWith('.js'));
  const bundle = code.text.replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
  await writeFile(join(mapped, 'Code.js'), `${bundle}\n${stubs}\n//# sourceMappingURL=Code.js.map\n`);
  await writeFile(join(mapped, 'Code.js.map'), map.text);
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await mkdir(mapped, { recursive: true });
await buildCli();
if (existsSync(join(root, 'src/gas/entry.ts'))) await buildAppsScript();
await buildSidebar({ outFile: join(dist, 'Sidebar.html') });
const size = (await readFile(join(dist, 'Code.js')).catch(() => Buffer.alloc(0))).length;
const templates = (await readFile(join(dist, 'Templates.html')).catch(() => Buffer.alloc(0))).length;
console.log(
  `built build/par-index.cjs, dist/Code.js (${(size / 1024).toFixed(1)} KB), dist/Sidebar.html, ` +
    `dist/Templates.html (${(templates / 1024).toFixed(1)} KB)`,
);
