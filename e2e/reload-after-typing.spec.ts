/**
 * A reload (or closing the tab) right after the last key keeps that burst of typing: the editor's pending
 * change and the draft are put in a small pending-edits slot synchronously while the page goes away, and the
 * next start applies them before the draft is shown.
 */
import { expect, test } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE, waitForSaved } from './helpers/wizard-page';

test('a word typed just before a reload is there after it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const editor = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  await editor.click();
  await page.keyboard.type('Đã lưu trước.');
  await waitForSaved(page);

  for (const word of [' Tiếpnối', ' Kiểmtra', ' Hoànthành']) {
    await page.keyboard.type(word);
    await page.reload();
    await expect(editor).toContainText(word.trim(), { timeout: 15_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
  }
  await expect(editor).toHaveText('Đã lưu trước. Tiếpnối Kiểmtra Hoànthành');
  // Applied into IndexedDB when the draft opened, and the slot cleared: a further reload shows the same text.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('soan-pending')))).toEqual([]);
  await page.reload();
  await expect(editor).toHaveText('Đã lưu trước. Tiếpnối Kiểmtra Hoànthành');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('soan-pending')))).toEqual([]);
});
