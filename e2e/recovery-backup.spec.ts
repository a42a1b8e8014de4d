/**
 * "Khôi phục từ bản sao lưu" on real Chromium with the REAL journal code (only Electron is a double, see
 * helpers/desktop-bridge.ts): the draft's own journal file is truncated and the IndexedDB folder deleted between
 * runs; the draft still shows on the recovery screen, its backups are listed with their time, restoring one
 * brings its text back, and "Hoàn tác" undoes that.
 */
import { mkdtemp, readFile, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAppRun, type AppRun } from './helpers/app-run';
import { createDraft, DINH_KY_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';

const TITLE = 'kết quả công tác tháng 11 năm 2026';
const BACKED_UP = 'Đảng ủy xã Bản Hon báo cáo kết quả tháng 11 như sau:';
const LATER = 'Đoạn sửa sau lần sao lưu, trước khi mất điện.';

let profileDir: string;
let userData: string;

test.beforeEach(async () => {
  profileDir = await mkdtemp(join(tmpdir(), 'soan-backup-profile-'));
  userData = await mkdtemp(join(tmpdir(), 'soan-backup-userdata-'));
});
test.afterEach(async () => {
  await rm(profileDir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

/** One "app run": a fresh main (same userData) and Chromium on the same profile. */
function startApp(baseURL: string): Promise<AppRun> {
  return startAppRun(baseURL, profileDir, userData);
}

async function restoreNewestBackup(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Khôi phục bản nháp' })).toBeVisible();
  await page.getByRole('button', { name: /từ bản sao lưu$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Bản sao lưu của/ });
  const backups = dialog.getByRole('list', { name: 'Các bản sao lưu' });
  await expect(backups.getByRole('listitem')).toHaveCount(1);
  await expect(backups).toContainText(/Sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(backups).toContainText(TITLE);
  await dialog.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  await expect(page.getByText(/từ bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
}

test('a damaged journal file and a lost IndexedDB: the draft comes back from its backup, undoably', async ({
  baseURL,
}) => {
  const first = await startApp(baseURL!);
  await first.page.goto('/');
  await createDraft(first.page, DINH_KY_TEMPLATE);
  await first.page.getByRole('textbox', { name: 'Trích yếu' }).fill(TITLE);
  await typeInEditor(first.page, 'Phần mở đầu', BACKED_UP);
  await waitForSaved(first.page);
  await first.main.journal.backupNow();
  await typeInEditor(first.page, 'Phần mở đầu', LATER);
  await waitForSaved(first.page);
  await first.context.close();

  // The draft's own journal file is cut in half (torn write), and IndexedDB is gone.
  const [name] = (await readdir(join(userData, 'drafts'))).filter((n) => n.endsWith('.json'));
  const file = join(userData, 'drafts', name!);
  await truncate(file, Math.floor((await readFile(file)).byteLength / 2));
  await rm(join(profileDir, 'Default', 'IndexedDB'), { recursive: true, force: true });

  const second = await startApp(baseURL!);
  await second.page.goto('/');
  await restoreNewestBackup(second.page);

  // "Hoàn tác": IndexedDB is as before the restore (empty), and the next start offers the draft again.
  await second.page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(second.page.getByText('Đã hoàn tác')).toBeVisible();
  await second.page.getByRole('button', { name: 'Mở danh sách bản nháp' }).click();
  await expect(second.page.getByText('Chưa có bản nháp nào')).toBeVisible();
  await second.page.reload();
  await restoreNewestBackup(second.page);

  await second.page.getByRole('button', { name: 'Mở danh sách bản nháp' }).click();
  await second.page.getByText(TITLE).click();
  await expect(second.page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(TITLE);
  await expect(second.page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText(BACKED_UP);
  await second.context.close();
});
