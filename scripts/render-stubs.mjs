// Renders the top-level functions Apps Script must see from the registry in src/gas/registry.ts, the custom functions
// with their JSDoc: esbuild drops comments, and Sheets reads @customfunction help only from top-level functions, so
// these are appended. The other globals' help stays in the registry: every custom-function call parses the bundle.

function jsdoc(entry) {
  const lines = [`${entry.description.vi}`, `${entry.description.en}`];
  for (const param of entry.params) lines.push(`@param {${param.type}} ${param.name} ${param.description}`);
  if (entry.returns) lines.push(`@return {${entry.returns.type}} ${entry.returns.description}`);
  if (entry.kind === 'custom') lines.push('@customfunction');
  return ['/**', ...lines.map((line) => ` * ${line}`), ' */'].join('\n');
}

/** `registry` maps each global's name to its entry. */
export function renderStubs(registry) {
  return Object.entries(registry)
    .map(([name, entry]) => {
      const names = entry.params.map((param) => param.name).join(', ');
      const stub = `function ${name}(${names}) {\n  return ParIndex.${name}(${names});\n}\n`;
      return entry.kind === 'custom' ? `${jsdoc(entry)}\n${stub}` : stub;
    })
    .join('\n');
}
