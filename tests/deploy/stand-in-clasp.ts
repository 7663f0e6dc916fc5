/**
 * A stand-in for clasp 3.4 on the PATH, reaching no Google endpoint: it records its arguments and answers as
 * clasp does for the commands deploy uses (node_modules/@google/clasp/build/src/commands/*.js):
 * - show-authorized-user --json prints { loggedIn } (logged in unless CLASP_STAND_IN_LOGGED_OUT is set);
 * - create-script refuses with "Project file already exists." where a .clasp.json with a scriptId is found
 *   (searched upwards from the working folder), else pulls the new project's default Code.js and appsscript.json
 *   into --rootDir, writes .clasp.json in the working folder and, with --json, prints the script and parent ids;
 * - push sends the files of the rootDir named in .clasp.json, and records their names and contents.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STAND_IN_SCRIPT_ID = '1stand-in-script-id';
export const STAND_IN_SPREADSHEET_ID = '1stand-in-spreadsheet-id';

const SOURCE = String.raw`#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
const record = { args, cwd: process.cwd() };
const log = path.join(__dirname, 'calls.jsonl');
const save = () => fs.appendFileSync(log, JSON.stringify(record) + '\n');
const option = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
function findProject(dir) {
  for (;;) {
    const file = path.join(dir, '.clasp.json');
    if (fs.existsSync(file)) return file;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
const command = args.find((arg) => !arg.startsWith('-'));
const project = findProject(process.cwd());
const settings = project ? JSON.parse(fs.readFileSync(project, 'utf8')) : null;
if (command === 'show-authorized-user') {
  save();
  console.log(JSON.stringify({ loggedIn: !process.env.CLASP_STAND_IN_LOGGED_OUT }, null, 2));
} else if (command === 'create-script' || command === 'create') {
  save();
  if (settings && settings.scriptId !== undefined) {
    console.error('Project file already exists.');
    process.exit(1);
  }
  const rootDir = option('--rootDir') || '.';
  const content = path.resolve(rootDir);
  fs.mkdirSync(content, { recursive: true });
  fs.writeFileSync(path.join(content, 'Code.js'), 'function myFunction() {\n  \n}\n');
  fs.writeFileSync(path.join(content, 'appsscript.json'), '{ "timeZone": "America/New_York", "runtimeVersion": "V8" }');
  const parentId = option('--type') === 'sheets' ? '${STAND_IN_SPREADSHEET_ID}' : undefined;
  fs.writeFileSync(path.join(process.cwd(), '.clasp.json'), JSON.stringify({ scriptId: '${STAND_IN_SCRIPT_ID}', rootDir, parentId }, null, 2));
  const files = [path.join(rootDir, 'appsscript.json'), path.join(rootDir, 'Code.js')];
  if (args.includes('--json')) console.log(JSON.stringify({ scriptId: '${STAND_IN_SCRIPT_ID}', parentId, files }, null, 2));
  else console.log('Created new document: https://drive.google.com/open?id=' + parentId);
} else if (command === 'push') {
  if (!settings || !settings.scriptId) {
    save();
    console.error('Project settings not found.');
    process.exit(1);
  }
  const content = path.resolve(path.dirname(project), settings.rootDir || '.');
  record.scriptId = settings.scriptId;
  record.files = Object.fromEntries(fs.readdirSync(content).sort().map((name) => [name, fs.readFileSync(path.join(content, name), 'utf8')]));
  save();
  console.log('Pushed ' + Object.keys(record.files).length + ' files.');
} else {
  save();
  console.error('stand-in clasp: unknown command ' + command);
  process.exit(1);
}
`;

/** Writes the stand-in as an executable `clasp` in `dir`; its calls go to dir/calls.jsonl. */
export function writeStandInClasp(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'clasp');
  writeFileSync(file, SOURCE);
  chmodSync(file, 0o755);
}
