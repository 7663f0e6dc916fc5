// `npm run deploy`: type-checks, builds and pushes dist/ to the Apps Script project named in .clasp.json.
// `npm run deploy -- --new "Tên bảng tính"`: first creates a Google Sheet with the script bound to it, then pushes,
// and prints the spreadsheet's address and its /copy link. `npm run push` (--skip-check) only builds and pushes.
// Needs only Node and clasp (`npm ci` installs it in node_modules/.bin, which npm puts on the PATH).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const claspFile = join(root, '.clasp.json');
const previousClaspFile = join(root, '.clasp.previous.json');
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** Each message in Vietnamese, then in English. */
const SAY = {
  usage: [
    'Cách dùng: npm run deploy [-- --new "Tên bảng tính"]',
    'Usage: npm run deploy [-- --new "Spreadsheet name"]',
  ],
  noTitle: [
    'Thiếu tên bảng tính sau --new, ví dụ: npm run deploy -- --new "Chỉ số CCHC 2026"',
    'A spreadsheet name must follow --new, e.g. npm run deploy -- --new "PAR Index 2026"',
  ],
  noClasp: [
    'Không tìm thấy lệnh clasp. Chạy "npm ci" trong thư mục dự án (clasp đi kèm), hoặc "npm install -g @google/clasp".',
    'The clasp command was not found. Run "npm ci" in the project folder (clasp comes with it), or "npm install -g @google/clasp".',
  ],
  notLoggedIn: [
    'clasp chưa đăng nhập. Chạy "npx clasp login" một lần (mở trang đăng nhập Google), bật "Google Apps Script API" ở https://script.google.com/home/usersettings, rồi chạy lại.',
    'clasp is not logged in. Run "npx clasp login" once (it opens Google\'s sign-in), turn on "Google Apps Script API" at https://script.google.com/home/usersettings, then run this again.',
  ],
  noScriptId: [
    '.clasp.json chưa có mã dự án (scriptId). Tạo bảng tính mới kèm tiện ích: npm run deploy -- --new "Tên bảng tính"; hoặc chép mã dự án (Apps Script → Cài đặt dự án → Mã tập lệnh) vào "scriptId" trong .clasp.json.',
    '.clasp.json has no script ID. Create a new spreadsheet with the add-in: npm run deploy -- --new "Spreadsheet name"; or copy the project\'s ID (Apps Script → Project Settings → Script ID) into "scriptId" in .clasp.json.',
  ],
  previousKept: [
    'Cấu hình dự án cũ được giữ trong .clasp.previous.json.',
    'The previous project settings are kept in .clasp.previous.json.',
  ],
  failed: (step) => [
    `Bước "${step}" không thành công (xem ở trên).`,
    `The step "${step}" failed (see above).`,
  ],
  created: (url) => [`Đã tạo bảng tính: ${url}`, `Created the spreadsheet: ${url}`],
  copyLink: (url) => [
    `Liên kết tạo bản sao (gửi cho các đơn vị, cán bộ Sở Nội vụ): ${url}`,
    `The link that makes a copy (the one to share): ${url}`,
  ],
  share: [
    'Để liên kết này dùng được, chia sẻ bảng tính mẫu: Chia sẻ → Quyền truy cập chung → "Bất kỳ ai có đường liên kết" → Người xem.',
    'For the link to work, share the template: Share → General access → "Anyone with the link" → Viewer.',
  ],
  pushed: ['Đã đẩy tiện ích lên dự án Apps Script.', 'Pushed the add-in to the Apps Script project.'],
};

function say([vi, en]) {
  console.log(`${vi}\n${en}`);
}

function fail(message) {
  console.error(`${message[0]}\n${message[1]}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { title: null, skipCheck: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-check') options.skipCheck = true;
    else if (arg === '--new') {
      const title = argv[++i];
      if (!title || title.startsWith('--') || title.trim() === '') fail(SAY.noTitle);
      options.title = title.trim();
    } else fail(SAY.usage);
  }
  return options;
}

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The clasp on the PATH (on Windows npm installs it as clasp.cmd). */
function findClasp() {
  const names = process.platform === 'win32' ? ['clasp.cmd', 'clasp.exe', 'clasp'] : ['clasp'];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** A Windows .cmd runs only through the shell, which needs each argument quoted. */
function quotedForCmd(arg) {
  return `"${String(arg).replace(/"/g, '""')}"`;
}

function run(file, args, { capture = false } = {}) {
  const stdio = ['inherit', capture ? 'pipe' : 'inherit', 'inherit'];
  const result = /\.(cmd|bat)$/i.test(file)
    ? spawnSync([file, ...args].map(quotedForCmd).join(' '), {
        cwd: root,
        stdio,
        shell: true,
        encoding: 'utf8',
      })
    : spawnSync(file, args, { cwd: root, stdio, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

function step(name, ok) {
  if (!ok) fail(SAY.failed(name));
}

/** The JSON object clasp prints with --json (the last one in its output). */
function jsonOutput(stdout) {
  const start = stdout.lastIndexOf('\n{') + 1;
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return null;
  }
}

function readClaspJson() {
  if (!existsSync(claspFile)) return null;
  try {
    return JSON.parse(readFileSync(claspFile, 'utf8'));
  } catch {
    return null;
  }
}

function hasScriptId(settings) {
  const id = settings?.scriptId;
  return typeof id === 'string' && id.trim() !== '' && id !== PLACEHOLDER;
}

function checkLoggedIn(clasp) {
  const { ok, stdout } = run(clasp, ['show-authorized-user', '--json'], { capture: true });
  step('clasp show-authorized-user', ok);
  if (jsonOutput(stdout)?.loggedIn !== true) fail(SAY.notLoggedIn);
}

function typeCheck() {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  for (const project of ['tsconfig.json', 'tsconfig.core.json']) {
    step(`tsc -p ${project}`, run(process.execPath, [tsc, '-p', project, '--noEmit']).ok);
  }
}

function build() {
  step('node scripts/build.mjs', run(process.execPath, [join(root, 'scripts', 'build.mjs')]).ok);
}

function push(clasp) {
  step('clasp push', run(clasp, ['push', '--force']).ok);
  say(SAY.pushed);
}

/**
 * clasp's create-script refuses where .clasp.json has a script ID (the repository's placeholder counts), so the
 * file is moved aside first: kept as .clasp.previous.json when it named a real project, put back if creating fails.
 * create-script pulls the new project's default files into dist/; the build that follows replaces dist/ whole.
 */
function create(clasp, title) {
  const moved = existsSync(claspFile);
  const keep = hasScriptId(readClaspJson());
  if (moved) renameSync(claspFile, previousClaspFile);
  const args = ['create-script', '--type', 'sheets', '--title', title, '--rootDir', 'dist', '--json'];
  const { ok, stdout } = run(clasp, args, { capture: true });
  const created = ok ? jsonOutput(stdout) : null;
  if (!created?.parentId || !hasScriptId(readClaspJson())) {
    if (moved) renameSync(previousClaspFile, claspFile);
    fail(SAY.failed('clasp create-script'));
  }
  if (keep) say(SAY.previousKept);
  else if (moved) rmSync(previousClaspFile);
  return created.parentId;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const clasp = findClasp();
  if (!clasp) fail(SAY.noClasp);
  checkLoggedIn(clasp);
  if (options.title === null && !hasScriptId(readClaspJson())) fail(SAY.noScriptId);
  if (!options.skipCheck) typeCheck();
  const spreadsheetId = options.title === null ? null : create(clasp, options.title);
  build();
  push(clasp);
  if (spreadsheetId) {
    const address = `https://docs.google.com/spreadsheets/d/${spreadsheetId}`;
    say(SAY.created(`${address}/edit`));
    say(SAY.copyLink(`${address}/copy`));
    say(SAY.share);
  }
}

main();
