/**
 * The repository stands alone: every relative link of every Markdown file points at a file or folder inside it
 * (and a heading there, when it names one), and no tracked file names a path outside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function tracked(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(ROOT, path)));
}

/** The links of a Markdown text, outside code blocks and code spans: [text](target) and [label]: target. */
export function markdownLinks(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const reference = [...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]);
  return [...inline, ...reference].filter((target): target is string => target !== undefined);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens (letters with diacritics kept). */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  const text = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => anchorOf(m[1] as string)));
}

function problems(file: string): string[] {
  const markdown = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const link of markdownLinks(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto: …
    const [path = '', anchor] = link.split('#');
    const target = path === '' ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURI(path));
    const inside = relative(ROOT, target);
    if (path.startsWith('/') || inside.startsWith('..' + sep) || inside === '..')
      found.push(`${file}: ${link} leaves the repository`);
    else if (!existsSync(target)) found.push(`${file}: ${link} points at nothing`);
    else if (
      anchor &&
      target.endsWith('.md') &&
      !anchors(readFileSync(target, 'utf8')).has(decodeURI(anchor))
    )
      found.push(`${file}: ${link} names no heading of ${inside}`);
  }
  return found;
}

describe('links and paths', () => {
  const files = tracked();

  it('finds the Markdown files', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/WORKBOOK.md', 'docs/DECISIONS.md']));
  });

  it('every relative link of every Markdown file stays in the repository and points at something', () => {
    expect(files.filter((file) => file.endsWith('.md')).flatMap(problems)).toEqual([]);
  });

  it('no tracked file names a path outside the repository', () => {
    const outside = /(?:\.\.\/)+shared\/spec|\/work\/(?:shared|main|wt)\b|\/shared\/spec\//;
    const named = files
      .filter((file) => !/\.(xlsx|png|jpg|ico)$/.test(file))
      .filter((file) => outside.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(named).toEqual([]);
  });
});

describe('the link checker', () => {
  it('reads inline and reference links, not code', () => {
    expect(
      markdownLinks('[a](docs/A.md) `[b](x.md)` ![i](img.png "t")\n[c]: ../out.md\n```\n[d](e.md)\n```'),
    ).toEqual(['docs/A.md', 'img.png', '../out.md']);
  });

  it("makes GitHub's anchors", () => {
    expect(anchorOf('3. Sheet Tiêu chí (Criteria)')).toBe('3-sheet-tiêu-chí-criteria');
  });
});
