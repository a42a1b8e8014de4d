/**
 * The app's own tooltip (renderer/src/app/tooltip.tsx) and abbreviation suggestions (abbreviation-field.tsx),
 * which replaced MUI's Popper-based Tooltip and Autocomplete, in real Chromium: what a clerk sees with the mouse
 * and with the keyboard, and the names screen readers (and the other e2e specs) find the buttons by.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

async function openWizard(page: Page): Promise<void> {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
}

test('hovering a button shows its tooltip below it, inside the window, described by it; leaving or Escape hides it', async ({
  page,
}) => {
  await openWizard(page);
  const back = page.getByRole('button', { name: 'Về danh sách bản nháp' });
  const tooltip = page.getByRole('tooltip');

  await back.hover();
  await expect(tooltip).toHaveText('Về danh sách bản nháp');
  await expect(back).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id')) ?? 'missing id');
  // Measure the bubble where it comes to rest, not mid grow-in (a scale animation of ~200 ms).
  await tooltip.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  // The button is in the top app bar: no room above, so the bubble sits below it, fully on screen.
  const b = await box(back);
  const t = await box(tooltip);
  expect(t.y).toBeGreaterThanOrEqual(b.y + b.height);
  expect(t.x).toBeGreaterThanOrEqual(0);
  expect(t.y + t.height).toBeLessThanOrEqual(860);
  // The button is at the window's left edge: the bubble is pushed right to stay on screen, the arrow still
  // points at the button's centre.
  const arrow = await box(tooltip.locator('[aria-hidden]'));
  expect(Math.abs(arrow.x + arrow.width / 2 - (b.x + b.width / 2))).toBeLessThan(1.5);
  await expect(tooltip).toHaveCSS('background-color', 'rgba(97, 97, 97, 0.92)');
  await expect(tooltip).toHaveCSS('font-size', '11px');

  await page.mouse.move(700, 500);
  await expect(tooltip).toHaveCount(0);
  await expect(back).not.toHaveAttribute('aria-describedby');

  await back.hover();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('keyboard focus shows the tooltip and moving focus away hides it', async ({ page }) => {
  await openWizard(page);
  // The app bar's keyboard order is its visual order: back, the word count, find, more actions, history, save as
  // file.
  const wordCount = page.getByTestId('word-count');
  await expect(wordCount).toBeVisible();
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).focus();
  await page.keyboard.press('Tab');
  await expect(wordCount).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText('Số từ, ký tự, chú thích từng phần');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tìm và thay thế' })).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText('Tìm và thay thế (Ctrl+F, Ctrl+H)');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Thêm thao tác' })).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText('Thêm thao tác');
  await page.keyboard.press('Tab');
  const history = page.getByRole('button', { name: 'Lịch sử phiên bản' });
  await expect(history).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText('Lịch sử phiên bản');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('tooltip')).toHaveText(/^Lưu bản nháp ra tệp/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('a string title names an unnamed child, never overrides a name, and works over a disabled button', async ({
  page,
}) => {
  await openWizard(page);
  // The save indicator has no name of its own: the tooltip text becomes its name, as MUI's Tooltip did.
  await expect(page.getByTestId('save-status')).toHaveAttribute(
    'aria-label',
    'Bản nháp được lưu tự động trên máy này sau mỗi lần sửa.',
  );
  // A button that names itself keeps its own, longer name.
  await page.goto('/');
  const duplicate = page.getByRole('button', { name: /^Nhân bản / });
  await expect(duplicate).toHaveAttribute('aria-label', /^Nhân bản .+/);
  await duplicate.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Nhân bản');

  // A disabled button gets no pointer events; its wrapping span carries the tooltip instead.
  await page.getByTestId('draft-card').first().getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  const firstUp = page.getByRole('button', { name: /^Chuyển chương .+ lên$/ }).first();
  await expect(firstUp).toBeDisabled();
  // The opening's editor swaps in for its read-only stand-in after the first paint and may move the list: hover
  // once the page has settled, or the pointer leaves the button as it moves (which rightly hides the tooltip).
  await expect(page.locator('.deferred-editor')).toHaveCount(0);
  await firstUp.hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText('Chuyển lên');
});

test('the abbreviation field suggests codes while typing, ignores missing accents, and takes the keyboard', async ({
  page,
}) => {
  await openWizard(page);
  const field = page.getByRole('combobox', { name: 'Ký hiệu cơ quan' });
  await field.fill('dan van huyen');
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option')).toHaveText([/BDVHU\s*Ban Dân vận Huyện ủy/]);
  // Right under the input box, as wide as the field.
  const f = await box(field.locator('xpath=..'));
  const l = await box(listbox);
  expect(l.y).toBeGreaterThanOrEqual(f.y + f.height - 1);
  expect(l.y).toBeLessThan(f.y + f.height + 12);
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('BDVHU');
  await expect(listbox).toHaveCount(0);

  // Free text stays: a code not in the table is kept as typed, and Escape closes the list.
  await field.fill('H');
  await expect(page.getByRole('option', { name: /^HU\s*Huyện ủy$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await field.fill('ĐUK');
  await expect(field).toHaveValue('ĐUK');
  await expect(field).toHaveAttribute('maxlength', '40');
});
