/**
 * Builds the sidebar, runs it in headless Chromium against a fake server with plausible data, clicks
 * through it, and leaves screenshots in test-artifacts/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type {
  RolesDto,
  ArchiveDto,
  ErrorDto,
  GroupSummaryDto,
  ProgressDto,
  RecomputeDto,
  SettingsDto,
  StatusDto,
  UnitLineDto,
  ValidationDto,
} from '../../src/shared/api';
import { launchSidebar, type ServerImpl, type Sidebar } from './harness';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const EVIL = '<img src=x onerror="window.__pwned=1">';

const errors: ErrorDto[] = [
  {
    sheet: 'Huyện Vũ Quang',
    cell: 'E12',
    message: 'Số liệu "95" lớn hơn 1 mà không có Trên tổng số: có phải là 95%?',
  },
  { sheet: 'Tiêu chí', cell: 'D7', message: 'Điểm tối đa của 2.1 (3) khác tổng các tiêu chí con (2,5).' },
  { sheet: '<b>Sở Tư pháp</b>', cell: null, message: '<script>window.__pwned=2</script> không có cột Mã.' },
  { sheet: null, cell: null, message: 'Trang Cài đặt có khoá "Nam" không rõ nghĩa.' },
];
const warnings: ErrorDto[] = [
  { sheet: 'Huyện Thanh Hà', cell: 'C5', message: 'Điểm tối đa ghi 2 khác bộ tiêu chí (2,5).' },
  { sheet: 'Điều tra', cell: 'B9', message: 'SIPAS 86,02 được hiểu là 86,02%.' },
];

const line = (
  unit: string,
  rank: number,
  index: number,
  cls: string,
  change: number,
  flags: number,
  streak = 0,
  compareChange: number | null = null,
): UnitLineDto => ({
  unit,
  rank,
  index,
  class: cls,
  change,
  flags,
  streak,
  compareChange,
});

const groups: GroupSummaryDto[] = [
  {
    group: 'Cấp huyện',
    top: [
      line('Thị xã Kỳ Anh', 1, 92.456, 'A', 3, 4),
      line(EVIL, 2, 90, 'A', 0, 6),
      line('Huyện Thanh Hà', 3, 85.3449, 'B', 2, 11),
      line('Huyện Hương Sơn', 4, 85.3449, 'B', -1, 9),
      line('Huyện Đức Thọ', 5, 81.2, 'B', 0, 14),
    ],
    ranked: 12,
    classCounts: [
      { label: 'A', count: 2 },
      { label: 'B', count: 5 },
      { label: 'C', count: 4 },
      { label: 'D', count: 1 },
    ],
    rises: [line('Thị xã Kỳ Anh', 1, 92.456, 'A', 3, 4), line('Huyện Thanh Hà', 3, 85.3449, 'B', 2, 11)],
    falls: [line('Huyện Vũ Quang', 12, 64.07, 'D', -18, 23), line('Huyện Hương Sơn', 4, 85.3449, 'B', -1, 9)],
    mostFlags: [line('Huyện Vũ Quang', 12, 64.07, 'D', -18, 23), line('Huyện Đức Thọ', 5, 81.2, 'B', 0, 14)],
    streaks: [line('Thị xã Kỳ Anh', 1, 92.456, 'A', 3, 4, 3, 14)],
    compareYear: 2019,
    compareRises: [line('Thị xã Kỳ Anh', 1, 92.456, 'A', 3, 4, 3, 14)],
    compareFalls: [line('Huyện Vũ Quang', 12, 64.07, 'D', -18, 23, 0, -7)],
  },
  {
    group: 'Sở, ban, ngành',
    top: [line('Sở Nội vụ', 1, 94.1, 'A', 1, 2), line('Sở Tài chính', 2, 88.75, 'B', -1, 5)],
    ranked: 2,
    classCounts: [
      { label: 'A', count: 1 },
      { label: 'B', count: 1 },
    ],
    rises: [line('Sở Nội vụ', 1, 94.1, 'A', 1, 2)],
    falls: [line('Sở Tài chính', 2, 88.75, 'B', -1, 5)],
    mostFlags: [line('Sở Tài chính', 2, 88.75, 'B', -1, 5)],
    streaks: [],
    compareYear: null,
    compareRises: [],
    compareFalls: [],
  },
];

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** A fake server: plausible data, a slow recompute that reports progress, and a failing markDeductions. */
function fakeServer() {
  let settings: SettingsDto = {
    basis: 'auto',
    bands: 'A>=90; B>=80; C>=70; D',
    language: 'vi',
    year: 2025,
    compareWith: 2019,
  };
  let lastRun: StatusDto['lastRun'] = null;
  // The ranking tab differs from the data until a recompute writes it again.
  let stale: boolean | null = true;
  let progress: ProgressDto | null = null;
  const selected: [string, string | null][] = [];
  const status = (): StatusDto => ({
    language: settings.language,
    units: 15,
    unitNames: ['Sở Tư pháp', 'Sở Y tế'],
    criteriaSets: 2,
    errors: errors.length,
    warnings: warnings.length,
    lastRun,
    stale,
    settings,
    needsSetup: false,
  });
  const validation = (): ValidationDto => ({ status: status(), errors, warnings });
  const server: ServerImpl = {
    getStatus: status,
    validateWorkbook: validation,
    async recomputeRanking(): Promise<RecomputeDto> {
      const total = 15;
      for (let done = 0; done <= total; done += 3) {
        progress = { done, total, message: `Đang chấm ${done}/${total} đơn vị` };
        await sleep(250);
      }
      progress = null;
      stale = false;
      lastRun = { at: '2025-11-21T07:05:00.000Z', basis: 'appraised', units: 15, errors: errors.length };
      return { ...validation(), groups, rankingSheet: 'Xếp hạng', deductionsSheet: 'Trừ điểm' };
    },
    getProgress: () => progress,
    markDeductions() {
      throw new Error('Bảng tính đang được người khác chỉnh sửa, hãy thử lại sau ít phút.');
    },
    clearMarks: () => ({ rows: 42, sheets: 7, message: '' }),
    setupWorkbook: () => ({ created: ['Cài đặt'], kept: ['Tiêu chí', 'Đơn vị'], message: '' }),
    saveToHistory: (): ArchiveDto => ({
      ok: true,
      sheet: 'Lịch sử',
      year: 2025,
      added: 14,
      replaced: 0,
      message: 'Đã lưu năm 2025 vào Lịch sử: thêm 14 dòng, thay 0 dòng.',
    }),
    buildReports: (units: string[] | 'all') => ({
      written: units === 'all' ? ['Báo cáo – Sở Tư pháp', 'Báo cáo – Sở Y tế'] : [`Báo cáo – ${units[0]}`],
      remaining: [],
      total: units === 'all' ? 2 : 1,
      message: '',
    }),
    saveSettings(next: SettingsDto): StatusDto {
      settings = next;
      return status();
    },
    selectCell(sheet: string, cell: string | null): void {
      selected.push([sheet, cell]);
    },
    applyRoles: (): RolesDto => ({
      ok: true,
      units: 15,
      remaining: [],
      kept: [],
      errors: [],
      message: '15 đơn vị, 3 người thẩm định, giai đoạn thẩm định.',
    }),
  };
  return { server, selected };
}

async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const notice = (page: Page) => page.locator('#notice');
const actionButtons = (page: Page) => page.locator('[data-action]');

describe('sidebar preview', () => {
  let html: string;
  let sidebar: Sidebar;
  let selected: [string, string | null][];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const out = join(ARTIFACTS, 'Sidebar.html');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-sidebar.mjs'), out], { stdio: 'pipe' });
    html = readFileSync(out, 'utf8');
    const fake = fakeServer();
    selected = fake.selected;
    sidebar = await launchSidebar({ server: fake.server, html });
  });

  afterAll(async () => {
    await sidebar?.close();
  });

  test('is one self-contained file', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(/i);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  test('loads the status', async () => {
    const { page } = sidebar;
    await page.getByText('Bộ tiêu chí', { exact: true }).waitFor();
    await waitFor(async () => (await actionButtons(page).first().isEnabled()) === true, 'load');
    expect(await page.locator('.tile-value').allTextContents()).toEqual(['15', '2', '4', '2']);
    expect(await page.locator('.facts').textContent()).toContain('chưa tạo');
    expect(await page.locator('.fact.stale').textContent()).toContain(
      'Sheet Xếp hạng không còn khớp với số liệu',
    );
    await shot(page, '1-loaded');
  });

  test('validates and lists the errors, each selecting its cell', async () => {
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.locator('button.issue.error').first().waitFor();
    expect(await page.locator('.issue.error').count()).toBe(4);
    expect(await page.locator('button.issue.error').count()).toBe(3);
    expect(await notice(page).textContent()).toContain('Tìm thấy 4 lỗi và 2 cảnh báo');
    expect(await page.locator('details.warnings').getAttribute('open')).toBeNull();

    await page.getByRole('button', { name: /Huyện Vũ Quang · E12/ }).click();
    await waitFor(() => selected.length === 1, 'selectCell');
    expect(selected[0]).toEqual(['Huyện Vũ Quang', 'E12']);

    await page.getByRole('button', { name: /<b>Sở Tư pháp<\/b> · cả trang/ }).click();
    await waitFor(() => selected.length === 2, 'selectCell for a whole sheet');
    expect(selected[1]).toEqual(['<b>Sở Tư pháp</b>', null]);
    await shot(page, '2-validated');
  });

  test('recomputes with real progress, every button disabled meanwhile', async () => {
    const { page, calls } = sidebar;
    await page.getByRole('button', { name: 'Tính lại xếp hạng' }).click();
    await page.locator('[role=progressbar][aria-valuenow]').waitFor();
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('true');
    for (const button of await actionButtons(page).all()) expect(await button.isDisabled()).toBe(true);
    expect(await page.locator('.progress-caption').textContent()).toMatch(/Đang chấm \d+\/15 đơn vị/);
    await shot(page, '3-recomputing');

    await page.locator('.summary .group').first().waitFor();
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('false');
    for (const button of await actionButtons(page).all()) expect(await button.isEnabled()).toBe(true);
    expect(calls.filter((c) => c.name === 'getProgress').length).toBeGreaterThan(0);
    expect(await notice(page).textContent()).toContain('Đã xếp hạng 14 đơn vị');
    expect(await page.locator('.facts').textContent()).toContain('14:05 ngày 21/11/2025');
    expect(await page.locator('.fact.stale').count()).toBe(0);

    const summary = (await page.locator('.summary').textContent()) ?? '';
    for (const text of [
      'Khối Cấp huyện',
      '92,46',
      '85,34',
      '90,00',
      'tăng 3 bậc',
      'giảm 18 bậc',
      '23 mục',
      'A: 2',
      'Dẫn đầu nhiều năm liền',
      '3 năm liền dẫn đầu',
      'Tăng nhiều nhất so với năm 2019',
      'tăng 14 bậc',
      'Giảm nhiều nhất so với năm 2019',
      'giảm 7 bậc',
    ]) {
      expect(summary).toContain(text);
    }
    await shot(page, '4-recomputed');
    await page.locator('.summary').screenshot({ path: join(ARTIFACTS, '4-summary.png') });
  });

  test('never runs workbook text as HTML', async () => {
    const { page } = sidebar;
    await page.getByText(EVIL, { exact: true }).waitFor();
    expect(await page.locator('img, b, .summary script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('lists warnings collapsed, and they select their cells too', async () => {
    const { page } = sidebar;
    await page.getByText('Cảnh báo (2)').click();
    await page.getByRole('button', { name: /Điều tra · B9/ }).click();
    await waitFor(() => selected.length === 3, 'selectCell from a warning');
    expect(selected[2]).toEqual(['Điều tra', 'B9']);
  });

  test('shows a failure with its message', async () => {
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Đánh dấu trừ điểm' }).click();
    await page.locator('#notice.error').waitFor();
    expect(await notice(page).textContent()).toContain('Bảng tính đang được người khác chỉnh sửa');
    await page.screenshot({ path: join(ARTIFACTS, '4-failed-top.png') });
    await page.getByRole('button', { name: 'Xoá đánh dấu' }).click();
    await page.locator('#notice.success').waitFor();
    expect(await notice(page).textContent()).toBe('Đã xoá đánh dấu 42 dòng trên 7 trang.');
  });

  test('switches to English at once, and saves the settings', async () => {
    const { page, calls } = sidebar;
    expect(await page.locator('#basis option').allTextContents()).toEqual([
      'Tự động (thẩm định nếu có)',
      'Tự chấm',
      'Thẩm định',
    ]);
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('button', { name: 'Validate' }).waitFor();
    for (const label of [
      'Recompute ranking',
      'Mark deductions',
      'Clear marks',
      'Set up workbook',
      'Save settings',
    ]) {
      expect(await page.getByRole('button', { name: label }).count()).toBe(1);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const summary = (await page.locator('.summary').textContent()) ?? '';
    expect(summary).toContain('85.34');
    expect(summary).toContain('down 18');
    expect(summary).toContain('first 3 years running');
    expect(summary).toContain('Biggest rises since 2019');
    expect(summary).toContain('up 14');
    expect(await page.locator('.facts').textContent()).toContain('21 Nov 2025, 14:05');
    expect(await notice(page).textContent()).toBe('Cleared the marks on 42 rows on 7 sheets.');
    await shot(page, '5-english');
    await page.screenshot({ path: join(ARTIFACTS, '5-english-top.png') });

    await page.getByLabel('Scores used for ranking').selectOption('appraised');
    await page.getByLabel('Classes by index').fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await page.locator('#bands-error').textContent()).toContain('Enter the classes');
    expect(calls.some((c) => c.name === 'saveSettings')).toBe(false);

    await page.getByLabel('Classes by index').fill('A>=95; B>=85; C');
    expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2025');
    expect(await page.getByLabel('Compare with').inputValue()).toBe('2019');
    await page.getByLabel('Compare with').fill('2025');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await page.locator('#years-error').textContent()).toBe('Compare with must be before the Year.');
    await page.getByLabel('Year', { exact: true }).fill('2025.5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await page.locator('#years-error').textContent()).toBe('A year is a whole number, e.g. 2025.');
    await page.getByLabel('Language').selectOption('vi');
    expect(await page.locator('#years-error').textContent()).toBe('Năm cần là một số nguyên, ví dụ 2025.');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    expect(calls.some((c) => c.name === 'saveSettings')).toBe(false);

    await page.getByLabel('Year', { exact: true }).fill('2026');
    await page.getByLabel('Compare with').fill('2020');
    await page.getByLabel('Classes by index').press('Enter');
    await page.locator('#notice.success').getByText('Settings saved.').waitFor();
    expect(calls.filter((c) => c.name === 'saveSettings').map((c) => c.args)).toEqual([
      [{ basis: 'appraised', bands: 'A>=95; B>=85; C', language: 'en', year: 2026, compareWith: 2020 }],
    ]);
    await page.getByLabel('Compare with').fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await waitFor(() => calls.filter((c) => c.name === 'saveSettings').length === 2, 'a second save');
    expect(calls.filter((c) => c.name === 'saveSettings')[1]?.args).toEqual([
      { basis: 'appraised', bands: 'A>=95; B>=85; C', language: 'en', year: 2026, compareWith: null },
    ]);
    await page.locator('#notice.success').getByText('Settings saved.').waitFor();
    await shot(page, '6-settings-saved');

    const statusCalls = calls.filter((c) => c.name === 'getStatus').length;
    expect(await page.getByLabel('Criteria template').inputValue()).toBe('cap-xa');
    expect(await page.locator('#template option').allTextContents()).toEqual([
      'Departments',
      'Communes, wards and special zones',
      'Districts (up to 2024, archive)',
    ]);
    await page.getByLabel('Criteria template').selectOption('so-nganh');
    await page.getByRole('button', { name: 'Set up workbook' }).click();
    await page
      .locator('#notice.success')
      .getByText('Created 1 sheet; kept 2 existing sheets as they were.')
      .waitFor();
    expect(calls.filter((c) => c.name === 'getStatus').length).toBe(statusCalls + 1);
    expect(calls.filter((c) => c.name === 'setupWorkbook').map((c) => c.args)).toEqual([['so-nganh']]);
  });

  test('saves to History and shows the confirmation', async () => {
    const { page, calls } = sidebar;
    await page.getByRole('button', { name: 'Save to History' }).click();
    await page
      .locator('#notice.success')
      .getByText('Đã lưu năm 2025 vào Lịch sử: thêm 14 dòng, thay 0 dòng.')
      .waitFor();
    expect(calls.filter((c) => c.name === 'saveToHistory')).toHaveLength(1);
  });

  test('works from the keyboard', async () => {
    const { page, calls } = sidebar;
    await page.locator('.card').first().click(); // moves the focus starting point above the first button
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('validate');
    const before = calls.length;
    await page.keyboard.press('Enter');
    await waitFor(
      () => calls.slice(before).some((c) => c.name === 'validateWorkbook'),
      'validate from the keyboard',
    );
    await waitFor(
      async () =>
        (await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) === 'validate',
      'focus back on the button',
    );
    await shot(page, '7-keyboard-focus');
  });

  test('made no requests and threw nothing', () => {
    expect(sidebar.requests).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  });
});
