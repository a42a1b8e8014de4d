/**
 * Heading fields keep what is typed in their own state and report it to the report after the paint
 * (renderer/src/wizard/line-field.tsx). What a clerk types there must still reach the saved draft when they
 * move on at once — to the next step, or back to the list — without waiting for the report to catch up.
 */
import { expect, test } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

const SUB_HEADING = 'Công tác tuyên truyền, quán triệt';
const CHAPTER = 'Kết quả nổi bật';

test('headings typed and left at once are saved: next step, back to the list, reopened', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();

  const sub = page.getByRole('textbox', { name: 'Tiêu đề mục 2.1.' });
  await sub.fill('');
  await sub.pressSequentially(SUB_HEADING);
  // No wait: the step changes right after the last key.
  await page.getByRole('button', { name: 'Tiếp theo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^II\./);

  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await expect(sub).toHaveValue(SUB_HEADING);
  const chapter = page.getByRole('textbox', { name: 'Tên chương' });
  await chapter.fill('');
  await chapter.pressSequentially(CHAPTER);
  // The step list follows the chapter's name once the change has reached the report.
  await expect(page.getByRole('tab', { name: new RegExp(`^II\\. ${CHAPTER}`, 'i') })).toBeVisible();
  await chapter.pressSequentially(' năm 2026');
  // No wait either: back to the list, then the draft is read again from IndexedDB.
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  await page
    .getByRole('button', { name: /^Mở bản nháp/ })
    .first()
    .click();
  await page.getByRole('tab', { name: /^II\./ }).click();
  await expect(page.getByRole('textbox', { name: 'Tên chương' })).toHaveValue(`${CHAPTER} năm 2026`);
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 2.1.' })).toHaveValue(SUB_HEADING);
});
