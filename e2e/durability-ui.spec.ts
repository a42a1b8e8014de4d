/**
 * Trash, draft files and version history as a clerk uses them. Plain browser (no journal): trash works from
 * IndexedDB, draft files are downloaded/picked and validated by the same parser, history explains it needs
 * the desktop app. With the REAL journal code behind window.soanBaoCao: named versions, view, restore, undo.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startDesktop } from './helpers/desktop-bridge';
import { createDraft, DINH_KY_TEMPLATE, SO_KET_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';

test('trash: a deleted draft is listed with its days left, restored, then deleted for good after a confirmation', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, DINH_KY_TEMPLATE);
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('kết quả công tác quý III năm 2026');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  await page.getByRole('button', { name: 'Xóa kết quả công tác quý III năm 2026' }).click();
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();

  await page.getByRole('button', { name: 'Thùng rác' }).click();
  const trash = page.getByRole('dialog', { name: 'Thùng rác' });
  await expect(trash).toContainText('kết quả công tác quý III năm 2026');
  await expect(trash).toContainText('còn 30 ngày');
  await trash.getByRole('button', { name: 'Khôi phục “kết quả công tác quý III năm 2026”' }).click();
  await expect(trash).toContainText('Thùng rác trống.');
  await trash.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByRole('button', { name: 'Mở bản nháp kết quả công tác quý III năm 2026' })).toBeVisible();

  await page.getByRole('button', { name: 'Xóa kết quả công tác quý III năm 2026' }).click();
  await page.getByRole('button', { name: 'Thùng rác' }).click();
  await trash.getByRole('button', { name: 'Xóa vĩnh viễn “kết quả công tác quý III năm 2026”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xóa vĩnh viễn bản nháp?' });
  await confirm.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await expect(trash).toContainText('Thùng rác trống.');
  await page.reload();
  await page.getByRole('button', { name: 'Thùng rác' }).click();
  await expect(page.getByRole('dialog', { name: 'Thùng rác' })).toContainText('Thùng rác trống.');
});

test('draft file in the browser: save, reopen as a copy or replace after asking, and a damaged file is refused in Vietnamese', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-draft-file-'));
  try {
    await page.goto('/');
    await createDraft(page, SO_KET_TEMPLATE);
    await page.getByRole('textbox', { name: 'Trích yếu' }).fill('sơ kết công tác dân vận 6 tháng');
    await typeInEditor(page, 'Phần mở đầu', 'Bản gốc trên máy này.');
    await waitForSaved(page);

    // History needs the desktop app: the button says so instead of doing nothing.
    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    await expect(page.getByRole('dialog', { name: 'Lịch sử phiên bản' })).toContainText(
      'ứng dụng Soạn Báo Cáo cài trên máy tính',
    );
    await page.getByRole('button', { name: 'Đã hiểu' }).click();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.baocao\.json$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { formatVersion: number; checksum: { value: string } };
    expect(saved.formatVersion).toBe(2);
    expect(saved.checksum.value).toMatch(/^[0-9a-f]{64}$/);

    await typeInEditor(page, 'Phần mở đầu', 'Đã sửa sau khi lưu tệp.');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();

    // Same draft id: the app asks before touching the existing draft.
    await page.getByTestId('draft-file-input').setInputFiles(file);
    const ask = page.getByRole('dialog', { name: 'Bản nháp này đã có trên máy' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Mở thành bản sao' }).click();
    await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText('Bản gốc trên máy này.');
    await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
    await expect(page.getByTestId('draft-card')).toHaveCount(2);

    await page.getByTestId('draft-file-input').setInputFiles(file);
    await page
      .getByRole('dialog', { name: 'Bản nháp này đã có trên máy' })
      .getByRole('button', { name: 'Thay thế' })
      .click();
    await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText('Bản gốc trên máy này.');
    await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
    await expect(page.getByTestId('draft-card')).toHaveCount(2);

    // Edited outside the app: the checksum no longer matches, nothing is written, the reason is shown.
    const tampered = join(dir, 'sua-tay.baocao.json');
    await writeFile(tampered, (await readFile(file, 'utf8')).replace('Bản gốc', 'Bản giả'));
    await page.getByTestId('draft-file-input').setInputFiles(tampered);
    await expect(page.getByRole('alert').filter({ hasText: 'SHA-256' })).toContainText('Mã kiểm tra');
    await expect(page.getByTestId('draft-card')).toHaveCount(2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('history with the journal: a named version, an automatic checkpoint, view read-only, restore and undo', async ({
  context,
  page,
}) => {
  const userData = await mkdtemp(join(tmpdir(), 'soan-history-'));
  try {
    const main = await startDesktop(context, page, { userData });
    await page.goto('/');
    await createDraft(page, DINH_KY_TEMPLATE);
    await typeInEditor(page, 'Phần mở đầu', 'Nội dung gửi xin ý kiến các đồng chí.');
    await waitForSaved(page);

    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    const panel = page.getByRole('region', { name: 'Lịch sử phiên bản' });
    await panel.getByRole('button', { name: 'Lưu phiên bản…' }).click();
    await page.getByRole('dialog', { name: 'Lưu phiên bản' }).getByLabel('Tên phiên bản').fill('Bản gửi xin ý kiến');
    await page.getByRole('dialog', { name: 'Lưu phiên bản' }).getByRole('button', { name: 'Lưu' }).click();
    await expect(panel.getByRole('list', { name: 'Các phiên bản' })).toContainText('Bản gửi xin ý kiến');
    // The first save of the session made an automatic checkpoint in main.
    await expect(panel.getByRole('list', { name: 'Các phiên bản' })).toContainText('Tự động lưu');
    await panel.getByRole('button', { name: 'Đóng' }).click();

    await typeInEditor(page, 'Phần mở đầu', 'Nội dung đã sửa theo góp ý.');
    await waitForSaved(page);

    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    await panel.getByRole('button', { name: /^Xem phiên bản Bản gửi xin ý kiến/ }).click();
    const view = page.getByRole('dialog', { name: /Bản gửi xin ý kiến .* \(chỉ xem\)/ });
    await expect(view).toContainText('Nội dung gửi xin ý kiến các đồng chí.');
    await view.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
    await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText(
      'Nội dung gửi xin ý kiến các đồng chí.',
    );

    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText(
      'Nội dung đã sửa theo góp ý.',
    );
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    await expect(panel.getByRole('list', { name: 'Các phiên bản' })).toContainText('Trước khi khôi phục');
    await panel.getByRole('button', { name: 'Đóng' }).click();

    const [draft] = await main.journal.list();
    expect(JSON.stringify((await main.journal.read(draft!.id)).report)).toContain('Nội dung đã sửa theo góp ý.');
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
});
