/**
 * The guidance beside "Xem lại và xuất" names the presentation rules the DOCX will follow: those of the draft's
 * own rule-set, so a state body's draft (NĐ 30/2020) is not told it follows the Party's Hướng dẫn 36.
 */
import { expect, test } from '@playwright/test';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

test('the review step names the rule-set the draft is presented by, Party or State', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const guidance = page.getByRole('complementary', { name: 'Hướng dẫn' });

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  await expect(guidance).toContainText('Tệp DOCX được trình bày theo Hướng dẫn 36-HD/VPTW');
  await expect(guidance).not.toContainText('Nghị định 30');

  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await page.getByTestId('rule-set-picker').selectOption('nd30-2020');
  await expect(page.getByTestId('rule-set-picker').locator('option:checked')).toHaveText(/^Nghị định 30\/2020\/NĐ-CP/);

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  await expect(guidance).toContainText('Tệp DOCX được trình bày theo Nghị định 30/2020/NĐ-CP');
  await expect(guidance).not.toContainText('36-HD/VPTW');
});
