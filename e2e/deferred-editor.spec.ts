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

test('keys typed into the opening before the editor code has arrived are all kept, at the caret', async ({ page }) => {
  await draftWithOpening(page);
  // From now on every script arrives a second late: the editor's chunk, fetched once the step is shown,
  // comes a second after it. (The reload at the end is slow for the same reason.)
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByTestId('editor-opening')).toHaveCount(0); // still the read-only text

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
