/**
 * A Vietnamese input method in composition mode (Windows IMEs, UniKey/EVKey) does not send key presses: it sends
 * the IME key (key code 229), composes the word and commits it. Under a table that ends a chapter there is no
 * paragraph, only the gap cursor; the committed word must start a paragraph there, stay there after a reload,
 * and be exported as the paragraph after the table. Real Chromium, the IME driven through CDP
 * (Input.imeSetComposition / Input.insertText, as Chromium's own IME bridge does).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { allText, childElements, documentBody, unzipDocx } from '../test-support/docx-xml';
import { clickIntoEditor } from './helpers/click-into-editor';
import { screenshotPath } from './helpers/screenshot-path';
import { createDraft, SO_KET_TEMPLATE, waitForSaved } from './helpers/wizard-page';

const ABOVE = 'Bảng số liệu:';
const CELL = 'Tổng số';
const BELOW = 'Sau bảng là nhận xét';

/** One word as the IME sends it: the 229 key, the composition growing letter by letter, then the commit. */
async function imeWord(page: Page, word: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = { windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, key: 'Process', code: '' };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  for (let n = 1; n <= word.length; n += 1) {
    const s = word.slice(0, n);
    await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
  }
  await cdp.send('Input.insertText', { text: word });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
}

/** The editor's top-level blocks as the clerk sees them. */
function blocks(page: Page): Promise<string[]> {
  return page
    .getByTestId('editor-III.')
    .locator('.ProseMirror > *')
    .evaluateAll((els) => els.map((el) => `${el.querySelector('table') ? 'bảng' : 'đoạn'}: ${el.textContent ?? ''}`));
}

test('a word committed by an input method under a table stays under it, after a reload and in the DOCX', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const holder = page.getByTestId('editor-III.');
  await holder.getByRole('textbox', { name: 'Nội dung chương III.' }).click();
  await page.keyboard.type(ABOVE);
  await page.keyboard.press('Enter');
  await holder.getByRole('button', { name: 'Chèn bảng' }).click();
  await clickIntoEditor(holder.locator('.ProseMirror td').first());
  await page.keyboard.type(CELL);

  // Below the table, where the clerk clicks to go on writing: the caret line shows under the table.
  await expect(async () => {
    const box = (await holder.locator('table').boundingBox())!;
    await page.mouse.click(box.x + 40, box.y + box.height + 14);
    await expect(holder.locator('.ProseMirror-gapcursor')).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  const words = BELOW.split(' ');
  for (const [i, word] of words.entries()) await imeWord(page, i === 0 ? word : ` ${word}`);
  const expected = [`đoạn: ${ABOVE}`, `bảng: ${CELL}`, `đoạn: ${BELOW}`];
  await expect.poll(() => blocks(page)).toEqual(expected);
  await page.screenshot({ path: screenshotPath('ime-word-under-table.png') });

  await waitForSaved(page);
  await page.reload();
  await expect(holder.locator('.ProseMirror table')).toBeVisible();
  await expect.poll(() => blocks(page)).toEqual(expected);

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  const askAnyway = page.getByRole('dialog', { name: /lỗi thể thức/ }).getByRole('button', { name: 'Vẫn xuất' });
  // A new draft still has format errors (empty fields): the checker asks first.
  const asked = await Promise.race([
    downloadPromise.then(() => false),
    askAnyway.waitFor({ timeout: 30_000 }).then(() => true),
  ]);
  if (asked) await askAnyway.click();
  const download = await downloadPromise;
  const body = documentBody(unzipDocx(new Uint8Array(await readFile(await download.path()))));
  // The body in order: the paragraph above, the table, then the IME's words in the paragraph right after it.
  const order = childElements(body)
    .filter((el) => el.name === 'w:p' || el.name === 'w:tbl')
    .map((el) => `${el.name === 'w:tbl' ? 'bảng' : 'đoạn'}: ${allText(el).trim()}`);
  const table = order.findIndex((b) => b.startsWith('bảng:') && b.includes(CELL));
  expect(table).toBeGreaterThan(0);
  expect(order.slice(table - 1, table + 2)).toEqual([`đoạn: ${ABOVE}`, `bảng: ${CELL}`, `đoạn: ${BELOW}`]);
});
