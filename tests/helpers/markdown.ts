/** Tables of the project's Markdown docs, read by the tests that hold the docs to the code. */

/** The body rows of the first table after `marker` in `markdown`, as trimmed cells; throws when there is no marker. */
export function tableAfter(markdown: string, marker: string): string[][] {
  const start = markdown.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in the document`);
  const lines = markdown.slice(start + marker.length).split('\n');
  const from = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(from)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2);
}
