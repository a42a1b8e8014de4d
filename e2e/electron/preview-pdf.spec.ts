/**
 * "Xuất PDF" in the real desktop app: Electron's webContents.printToPDF of the paginated preview, through the
 * preload bridge and main's handler, saved where the (stubbed) save dialog says. The PDF must be A4 with as many
 * pages as the preview shows. Needs the Electron binary: without it the test is skipped, saying why.
 * (webContents.print opens the system's own dialog, which no test can drive; its handler is unit-tested.)
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPageSize, pdfPageTexts } from '../../test-support/libreoffice';
import { createDraft, SO_KET_TEMPLATE } from '../helpers/wizard-page';
import { launchApp, missingElectronReason, type LaunchedApp } from './launch-app';

const reason = missingElectronReason();
if (reason) console.log(reason);

test.describe('page preview PDF (Electron)', () => {
  let launched: LaunchedApp | undefined;
  let outDir: string;

  test.beforeEach(async () => {
    test.skip(reason !== null, reason ?? '');
    outDir = mkdtempSync(join(tmpdir(), 'soan-bao-cao-out-'));
    launched = await launchApp();
  });

  test.afterEach(async () => {
    await launched?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('"Xuất PDF" saves the preview as an A4 PDF with the preview\'s pages', async () => {
    const app = launched!.app; // set by beforeEach, which skips the test when it cannot launch
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const target = join(outDir, 'Báo cáo sơ kết.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await createDraft(page, SO_KET_TEMPLATE);
    await page.getByRole('textbox', { name: 'Trích yếu' }).fill('sơ kết công tác văn hóa cơ sở');
    await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
    await expect(page.getByTestId('page-preview-status')).toContainText('trang A4', { timeout: 30_000 });
    const previewPages = await page.getByTestId('page-preview-pages').locator('.pagedjs_page').count();
    await page.getByTestId('page-preview').getByRole('button', { name: 'Xuất PDF' }).click();
    await expect(page.getByTestId('preview-print-outcome')).toContainText('Đã lưu tệp PDF tại');

    const texts = await pdfPageTexts(target);
    expect(texts).toHaveLength(previewPages);
    const size = await pdfPageSize(target, 1);
    expect(size.width).toBeCloseTo(595.3, 0);
    expect(size.height).toBeCloseTo(841.9, 0);
    expect(texts.join('\n')).toContain('sơ kết công tác văn hóa cơ sở');
  });
});
