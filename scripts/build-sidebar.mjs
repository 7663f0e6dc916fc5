/**
 * Builds the add-in's sidebar into one self-contained HTML file (what HtmlService.createHtmlOutputFromFile
 * serves): sidebar/main.ts bundled by esbuild and sidebar/styles.css, both inlined into sidebar/index.html.
 *
 *   node scripts/build-sidebar.mjs dist/Sidebar.html
 */
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CSS_SLOT = '/* build:css */';
const JS_SLOT = '/* build:js */';

/** `</script>` or `<!--` inside inlined code would end or confuse the element that holds it. */
export function escapeInline(code) {
  return code.replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--');
}

function inline(template, slot, code) {
  const at = template.indexOf(slot);
  if (at < 0 || template.indexOf(slot, at + 1) >= 0)
    throw new Error(`sidebar/index.html needs exactly one ${slot}`);
  // Slicing, not String.replace: "$&" and friends in the bundle must stay as they are.
  return template.slice(0, at) + code + template.slice(at + slot.length);
}

export async function bundleScript() {
  const result = await build({
    absWorkingDir: root, // the same output from any directory
    entryPoints: ['sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: false,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output for sidebar/main.ts');
  return out.text;
}

/** Writes the sidebar to outFile and returns its HTML. */
export async function buildSidebar({ outFile }) {
  if (!outFile) throw new Error('buildSidebar needs { outFile }');
  const [template, css, js] = await Promise.all([
    readFile(resolve(root, 'sidebar/index.html'), 'utf8'),
    readFile(resolve(root, 'sidebar/styles.css'), 'utf8'),
    bundleScript(),
  ]);
  const html = inline(inline(template, CSS_SLOT, escapeInline(css.trim())), JS_SLOT, escapeInline(js.trim()));
  const target = resolve(outFile);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, html, 'utf8');
  return html;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outFile = process.argv[2] ?? 'dist/Sidebar.html';
  buildSidebar({ outFile }).then(
    (html) => console.log(`${outFile}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
