/**
 * The opening's editor is mounted after the first step has painted (wizard/deferred-rich-text.tsx); until then
 * its text is shown read-only. A clerk who clicks into that text and types at once must lose nothing: not
 * while the editor's code is still loading, and not while the editor replaces the read-only text.
 */
import { expect, test, type Page } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';

const OPENING = 'Mở đầu của báo cáo.';

async function draftWithOpening(page: Page): Promise<void> {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await typeInEditor(page, 'Phần mở đầu', OPENING);
  // Leaving the editor reports its text at once, so the save awaited next is the one that holds it.
  await page.getByRole('heading', { level: 1 }).click();
  await waitForSaved(page);
}

/**
 * Clicks just right of the last character of the opening's one-line paragraph: the caret goes to its end. The
 * read-only text and the editor lay it out alike, so the spot is the same whichever of them is there.
 */
async function clickEndOfOpening(page: Page): Promise<void> {
  const line = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true }).locator('p').first();
  // Measured on the element found at that moment; null if it was just replaced (then measured again).
  const measure = () =>
    line.evaluate((p) => {
      const range = p.ownerDocument.createRange();
      range.selectNodeContents(p);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      const box = p.getBoundingClientRect();
      return last ? { x: last.right - box.left + 3, y: last.top - box.top + last.height / 2 } : null;
    });
  let position = await measure();
  while (!position) position = await measure();
  await line.click({ position });
}

async function expectOpeningSaved(page: Page, paragraphs: string[]): Promise<void> {
  const editor = page.getByTestId('editor-opening').getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await expect(editor.locator('p')).toHaveText(paragraphs);
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true }).locator('p')).toHaveText(paragraphs);
}

/**
 * Reloads with every script arriving a second late: the editor's chunk, fetched once the step is shown, comes
 * a second after it, and the opening is still its read-only text. (A reload after this is slow for the same reason.)
 */
async function reloadWithSlowEditorCode(page: Page): Promise<void> {
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByTestId('editor-opening')).toHaveCount(0);
}

test('keys typed into the opening before the editor code has arrived are all kept, at the caret', async ({ page }) => {
  await draftWithOpening(page);
  await reloadWithSlowEditorCode(page);

  await clickEndOfOpening(page);
  await page.keyboard.type(' Them mot cau');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('u.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Doan thu hai');
  await expect(page.getByTestId('editor-opening')).toHaveCount(0); // all of it typed before the editor mounted

  await expectOpeningSaved(page, [`${OPENING} Them mot cau.`, 'Doan thu hai']);
});

test('keys typed into the opening the moment the step appears are all kept', async ({ page }) => {
  await draftWithOpening(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await clickEndOfOpening(page);
  await page.keyboard.type(' Them ngay');
  await expectOpeningSaved(page, [`${OPENING} Them ngay`]);
});

test('Backspace, Shift+Enter and Ctrl+B pressed before the editor code has arrived act as in the editor', async ({
  page,
}) => {
  await draftWithOpening(page);
  await reloadWithSlowEditorCode(page);

  await clickEndOfOpening(page);
  // "báo cáo." loses "o." (nothing typed yet to take back: the text's own letters go).
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('o:');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Dong dam');
  await expect(page.getByTestId('editor-opening')).toHaveCount(0); // all of it pressed before the editor mounted

  const editor = page.getByTestId('editor-opening').getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await expect(editor.locator('p br')).toHaveCount(1);
  await expect(editor.locator('p strong')).toHaveText('Dong dam');
  await expectOpeningSaved(page, ['Mở đầu của báo cáo:Dong dam']);
});

test('Ctrl+A, Delete and a paste made before the editor code has arrived replace the whole opening', async ({
  page,
}) => {
  await draftWithOpening(page);
  await reloadWithSlowEditorCode(page);

  await clickEndOfOpening(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  // What Ctrl+V fires, with what Word puts on the clipboard for two short paragraphs.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData(
      'text/html',
      '<p class=MsoNormal>Đoạn dán một.<o:p></o:p></p><p class=MsoNormal>Đoạn dán hai.</p>',
    );
    transfer.setData('text/plain', 'Đoạn dán một.\nĐoạn dán hai.');
    const target = document.activeElement!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await page.keyboard.type(' Them');
  await expect(page.getByTestId('editor-opening')).toHaveCount(0);

  await expectOpeningSaved(page, ['Đoạn dán một.', 'Đoạn dán hai. Them']);
});
