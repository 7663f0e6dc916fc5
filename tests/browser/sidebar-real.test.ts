/**
 * The built sidebar in Chromium, wired to the REAL server functions of dist/Code.js running against the
 * in-memory spreadsheet that holds the example workbook: a click goes through the core and back.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerApi } from '../../src/shared/api';
import type { Workbook } from '../../src/core/types';
import { readXlsx } from '../../src/cli/xlsx';
import { ROOT, exampleWorkbook, loadBundle, type LoadedBundle } from '../gas/bundle';
import { launchSidebar } from './harness';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const SERVER_FUNCTIONS: (keyof ServerApi)[] = [
  'getStatus',
  'validateWorkbook',
  'recomputeRanking',
  'getProgress',
  'markDeductions',
  'clearMarks',
  'setupWorkbook',
  'saveToHistory',
  'buildReports',
  'saveSettings',
  'selectCell',
  'applyRoles',
];

function serverOf(bundle: LoadedBundle): Record<string, (...args: unknown[]) => unknown> {
  return Object.fromEntries(
    SERVER_FUNCTIONS.map((name) => [name, (...args: unknown[]) => bundle.call(name, ...args)]),
  );
}

function html(): string {
  return readFileSync(join(ROOT, 'dist', 'Sidebar.html'), 'utf8');
}

/** Renames a unit in the Units and Survey sheets, keeping its sheet. */
function renamed(workbook: Workbook, from: string, to: string): Workbook {
  return {
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      values: sheet.values.map((row) => row.map((cell) => (cell === from ? to : cell))),
    })),
  };
}

describe('the sidebar against the real server bundle', () => {
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  test('Recompute shows the real ranking; an error click selects its cell; English switch', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const sidebar = await launchSidebar({ server: serverOf(bundle), html: html() });
    try {
      const { page } = sidebar;
      await page.getByRole('button', { name: 'Tính lại xếp hạng' }).click();
      await page.locator('.summary .group').first().waitFor();
      const summary = (await page.locator('.summary').textContent()) ?? '';
      // Hand-scored example: Thành phố Hà Tĩnh is first with 94.85 points of 100 (index 94,85, class A).
      expect(summary).toContain('Thành phố Hà Tĩnh');
      expect(summary).toContain('94,85');
      // Classes from the hand-scored indexes: A ≥ 90 (Hà Tĩnh, TX Kỳ Anh), B 80–<90 (7 units), C 70–<80
      // (Can Lộc, Hương Khê, Kỳ Anh), D none; Vũ Quang has an error and no class.
      expect(await page.locator('.summary').textContent()).toMatch(/A: 2.*B: 7.*C: 3.*D: 0/s);
      await page.screenshot({ path: join(ARTIFACTS, 'real-1-recomputed.png'), fullPage: true });

      const tab = bundle.env.snapshot()['Xếp hạng'] as unknown[][];
      // row 1 is the tab's title, row 2 its header
      expect(tab[1]?.slice(0, 3)).toEqual(['Nhóm', 'Hạng', 'Đơn vị']);
      expect(tab[2]?.slice(0, 3)).toEqual(['Cấp huyện', 1, 'Thành phố Hà Tĩnh']);

      await page.getByRole('button', { name: /Huyện Vũ Quang \(Vũ Quang\) · D54/ }).click();
      for (let tries = 0; tries < 100 && bundle.env.selected === null; tries++) await page.waitForTimeout(20);
      expect(bundle.env.selected).toEqual({ sheet: 'Vũ Quang', a1: 'D54' });

      await page.getByLabel('Ngôn ngữ').selectOption('en');
      await page.getByRole('button', { name: 'Recompute ranking' }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'real-2-english.png'), fullPage: true });
    } finally {
      await sidebar.close();
    }
  });

  test('the commune example: streaks, changes since the Compare-with year, the years in Settings, Save to History', async () => {
    const workbook = (await readXlsx(join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx'))).workbook;
    const bundle = loadBundle(workbook);
    const sidebar = await launchSidebar({ server: serverOf(bundle), html: html() });
    try {
      const { page } = sidebar;
      // Settings: Năm 2025, Năm so sánh 2022.
      for (let tries = 0; tries < 100 && (await page.locator('#year').inputValue()) === ''; tries++)
        await page.waitForTimeout(20);
      expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2025');
      expect(await page.getByLabel('Năm so sánh').inputValue()).toBe('2022');

      await page.getByRole('button', { name: 'Tính lại xếp hạng' }).click();
      await page.locator('.summary .group').first().waitFor();
      const summary = (await page.locator('.summary').textContent()) ?? '';
      // Phường Thành Sen: 1st in History's 2022, 2023 and 2024 and 1st in 2025, four years running.
      expect(summary).toContain('Phường Thành Sen4 năm liền dẫn đầu');
      // Phường Sông Trí was Xã Kỳ Trinh, 8th in 2022, and is 3rd now: up 5. Xã Cẩm Bình: 4th in 2022, 8th now.
      expect(summary).toContain('Tăng nhiều nhất so với năm 2022Phường Sông Trí▲ tăng 5 bậc');
      expect(summary).toContain('Giảm nhiều nhất so với năm 2022Xã Cẩm Bình▼ giảm 4 bậc');
      await page.screenshot({ path: join(ARTIFACTS, 'real-3-streaks.png'), fullPage: true });

      await page.getByRole('button', { name: 'Lưu vào Lịch sử' }).click();
      await page
        .locator('#notice.success')
        .getByText('Đã lưu năm 2025 vào Lịch sử: thêm 10 dòng, thay 0 dòng.')
        .waitFor();
    } finally {
      await sidebar.close();
    }
  });

  test('the report card builds the report of one unit, then of every unit in batches with progress', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const sidebar = await launchSidebar({ server: serverOf(bundle), html: html() });
    try {
      const { page } = sidebar;
      const unit = page.getByLabel('Đơn vị', { exact: true });
      await page.locator('#report-unit option', { hasText: 'Huyện Thạch Hà' }).waitFor({ state: 'attached' });
      await unit.selectOption('Huyện Thạch Hà');
      await page.getByRole('button', { name: 'Lập báo cáo' }).click();
      await page.locator('#notice.success').getByText('Đã lập 1 báo cáo').waitFor();
      const tab = bundle.env.snapshot()['Báo cáo – Huyện Thạch Hà'] as unknown[][];
      expect(tab[1]?.[0]).toContain('Huyện Thạch Hà đạt 86,37 điểm');

      // Each service call takes 2 s on the fake clock: the 13 reports need more than one call.
      bundle.env.callCost = () => 2000;
      await unit.selectOption({ label: 'Tất cả đơn vị' });
      await page.getByRole('button', { name: 'Lập báo cáo' }).click();
      await page.locator('.progress-caption', { hasText: /Đã ghi \d+\/13 báo cáo/ }).waitFor();
      await page.locator('#notice.success').getByText('Đã lập 13 báo cáo').waitFor();
      const reports = Object.keys(bundle.env.snapshot()).filter((name) => name.startsWith('Báo cáo – '));
      expect(reports).toHaveLength(13);
      await page.screenshot({ path: join(ARTIFACTS, 'real-4-reports.png'), fullPage: true });
    } finally {
      await sidebar.close();
    }
  });

  test('the roles card shows the stage, saves the one chosen and applies the roles', async () => {
    const bundle = loadBundle(await exampleWorkbook());
    const sidebar = await launchSidebar({ server: serverOf(bundle), html: html() });
    try {
      const { page } = sidebar;
      const stage = page.getByLabel('Giai đoạn', { exact: true });
      await page.getByRole('button', { name: 'Phân quyền' }).and(page.locator(':enabled')).waitFor();
      expect(await stage.inputValue()).toBe('self-assessment');
      await stage.selectOption('appraisal');
      await page.getByRole('button', { name: 'Phân quyền' }).click();
      await page.locator('#notice.success').getByText('giai đoạn thẩm định').waitFor();
      const settings = bundle.env.snapshot()['Cài đặt'] as unknown[][];
      expect(settings.find((row) => row[0] === 'Giai đoạn')).toEqual(['Giai đoạn', 'thẩm định']);
      await page.screenshot({ path: join(ARTIFACTS, 'real-5-roles.png'), fullPage: true });
    } finally {
      await sidebar.close();
    }
  });

  test('a unit named like HTML shows as text and runs nothing', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const bundle = loadBundle(renamed(await exampleWorkbook(), 'Thành phố Hà Tĩnh', evil));
    const sidebar = await launchSidebar({ server: serverOf(bundle), html: html() });
    try {
      const { page } = sidebar;
      await page.getByRole('button', { name: 'Tính lại xếp hạng' }).click();
      await page.locator('.summary .group').first().waitFor();
      expect(await page.locator('.summary').textContent()).toContain(evil);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await sidebar.close();
    }
  });
  test('on a spreadsheet without criteria, offers Set up with the kind of unit first, then every action', async () => {
    const bundle = loadBundle({ sheets: [{ name: 'Trang tính1', values: [['']] }] });
    const sidebar = await launchSidebar({ server: serverOf(bundle), html: html() });
    try {
      const { page } = sidebar;
      await page.getByText('Bảng tính này chưa có sheet Tiêu chí').waitFor();
      await expect(page.getByRole('button', { name: 'Tính lại xếp hạng' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).isVisible()).resolves.toBe(false);
      const options = await page.locator('#template option').allTextContents();
      expect(options).toEqual([
        'Sở, ban, ngành',
        'Cấp xã (xã, phường, đặc khu)',
        'Cấp huyện (đến 2024, lưu trữ)',
      ]);
      await page.getByLabel('Bộ tiêu chí mẫu').selectOption('so-nganh');
      await page.getByRole('button', { name: 'Tạo bảng tính mẫu' }).click();
      await page.getByRole('button', { name: 'Tính lại xếp hạng' }).waitFor();
      expect(await page.getByText('Bảng tính này chưa có sheet Tiêu chí').count()).toBe(0);
      const criteria = bundle.env.snapshot()['Tiêu chí'] ?? [];
      expect(criteria[0]?.[0]).toBe('Bộ tiêu chí mẫu Chỉ số CCHC các sở, ban, ngành');
      await page.screenshot({ path: join(ARTIFACTS, 'real-first-run.png'), fullPage: true });
    } finally {
      await sidebar.close();
    }
  });
});
