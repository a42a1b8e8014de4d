/**
 * Organisation profiles in real Chromium: a database from release 1 (drafts only) opens in the new release with
 * every draft intact; a profile prefills new drafts; editing the profile never rewrites an existing draft, and
 * "Áp dụng hồ sơ" shows what will change before it does.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { databaseShape, seedVersion1Database } from './helpers/seed-v1-db';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

const FIXTURE = new URL('./fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url);

async function fixtureReport(): Promise<Record<string, unknown>> {
  return (JSON.parse(await readFile(FIXTURE, 'utf8')) as { report: Record<string, unknown> }).report;
}

test('a release-1 database (drafts only) is upgraded through every version with every draft intact, and profiles can then be stored', async ({
  page,
}) => {
  const report = await fixtureReport();
  const second = { ...report, title: 'tình hình quý III năm 2023', sections: [] };
  await seedVersion1Database(page, [
    {
      id: 'mau-tam-duong',
      templateId: 'so-ket-tong-ket',
      report,
      title: String(report.title),
      createdAt: 1,
      updatedAt: 2_000,
      lastStepKey: 'review',
    },
    {
      id: 'quy-ba',
      templateId: 'dinh-ky',
      report: second,
      title: 'tình hình quý III năm 2023',
      createdAt: 1,
      updatedAt: 1_000,
      lastStepKey: 'general',
    },
    {
      id: 'da-xoa',
      templateId: 'dinh-ky',
      report: second,
      title: 'đã xóa',
      createdAt: 1,
      updatedAt: 500,
      lastStepKey: 'general',
      deletedAt: Date.now(),
    },
  ]);
  expect(await databaseShape(page)).toEqual({ version: 10, stores: ['drafts'], drafts: 3 });

  await page.goto('/');
  await expect(page.getByTestId('draft-card')).toHaveCount(2);
  await expect(page.getByTestId('draft-card').nth(0)).toContainText(String(report.title));
  await expect(page.getByTestId('draft-card').nth(1)).toContainText('tình hình quý III năm 2023');
  // Through v2 (profiles), v3 (each draft split into a head and one record per section), v4 (office word lists)
  // to v5 (local outlines), v6 (received reports), v7 (where compiled paragraphs came from) and v8 (the spell
  // check's ignore lists).
  expect(await databaseShape(page)).toEqual({
    version: 80,
    stores: ['drafts', 'officeWords', 'outlines', 'profiles', 'provenance', 'received', 'sections', 'spellingIgnores'],
    drafts: 3,
  });

  // The migrated draft opens with its content (the text view of the review step).
  await page.getByTestId('draft-card').nth(0).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  await expect(page.getByTestId('report-preview')).toContainText('HUYỆN ỦY TAM ĐƯỜNG');
  await expect(page.getByTestId('report-preview')).toContainText('Cao Trang Trọng');

  // The new store works: a profile saved now survives a reload.
  await page.goto('/#/ho-so-co-quan');
  await addProfile(page, { issuer: 'HUYỆN ỦY TAM ĐƯỜNG', code: 'HU', place: 'Tam Đường' });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Danh sách hồ sơ cơ quan' }).getByRole('listitem')).toHaveCount(1);
});

async function addProfile(
  page: Page,
  p: { issuer: string; code: string; place: string; parent?: string; signer?: string; recipients?: string },
) {
  await page.getByRole('button', { name: 'Thêm hồ sơ' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Thêm hồ sơ cơ quan' });
  if (p.parent) await dialog.getByLabel('Cơ quan cấp trên trực tiếp').fill(p.parent);
  await dialog.getByLabel('Cơ quan ban hành').fill(p.issuer);
  await dialog.getByLabel('Ký hiệu cơ quan').fill(p.code);
  await dialog.getByLabel('Địa danh').fill(p.place);
  if (p.signer) await dialog.getByLabel('Họ tên người ký').fill(p.signer);
  if (p.recipients) await dialog.getByLabel('Nơi nhận thường dùng').fill(p.recipients);
  await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(dialog).toBeHidden();
}

test('a profile prefills new drafts; editing it later leaves existing drafts alone until "Áp dụng hồ sơ"', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Chưa có hồ sơ cơ quan.')).toBeVisible();
  await page.getByRole('button', { name: 'Hồ sơ cơ quan' }).click();
  await expect(page.getByText('Chưa có hồ sơ cơ quan nào')).toBeVisible();
  await addProfile(page, {
    parent: 'ĐẢNG BỘ TỈNH LAI CHÂU',
    issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
    code: 'HU',
    place: 'Tam Đường',
    signer: 'Cao Trang Trọng',
    recipients: '- Thường trực Tỉnh ủy,\n- Ban Tuyên giáo Tỉnh ủy,\n- Lưu Văn phòng Huyện ủy.',
  });
  await addProfile(page, { issuer: 'ĐẢNG ỦY XÃ BẢN GIANG', code: 'ĐU', place: 'Bản Giang' });
  const tamDuong = page.getByRole('listitem', { name: 'HUYỆN ỦY TAM ĐƯỜNG' });
  await expect(tamDuong).toContainText('Mặc định');
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  await expect(page.getByText('Chưa có hồ sơ cơ quan.')).toBeHidden();

  // New draft: the default profile is preselected and fills the header, signer and recipients.
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
  const profilePicker = page
    .getByRole('dialog', { name: 'Tạo báo cáo mới' })
    .getByRole('combobox', { name: 'Cơ quan ban hành (hồ sơ)' });
  await expect(profilePicker.locator('option:checked')).toHaveText('HUYỆN ỦY TAM ĐƯỜNG (mặc định)');
  await expect(profilePicker).toHaveAccessibleDescription(/điền sẵn từ hồ sơ này/);
  await page.keyboard.press('Escape');
  await createDraft(page, SO_KET_TEMPLATE);
  await expect(page.getByLabel('Cơ quan cấp trên trực tiếp')).toHaveValue('ĐẢNG BỘ TỈNH LAI CHÂU');
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY TAM ĐƯỜNG');
  await expect(page.getByLabel('Ký hiệu cơ quan')).toHaveValue('HU');
  await expect(page.getByLabel('Địa danh')).toHaveValue('Tam Đường');
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('sơ kết công tác quý IV');
  await page.getByRole('tab', { name: 'Nơi nhận và ký' }).click();
  await expect(page.getByLabel('Họ và tên người ký')).toHaveValue('Cao Trang Trọng');
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 3' })).toHaveValue('Lưu Văn phòng Huyện ủy');
  const draftUrl = page.url();

  // The profile changes: the existing draft keeps its own copy.
  await page.goto('/#/ho-so-co-quan');
  await page.getByRole('button', { name: 'Sửa HUYỆN ỦY TAM ĐƯỜNG' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa hồ sơ cơ quan' });
  await edit.getByLabel('Cơ quan ban hành').fill('HUYỆN ỦY PHONG THỔ');
  await edit.getByLabel('Địa danh').fill('Phong Thổ');
  await edit.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByRole('listitem', { name: 'HUYỆN ỦY TAM ĐƯỜNG' })).toContainText('HUYỆN ỦY PHONG THỔ');
  await page.goto(draftUrl.replace(/[^/]*$/, 'general'));
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY TAM ĐƯỜNG');
  await expect(page.getByLabel('Địa danh')).toHaveValue('Tam Đường');

  // "Áp dụng hồ sơ" lists the differences first, then applies them.
  await page.getByRole('button', { name: 'Áp dụng hồ sơ' }).click();
  const apply = page.getByRole('dialog', { name: 'Áp dụng hồ sơ cơ quan' });
  const changes = apply.getByRole('table', { name: 'Những thay đổi khi áp dụng hồ sơ' });
  await expect(changes.getByRole('row')).toHaveCount(3);
  await expect(changes.getByRole('row', { name: /Cơ quan ban hành/ })).toContainText(
    'HUYỆN ỦY TAM ĐƯỜNGHUYỆN ỦY PHONG THỔ',
  );
  await expect(changes.getByRole('row', { name: /Địa danh/ })).toContainText('Tam ĐườngPhong Thổ');
  // Another profile can be picked (a native select): the list of changes follows it.
  const applyPicker = apply.getByRole('combobox', { name: 'Hồ sơ' });
  await applyPicker.selectOption({ label: 'ĐẢNG ỦY XÃ BẢN GIANG' });
  await expect(changes.getByRole('row', { name: /Cơ quan ban hành/ })).toContainText(
    'HUYỆN ỦY TAM ĐƯỜNGĐẢNG ỦY XÃ BẢN GIANG',
  );
  await applyPicker.selectOption({ label: 'HUYỆN ỦY TAM ĐƯỜNG (mặc định)' });
  await expect(changes.getByRole('row', { name: /Cơ quan ban hành/ })).toContainText(
    'HUYỆN ỦY TAM ĐƯỜNGHUYỆN ỦY PHONG THỔ',
  );
  await apply.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY PHONG THỔ');
  await expect(page.getByTestId('date-line')).toContainText('Phong Thổ, ngày');
  await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue('sơ kết công tác quý IV');
});
