/**
 * "Nhận báo cáo" of the desktop app in real Chromium, with the REAL main-process USB and inbox code behind
 * window.soanBaoCao (usb-bridge): a stick holding bundles written by the app's own writer (three units, one of
 * them twice, one of another outline) and one damaged bundle. The clerk reads it, sees each status, receives
 * the good ones, sees who on the office's list has not submitted, compiles, and the exported DOCX of the
 * compiled draft carries the summed figures.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { requirePart, unzipDocx } from '../test-support/docx-xml';
import { addOfficeWithUnits } from './helpers/office-with-units';
import { bridgeUsbDouble } from './helpers/usb-bridge';
import { insertInboxStick } from './helpers/inbox-stick';
import { DINH_KY_TEMPLATE } from './helpers/wizard-page';
import { SCREENSHOTS_DIR } from './helpers/screenshot-path';

const SHOTS = SCREENSHOTS_DIR;
const run = promisify(execFile);

/** The text of each table row of a DOCX body, cells joined by " | ". */
function rowTexts(documentXml: string): string[] {
  return documentXml
    .split(/<w:tr[ >]/u)
    .slice(1)
    .map((row) =>
      row
        .split(/<w:tc[ >]/u)
        .slice(1)
        .map((cell) => [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''))
        .join(' | '),
    );
}

test('in a plain browser the clerk picks a folder, the page verifies it and receives the good reports', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-inbox-web-'));
  try {
    const stick = join(dir, 'USB');
    await run('npx', ['tsx', 'e2e/helpers/inbox-node.ts', 'write-stick', stick], { timeout: 120_000 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Nhận báo cáo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhận báo cáo của đơn vị cấp dưới');
    await expect(page.getByText('Chưa nhận báo cáo nào.')).toBeVisible();
    await page.getByLabel('Thư mục báo cáo').setInputFiles(stick);
    const rows = page.getByRole('table', { name: 'Báo cáo trên USB' }).getByRole('row');
    await expect(rows).toHaveCount(7, { timeout: 30_000 });
    await expect(rows.filter({ hasText: 'Bản mới hơn bản đã nhận' })).toContainText('ĐẢNG ỦY XÃ BẢN BO');
    await expect(rows.filter({ hasText: 'Hỏng — không nhận' })).toContainText('khác với ghi trong manifest.json');
    await page.getByRole('button', { name: 'Nhận 5 báo cáo' }).click();
    await expect(page.getByText('Đã nhận 5 báo cáo.')).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Báo cáo đã nhận 6 tháng đầu năm 2025' }).getByRole('listitem'),
    ).toHaveCount(3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('desktop: receive from a stick, see statuses and who is missing, compile and export the summed table', async ({
  context,
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-inbox-e2e-'));
  try {
    const stick = join(dir, 'USB');
    await run('npx', ['tsx', 'e2e/helpers/inbox-node.ts', 'write-stick', stick], { timeout: 120_000 });

    const usb = await bridgeUsbDouble(context, join(dir, 'userData'));
    insertInboxStick(usb, stick);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await addOfficeWithUnits(page);
    await page.getByRole('banner').getByRole('button', { name: 'Nhận báo cáo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhận báo cáo của đơn vị cấp dưới');

    const places = page.getByRole('list', { name: 'Nơi nhận báo cáo' });
    await places.getByRole('button', { name: /VĂN THƯ/ }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Đọc báo cáo' }).click();
    const table = page.getByRole('table', { name: 'Báo cáo trên USB' });
    await expect(table).toBeVisible({ timeout: 30_000 });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(7); // heading + 6 bundles
    const row = (text: string | RegExp) => rows.filter({ hasText: text });
    await expect(row('ĐẢNG ỦY XÃ NẬM TĂM')).toContainText('Mới');
    await expect(row('ĐẢNG ỦY XÃ NẬM TĂM')).toContainText('6 tháng đầu năm 2025');
    await expect(row('ĐẢNG ỦY XÃ NẬM TĂM')).toContainText('41-BC/ĐU');
    // Bản Bo sent twice: the later bundle is the newer version of the first.
    await expect(row('ĐẢNG ỦY XÃ BẢN BO')).toHaveCount(2);
    await expect(row('ĐẢNG ỦY XÃ BẢN BO').filter({ hasText: 'Bản mới hơn bản đã nhận' })).toHaveCount(1);
    await expect(row('ĐẢNG ỦY XÃ BẢN BO').filter({ hasText: /Mới$/ })).toHaveCount(1);
    await expect(row('Hỏng — không nhận')).toHaveCount(1);
    await expect(row('Hỏng — không nhận')).toContainText('Son Binh');
    await expect(row('Hỏng — không nhận')).toContainText('khác với ghi trong manifest.json');
    await expect(row('Hỏng — không nhận')).toContainText('Hãy đề nghị đơn vị nộp lại');
    await page.screenshot({ path: join(SHOTS, 'inbox-statuses-1366x768.png') });

    await page.getByRole('button', { name: 'Nhận 5 báo cáo' }).click();
    await expect(page.getByText('Đã nhận 5 báo cáo.')).toBeVisible();

    // Read again: everything good is already here, the damaged one still refused.
    await page.getByRole('button', { name: /VĂN THƯ/ }).click();
    await page.getByRole('button', { name: 'Đọc báo cáo' }).click();
    await expect(row('Đã nhận')).toHaveCount(5, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Nhận 0 báo cáo' })).toBeDisabled();
    await page.getByRole('button', { name: 'Chọn nơi khác' }).click();

    const group = page.getByRole('region', { name: `${DINH_KY_TEMPLATE} — 6 tháng đầu năm 2025` });
    await expect(group.getByRole('list', { name: 'Đơn vị chưa nộp' })).toHaveText('Đảng ủy xã Sơn Bình');
    await expect(group.getByText('Chưa nộp: 1 / 4 đơn vị')).toBeVisible();
    const waiting = page.waitForEvent('download');
    await group.getByRole('button', { name: 'Tải danh sách (CSV)' }).click();
    const csv = await readFile(await (await waiting).path(), 'utf8');
    expect(csv).toContain('1,Đảng ủy xã Sơn Bình,Chưa nộp');
    await page.screenshot({ path: join(SHOTS, 'inbox-received-and-missing-1366x768.png'), fullPage: true });

    // "Xem": a received report as it prints, read-only.
    await group.getByRole('button', { name: 'Xem báo cáo của ĐẢNG ỦY XÃ BẢN BO' }).click();
    const view = page.getByRole('dialog', { name: 'Báo cáo của ĐẢNG ỦY XÃ BẢN BO' });
    await expect(view).toContainText('chỉ xem, không sửa');
    await expect(view.getByTestId('page-preview-pages')).toContainText('bổ sung số liệu', { timeout: 20_000 });
    await view.getByRole('button', { name: 'Đóng' }).click();
    await expect(view).toBeHidden();

    await group.getByRole('button', { name: 'Tổng hợp' }).click();
    const dialog = page.getByRole('dialog', { name: /Tổng hợp báo cáo/ });
    await expect(dialog).toContainText('Đã tổng hợp 3 đơn vị');
    await expect(dialog).toContainText('Chưa có báo cáo: 1 đơn vị');
    await dialog.getByRole('button', { name: 'Tạo bản nháp tổng hợp' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
    const preview = page.getByTestId('page-preview-pages');
    await expect(preview).toContainText('Kết nạp đảng viên mới', { timeout: 20_000 });
    await preview.getByText('Kết nạp đảng viên mới').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'compiled-draft-summed-table-preview-1366x768.png') });

    await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
    // The office's header came from its profile; the date and signer are still the clerk's to fill.
    const checks = page.getByRole('dialog', { name: /Báo cáo còn \d+ lỗi thể thức/ });
    await expect(checks).not.toContainText('Chưa có ký hiệu cơ quan ban hành');
    await checks.getByRole('button', { name: 'Vẫn xuất' }).click();
    await expect(page.getByText(/Đã lưu tệp tại .*\.docx/)).toBeVisible({ timeout: 30_000 });
    const [written] = usb.exported();
    if (!written) throw new Error('"Xuất DOCX" wrote no file');
    const docxBytes = await readFile(written);
    const xml = requirePart(unzipDocx(new Uint8Array(docxBytes)), 'word/document.xml');
    // 12 + 15 + 6 in 2024; 7 + 10 (Bản Bo's later version) + 4 in 2025.
    expect(rowTexts(xml)).toContain('1 | Kết nạp đảng viên mới | 33 | 21 | -12');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
