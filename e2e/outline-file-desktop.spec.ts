/**
 * "Xuất tệp" of an outline in the desktop app: the save dialog (main's, through the desktop bridge double
 * running the REAL main handler) picks the folder, main writes the .decuong.json atomically and reads it back,
 * and the clerk is told where it is. The file then imports on a clean profile. No browser download happens.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDesktop } from './helpers/desktop-bridge';
import { screenshotPath } from './helpers/screenshot-path';

const NAME = 'Đề cương chuyên đề an ninh trật tự';

async function openOutlines(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đề cương', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đề cương', exact: true })).toBeVisible();
}

test('the desktop app saves the outline file where the clerk chose, and it imports on a clean profile', async ({
  page,
  context,
  browser,
}) => {
  const userData = await mkdtemp(join(tmpdir(), 'soan-outline-desktop-'));
  const usb = await mkdtemp(join(tmpdir(), 'soan-outline-usb-'));
  const target = join(usb, `${NAME}.decuong.json`);
  try {
    await startDesktop(context, page, { userData, savePath: () => target });
    await page.goto('/');
    await openOutlines(page);
    await page.getByRole('button', { name: 'Tạo mới' }).click();
    await page.getByLabel('Tên đề cương').fill(NAME);
    await page.getByLabel(/^Tên (chương|mục)$/).fill('TÌNH HÌNH AN NINH TRẬT TỰ');
    await page.getByRole('button', { name: 'Thêm mục con' }).click();
    await page.getByLabel(/^Tên (chương|mục)$/).fill('Phạm pháp hình sự');
    await page.getByRole('button', { name: 'Lưu đề cương' }).click();
    await expect(page.getByText(`Đã lưu đề cương “${NAME}” (phiên bản 1).`)).toBeVisible();

    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    const card = page.getByTestId('outline-card').filter({ hasText: NAME });
    await card.getByRole('button', { name: 'Xuất tệp' }).click();
    await expect(page.getByText(`Đã lưu tệp đề cương: ${target}`)).toBeVisible();
    await page.screenshot({ path: screenshotPath('outline-file-saved-desktop.png') });
    expect(downloaded).toBe(false);
    // Only the file: no temp file of the atomic write is left on the stick.
    expect(await readdir(usb)).toEqual([`${NAME}.decuong.json`]);

    const other = await browser.newContext();
    try {
      const clean = await other.newPage();
      await clean.goto('/');
      await openOutlines(clean);
      await expect(clean.getByTestId('outline-card').filter({ hasText: NAME })).toHaveCount(0);
      await clean.getByTestId('outline-file-input').setInputFiles(target);
      await expect(clean.getByText(`Đã nhập đề cương “${NAME}”.`, { exact: false })).toBeVisible();
      const imported = clean.getByTestId('outline-card').filter({ hasText: NAME });
      await imported.getByRole('button', { name: 'Sửa', exact: true }).click();
      await expect(clean.getByTestId('outline-tree-row')).toHaveText([
        /^TÌNH HÌNH AN NINH TRẬT TỰ/,
        /^Phạm pháp hình sự/,
      ]);
    } finally {
      await other.close();
    }
  } finally {
    await rm(userData, { recursive: true, force: true });
    await rm(usb, { recursive: true, force: true });
  }
});
