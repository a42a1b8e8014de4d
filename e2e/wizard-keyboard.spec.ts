/**
 * The wizard with the keyboard only: "Tiếp theo" (Enter) puts the focus on the new step's first field, and an
 * editor's toolbar is one Tab stop with the arrow keys inside it, so the text is a few Tabs away.
 */
import { expect, test, type Page } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';
import { screenshotPath } from './helpers/screenshot-path';

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim() : '';
  });
}

test('Enter on "Tiếp theo" focuses the next step\'s first field; the toolbar is one Tab stop', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const next = page.getByRole('button', { name: 'Tiếp theo' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^I\./ })).toBeVisible();
  const chapterName = page.getByRole('textbox', { name: 'Tên chương' });
  await expect(chapterName).toBeFocused();
  // The caret is after what the field holds.
  await page.keyboard.type(' CHUNG');
  await expect(chapterName).toHaveValue('ĐẶC ĐIỂM TÌNH HÌNH CHUNG');

  // From the chapter's name to its text: the toolbar takes one Tab, not seven.
  const editor = page.getByRole('textbox', { name: 'Nội dung chương I.' });
  const toolbar = page.getByTestId('editor-I.').getByRole('toolbar', { name: 'Định dạng' });
  await expect(toolbar).toHaveAttribute('aria-orientation', 'horizontal');
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Đậm' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Nghiêng' })).toBeFocused();
  await page.keyboard.press('End');
  const last = await focusedName(page);
  expect(last).not.toBe('Nghiêng');
  await expect(toolbar.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('button', { name: 'Đậm' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  expect(await focusedName(page)).toBe(last);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  // Back out to the toolbar, which remembers the button last used.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Nghiêng' })).toBeFocused();
  await page.screenshot({ path: screenshotPath('toolbar-one-tab-stop-arrow-keys.png') });

  // "Quay lại" with the keyboard lands on the first field of Thông tin chung.
  await page.getByRole('button', { name: 'Quay lại' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.activeElement?.closest('main') !== null &&
          document.activeElement?.matches('input, textarea, [role="textbox"]'),
      ),
    )
    .toBe(true);
});
