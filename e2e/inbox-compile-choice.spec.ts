/**
 * The receiving office in a plain browser, after receiving a folder of bundles (test-support/inbox-fixtures):
 * the list of units that have not reported as a Word document; a compile of only the reports the clerk ticks
 * (the unticked unit's text and figures absent, the sums without it); and the compiled draft's provenance — the
 * unit's name on each paragraph still as compiled, kept over a reload, gone once the clerk edits it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { childElements, documentBody, paragraphsIn, requirePart, unzipDocx } from '../test-support/docx-xml';
import { addOfficeWithUnits } from './helpers/office-with-units';
import { bridgeUsbDouble } from './helpers/usb-bridge';
import { insertInboxStick, readInboxStick } from './helpers/inbox-stick';
import { DINH_KY_TEMPLATE, waitForSaved } from './helpers/wizard-page';
import { SCREENSHOTS_DIR } from './helpers/screenshot-path';

const run = promisify(execFile);
let dir = '';
let stick = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soan-inbox-choice-'));
  stick = join(dir, 'USB');
  await run('npx', ['tsx', 'e2e/helpers/inbox-node.ts', 'write-stick', stick], { timeout: 120_000 });
});
test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const groupOf = (page: Page) => page.getByRole('region', { name: `${DINH_KY_TEMPLATE} — 6 tháng đầu năm 2025` });

/** The office's profile with its four units, then its inbox with the folder's five good reports received. */
async function receiveFolder(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await addOfficeWithUnits(page, 'ĐẢNG BỘ TỈNH LAI CHÂU');
  await page.getByRole('banner').getByRole('button', { name: 'Nhận báo cáo' }).click();
  await page.getByLabel('Thư mục báo cáo').setInputFiles(stick);
  await page.getByRole('button', { name: 'Nhận 5 báo cáo' }).click({ timeout: 30_000 });
  await expect(page.getByText('Đã nhận 5 báo cáo.')).toBeVisible();
  return groupOf(page);
}

/** The text of each row of each table of a DOCX body, cells joined by " | ". */
function tableRows(bytes: Uint8Array): string[] {
  return childElements(documentBody(unzipDocx(bytes)), 'w:tbl').flatMap((tbl) =>
    childElements(tbl, 'w:tr').map((tr) =>
      childElements(tr, 'w:tc')
        .map((tc) =>
          paragraphsIn(tc)
            .map((p) => p.text)
            .join(' '),
        )
        .join(' | '),
    ),
  );
}

test('the units that have not reported download as a Word list of the office', async ({ page }) => {
  const group = await receiveFolder(page);
  await expect(group.getByRole('list', { name: 'Đơn vị chưa nộp' })).toHaveText('Đảng ủy xã Sơn Bình');
  const waiting = page.waitForEvent('download');
  await group.getByRole('button', { name: 'Tải danh sách (Word)' }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toBe('Danh sách đơn vị chưa gửi báo cáo 6 tháng đầu năm 2025.docx');
  await expect(group.getByText(/^Đã tạo tệp “Danh sách đơn vị chưa gửi báo cáo/u)).toBeVisible();
  const bytes = new Uint8Array(await readFile(await download.path()));
  const texts = paragraphsIn(documentBody(unzipDocx(bytes))).map((p) => p.text);
  expect(texts).toContain('DANH SÁCH');
  expect(texts).toContain('HUYỆN ỦY TAM ĐƯỜNG');
  expect(texts).toContain('đơn vị chưa gửi báo cáo 6 tháng đầu năm 2025');
  expect(texts.some((t) => /^Tam Đường, ngày \d{2} tháng \d{1,2} năm \d{4}$/u.test(t))).toBe(true);
  const rows = tableRows(bytes);
  expect(rows).toContain('TT | Đơn vị | Ghi chú');
  expect(rows).toContain('1 | Đảng ủy xã Sơn Bình | ');
  expect(rows.join('\n')).not.toContain('Nậm Tăm');
  expect(requirePart(unzipDocx(bytes), 'word/styles.xml')).toContain('Times New Roman');
});

test('desktop: the Word list is saved through the export channel where the clerk chooses', async ({
  context,
  page,
}) => {
  const usb = await bridgeUsbDouble(context, join(dir, 'userData'));
  insertInboxStick(usb, stick);
  await page.goto('/');
  await addOfficeWithUnits(page, 'ĐẢNG BỘ TỈNH LAI CHÂU');
  await readInboxStick(page);
  await page.getByRole('button', { name: 'Nhận 5 báo cáo' }).click({ timeout: 30_000 });
  await groupOf(page).getByRole('button', { name: 'Tải danh sách (Word)' }).click();
  await expect(groupOf(page).getByText(/^Đã lưu danh sách tại .*\.docx$/u)).toBeVisible({ timeout: 30_000 });
  const [written] = usb.exported();
  if (!written) throw new Error('"Tải danh sách (Word)" wrote no file');
  expect(written).toMatch(/Danh sách đơn vị chưa gửi báo cáo 6 tháng đầu năm 2025\.docx$/u);
  expect(tableRows(new Uint8Array(await readFile(written)))).toContain('1 | Đảng ủy xã Sơn Bình | ');
});

test('the clerk unticks a unit: it is left out of the compiled draft and its sums', async ({ page }) => {
  const group = await receiveFolder(page);
  const compile = group.getByRole('button', { name: 'Tổng hợp' });
  await expect(group.getByText('Đã chọn 3 / 3 báo cáo để tổng hợp.')).toBeVisible();

  // Nothing ticked: the button says why it cannot compile.
  await group.getByRole('checkbox', { name: 'Chọn tất cả' }).uncheck();
  await expect(compile).toBeDisabled();
  await expect(compile).toHaveAccessibleDescription(
    'Chưa chọn báo cáo nào nên chưa tổng hợp được: hãy đánh dấu ít nhất một báo cáo.',
  );
  await group.getByRole('checkbox', { name: 'Chọn tất cả' }).check();
  await expect(compile).toBeEnabled();

  // By keyboard: Nậm Tăm's box, Space.
  const namTam = group.getByRole('checkbox', { name: 'Tổng hợp báo cáo của ĐẢNG ỦY XÃ NẬM TĂM' });
  await namTam.focus();
  await page.keyboard.press('Space');
  await expect(namTam).not.toBeChecked();
  await expect(group.getByText('Đã chọn 2 / 3 báo cáo để tổng hợp.')).toBeVisible();
  await expect(group.getByRole('checkbox', { name: 'Chọn tất cả' })).toHaveAttribute('data-indeterminate', 'true');
  await page.screenshot({
    path: join(SCREENSHOTS_DIR, 'inbox-choose-reports-to-compile-1366x768.png'),
    fullPage: true,
  });

  await compile.click();
  const dialog = page.getByRole('dialog', { name: /Tổng hợp báo cáo/ });
  await expect(dialog).toContainText('Đã tổng hợp 2 đơn vị');
  await expect(dialog).toContainText('Không tổng hợp Đảng ủy xã Nậm Tăm');
  await expect(dialog).toContainText('Chưa có báo cáo: 1 đơn vị');
  await dialog.getByRole('button', { name: 'Tạo bản nháp tổng hợp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByTestId('page-preview-pages')).toContainText('Kết nạp đảng viên mới', { timeout: 20_000 });
  const waiting = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  const checks = page.getByRole('dialog', { name: /Báo cáo còn \d+ lỗi thể thức/ });
  await checks.getByRole('button', { name: 'Vẫn xuất' }).click();
  const bytes = new Uint8Array(await readFile(await (await waiting).path()));
  const body = paragraphsIn(documentBody(unzipDocx(bytes))).map((p) => p.text);
  // Nậm Tăm is named only as left out; none of its text is in the draft.
  expect(body.filter((t) => t.includes('Nậm Tăm'))).toEqual([
    'Tổng hợp từ báo cáo của 2 đơn vị: Đảng ủy xã Bản Bo, Đảng ủy xã Khun Há. Chưa có báo cáo của 1 đơn vị: Đảng ủy xã Sơn Bình. Không đưa vào tổng hợp báo cáo của 1 đơn vị: Đảng ủy xã Nậm Tăm.',
  ]);
  // Without Nậm Tăm's 12 and 7: 15 + 6 in 2024, 10 (Bản Bo's later version) + 4 in 2025.
  expect(tableRows(bytes)).toContain('1 | Kết nạp đảng viên mới | 21 | 14 | -7');
});

test('a compiled paragraph shows its unit until the clerk edits it, across reloads', async ({ page }) => {
  const group = await receiveFolder(page);
  await group.getByRole('button', { name: 'Tổng hợp' }).click();
  await page
    .getByRole('dialog', { name: /Tổng hợp báo cáo/ })
    .getByRole('button', { name: 'Tạo bản nháp tổng hợp' })
    .click();
  await page.getByRole('tab', { name: /^I\. KẾT QUẢ LÃNH ĐẠO/ }).click();
  const marked = (unit: string) => page.locator(`.block-origin[data-origin="${unit}"]`, { hasText: 'tổ chức học tập' });
  const banBo = marked('Đảng ủy xã Bản Bo');
  await expect(banBo).toHaveAttribute('title', 'Từ: Đảng ủy xã Bản Bo (chưa sửa từ khi tổng hợp)');
  await expect(banBo).toHaveAttribute('aria-description', 'Từ: Đảng ủy xã Bản Bo');
  await expect(marked('Đảng ủy xã Khun Há')).toHaveCount(1);

  await page.reload();
  await expect(banBo).toHaveCount(1, { timeout: 20_000 });
  await banBo.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS_DIR, 'compiled-draft-provenance-marks-1366x768.png') });

  // The clerk shortens Bản Bo's paragraph: its mark goes, Khun Há's stays, and so after a reload.
  // At the start of the paragraph's first line (End would only reach the end of a wrapped line).
  await banBo.click({ position: { x: 4, y: 6 } });
  await page.keyboard.press('Home');
  await page.keyboard.type('Tóm lại: ');
  await expect(page.getByText('Tóm lại: Đảng ủy xã Bản Bo tổ chức học tập')).toBeVisible();
  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await waitForSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: /^I\. KẾT QUẢ LÃNH ĐẠO/ }).click();
  await expect(marked('Đảng ủy xã Khun Há')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByText('Tóm lại: Đảng ủy xã Bản Bo tổ chức học tập')).toBeVisible();
  await expect(marked('Đảng ủy xã Bản Bo')).toHaveCount(0);
});
