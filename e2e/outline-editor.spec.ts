/**
 * The outline (đề cương) editor as a clerk uses it in the browser build: make an outline, export its file,
 * import it on a clean profile (a fresh browser context: empty IndexedDB, as on another PC), start a report
 * from it and find its chapters and guidance in the wizard. And a report made from a local outline keeps
 * every word when the outline is later edited (renamed, sections removed and added) or deleted. Built-in and
 * signed-pack outlines (the latter with the REAL main-process pack code behind window.soanBaoCao) are only
 * copied, never edited in place.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildTemplatePack } from '../node/packages/package-builder';
import { bridgeUpdateDouble, openUpdateDialog } from './helpers/update-bridge';
import { createDraft, DINH_KY_TEMPLATE, waitForSaved } from './helpers/wizard-page';
import { SCREENSHOTS_DIR } from './helpers/screenshot-path';

const SHOTS = process.env.SHOTS_DIR ?? SCREENSHOTS_DIR;
const NAME = 'Báo cáo chuyên đề chuyển đổi số';
const ROOT = join(import.meta.dirname, '..');
const PACK_OUTLINE = 'Báo cáo chuyên đề (mẫu Tỉnh ủy)';
const RELEASE = { releasedAt: '2026-01-10T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' };

async function openOutlines(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đề cương', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đề cương', exact: true })).toBeVisible();
}

/** Types into the selected node's fields of the editor. */
async function fillNode(page: Page, heading: string, guidance = '', hints = ''): Promise<void> {
  await page.getByLabel(/^Tên (chương|mục)$/).fill(heading);
  if (guidance) await page.getByLabel('Hướng dẫn viết').fill(guidance);
  if (hints) await page.getByLabel('Gợi ý (mỗi dòng một gợi ý)').fill(hints);
}

const row = (page: Page, heading: string) => page.getByTestId('outline-tree-row').filter({ hasText: heading });

test('an outline made here travels by file to a clean profile and a report starts from it', async ({
  page,
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-outline-'));
  try {
    await page.goto('/');
    await openOutlines(page);
    // Built-in outlines cannot be edited in place, only copied.
    const builtIn = page.getByTestId('outline-card').first();
    await expect(builtIn).toContainText('Có sẵn trong ứng dụng');
    await expect(builtIn.getByRole('button', { name: 'Sửa', exact: true })).toHaveCount(0);
    await expect(builtIn.getByRole('button', { name: 'Tạo bản sao để sửa' })).toBeVisible();

    await page.getByRole('button', { name: 'Tạo mới' }).click();
    // Saving a blank outline is refused, each reason beside its field.
    await page.getByRole('button', { name: 'Lưu đề cương' }).click();
    await expect(page.getByText('Chưa lưu được: đề cương còn 2 chỗ cần sửa')).toBeVisible();
    await expect(page.getByText('Hãy đặt tên cho đề cương.')).toBeVisible();
    await expect(page.getByText('Hãy nhập tên chương.')).toBeVisible();

    await page.getByLabel('Tên đề cương').fill(NAME);
    await page
      .getByLabel('Bộ quy tắc thể thức')
      .selectOption({ label: 'Nghị định 30/2020/NĐ-CP — văn bản hành chính nhà nước' });
    await fillNode(
      page,
      'KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ',
      'Nêu kết quả theo ba trụ cột: chính quyền số, kinh tế số, xã hội số.',
      'Có số liệu so với cùng kỳ\nNêu mô hình điển hình',
    );
    await page.getByRole('button', { name: 'Thêm mục con' }).click();
    await fillNode(page, 'Hạ tầng số', 'Tỷ lệ thôn có cáp quang, sóng 4G.');
    await page.getByRole('button', { name: 'Thêm chương' }).click();
    await fillNode(page, 'ĐỀ XUẤT, KIẾN NGHỊ', 'Kiến nghị với cấp trên (nếu có).');
    await page.getByText('Bắt buộc: mọi báo cáo theo đề cương này đều có phần này').click();
    await page.getByRole('button', { name: 'Thêm chương' }).click();
    await fillNode(page, 'NHIỆM VỤ THỜI GIAN TỚI', 'Các nhiệm vụ trọng tâm, đánh số 1., 2., …');
    await page.getByRole('button', { name: 'Chuyển lên' }).click();
    await expect(page.getByTestId('outline-tree-row')).toHaveText([
      /^KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ/,
      /^Hạ tầng số/,
      /^NHIỆM VỤ THỜI GIAN TỚI/,
      /^ĐỀ XUẤT, KIẾN NGHỊ.*Không bắt buộc/,
    ]);
    await expect(page.getByText('Chưa lưu được')).toBeHidden();

    await mkdir(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    await row(page, 'KẾT QUẢ THỰC HIỆN').click();
    await page.screenshot({ path: join(SHOTS, 'outline-editor-1366x768.png') });

    await page.getByRole('button', { name: 'Lưu đề cương' }).click();
    await expect(page.getByText(`Đã lưu đề cương “${NAME}” (phiên bản 1).`)).toBeVisible();
    const card = page.getByTestId('outline-card').filter({ hasText: NAME });
    await expect(card).toContainText('Đề cương tự soạn (chưa ký)');
    await page.screenshot({ path: join(SHOTS, 'outline-list-1366x768.png') });

    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Xuất tệp' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.decuong\.json$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const written = JSON.parse(await readFile(file, 'utf8')) as { format: string; formatVersion: number };
    expect(written).toMatchObject({ format: 'soan-bao-cao/outline', formatVersion: 1 });

    // Another PC: a fresh browser context has an empty IndexedDB.
    const other = await browser.newContext();
    try {
      const clean = await other.newPage();
      await clean.goto('/');
      await expect(clean.getByText('Chưa có bản nháp nào')).toBeVisible();
      await openOutlines(clean);
      await expect(clean.getByTestId('outline-card').filter({ hasText: NAME })).toHaveCount(0);

      // A file edited by hand is refused in Vietnamese, and nothing is stored.
      const tampered = join(dir, 'sua-tay.decuong.json');
      await writeFile(tampered, (await readFile(file, 'utf8')).replace('Hạ tầng số', 'Hạ tầng số (sửa tay)'));
      await clean.getByTestId('outline-file-input').setInputFiles(tampered);
      await expect(clean.getByTestId('outline-error')).toContainText('Mã kiểm tra SHA-256');

      await clean.getByTestId('outline-file-input').setInputFiles(file);
      await expect(clean.getByText(`Đã nhập đề cương “${NAME}”.`, { exact: false })).toBeVisible();
      await expect(clean.getByTestId('outline-card').filter({ hasText: NAME })).toContainText(
        'Đề cương tự soạn (chưa ký)',
      );
      // The same file again: the clerk chooses; "Giữ cả hai" keeps the first one untouched.
      await clean.getByTestId('outline-file-input').setInputFiles(file);
      const ask = clean.getByRole('dialog', { name: 'Đề cương này đã có trên máy' });
      await ask.getByRole('button', { name: 'Giữ cả hai' }).click();
      await expect(clean.getByTestId('outline-card').filter({ hasText: NAME })).toHaveCount(2);
      await expect(clean.getByTestId('outline-card').filter({ hasText: `${NAME} (bản nhập)` })).toHaveCount(1);

      await clean.getByRole('button', { name: 'Bản nháp báo cáo' }).click();
      await clean.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
      const create = clean.getByRole('dialog', { name: 'Tạo báo cáo mới' });
      await expect(create.getByText('Đề cương tự soạn (chưa ký)')).toHaveCount(2);
      // The imported outline itself, not its "(bản nhập)" twin.
      await create.getByRole('radio', { name: /chuyển đổi số(?! \(bản nhập\))/ }).check();
      await create.getByRole('button', { name: 'Tạo báo cáo' }).click();
      const steps = clean.getByRole('navigation', { name: 'Các bước' });
      await expect(steps).toContainText('I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ');
      await expect(steps).toContainText('II. NHIỆM VỤ THỜI GIAN TỚI');
      await expect(steps).toContainText('III. ĐỀ XUẤT, KIẾN NGHỊ');
      await clean.getByRole('tab', { name: /^I\. KẾT QUẢ THỰC HIỆN/ }).click();
      const guidance = clean.getByRole('complementary', { name: 'Hướng dẫn' });
      await expect(guidance).toContainText('Nêu kết quả theo ba trụ cột');
      await expect(guidance).toContainText('• Có số liệu so với cùng kỳ');
      await expect(clean.getByRole('textbox', { name: 'Tiêu đề mục 1.' })).toHaveValue('Hạ tầng số');
      await clean.getByRole('tab', { name: /^III\. ĐỀ XUẤT/ }).click();
      await expect(guidance).toContainText('ĐỀ XUẤT, KIẾN NGHỊ (không bắt buộc)');
      // The outline's rule-set: the State regime chosen in the editor.
      await clean.getByRole('tab', { name: 'Xem lại và xuất' }).click();
      await expect(guidance).toContainText('Nghị định 30/2020/NĐ-CP');
    } finally {
      await other.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a report made from a local outline keeps every word when the outline is edited or deleted', async ({ page }) => {
  await page.goto('/');
  await openOutlines(page);
  await page.getByRole('button', { name: 'Tạo mới' }).click();
  await page.getByLabel('Tên đề cương').fill('Đề cương công tác dân vận');
  await fillNode(page, 'TÌNH HÌNH CHUNG', 'Đặc điểm địa bàn, dân cư.');
  await page.getByRole('button', { name: 'Thêm chương' }).click();
  await fillNode(page, 'KẾT QUẢ DÂN VẬN', 'Kết quả theo từng khối.');
  await page.getByRole('button', { name: 'Thêm chương' }).click();
  await fillNode(page, 'PHƯƠNG HƯỚNG', 'Nhiệm vụ kỳ tới.');
  await page.getByRole('button', { name: 'Lưu đề cương' }).click();
  await expect(page.getByText('Đã lưu đề cương “Đề cương công tác dân vận” (phiên bản 1).')).toBeVisible();

  await page.getByRole('button', { name: 'Bản nháp báo cáo' }).click();
  await createDraft(page, 'Đề cương công tác dân vận');
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('kết quả công tác dân vận năm 2026');
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ DÂN VẬN/ }).click();
  await page.getByRole('textbox', { name: 'Nội dung chương II.' }).click();
  await page.keyboard.type('Mặt trận và các đoàn thể vận động 1.284 hộ hiến đất làm đường.');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();

  // Edit the outline: rename a chapter, change its guidance, remove the chapter holding text, add another.
  await openOutlines(page);
  await page
    .getByTestId('outline-card')
    .filter({ hasText: 'Đề cương công tác dân vận' })
    .getByRole('button', { name: 'Sửa', exact: true })
    .click();
  await row(page, 'TÌNH HÌNH CHUNG').click();
  await fillNode(page, 'ĐẶC ĐIỂM TÌNH HÌNH', 'Hướng dẫn mới: nêu đặc điểm, thuận lợi, khó khăn.');
  await row(page, 'KẾT QUẢ DÂN VẬN').click();
  await page.getByRole('button', { name: 'Xóa mục' }).click();
  await page
    .getByRole('dialog', { name: 'Xóa mục khỏi đề cương?' })
    .getByRole('button', { name: 'Xóa', exact: true })
    .click();
  await page.getByRole('button', { name: 'Thêm chương' }).click();
  await fillNode(page, 'KIẾN NGHỊ', 'Kiến nghị với cấp trên.');
  await page.getByRole('button', { name: 'Lưu đề cương' }).click();
  await expect(page.getByText('Đã lưu đề cương “Đề cương công tác dân vận” (phiên bản 2).')).toBeVisible();

  const reopen = async () => {
    await page.getByRole('button', { name: 'Bản nháp báo cáo' }).click();
    await page.getByRole('button', { name: 'Mở bản nháp kết quả công tác dân vận năm 2026' }).click();
    const steps = page.getByRole('navigation', { name: 'Các bước' });
    // The report keeps its own chapters: the removed one with its text, none added behind the clerk's back.
    await expect(steps).toContainText('I. TÌNH HÌNH CHUNG');
    await expect(steps).toContainText('II. KẾT QUẢ DÂN VẬN');
    await expect(steps).toContainText('III. PHƯƠNG HƯỚNG');
    await expect(steps).not.toContainText('KIẾN NGHỊ');
    await page.getByRole('tab', { name: /^II\. KẾT QUẢ DÂN VẬN/ }).click();
    await expect(page.getByRole('textbox', { name: 'Nội dung chương II.' })).toHaveText(
      'Mặt trận và các đoàn thể vận động 1.284 hộ hiến đất làm đường.',
    );
    await page.getByRole('tab', { name: /^I\. TÌNH HÌNH CHUNG/ }).click();
  };
  await reopen();
  // Guidance follows the chapter by its key, so the outline's new wording shows under the old heading.
  const guidance = page.getByRole('complementary', { name: 'Hướng dẫn' });
  await expect(guidance).toContainText('Hướng dẫn mới: nêu đặc điểm, thuận lợi, khó khăn.');
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();

  // Delete the outline: the report still opens with its text and its guidance.
  await openOutlines(page);
  await page
    .getByTestId('outline-card')
    .filter({ hasText: 'Đề cương công tác dân vận' })
    .getByRole('button', { name: 'Xóa', exact: true })
    .click();
  await page.getByRole('dialog', { name: 'Xóa đề cương?' }).getByRole('button', { name: 'Xóa đề cương' }).click();
  await expect(page.getByTestId('outline-card').filter({ hasText: 'Đề cương công tác dân vận' })).toHaveCount(0);
  await reopen();
  await expect(guidance).toContainText('Hướng dẫn mới: nêu đặc điểm, thuận lợi, khó khăn.');
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Hướng dẫn' })).toContainText('Hướng dẫn mới');
});

test('a built-in outline is copied to edit, and an outline can be made from a report', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, DINH_KY_TEMPLATE);
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('kết quả công tác quý IV năm 2026');
  await page.getByRole('tab', { name: /^IV\. ĐỀ XUẤT, KIẾN NGHỊ/ }).click();
  await page.getByRole('textbox', { name: 'Tên chương' }).fill('KIẾN NGHỊ VỚI HUYỆN ỦY');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();

  await openOutlines(page);
  await page
    .getByTestId('outline-card')
    .filter({ hasText: DINH_KY_TEMPLATE })
    .getByRole('button', { name: 'Tạo bản sao để sửa' })
    .click();
  await expect(page.getByLabel('Tên đề cương')).toHaveValue(`${DINH_KY_TEMPLATE} (bản sao)`);
  await expect(row(page, 'Công tác xây dựng Đảng và hệ thống chính trị')).toBeVisible();
  // Leaving with changes asks first; the built-in outline itself is untouched either way.
  await page.getByLabel('Tên đề cương').fill('Định kỳ của Đảng ủy xã');
  await page.getByRole('button', { name: 'Danh sách đề cương' }).click();
  await page
    .getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' })
    .getByRole('button', { name: 'Bỏ thay đổi' })
    .click();
  await expect(page.getByTestId('outline-card')).toHaveCount(2);

  await page.getByRole('button', { name: 'Tạo từ báo cáo…' }).click();
  await page
    .getByRole('dialog', { name: 'Tạo đề cương từ báo cáo' })
    .getByRole('button', { name: /kết quả công tác quý IV năm 2026/ })
    .click();
  await expect(page.getByLabel('Tên đề cương')).toHaveValue('Đề cương theo kết quả công tác quý IV năm 2026');
  await expect(row(page, 'KIẾN NGHỊ VỚI HUYỆN ỦY')).toBeVisible();
  // The guidance of the outline the report was made from comes along with each chapter it still has.
  await row(page, 'ĐÁNH GIÁ CHUNG').click();
  await expect(page.getByLabel('Hướng dẫn viết')).toHaveValue('Ưu điểm; hạn chế, khuyết điểm và nguyên nhân.');
  await page.getByRole('button', { name: 'Lưu đề cương' }).click();
  await expect(
    page.getByTestId('outline-card').filter({ hasText: 'Đề cương theo kết quả công tác quý IV năm 2026' }),
  ).toContainText('Đề cương tự soạn (chưa ký)');
});

test('desktop: an outline from a signed pack stays as it is; its copy is a local, unsigned outline', async ({
  context,
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-outline-pack-'));
  try {
    const { privateKey } = generateKeyPairSync('ed25519');
    const double = await bridgeUpdateDouble(context, join(dir, 'userData'), privateKey);
    const signed = {
      ...JSON.parse(await readFile(join(ROOT, 'assets', 'templates', 'dinh-ky.json'), 'utf8')),
      id: 'tq-chuyen-de',
      name: PACK_OUTLINE,
      version: 3,
    };
    const pack = join(dir, 'de-cuong.goi-de-cuong');
    await writeFile(
      pack,
      buildTemplatePack(
        new Map([['templates/tq-chuyen-de.json', new TextEncoder().encode(JSON.stringify(signed))]]),
        { packId: 'tinh-uy-tq', version: '1.0.0', name: 'Đề cương Tỉnh ủy 2026', ...RELEASE },
        privateKey,
      ),
    );
    await page.goto('/');
    const dialog = await openUpdateDialog(page);
    double.pickNext(pack);
    await dialog.getByRole('button', { name: 'Gói đề cương từ USB…' }).click();
    await dialog.getByTestId('template-pack-verified').getByRole('button', { name: 'Cài gói đề cương' }).click();
    await expect(dialog).toContainText('Đã cài “Đề cương Tỉnh ủy 2026” phiên bản 1.0.0');
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    await openOutlines(page);
    const card = page.getByTestId('outline-card').filter({ hasText: PACK_OUTLINE });
    await expect(card).toContainText('Gói đề cương đã ký số');
    await expect(card).toContainText('Phiên bản 3');
    await expect(card.getByRole('button', { name: 'Sửa', exact: true })).toHaveCount(0);
    await card.getByRole('button', { name: 'Tạo bản sao để sửa' }).click();
    await row(page, 'ĐỀ XUẤT, KIẾN NGHỊ').click();
    await fillNode(page, 'KIẾN NGHỊ VỚI TỈNH ỦY');
    await page.getByRole('button', { name: 'Lưu đề cương' }).click();
    await expect(page.getByTestId('outline-card').filter({ hasText: `${PACK_OUTLINE} (bản sao)` })).toContainText(
      'Đề cương tự soạn (chưa ký)',
    );
    // The signed outline is untouched: same version, same origin.
    await expect(card.first()).toContainText('Gói đề cương đã ký số');
    await expect(card.first()).toContainText('Phiên bản 3');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
