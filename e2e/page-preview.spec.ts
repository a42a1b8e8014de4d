/**
 * The clerk's helpers in real Chromium: the A4 page preview drawn from the DOCX bytes export would write (in the
 * review step and in the side drawer while typing), the Vietnamese date picker, the format checker with its
 * click-through and export confirmation, and the tone-style normalisation with undo.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { E2E_ORIGIN } from './helpers/e2e-origin';
import { screenshotPath } from './helpers/screenshot-path';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

const FIXTURE = new URL('./fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url);

test('the review step shows the real A4 pages; the drawer redraws them after typing, with no network and no CSP error', async ({
  page,
}) => {
  const offOrigin: string[] = [];
  const cspErrors: string[] = [];
  page.on('request', (r) => {
    if (!(r.url().startsWith(`${E2E_ORIGIN}/`) || /^(data:|blob:)/.test(r.url()))) offOrigin.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  page.on('pageerror', (e) => cspErrors.push(e.message));

  const report = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { report: { title: string } }).report;
  await seedVersion1Database(page, [
    {
      id: 'mau',
      templateId: 'so-ket-tong-ket',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/mau/review');
  const pages = page.getByTestId('page-preview-pages');
  await expect(pages).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM', { timeout: 15_000 });
  await expect(pages).toContainText('Tam Đường, ngày 15 tháng 6 năm 2023');
  // The sample report is 5 A4 pages in LibreOffice too (paged-preview-pages.spec.ts compares them).
  await expect(page.getByTestId('page-preview-status')).toHaveText('Trang in đúng như tệp DOCX sẽ xuất: 5 trang A4.');
  const pageCount = await pages.locator('.pagedjs_page').count();
  expect(pageCount).toBe(5);
  await expect(page.getByTestId('page-indicator')).toHaveText('Trang 1/5');
  // Shrunk to fit the column, but in A4 proportions (210 × 297 mm), inside the preview frame.
  const sheet = await pages.locator('.pagedjs_page').first().boundingBox();
  const frame = await page.getByTestId('page-preview').boundingBox();
  expect(sheet!.height / sheet!.width).toBeCloseTo(297 / 210, 2);
  expect(sheet!.x).toBeGreaterThan(frame!.x);
  expect(sheet!.x + sheet!.width).toBeLessThan(frame!.x + frame!.width);
  expect(
    await pages
      .locator('.pagedjs_page')
      .first()
      .evaluate((el) => (el as HTMLElement).offsetWidth),
  ).toBe(794); // 210 mm at 96 dpi, before zoom
  // Page 1 carries no number, page 2 does (in the header box, above the text).
  const numberOn = (i: number) =>
    pages
      .locator('.pagedjs_page')
      .nth(i)
      .locator('.pagedjs_margin-top-center .pagedjs_margin-content')
      .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await numberOn(0)).toBe('none');
  expect(await numberOn(1)).toBe('counter(page)');
  await expect(pages.locator('.pagedjs_page').nth(1)).toHaveAttribute('data-page-number', '2');
  await expect(pages.locator('.pagedjs_page').nth(4)).toContainText('Nơi nhận');
  // Each footnote sits at the foot of the page that calls it, not at the end of the report.
  const notesPerPage = await pages.evaluate((host) =>
    Array.from(host.querySelectorAll('.pagedjs_page')).map((p) => ({
      calls: p.querySelectorAll('.pagedjs_page_content [data-footnote-call]').length,
      notes: p.querySelectorAll('.pagedjs_footnote_area [data-note="footnote"]:not([data-split-from])').length,
    })),
  );
  for (const onPage of notesPerPage) expect(onPage.notes).toBe(onPage.calls);
  expect(notesPerPage.reduce((n, p) => n + p.notes, 0)).toBeGreaterThanOrEqual(2);
  await expect(pages.locator('.pagedjs_footnote_area')).toContainText(['Công văn số 472-CV/HU']);
  await expect(page.getByTestId('signature-alone')).toHaveCount(0);
  // README's docs/preview.png is copied from this picture: the checker above, the first A4 page below it.
  await page.getByTestId('format-checker').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -90);
  await page.setViewportSize({ width: 1366, height: 1200 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath('preview.png') });
  await page.setViewportSize({ width: 1366, height: 860 });

  // From another step: the drawer, redrawn after the clerk stops typing.
  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await page.getByRole('button', { name: 'Xem trước trang in' }).click();
  const drawer = page.getByTestId('page-preview-pages');
  await expect(drawer).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM', { timeout: 15_000 });
  const title = page.getByRole('textbox', { name: 'Trích yếu' });
  await title.click();
  await title.press('ControlOrMeta+End');
  const typed = ' và kế hoạch năm tới';
  await title.pressSequentially(typed, { delay: 30 });
  const typedAt = Date.now();
  await expect(drawer).toContainText(typed.trim(), { timeout: 10_000 });
  const redrawMs = Date.now() - typedAt;
  console.log(`preview redrawn ${redrawMs} ms after the last keystroke (${pageCount} pages)`);
  await expect(title).toHaveValue(new RegExp(`${typed}$`));

  expect(offOrigin).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('the date picker writes the header date: typed dd/mm/yyyy or picked on the Vietnamese calendar', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByLabel('Địa danh').fill('Tam Đường');
  const date = page.getByLabel('Ngày ban hành');
  await date.fill('9/1/2026');
  await expect(page.getByTestId('date-line')).toHaveText('Tam Đường, ngày 09 tháng 01 năm 2026');
  await expect(page.getByTestId('header-preview')).toContainText('Tam Đường, ngày 09 tháng 01 năm 2026');
  await date.blur();
  await expect(date).toHaveValue('09/01/2026');

  await date.fill('31/02/2026');
  await expect(page.getByText('Ngày không hợp lệ.')).toBeVisible();
  await expect(page.getByTestId('date-line')).toHaveText('Tam Đường, ngày 09 tháng 01 năm 2026');
  await date.blur();

  // The calendar: Vietnamese month and weekday names, Monday first.
  await page.getByRole('button', { name: 'Chọn ngày trên lịch' }).click();
  const calendar = page.getByRole('dialog', { name: 'Lịch chọn ngày' });
  await expect(calendar.getByTestId('calendar-month')).toHaveText('Tháng 1 năm 2026');
  await expect(calendar.getByRole('grid')).toContainText('T2T3T4T5T6T7CN');
  await calendar.getByRole('button', { name: 'Tháng sau' }).click();
  await expect(calendar.getByTestId('calendar-month')).toHaveText('Tháng 2 năm 2026');
  await calendar.getByRole('button', { name: 'Thứ Hai, 02/02/2026' }).click();
  await expect(calendar).toBeHidden();
  await expect(date).toHaveValue('02/02/2026');
  await expect(page.getByTestId('date-line')).toHaveText('Tam Đường, ngày 02 tháng 02 năm 2026');
  await date.fill('15/6/2023');
  await expect(page.getByTestId('date-line')).toHaveText('Tam Đường, ngày 15 tháng 6 năm 2023');
});

test('the checker lists format problems, opens the step to fix them, and asks before exporting with errors', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('combobox', { name: 'Ký hiệu cơ quan' }).fill('hu');
  await expect(page.getByTestId('symbol-warnings')).toContainText(
    'Mã cơ quan “hu” phải viết in hoa. Hãy sửa thành “HU”.',
  );
  await page.getByRole('combobox', { name: 'Ký hiệu cơ quan' }).fill('H');
  await expect(page.getByRole('option', { name: /HU\s*Huyện ủy$/ })).toBeVisible();
  await page.getByRole('option', { name: /HU\s*Huyện ủy$/ }).click();
  await expect(page.getByRole('combobox', { name: 'Ký hiệu cơ quan' })).toHaveValue('HU');
  await expect(page.getByTestId('symbol-warnings')).toBeHidden();

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const checker = page.getByTestId('format-checker');
  await expect(checker).toContainText('lỗi');
  await checker.getByRole('button', { name: /Chưa có họ tên người ký/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi nhận và ký');
  await expect(page.getByLabel('Quyền hạn ký')).toBeFocused();
  await page.getByLabel('Họ và tên người ký').fill('Cao Trang Trọng');

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(checker.getByRole('button', { name: /Chưa có họ tên người ký/ })).toHaveCount(0);
  await checker.getByRole('button', { name: /Chương “ĐẶC ĐIỂM TÌNH HÌNH” chưa có nội dung/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I. ĐẶC ĐIỂM TÌNH HÌNH');

  // Export with errors: "Sửa" goes back to the list, nothing is written.
  await page.getByRole('banner').getByRole('button', { name: 'Xuất DOCX' }).click();
  const confirm = page.getByRole('dialog', { name: /Báo cáo còn \d+ lỗi thể thức/ });
  await expect(confirm).toContainText('Chương “ĐẶC ĐIỂM TÌNH HÌNH” chưa có nội dung.');
  await confirm.getByRole('button', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  await expect(page.getByText(/Đã tạo tệp/)).toHaveCount(0);
});

test('"Chuẩn hóa cách bỏ dấu" rewrites the draft in one style and can be undone', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByLabel('Cơ quan ban hành').fill('HUYỆN UỶ TAM ĐƯỜNG');
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('sơ kết công tác văn hóa và văn hoá cơ sở');
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByTestId('format-checker')).toContainText('dùng lẫn hai kiểu bỏ dấu');
  // Named as UniKey and common usage name them: "hoà, uỷ" is the new style, "hòa, ủy" the old one.
  await expect(page.getByRole('button', { name: /hoà, uỷ \(kiểu mới\)/ })).toBeVisible();
  await page.getByRole('button', { name: /hòa, ủy \(kiểu cũ\)/ }).click();
  await page.getByRole('button', { name: 'Chuẩn hóa cách bỏ dấu (2 chỗ)' }).click();
  await expect(page.getByText('Đã chuẩn hóa 2 chỗ theo kiểu “hòa, ủy (kiểu cũ)”.')).toBeVisible();
  await expect(page.getByTestId('format-checker')).not.toContainText('dùng lẫn hai kiểu bỏ dấu');
  await expect(page.getByTestId('draft-title')).toHaveText('sơ kết công tác văn hóa và văn hóa cơ sở');
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByTestId('draft-title')).toHaveText('sơ kết công tác văn hóa và văn hoá cơ sở');
  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN UỶ TAM ĐƯỜNG');
});
