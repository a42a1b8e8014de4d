/**
 * A receiving office's profile made through the home screen's "Thêm hồ sơ" prompt, with the four units it expects
 * reports from (the inbox's "Chưa nộp" list and the compile's list of units come from it).
 */
import { expect, type Page } from '@playwright/test';

export const SUBORDINATE_UNITS = [
  'Đảng ủy xã Nậm Tăm',
  'Đảng ủy xã Bản Bo',
  'Đảng ủy xã Khun Há',
  'Đảng ủy xã Sơn Bình',
];

export async function addOfficeWithUnits(page: Page, parentOrg?: string): Promise<void> {
  await page.getByRole('alert').getByRole('button', { name: 'Thêm hồ sơ' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm hồ sơ cơ quan' });
  if (parentOrg) await form.getByLabel('Cơ quan cấp trên trực tiếp').fill(parentOrg);
  await form.getByLabel('Cơ quan ban hành').fill('HUYỆN ỦY TAM ĐƯỜNG');
  await form.getByLabel('Ký hiệu cơ quan').fill('HU');
  await form.getByLabel('Địa danh').fill('Tam Đường');
  await form.getByLabel('Đơn vị cấp dưới').fill(SUBORDINATE_UNITS.join('\n'));
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(form).toBeHidden();
}
