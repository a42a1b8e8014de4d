/**
 * The screens at the sizes of office computers, as a clerk sees them: no button label wraps onto a second line or
 * is cut off, the autosave status stays on one line, the outline's guidance is always within reach (beside the
 * form, or one click away and remembered), a section's heading stays usable with the page preview open, and
 * nothing makes the page scroll sideways. Home, profiles and the wizard (a text step and "Xem lại và xuất") at
 * 1024×600, 1280×720, 1366×768 at 100 % and 125 % and 1920×1080.
 */
import { expect, test, type Page } from '@playwright/test';
import { brokenLabels, horizontalOverflow, OFFICE_SCREENS, seedSampleDraft } from './helpers/layout-probe';

async function expectTidy(page: Page, where: string): Promise<void> {
  expect(await brokenLabels(page), `${where}: nhãn bị xuống dòng hoặc bị cắt`).toEqual([]);
  expect(await horizontalOverflow(page), `${where}: trang rộng hơn cửa sổ`).toBe(0);
}

async function addProfile(page: Page, issuer: string, code: string, place: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm hồ sơ' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Thêm hồ sơ cơ quan' });
  await dialog.getByLabel('Cơ quan ban hành').fill(issuer);
  await dialog.getByLabel('Ký hiệu cơ quan').fill(code);
  await dialog.getByLabel('Địa danh').fill(place);
  await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(dialog).toBeHidden();
}

for (const screen of OFFICE_SCREENS) {
  test.describe(`màn hình ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale });

    test('home, profiles and the wizard fit: one-line labels, guidance within reach, no sideways scroll', async ({
      page,
    }) => {
      await seedSampleDraft(page);

      // Home, before any profile: the "Thêm hồ sơ" hint is shown.
      await page.goto('/');
      await expect(page.getByTestId('draft-card')).toHaveCount(1);
      await expect(page.getByText('Chưa có hồ sơ cơ quan.')).toBeVisible();
      await expectTidy(page, 'Trang chủ');

      // Profiles: empty, then two (the second one has "Đặt làm mặc định").
      await page.goto('/#/ho-so-co-quan');
      await expect(page.getByText('Chưa có hồ sơ cơ quan nào')).toBeVisible();
      await expectTidy(page, 'Hồ sơ cơ quan (trống)');
      await addProfile(page, 'HUYỆN ỦY TAM ĐƯỜNG', 'HU', 'Tam Đường');
      await addProfile(page, 'ĐẢNG ỦY XÃ BẢN GIANG', 'ĐU', 'Bản Giang');
      await expect(page.getByRole('button', { name: 'Đặt ĐẢNG ỦY XÃ BẢN GIANG làm mặc định' })).toBeVisible();
      await expectTidy(page, 'Hồ sơ cơ quan');

      // A text step of the wizard, with the sample's chapter II.
      await page.goto('/#/ban-nhap/mau/chapter:ket-qua');
      await expect(page.getByRole('heading', { level: 1, name: 'II. KẾT QUẢ TRIỂN KHAI' })).toBeVisible();
      await expect(page.getByTestId('save-status')).toBeVisible();
      await expectTidy(page, 'Bước soạn chương');
      const guidance = page.getByRole('complementary', { name: 'Hướng dẫn' });
      const guidanceText = guidance.getByText('Trình bày kết quả theo từng nội dung');
      if (!(await guidanceText.isVisible())) {
        // Folded on a narrow window: one click opens it, and it stays open after a reload.
        await page.getByRole('button', { name: 'Hướng dẫn theo đề cương' }).click();
        await expect(guidanceText).toBeVisible();
        await page.reload();
        await expect(page.getByRole('heading', { level: 1, name: 'II. KẾT QUẢ TRIỂN KHAI' })).toBeVisible();
      }
      await expect(guidanceText).toBeVisible();
      await expect(guidanceText).toBeInViewport();
      await expectTidy(page, 'Bước soạn chương, hướng dẫn mở');

      // With the page preview open beside the form, a section's heading keeps a usable width.
      await page.getByRole('button', { name: 'Xem trước trang in' }).click();
      await expect(page.getByRole('button', { name: 'Đóng bản xem trước trang in' })).toBeVisible();
      const heading = await page.getByLabel('Tiêu đề mục 1.', { exact: true }).boundingBox();
      expect(heading!.width, 'ô tiêu đề mục khi mở xem trước trang in').toBeGreaterThanOrEqual(240);
      await expectTidy(page, 'Bước soạn chương, xem trước trang in mở');
      await page.getByRole('button', { name: 'Đóng bản xem trước trang in' }).click();

      // "Xem lại và xuất", where the tone toggle names the default profile's style.
      await page.goto('/#/ban-nhap/mau/review');
      await expect(page.getByRole('heading', { level: 1, name: 'Xem lại và xuất' })).toBeVisible();
      await expect(page.getByRole('button', { name: /theo hồ sơ/ })).toBeVisible();
      await expect(page.getByTestId('page-preview-pages')).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM', { timeout: 20_000 });
      await expectTidy(page, 'Xem lại và xuất');
      await expect(page.getByRole('complementary', { name: 'Hướng dẫn' })).toContainText('Trước khi xuất');
    });
  });
}
