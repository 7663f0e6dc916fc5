/**
 * Writes the commune-level example workbook (synthetic data) to examples/cchc-cap-xa-2025.xlsx.
 * Run from the repository root: npx tsx scripts/make-example-cap-xa.ts [OUT.xlsx]
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCommuneExampleWorkbook } from '../examples/source/build-example-cap-xa';
import { writeWorkbookXlsx } from '../src/cli/xlsx';

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'examples/cchc-cap-xa-2025.xlsx');
  mkdirSync(dirname(out), { recursive: true });
  await writeWorkbookXlsx(buildCommuneExampleWorkbook(), out);
  console.log(`Wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
