/**
 * The body editor with the keyboard, as a Word user works: Tab indents a "- " line to "+ " (Shift+Tab back)
 * and never leaves the editor or loses the next key; Esc then Tab is the way out. Enter on an empty "- " line
 * ends the list. Text committed by a Vietnamese input method (composition) lands where the caret is, also in
 * the empty paragraph under a table.
 */
import { expect, test, type Page } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE, waitForSaved } from './helpers/wizard-page';
import { screenshotPath } from './helpers/screenshot-path';

async function openChapterIII(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const holder = page.getByTestId('editor-III.');
  const editor = holder.getByRole('textbox', { name: 'Nội dung chương III.' });
  await editor.click();
  await expect(editor).toBeFocused();
  return { holder, editor };
}

/** The paragraphs of the editor as the clerk sees them: marker kind, level and text. */
async function paragraphs(page: Page): Promise<string[]> {
  return page
    .getByTestId('editor-III.')
    .locator('.ProseMirror > p')
    .evaluateAll((ps) =>
      ps.map((p) => {
        const kind = p.getAttribute('data-kind') ?? 'p';
        const level = p.getAttribute('data-level') === '2' ? '+' : '';
        return `${kind}${level}:${p.textContent ?? ''}`;
      }),
    );
}

test('Tab on a "- " line makes it "+ ", Shift+Tab back; Tab elsewhere stays in the editor and loses no key', async ({
  page,
}) => {
  const { editor } = await openChapterIII(page);
  const addSection = page.getByRole('button', { name: 'Thêm mục trong chương' });
  await page.keyboard.type('Kết quả đạt được:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Công tác tuyên truyền');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('phổ biến nghị quyết');
  await expect
    .poll(() => paragraphs(page))
    .toEqual(['p:Kết quả đạt được:', 'dash:Công tác tuyên truyền', 'dash+:phổ biến nghị quyết']);
  await page.keyboard.press('Shift+Tab');
  await expect
    .poll(() => paragraphs(page))
    .toEqual(['p:Kết quả đạt được:', 'dash:Công tác tuyên truyền', 'dash:phổ biến nghị quyết']);
  await page.keyboard.press('Tab');

  // In an ordinary paragraph Tab keeps the caret where it is: the next letter and a Space land in the text.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tồn tại');
  await page.keyboard.press('Tab');
  await page.keyboard.type('x y');
  await expect(editor).toBeFocused();
  await expect(addSection).not.toBeFocused();
  await expect(page.getByText('Các mục trong chương')).toHaveCount(0);
  await expect
    .poll(() => paragraphs(page))
    .toEqual(['p:Kết quả đạt được:', 'dash:Công tác tuyên truyền', 'dash+:phổ biến nghị quyết', 'p:', 'p:Tồn tạix y']);

  // The way out is said to screen readers and in the toolbar, and works: Esc, then Tab.
  await expect(editor).toHaveAttribute('aria-description', /Esc.*Tab/);
  await expect(page.getByTestId('editor-III.').getByText(/Esc rồi Tab/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(addSection).toBeFocused();
  await page.screenshot({ path: screenshotPath('tab-indents-dash-line-to-plus.png') });
  // Shift+Tab after Esc goes back up, out of the editor to the toolbar.
  await editor.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(editor).not.toBeFocused();
  await expect(
    page.getByTestId('editor-III.').getByRole('toolbar', { name: 'Định dạng' }).locator(':focus'),
  ).toHaveCount(1);
});

test('Enter on an empty "- " line ends the list, as in Word, also while an input method composes', async ({ page }) => {
  await openChapterIII(page);
  await page.keyboard.type('- Một');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hai');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sau danh sách');
  await expect.poll(() => paragraphs(page)).toEqual(['dash:Một', 'dash:Hai', 'p:Sau danh sách']);

  // An input method that keeps the word in composition and passes Enter on: the browser splits the line.
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Ba');
  const cdp = await page.context().newCDPSession(page);
  for (const s of [' ', ' b', ' bố', ' bốn'])
    await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // The input method commits what it composed.
  await cdp.send('Input.insertText', { text: ' bốn' });
  await cdp.detach();
  await expect.poll(() => paragraphs(page)).toEqual(['dash:Một', 'dash:Hai', 'p:Sau danh sách', 'dash:Ba bốn', 'p:']);
});

/** Commits `text` the way Chromium on Windows does for a Vietnamese input method in composition mode. */
async function imeType(page: Page, steps: string[], text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (const s of steps)
    await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

test('text committed by an input method under a table lands under the table, also after a reload', async ({ page }) => {
  await openChapterIII(page);
  const chapters = [
    ['I.', /^I\. /, 'Sau bảng'],
    ['II.', /^II\. /, 'tốt'],
    ['III.', /^III\. /, 'số liệu'],
    ['IV.', /^IV\. /, 'kết quả'],
  ] as const;
  const imeBelowTable = async (marker: string, word: string) => {
    const holder = page.getByTestId(`editor-${marker}`);
    await expect(holder.locator('.ProseMirror table')).toBeVisible();
    // Below the table, where the clerk clicks to go on writing; the caret line shows there before typing starts.
    // A click that lands before the editor has laid out can take the last cell; the clerk then clicks again.
    await expect(async () => {
      const box = (await holder.locator('table').boundingBox())!;
      await page.mouse.click(box.x + 40, box.y + box.height + 14);
      await expect(holder.locator('.ProseMirror-gapcursor')).toHaveCount(1, { timeout: 1000 });
    }).toPass();
    for (const [i, part] of word.split(' ').entries()) {
      const text = i === 0 ? part : ` ${part}`;
      await imeType(
        page,
        [...text].map((_, n) => text.slice(0, n + 1)),
        text,
      );
    }
    await expect(holder.locator('table')).toHaveText('');
    await expect(holder.locator('.ProseMirror > p').first()).toHaveText('Bảng số liệu:');
    await expect(holder.locator('.ProseMirror > *').last()).toHaveText(word);
  };
  // A table ending each chapter's text; where the browser put a composition under it depended on timing.
  for (const [marker, tab] of chapters) {
    await page.getByRole('tab', { name: tab }).click();
    const holder = page.getByTestId(`editor-${marker}`);
    await holder.getByRole('textbox', { name: `Nội dung chương ${marker}` }).click();
    await page.keyboard.type('Bảng số liệu:');
    await page.keyboard.press('Enter');
    await holder.getByRole('button', { name: 'Chèn bảng' }).click();
    if (marker === 'I.') await imeBelowTable(marker, 'Ngay sau');
  }
  await waitForSaved(page);
  // Opened by a reload, as the next morning: the step comes up with its editor at once.
  for (const [marker, tab, word] of chapters.slice(1)) {
    await page.getByRole('tab', { name: tab }).click();
    await page.reload();
    await imeBelowTable(marker, word);
  }
});

test('the footnote dialog has the caret as it opens: keys typed at once go into the note, none into the body', async ({
  page,
}) => {
  const { holder, editor } = await openChapterIII(page);
  await page.keyboard.type('Kết quả');
  // Clicked and looked at in one go, before the next frame: a quick clerk is already typing by then.
  const focused = await holder
    .getByRole('button', { name: 'Chú thích cuối trang' })
    .evaluate(async (button: HTMLElement) => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.className;
    });
  expect(focused).toBe('Nội dung chú thích');
  const note = page.getByRole('dialog', { name: 'Thêm chú thích cuối trang' });
  // Letters and the Vietnamese ones an input method commits (typed as inserted text) alike.
  await page.keyboard.type('Số liệu kết quả năm 2025.');
  await expect(note.getByRole('textbox', { name: 'Nội dung chú thích' })).toHaveText('Số liệu kết quả năm 2025.');
  await note.getByRole('button', { name: 'Lưu chú thích' }).click();
  await expect(editor).toHaveText('Kết quả1');
});
