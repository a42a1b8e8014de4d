/**
 * Fields of the wizard as a new clerk meets them in Chromium: the recipients list driven from the keyboard, the
 * check of the required header fields before export, and dates typed in every way a clerk writes them.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { documentBody, paragraphsIn, unzipDocx } from '../test-support/docx-xml';
import { createDraft, SO_KET_TEMPLATE, waitForSaved } from './helpers/wizard-page';

async function exportTexts(page: Page): Promise<string[]> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  const confirm = page.getByRole('dialog', { name: /lỗi thể thức/ });
  await confirm.getByRole('button', { name: 'Vẫn xuất' }).click();
  const download = await downloadPromise;
  const parts = unzipDocx(new Uint8Array(await readFile(await download.path())));
  return paragraphsIn(documentBody(parts)).map((p) => p.text.trim());
}

test('a new recipient row takes the focus: typed lines land in the rows, empty rows are not exported', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: 'Nơi nhận và ký' }).click();
  const rows = page.getByRole('textbox', { name: /^Nơi nhận \d+$/ });
  while ((await rows.count()) > 0) await page.getByRole('button', { name: 'Xóa nơi nhận 1' }).click();
  await page.getByLabel('Chức vụ người ký').fill('PHÓ BÍ THƯ');
  await page.getByLabel('Họ và tên người ký').fill('Lò Văn Pấng');

  const add = page.getByRole('button', { name: 'Thêm nơi nhận' });
  await add.click();
  await page.keyboard.type('- Thường trực Huyện ủy,');
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 1', exact: true })).toBeFocused();
  await add.click();
  await page.keyboard.type('Lưu Văn phòng Huyện ủy.');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi nhận và ký');
  await expect(page.getByText('Đã đủ thông tin')).toBeVisible();

  // A row added and left empty: the step is not done, and the row is not printed.
  await add.click();
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 3', exact: true })).toBeFocused();
  await expect(page.getByText('Chưa xong')).toBeVisible();
  await expect(page.getByText('Đã đủ thông tin')).toHaveCount(0);
  await add.click();
  await page.getByRole('textbox', { name: 'Nơi nhận 4', exact: true }).fill('   ');
  await waitForSaved(page);

  const texts = await exportTexts(page);
  const start = texts.indexOf('Nơi nhận:');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(texts.slice(start + 1, start + 3)).toEqual(['- Thường trực Huyện ủy,', '- Lưu Văn phòng Huyện ủy.']);
  expect(texts.filter((t) => /^-\s*[,.]?$/u.test(t))).toEqual([]);
});

test('required header fields left empty are errors that name the field and lead to it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  for (const label of ['Cơ quan ban hành', 'Địa danh', 'Trích yếu'])
    await page.getByRole('textbox', { name: label }).fill('');
  await page.getByRole('combobox', { name: 'Ký hiệu cơ quan' }).fill('');
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();

  const list = page.getByRole('list', { name: 'Các vấn đề về thể thức' });
  const expected: [string, RegExp][] = [
    ['Cơ quan ban hành', /Chưa có tên cơ quan ban hành\./],
    ['Ký hiệu cơ quan', /Chưa có ký hiệu cơ quan ban hành\./],
    ['Địa danh', /Chưa có địa danh\./],
    ['Trích yếu', /Chưa có trích yếu\./],
  ];
  for (const [, message] of expected) {
    const item = list.getByRole('button', { name: message });
    await expect(item).toBeVisible();
    await expect(item.getByLabel('Lỗi')).toBeVisible();
  }

  // Each leads to its own field, on the step that holds it.
  for (const [label, message] of expected) {
    await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
    await list.getByRole('button', { name: message }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin chung');
    await expect(page.getByLabel(label)).toBeFocused();
  }

  // The export asks first, listing them.
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  const confirm = page.getByRole('dialog', { name: /lỗi thể thức/ });
  for (const [, message] of expected) await expect(confirm.getByText(message)).toBeVisible();
});

test('dates: what is typed stays with its error, short forms are read, far dates are questioned', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByLabel('Địa danh').fill('Tam Đường');
  const date = page.getByLabel('Ngày ban hành');
  await expect(date).toHaveAttribute('placeholder', 'ngày/tháng/năm');

  await date.fill('31/02/2023');
  await expect(page.getByText('Ngày không hợp lệ')).toBeVisible();
  await date.press('Tab');
  await expect(date).toHaveValue('31/02/2023');
  await expect(page.getByText('Ngày không hợp lệ')).toBeVisible();
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue('31/02/2023');
  await expect(page.getByText('Ngày không hợp lệ')).toBeVisible();

  await date.fill('15/6/23');
  await expect(page.getByTestId('date-line')).toHaveText('Tam Đường, ngày 15 tháng 6 năm 2023');
  await date.press('Tab');
  await expect(date).toHaveValue('15/06/2023');

  await date.fill('01/01/2099');
  await date.press('Tab');
  await expect(date).toHaveValue('01/01/2099');
  await expect(page.getByText(/Ngày 01\/01\/2099 cách hôm nay hơn/)).toBeVisible();
});

test('names: an untitled card says it once, long titles are cut on a word with no "…", one download folder', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('');
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  const card = page.getByTestId('draft-card').first();
  await expect(card).toContainText('Báo cáo chưa đặt tên');
  await expect(card).not.toContainText('Báo cáo Báo cáo');

  await card.getByRole('button', { name: /^Mở bản nháp/ }).click();
  const title = `sơ kết ${'tình hình phát triển kinh tế '.repeat(3)}sản xuất nông nghiệp huyện Tam Đường năm 2024`;
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill(title);
  await waitForSaved(page);

  const draftDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
  const draftName = (await draftDownload).suggestedFilename();
  await expect(page.getByText(/thư mục Tải xuống của trình duyệt/)).toBeVisible();
  const draftStem = draftName.replace(/\.baocao\.json$/, '');
  expect(draftStem).not.toContain('…');
  expect(title.startsWith(`${draftStem} `)).toBe(true);

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  await page
    .getByRole('dialog', { name: /lỗi thể thức/ })
    .getByRole('button', { name: 'Vẫn xuất' })
    .click();
  const docxName = (await docxDownload).suggestedFilename();
  await expect(page.getByText(/thư mục Tải xuống của trình duyệt/)).toBeVisible();
  const docxStem = docxName.replace(/\.docx$/, '');
  expect(docxStem).not.toContain('…');
  expect(`Báo cáo ${title}`.startsWith(`${docxStem} `)).toBe(true);
});
