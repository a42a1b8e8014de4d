/** Small helpers for driving the renderer in Chromium: create a draft from a template, wait for autosave. */
import { expect, type Page } from '@playwright/test';

export const SO_KET_TEMPLATE = 'Báo cáo sơ kết / tổng kết thực hiện văn bản của cấp trên';
export const DINH_KY_TEMPLATE = 'Báo cáo định kỳ (tháng, quý, 6 tháng, năm)';

export async function createDraft(page: Page, templateName: string): Promise<void> {
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tạo báo cáo mới' });
  await dialog.getByRole('radio', { name: new RegExp(escapeRegExp(templateName)) }).check();
  await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
}

/**
 * Waits until the app bar says the latest change is on disk ("Đã lưu lúc hh:mm"). Generous: how fast is the
 * bench's business; on a machine busy with other jobs a strict-durability save can take seconds.
 */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 30_000 });
}

/** Replaces the whole content of a rich-text editor by typing, as a clerk would. */
export async function typeInEditor(page: Page, name: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name, exact: true });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
