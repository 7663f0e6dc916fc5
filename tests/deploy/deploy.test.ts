/**
 * `npm run deploy` (scripts/deploy.mjs) on a copy of the repository, with a stand-in clasp on the PATH and nothing
 * else there: no Google endpoint, no browser, no shell.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { ROOT } from '../gas/bundle';
import { STAND_IN_SCRIPT_ID, STAND_IN_SPREADSHEET_ID, writeStandInClasp } from './stand-in-clasp';

const LEFT_OUT = new Set([
  'node_modules',
  '.git',
  'build',
  'dist',
  'coverage',
  'test-artifacts',
  'bench-results',
]);

interface Call {
  args: string[];
  cwd: string;
  scriptId?: string;
  files?: Record<string, string>;
}

interface Setup {
  repo: string;
  bin: string;
  deploy(args: string[], env?: Record<string, string>): { status: number | null; out: string };
  calls(): Call[];
}

const made: string[] = [];

function setUp(withClasp = true): Setup {
  const base = mkdtempSync(join(tmpdir(), 'par-deploy-'));
  made.push(base);
  const repo = join(base, 'repo');
  cpSync(ROOT, repo, { recursive: true, filter: (source) => !LEFT_OUT.has(basename(source)) });
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
  const bin = join(base, 'bin');
  if (withClasp) writeStandInClasp(bin);
  // Node's own folder for the stand-in's `#!/usr/bin/env node`; deploy runs Node by its path, never from the PATH.
  const path = withClasp ? [bin, dirname(process.execPath)].join(delimiter) : join(base, 'empty');
  return {
    repo,
    bin,
    deploy(args, env = {}) {
      const result = spawnSync(process.execPath, [join(repo, 'scripts', 'deploy.mjs'), ...args], {
        cwd: repo,
        env: { PATH: path, HOME: base, ...env },
        encoding: 'utf8',
      });
      return { status: result.status, out: `${result.stdout}${result.stderr}` };
    },
    calls() {
      const log = join(bin, 'calls.jsonl');
      if (!existsSync(log)) return [];
      return readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Call);
    },
  };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function claspJson(repo: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repo, '.clasp.json'), 'utf8')) as Record<string, unknown>;
}

describe('npm run deploy', () => {
  test('says, in Vietnamese and English, that clasp is missing', () => {
    const setup = setUp(false);
    const { status, out } = setup.deploy([]);
    expect(status).toBe(1);
    expect(out).toContain('Không tìm thấy lệnh clasp');
    expect(out).toContain('The clasp command was not found');
    expect(out).toContain('npm ci');
  });

  test('says that clasp is not logged in, before building anything', () => {
    const setup = setUp();
    const { status, out } = setup.deploy([], { CLASP_STAND_IN_LOGGED_OUT: '1' });
    expect(status).toBe(1);
    expect(out).toContain('clasp chưa đăng nhập');
    expect(out).toContain('clasp is not logged in');
    expect(out).toContain('clasp login');
    expect(setup.calls().map((call) => call.args)).toEqual([['show-authorized-user', '--json']]);
    expect(existsSync(join(setup.repo, 'dist'))).toBe(false);
  });

  test('says that .clasp.json has no script id (the placeholder, or no file) and what to run', () => {
    const setup = setUp();
    const placeholder = setup.deploy([]);
    expect(placeholder.status).toBe(1);
    expect(placeholder.out).toContain('.clasp.json chưa có mã dự án');
    expect(placeholder.out).toContain('.clasp.json has no script ID');
    expect(placeholder.out).toContain('npm run deploy -- --new');
    rmSync(join(setup.repo, '.clasp.json'));
    expect(setup.deploy([]).out).toContain('.clasp.json has no script ID');
    expect(setup.calls().every((call) => call.args[0] === 'show-authorized-user')).toBe(true);
  });

  test('asks for the name after --new', () => {
    const setup = setUp();
    const { status, out } = setup.deploy(['--new']);
    expect(status).toBe(1);
    expect(out).toContain('Thiếu tên bảng tính sau --new');
    expect(setup.calls()).toEqual([]);
  });

  test('builds and pushes dist/ to the project of .clasp.json (the --skip-check of npm run push)', () => {
    const setup = setUp();
    writeFileSync(
      join(setup.repo, '.clasp.json'),
      JSON.stringify({ scriptId: 'my-script', rootDir: 'dist' }),
    );
    const { status, out } = setup.deploy(['--skip-check']);
    expect(status).toBe(0);
    const calls = setup.calls();
    expect(calls.map((call) => call.args)).toEqual([
      ['show-authorized-user', '--json'],
      ['push', '--force'],
    ]);
    const pushed = calls[1] as Call;
    expect(pushed.scriptId).toBe('my-script');
    expect(Object.keys(pushed.files ?? {})).toEqual([
      'Code.js',
      'Sidebar.html',
      'Templates.html',
      'appsscript.json',
    ]);
    expect(pushed.files?.['Code.js']).toContain('function onOpen(');
    expect(out).toContain('Pushed the add-in');
  });

  test('--new creates a spreadsheet with the script bound to it, pushes the built add-in and prints its /copy link', () => {
    const setup = setUp();
    const { status, out } = setup.deploy(['--new', 'Chỉ số CCHC 2026']);
    expect(status).toBe(0);
    const calls = setup.calls();
    expect(calls.map((call) => call.args)).toEqual([
      ['show-authorized-user', '--json'],
      ['create-script', '--type', 'sheets', '--title', 'Chỉ số CCHC 2026', '--rootDir', 'dist', '--json'],
      ['push', '--force'],
    ]);
    // create-script ran where the repository's .clasp.json (a placeholder script id) would have stopped it.
    expect(calls[1]?.cwd).toBe(setup.repo);
    expect(claspJson(setup.repo)).toMatchObject({ scriptId: STAND_IN_SCRIPT_ID, rootDir: 'dist' });
    expect(existsSync(join(setup.repo, '.clasp.previous.json'))).toBe(false);
    // The project's default Code.js and appsscript.json, pulled into dist/, gave way to the build.
    const pushed = calls[2] as Call;
    expect(pushed.scriptId).toBe(STAND_IN_SCRIPT_ID);
    expect(pushed.files?.['Code.js']).toContain('function onOpen(');
    expect(pushed.files?.['Code.js']).not.toContain('myFunction');
    expect(JSON.parse(pushed.files?.['appsscript.json'] ?? '{}')).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')),
    );
    const address = `https://docs.google.com/spreadsheets/d/${STAND_IN_SPREADSHEET_ID}`;
    expect(out).toContain(`${address}/edit`);
    expect(out).toContain(`${address}/copy`);
    expect(out).toContain('Bất kỳ ai có đường liên kết');
    expect(out).toContain('Anyone with the link');
  });

  test("--new keeps a real project's .clasp.json aside, and puts it back when creating fails", () => {
    const setup = setUp();
    const mine = JSON.stringify({ scriptId: 'my-script', rootDir: 'dist' });
    writeFileSync(join(setup.repo, '.clasp.json'), mine);
    // A .clasp.json above the repository stops clasp's create-script as well: nothing may be lost then.
    writeFileSync(join(dirname(setup.repo), '.clasp.json'), JSON.stringify({ scriptId: 'above' }));
    const failed = setup.deploy(['--new', 'Bảng tính', '--skip-check']);
    expect(failed.status).toBe(1);
    expect(failed.out).toContain('clasp create-script');
    expect(readFileSync(join(setup.repo, '.clasp.json'), 'utf8')).toBe(mine);
    expect(setup.calls().some((call) => call.args[0] === 'push')).toBe(false);

    rmSync(join(dirname(setup.repo), '.clasp.json'));
    const created = setup.deploy(['--new', 'Bảng tính', '--skip-check']);
    expect(created.status).toBe(0);
    expect(created.out).toContain('.clasp.previous.json');
    expect(readFileSync(join(setup.repo, '.clasp.previous.json'), 'utf8')).toBe(mine);
    expect(claspJson(setup.repo).scriptId).toBe(STAND_IN_SCRIPT_ID);
  });
});
