/**
 * Received reports survive the loss of IndexedDB on the desktop: real Chromium with the REAL main-process USB,
 * inbox and journal code behind window.soanBaoCao (usb-bridge over the desktop double). The clerk receives the
 * bundles of a stick; main keeps each accepted version under received/ in userData; the page's IndexedDB is
 * wiped; after a reload, "Nhận báo cáo" lists every received report again, the later version of a unit's
 * report still the one shown, and nothing appears among the office's own drafts. The clerk's delete of one
 * unit's report removes every version from both stores, so no later sync brings it back.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ORIGIN } from './helpers/e2e-origin';
import { SCREENSHOTS_DIR } from './helpers/screenshot-path';
import { bridgeUsbDouble } from './helpers/usb-bridge';
import { insertInboxStick, readInboxStick } from './helpers/inbox-stick';
import { DINH_KY_TEMPLATE } from './helpers/wizard-page';

const run = promisify(execFile);

/** Rows of the received reports' store, read straight from IndexedDB. */
function receivedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('soan-bao-cao');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('received')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('received').objectStore('received').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(new Error(String(count.error)));
        };
      }),
  );
}

async function receivedFiles(userData: string): Promise<string[]> {
  const reports = await readdir(join(userData, 'received'));
  const files = await Promise.all(reports.map((r) => readdir(join(userData, 'received', r))));
  return files.flat();
}

test('desktop: received reports come back from main after IndexedDB is lost', async ({ context, page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-inbox-journal-'));
  try {
    const stick = join(dir, 'USB');
    const userData = join(dir, 'userData');
    await run('npx', ['tsx', 'e2e/helpers/inbox-node.ts', 'write-stick', stick], { timeout: 120_000 });
    const usb = await bridgeUsbDouble(context, userData);
    insertInboxStick(usb, stick);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await readInboxStick(page);
    await page.getByRole('button', { name: 'Nhận 5 báo cáo' }).click({ timeout: 30_000 });
    await expect(page.getByText('Đã nhận 5 báo cáo.')).toBeVisible();
    const group = page.getByRole('region', { name: `${DINH_KY_TEMPLATE} — 6 tháng đầu năm 2025` });
    await expect(
      group.getByRole('list', { name: 'Báo cáo đã nhận 6 tháng đầu năm 2025' }).getByRole('listitem'),
    ).toHaveCount(3);
    // Main holds every accepted version, Bản Bo's two included.
    await expect.poll(async () => (await receivedFiles(userData)).length).toBe(5);

    // IndexedDB lost (cleared as a broken profile or a "clear site data" would), then the app starts again.
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: E2E_ORIGIN, storageTypes: 'indexeddb' });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Bản nháp báo cáo' })).toBeVisible();
    expect(await receivedCount(page)).toBe(0);
    // Received reports are not drafts of this office: the home list stays empty.
    await expect(page.getByText('ĐẢNG ỦY XÃ BẢN BO')).toHaveCount(0);

    await page.getByRole('banner').getByRole('button', { name: 'Nhận báo cáo' }).click();
    await expect(page.getByText('Đã lấy lại 5 báo cáo đã nhận từ kho lưu trên máy.')).toBeVisible({ timeout: 20_000 });
    await expect(
      group.getByRole('list', { name: 'Báo cáo đã nhận 6 tháng đầu năm 2025' }).getByRole('listitem'),
    ).toHaveCount(3);
    expect(await receivedCount(page)).toBe(5);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'inbox-received-back-after-indexeddb-loss-1366x768.png') });

    // Bản Bo's later version is still the one shown, read-only.
    await group.getByRole('button', { name: 'Xem báo cáo của ĐẢNG ỦY XÃ BẢN BO' }).click();
    const view = page.getByRole('dialog', { name: 'Báo cáo của ĐẢNG ỦY XÃ BẢN BO' });
    await expect(view).toContainText('chỉ xem, không sửa');
    await expect(view.getByTestId('page-preview-pages')).toContainText('bổ sung số liệu', { timeout: 20_000 });

    // Deleting asks first; "Không xóa" keeps it.
    await view.getByRole('button', { name: 'Xóa báo cáo này…' }).click();
    await expect(view.getByRole('alert')).toContainText('Xóa mọi phiên bản báo cáo của ĐẢNG ỦY XÃ BẢN BO');
    await view.getByRole('button', { name: 'Không xóa' }).click();
    await expect(view.getByRole('alert')).toHaveCount(0);
    await view.getByRole('button', { name: 'Xóa báo cáo này…' }).click();
    await view.getByRole('button', { name: 'Xóa hẳn' }).click();
    await expect(view).toBeHidden();
    await expect(page.getByText('Đã xóa báo cáo của ĐẢNG ỦY XÃ BẢN BO.')).toBeVisible();
    await expect(
      group.getByRole('list', { name: 'Báo cáo đã nhận 6 tháng đầu năm 2025' }).getByRole('listitem'),
    ).toHaveCount(2);
    // Both of Bản Bo's versions are gone from main too, so the next start does not bring them back.
    await expect.poll(async () => (await receivedFiles(userData)).length).toBe(3);
    expect(await receivedCount(page)).toBe(3);
    await page.goto('/');
    await page.getByRole('banner').getByRole('button', { name: 'Nhận báo cáo' }).click();
    await expect(
      group.getByRole('list', { name: 'Báo cáo đã nhận 6 tháng đầu năm 2025' }).getByRole('listitem'),
    ).toHaveCount(2);
    await expect(group.getByRole('button', { name: 'Xem báo cáo của ĐẢNG ỦY XÃ BẢN BO' })).toHaveCount(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
