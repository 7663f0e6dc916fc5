/**
 * No import circles in src/, type-only imports included: each room depends on the rooms below it. The one circle kept
 * on purpose is src/gas/registry.ts's type-only import of entry.ts (said so where it stands), through which the
 * compiler holds every global to its help.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const files = new Set(sources(join(ROOT, 'src')));
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => {
    const base = normalize(join(dirname(file), match[1] as string));
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => files.has(candidate));
    return found ? [found] : [];
  });
}

/** The strongly connected groups of more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next))
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      for (let top = stack.pop(); ; top = stack.pop()) {
        onStack.delete(top as string);
        group.push(top as string);
        if (top === node) break;
      }
      if (group.length > 1) found.push(group.map((file) => relative(ROOT, file)).sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

test('src/ has no import circle but the registry of globals', () => {
  const graph = new Map([...files].map((file) => [file, imports(file)]));
  const withoutRegistry = (group: string[]) => !group.includes('src/gas/registry.ts');
  expect(circles(graph).filter(withoutRegistry)).toEqual([]);
});

test('the check sees a circle', () => {
  const a = join(ROOT, 'a.ts');
  const b = join(ROOT, 'b.ts');
  expect(
    circles(
      new Map([
        [a, [b]],
        [b, [a]],
      ]),
    ),
  ).toEqual([['a.ts', 'b.ts']]);
});
