/**
 * The home screen's shortcuts, as a new clerk meets them: "Thêm hồ sơ" opens the profile form at once; with a
 * profile stored a new report may still start without one; "Nhân bản" makes a copy that is marked as such on its
 * card and leaves out the original's number and date, and says so.
 */
import { expect, test } from '@playwright/test';
import { seedSampleDraft } from './helpers/layout-probe';
import { escapeRegExp, SO_KET_TEMPLATE } from './helpers/wizard-page';

test('"Thêm hồ sơ" on the home screen opens the new-profile form with one click', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('alert').getByRole('button', { name: 'Thêm hồ sơ' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm hồ sơ cơ quan' });
  await expect(form).toBeVisible();
  await form.getByLabel('Cơ quan ban hành').fill('HUYỆN ỦY TAM ĐƯỜNG');
  await form.getByLabel('Ký hiệu cơ quan').fill('HU');
  await form.getByLabel('Địa danh').fill('Tam Đường');
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Đã lưu hồ sơ “HUYỆN ỦY TAM ĐƯỜNG”.')).toBeVisible();
  await expect(page.getByText('Chưa có hồ sơ cơ quan.')).toBeHidden();

  // With a profile stored, a new report can still start without it: blank issuer, not the profile's.
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tạo báo cáo mới' });
  const picker = dialog.getByRole('combobox', { name: 'Cơ quan ban hành (hồ sơ)' });
  await expect(picker.locator('option:checked')).toHaveText('HUYỆN ỦY TAM ĐƯỜNG (mặc định)');
  await picker.selectOption({ label: 'Không dùng hồ sơ' });
  await expect(picker).toHaveAccessibleDescription(/để trống/);
  await dialog.getByRole('radio', { name: new RegExp(escapeRegExp(SO_KET_TEMPLATE)) }).check();
  await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('');
  await expect(page.getByLabel('Ký hiệu cơ quan')).toHaveValue('');
  await expect(page.getByLabel('Địa danh')).toHaveValue('');
});

test('"Nhân bản" marks the copy on its card and clears its number and date, saying so', async ({ page }) => {
  await seedSampleDraft(page, { number: '125' });
  await page.goto('/');
  const cards = page.getByTestId('draft-card');
  await expect(cards).toHaveCount(1);
  await cards
    .first()
    .getByRole('button', { name: /^Nhân bản / })
    .click();
  await expect(cards).toHaveCount(2);
  await expect(
    page.getByText(
      'Số văn bản và ngày ban hành của bản gốc đã được xóa trong bản sao; hãy điền khi văn bản được cấp số.',
    ),
  ).toBeVisible();

  // The long title is clamped on the card, so the copy is marked where it shows: a chip inside the card.
  const copyCard = cards.filter({ has: page.getByText('Bản sao', { exact: true }) });
  await expect(copyCard).toHaveCount(1);
  const chip = copyCard.getByText('Bản sao', { exact: true });
  await expect(chip).toBeVisible();
  const [chipBox, cardBox] = [await chip.boundingBox(), await copyCard.boundingBox()];
  expect(chipBox!.x + chipBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
  expect(chipBox!.y + chipBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);
  await expect(copyCard).toHaveAccessibleName(/\(bản sao\)$/);

  // The copy opens with no number and no date; the original keeps both.
  await page.getByRole('button', { name: 'Mở bản sao' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue('');
  await expect(page.getByTestId('draft-title')).toContainText('(bản sao)');
  await page.goto('/#/ban-nhap/mau/general');
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue('125');
  await expect(page.getByLabel('Ngày ban hành')).not.toHaveValue('');
});
