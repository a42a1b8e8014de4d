/**
 * Undo after a replacement, as in Word: the clerk types in a chapter's editor, replaces with the find panel,
 * and Ctrl+Z in the editor takes the replacement back; the next Ctrl+Z takes back what was typed before it,
 * because the replacement went into the editor's own history instead of starting the editor afresh.
 */
import { expect, test, type Page } from '@playwright/test';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { minimalReport } from '../test-support/report-builder';
import { screenshotPath } from './helpers/screenshot-path';

async function openChapter(page: Page): Promise<void> {
  const report = minimalReport({
    sections: [
      {
        id: 'chuong-1',
        heading: 'ĐẶC ĐIỂM TÌNH HÌNH',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Huyện ủy chỉ đạo sát sao.' }] }],
        children: [],
      },
    ],
  });
  await seedVersion1Database(page, [
    {
      id: 'hoan-tac',
      templateId: 'so-ket-tong-ket',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'chapter:chuong-1',
    },
  ]);
  await page.goto('/#/ban-nhap/hoan-tac/chapter:chuong-1');
}

/** Types at the end of the chapter's text, then opens the panel on "huyện ủy" → "Tỉnh ủy" (the issuer has it too). */
async function typeThenOpenReplace(page: Page) {
  const editor = page.getByRole('textbox', { name: 'Nội dung chương I' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Huyện ủy họp.');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao. Huyện ủy họp.');
  await page.keyboard.press('Control+h');
  const panel = page.getByRole('dialog', { name: 'Tìm và thay thế' });
  await page.keyboard.type('huyện ủy');
  await panel.getByLabel('Thay bằng').fill('Tỉnh ủy');
  await expect(panel.getByTestId('find-count')).toHaveText('–/3');
  return { editor, panel };
}

test('Ctrl+Z in the editor after "Thay tất cả" undoes the replacement, then the typing before it', async ({ page }) => {
  await openChapter(page);
  const { editor, panel } = await typeThenOpenReplace(page);
  await panel.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(panel.getByTestId('find-message')).toHaveText('Đã thay 3 chỗ.');
  await expect(editor).toHaveText('Tỉnh ủy chỉ đạo sát sao. Tỉnh ủy họp.');
  await page.screenshot({ path: screenshotPath('find-replace-all-in-open-editor.png') });

  // Escape gives the focus back to the editor, as the panel found it.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao. Huyện ủy họp.');
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao.');
  // And redo brings back the typing.
  await page.keyboard.press('Control+y');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao. Huyện ủy họp.');
});

test('Ctrl+Z in the editor after "Thay" undoes that one replacement, then the typing before it', async ({ page }) => {
  await openChapter(page);
  const { editor, panel } = await typeThenOpenReplace(page);
  await panel.getByRole('button', { name: 'Sau' }).click();
  await panel.getByRole('button', { name: 'Thay', exact: true }).click();
  await expect(panel.getByTestId('find-message')).toHaveText('Đã thay 1 chỗ.');
  await expect(editor).toHaveText('Tỉnh ủy chỉ đạo sát sao. Huyện ủy họp.');

  // The panel's own undo button is there too; here the clerk goes back to the editor instead.
  await expect(panel.getByRole('button', { name: 'Hoàn tác thay thế' })).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao. Huyện ủy họp.');
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao.');
});

test('"Hoàn tác thay thế" in the panel keeps the editor\'s earlier history', async ({ page }) => {
  await openChapter(page);
  const { editor, panel } = await typeThenOpenReplace(page);
  await panel.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(editor).toHaveText('Tỉnh ủy chỉ đạo sát sao. Tỉnh ủy họp.');
  await panel.getByRole('button', { name: 'Hoàn tác thay thế' }).click();
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao. Huyện ủy họp.');
  await expect(panel.getByTestId('find-message')).toContainText('Đã hoàn tác');
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Huyện ủy chỉ đạo sát sao.');
});
