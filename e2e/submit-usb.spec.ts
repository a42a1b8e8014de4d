/**
 * "Nộp qua USB" in the review step, in real Chromium. In a plain browser the dialog explains that it needs the
 * desktop app and offers the wizard's own "Lưu bản nháp ra tệp" and "Xuất DOCX" instead. With the REAL main-process USB code behind window.soanBaoCao (usb-bridge): a stick inserted
 * while the dialog is open appears, a write-protected one cannot be chosen, and the end screen comes only
 * after main has written and read back the submission folder, which is then on the "stick" and in the history.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parseDraftFile } from '../core/draft-file/draft-file-format';
import { SUBMIT_HEADLINE } from '../node/submission/removal-hint';
import { requirePart, unzipDocx } from '../test-support/docx-xml';
import { seedSampleDraft } from './helpers/layout-probe';
import { bridgeUsbDouble } from './helpers/usb-bridge';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

async function openSubmitDialog(page: Page) {
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  await page.getByRole('button', { name: 'Nộp qua USB' }).click();
  return page.getByRole('dialog', { name: 'Nộp qua USB' });
}

test('in a plain browser "Nộp qua USB" explains that it needs the desktop app', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const dialog = await openSubmitDialog(page);
  await expect(dialog).toContainText('Nộp qua USB cần ứng dụng Soạn Báo Cáo trên máy tính');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await click();
  const download: Download = await waiting;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('in a plain browser the USB dialog offers "Lưu bản nháp ra tệp" and "Xuất DOCX", writing what the wizard\'s own buttons write', async ({
  page,
}) => {
  await seedSampleDraft(page);
  await page.goto('/#/ban-nhap/mau/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  // The wizard's own buttons, for comparison: the app bar's draft file and the review step's DOCX.
  const ownDraft = await downloaded(page, () => page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click());
  const ownDocx = await downloaded(page, () =>
    page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click(),
  );

  await page.getByRole('button', { name: 'Nộp qua USB' }).click();
  let dialog = page.getByRole('dialog', { name: 'Nộp qua USB' });
  await expect(dialog).toContainText('Nộp qua USB cần ứng dụng Soạn Báo Cáo trên máy tính');
  const usbDraft = await downloaded(page, () => dialog.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click());
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã tải xuống tệp “${usbDraft.name}”`)).toBeVisible();
  expect(usbDraft.name).toBe(ownDraft.name);
  const own = parseDraftFile(ownDraft.bytes.toString('utf8'));
  const viaUsb = parseDraftFile(usbDraft.bytes.toString('utf8'));
  if (!own.ok || !viaUsb.ok) throw new Error('a saved draft file does not parse');
  expect(viaUsb.draft.report).toEqual(own.draft.report);
  expect(viaUsb.draft.draftId).toBe(own.draft.draftId);
  expect(viaUsb.draft.lastStepKey).toBe(own.draft.lastStepKey);

  await page.getByRole('button', { name: 'Nộp qua USB' }).click();
  dialog = page.getByRole('dialog', { name: 'Nộp qua USB' });
  const usbDocx = await downloaded(page, () => dialog.getByRole('button', { name: 'Xuất DOCX' }).click());
  await expect(dialog).toBeHidden();
  expect(usbDocx.name).toBe(ownDocx.name);
  expect(usbDocx.name).toMatch(/\.docx$/);
  const part = (bytes: Buffer) => requirePart(unzipDocx(new Uint8Array(bytes)), 'word/document.xml');
  expect(part(usbDocx.bytes)).toBe(part(ownDocx.bytes));
  expect(part(usbDocx.bytes)).toContain('HUYỆN ỦY TAM ĐƯỜNG');
});

test('desktop: a stick inserted while the dialog is open is chosen, written, verified and listed in the history', async ({
  context,
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-usb-e2e-'));
  try {
    const stick = join(dir, 'VAN-THU');
    const locked = join(dir, 'KHOA');
    await Promise.all([stick, locked].map((p) => mkdir(p, { recursive: true })));
    const usb = await bridgeUsbDouble(context, join(dir, 'userData'));

    await page.goto('/');
    await createDraft(page, SO_KET_TEMPLATE);
    const dialog = await openSubmitDialog(page);
    await expect(dialog).toContainText('Chưa thấy USB nào.');
    await expect(dialog.getByRole('button', { name: 'Nộp', exact: true })).toBeDisabled();

    // Inserted now: the list follows without "Làm mới".
    usb.setDrives([
      {
        mountPath: stick,
        label: 'VĂN THƯ',
        fileSystem: 'vfat',
        freeBytes: 8 * 1024 ** 3,
        sizeBytes: 16 * 1024 ** 3,
        readOnly: false,
      },
      { mountPath: locked, label: 'KHÓA', fileSystem: 'vfat', freeBytes: null, sizeBytes: null, readOnly: true },
    ]);
    const targets = dialog.getByRole('list', { name: 'Nơi nộp' });
    await expect(targets.getByRole('button', { name: /VĂN THƯ/ })).toContainText('vfat · còn trống 8 GB', {
      timeout: 15_000,
    });
    await expect(targets.getByRole('button', { name: /KHÓA/ })).toContainText('USB đang chống ghi (chỉ đọc)');
    await expect(targets.getByRole('button', { name: /KHÓA/ })).toBeDisabled();

    await targets.getByRole('button', { name: /VĂN THƯ/ }).click();
    await dialog.getByRole('button', { name: 'Nộp', exact: true }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: SUBMIT_HEADLINE })).toBeVisible({ timeout: 30_000 });
    const [folder] = await readdir(stick);
    expect(folder).toBeDefined();
    const files = await readdir(join(stick, folder!));
    await expect(dialog).toContainText(
      `Đã ghi thư mục “${folder}” vào ${stick} (${files.length} tệp, đã đọc lại và so khớp mã SHA-256).`,
    );
    expect(files).toContain('manifest.json');
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true);

    await dialog.getByRole('button', { name: 'Xong' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('list', { name: 'Lịch sử xuất tệp' })).toContainText(/Nộp qua USB — .* — đã kiểm tra/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('desktop: a submission whose call to main fails says so and lets the clerk try again', async ({
  context,
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-usb-e2e-'));
  try {
    const stick = join(dir, 'VAN-THU');
    await mkdir(stick, { recursive: true });
    const usb = await bridgeUsbDouble(context, join(dir, 'userData'));
    usb.setDrives([
      { mountPath: stick, label: 'VĂN THƯ', fileSystem: 'vfat', freeBytes: null, sizeBytes: null, readOnly: false },
    ]);

    await page.goto('/');
    await createDraft(page, SO_KET_TEMPLATE);
    const dialog = await openSubmitDialog(page);
    await dialog
      .getByRole('list', { name: 'Nơi nộp' })
      .getByRole('button', { name: /VĂN THƯ/ })
      .click({ timeout: 15_000 });
    usb.failNextSubmit();
    await dialog.getByRole('button', { name: 'Nộp', exact: true }).click();
    // Not left on "writing" with every button disabled: a Vietnamese sentence, and "Nộp" again.
    await expect(dialog.getByRole('alert')).toHaveText(
      'Không nộp được báo cáo do lỗi trong ứng dụng. Hãy bấm “Nộp” để thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng rồi nộp lại.',
    );
    await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Nộp', exact: true }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: SUBMIT_HEADLINE })).toBeVisible({ timeout: 30_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
