/**
 * D-05…D-07 and D-12 on real Chromium with the REAL journal code (only Electron is a double, see
 * helpers/desktop-bridge.ts): the IndexedDB folder of the profile is deleted or corrupted between runs, and
 * the recovery screen brings every draft back from the journal on disk; the restore can be undone; and a quit
 * waits for the open editor's last words to reach the journal.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAppRun, type AppRun } from './helpers/app-run';
import { createDraft, DINH_KY_TEMPLATE, SO_KET_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';

const DRAFTS = [
  {
    template: SO_KET_TEMPLATE,
    title: 'sơ kết 5 năm thực hiện Kết luận số 23-KL/TW',
    opening: 'Ban Thường vụ Huyện ủy Tam Đường báo cáo kết quả như sau:',
  },
  {
    template: DINH_KY_TEMPLATE,
    title: 'kết quả công tác tháng 10 năm 2026',
    opening: 'Đảng ủy xã Bản Hon báo cáo kết quả tháng 10 như sau:',
  },
  {
    template: SO_KET_TEMPLATE,
    title: 'tổng kết công tác kiểm tra, giám sát năm 2026',
    opening: 'Ủy ban Kiểm tra Huyện ủy báo cáo như sau:',
  },
];

let profileDir: string;
let userData: string;

test.beforeEach(async () => {
  profileDir = await mkdtemp(join(tmpdir(), 'soan-recovery-profile-'));
  userData = await mkdtemp(join(tmpdir(), 'soan-recovery-userdata-'));
});
test.afterEach(async () => {
  await rm(profileDir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

/** One "app run": a fresh main (same userData) and Chromium on the same profile. */
function startApp(baseURL: string): Promise<AppRun> {
  return startAppRun(baseURL, profileDir, userData);
}

async function writeDrafts(page: Page): Promise<void> {
  for (const d of DRAFTS) {
    await page.goto('/');
    await createDraft(page, d.template);
    await page.getByRole('textbox', { name: 'Trích yếu' }).fill(d.title);
    await typeInEditor(page, 'Phần mở đầu', d.opening);
    await waitForSaved(page);
  }
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  for (const d of DRAFTS) await expect(page.getByText(d.title)).toBeVisible();
}

async function expectAllDraftsBack(page: Page): Promise<void> {
  for (const d of DRAFTS) await expect(page.getByText(d.title)).toBeVisible();
  await page.getByText(DRAFTS[1]!.title).click();
  await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(DRAFTS[1]!.title);
  await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText(DRAFTS[1]!.opening);
}

test('IndexedDB folder deleted between runs: the recovery screen restores every draft from the journal', async ({
  baseURL,
}) => {
  const first = await startApp(baseURL!);
  await writeDrafts(first.page);
  await first.context.close();

  await rm(join(profileDir, 'Default', 'IndexedDB'), { recursive: true, force: true });

  const second = await startApp(baseURL!);
  await second.page.goto('/');
  await expect(second.page.getByRole('heading', { name: 'Khôi phục bản nháp' })).toBeVisible();
  const list = second.page.getByRole('list', { name: 'Bản nháp có thể khôi phục' });
  for (const d of DRAFTS) await expect(list).toContainText(d.title);
  await expect(list).toContainText('Không còn trong bộ nhớ của ứng dụng');
  await second.page.getByRole('button', { name: `Khôi phục ${DRAFTS.length} bản nháp` }).click();
  await expect(second.page.getByText(`Đã khôi phục ${DRAFTS.length} bản nháp`)).toBeVisible();
  await second.page.getByRole('button', { name: 'Mở danh sách bản nháp' }).click();
  await expectAllDraftsBack(second.page);
  await second.context.close();

  // A third run starts normally: nothing left to recover.
  const third = await startApp(baseURL!);
  await third.page.goto('/');
  await expect(third.page.getByRole('heading', { name: 'Bản nháp báo cáo' })).toBeVisible();
  await third.context.close();
});

test('IndexedDB files corrupted between runs: recovery restores everything, and "Hoàn tác" undoes the restore', async ({
  baseURL,
}) => {
  const first = await startApp(baseURL!);
  await writeDrafts(first.page);
  await first.context.close();

  // Overwrite every file of the IndexedDB store with garbage, as a torn write or a bad sector would.
  const idbRoot = join(profileDir, 'Default', 'IndexedDB');
  let corrupted = 0;
  for (const entry of await readdir(idbRoot, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    await writeFile(join(entry.parentPath, entry.name), Buffer.alloc(4096, 0x5a));
    corrupted += 1;
  }
  expect(corrupted).toBeGreaterThan(0);

  const second = await startApp(baseURL!);
  await second.page.goto('/');
  await expect(second.page.getByRole('heading', { name: 'Khôi phục bản nháp' })).toBeVisible();
  await second.page.getByRole('button', { name: /^(Khôi phục \d+ bản nháp|Tạo lại bộ nhớ)$/ }).click();
  await expect(second.page.getByText(`Đã khôi phục ${DRAFTS.length} bản nháp`)).toBeVisible();

  await second.page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(second.page.getByText('Đã hoàn tác')).toBeVisible();
  await second.page.getByRole('button', { name: 'Mở danh sách bản nháp' }).click();
  await expect(second.page.getByText('Chưa có bản nháp nào')).toBeVisible();

  // The journal still has them: the next start offers them again, and this time they stay.
  await second.page.reload();
  await expect(second.page.getByRole('heading', { name: 'Khôi phục bản nháp' })).toBeVisible();
  await second.page.getByRole('button', { name: `Khôi phục ${DRAFTS.length} bản nháp` }).click();
  await second.page.getByRole('button', { name: 'Mở danh sách bản nháp' }).click();
  await expectAllDraftsBack(second.page);
  await second.context.close();
});

test('quit: main waits for the open editor to save its last words into the journal (D-12)', async ({ baseURL }) => {
  const app = await startApp(baseURL!);
  await app.page.goto('/');
  await createDraft(app.page, DINH_KY_TEMPLATE);
  const editor = app.page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await editor.click();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.type(' Lời cuối trước khi tắt máy.');
  // Quit at once, well inside the 500 ms debounce: only the flush request can have saved this.
  await app.main.quit();
  const drafts = await app.main.journal.list();
  expect(drafts).toHaveLength(1);
  const saved = await app.main.journal.read(drafts[0]!.id);
  expect(JSON.stringify(saved.report)).toContain('Lời cuối trước khi tắt máy.');
  await app.context.close();
});
