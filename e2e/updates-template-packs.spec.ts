/**
 * Updates and template packs as a clerk sees them, in real Chromium. In a plain browser the "Cập nhật" entry explains that
 * updates need the desktop app. With the REAL main-process code behind window.soanBaoCao (update-bridge):
 * a signed template pack from the "USB" is verified, its changes shown, installed, and its outline is
 * offered in "Tạo báo cáo mới"; a tampered pack is refused in Vietnamese; an update package is verified
 * and, after a journal backup, its verified copy is handed over (Linux: where the file is). A pack's
 * rule-set is offered in the general step and, once picked, drives the page preview and the export.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REFUSAL_MESSAGES } from '../core/packages/package-refusal';
import { buildTemplatePack, buildUpdatePackage } from '../node/packages/package-builder';
import { bridgeUpdateDouble, openUpdateDialog } from './helpers/update-bridge';
import { createDraft, escapeRegExp } from './helpers/wizard-page';
import { requirePart, unzipDocx } from '../test-support/docx-xml';

const ROOT = join(import.meta.dirname, '..');
const NEW_OUTLINE = 'Báo cáo chuyên đề (mẫu Tỉnh ủy)';
const RELEASE = { releasedAt: '2026-01-10T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' };

test('in a plain browser the update entry explains that updates need the desktop app', async ({ page }) => {
  await page.goto('/');
  const dialog = await openUpdateDialog(page);
  await expect(dialog.getByTestId('update-desktop-only')).toContainText(
    'chỉ làm được trong ứng dụng Soạn Báo Cáo cài trên máy tính',
  );
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
});

test('desktop: a signed template pack is verified, shown, installed and its outline used; a tampered one is refused', async ({
  context,
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-packs-e2e-'));
  try {
    const { privateKey } = generateKeyPairSync('ed25519');
    const userData = join(dir, 'userData');
    const double = await bridgeUpdateDouble(context, userData, privateKey);
    const outline = {
      ...JSON.parse(await readFile(join(ROOT, 'assets', 'templates', 'dinh-ky.json'), 'utf8')),
      id: 'tq-chuyen-de',
      name: NEW_OUTLINE,
      version: 1,
    };
    const pack = buildTemplatePack(
      new Map([['templates/tq-chuyen-de.json', new TextEncoder().encode(JSON.stringify(outline))]]),
      { packId: 'tinh-uy-tq', version: '1.0.0', name: 'Đề cương Tỉnh ủy 2026', ...RELEASE },
      privateKey,
    );
    const good = join(dir, 'de-cuong.goi-de-cuong');
    await writeFile(good, pack);
    const tampered = join(dir, 'hong.goi-de-cuong');
    const bad = new Uint8Array(pack);
    bad[bad.length - 400] = bad[bad.length - 400]! ^ 0x01;
    await writeFile(tampered, bad);

    await page.goto('/');
    let dialog = await openUpdateDialog(page);
    await expect(dialog).toContainText('Phiên bản đang dùng: 1.0.0');
    await expect(dialog.getByTestId('online-update-status')).toContainText('Chưa cấu hình máy chủ cập nhật');

    double.pickNext(tampered);
    await dialog.getByRole('button', { name: 'Gói đề cương từ USB…' }).click();
    await expect(dialog.getByTestId('template-pack-refused')).toHaveText(/./);
    expect(Object.values(REFUSAL_MESSAGES)).toContain(await dialog.getByTestId('template-pack-refused').textContent());

    double.pickNext(good);
    await dialog.getByRole('button', { name: 'Gói đề cương từ USB…' }).click();
    const verified = dialog.getByTestId('template-pack-verified');
    await expect(verified).toContainText('“Đề cương Tỉnh ủy 2026” phiên bản 1.0.0');
    await expect(verified).toContainText(`Đề cương “${NEW_OUTLINE}”: thêm mới`);
    await verified.getByRole('button', { name: 'Cài gói đề cương' }).click();
    await expect(dialog).toContainText(`Đã cài “Đề cương Tỉnh ủy 2026” phiên bản 1.0.0`);
    await expect(dialog.getByRole('list', { name: 'Gói đề cương đã cài' })).toContainText(
      'Đề cương Tỉnh ủy 2026 — phiên bản 1.0.0',
    );
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    await createDraft(page, NEW_OUTLINE);
    await expect(page.getByText(new RegExp(`Soạn Báo Cáo · ${escapeRegExp(NEW_OUTLINE)}`))).toBeVisible();

    // After a restart the installed outline is still offered (listed again from userData, re-verified).
    await page.goto('/');
    await page.reload();
    await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
    await expect(
      page
        .getByRole('dialog', { name: 'Tạo báo cáo mới' })
        .getByRole('radio', { name: new RegExp(escapeRegExp(NEW_OUTLINE)) }),
    ).toBeVisible();
    await page.keyboard.press('Escape');

    // An update package: verified copy, journal backup, then (Linux) the clerk is told where the file is.
    const installer = new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7) % 251));
    const updatePath = join(dir, 'cap-nhat.goi-cap-nhat');
    await writeFile(
      updatePath,
      buildUpdatePackage(
        'soan-bao-cao-1.1.0.AppImage',
        installer,
        { version: '1.1.0', minimumVersion: '0.1.0', ...RELEASE },
        privateKey,
      ),
    );
    double.pickNext(updatePath);
    dialog = await openUpdateDialog(page);
    await dialog.getByRole('button', { name: 'Cập nhật từ USB…' }).click();
    await expect(dialog.getByTestId('usb-update-verified')).toContainText(
      'phiên bản 1.1.0 (đang dùng 1.0.0), phát hành ngày 10/01/2026',
    );
    await dialog.getByRole('button', { name: 'Sao lưu và cài đặt' }).click();
    const saved = join(userData, 'updates', '1.1.0', 'soan-bao-cao-1.1.0.AppImage');
    await expect(dialog).toContainText(`Bộ cài đã được kiểm tra chữ ký số và lưu tại: ${saved}`);
    expect(new Uint8Array(await readFile(saved))).toEqual(installer);
    expect(await double.backups()).toHaveLength(1);
    expect(double.launched).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('desktop: an installed rule-set is picked in the general step and used by the page preview and the export', async ({
  context,
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-rule-set-e2e-'));
  try {
    const { privateKey } = generateKeyPairSync('ed25519');
    const double = await bridgeUpdateDouble(context, join(dir, 'userData'), privateKey);
    // HD 36 with a 13 pt body and a 35 mm left margin, in force from 2027: today the clerk picks it by hand.
    const hd36 = JSON.parse(await readFile(join(ROOT, 'core', 'rules', 'hd36-2018.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    const ruleSetName = 'Thể thức Tỉnh ủy Lai Châu 2027';
    const ruleSet = {
      ...hd36,
      id: 'lc-2027',
      name: ruleSetName,
      validFrom: '2027-01-01',
      body: { ...hd36.body, size: 13 },
      page: { ...hd36.page, marginLeftMm: 35 },
    };
    const packPath = join(dir, 'the-thuc.goi-de-cuong');
    await writeFile(
      packPath,
      buildTemplatePack(
        new Map([['rule-sets/lc-2027.json', new TextEncoder().encode(JSON.stringify(ruleSet))]]),
        { packId: 'tinh-uy-lc', version: '1.0.0', name: 'Thể thức Tỉnh ủy Lai Châu', ...RELEASE },
        privateKey,
      ),
    );

    await page.goto('/');
    const dialog = await openUpdateDialog(page);
    double.pickNext(packPath);
    await dialog.getByRole('button', { name: 'Gói đề cương từ USB…' }).click();
    const verified = dialog.getByTestId('template-pack-verified');
    await expect(verified).toContainText(`Bộ quy tắc thể thức “${ruleSetName}”: thêm mới`);
    await verified.getByRole('button', { name: 'Cài gói đề cương' }).click();
    await expect(dialog).toContainText('Đã cài “Thể thức Tỉnh ủy Lai Châu” phiên bản 1.0.0');
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    await createDraft(page, 'Báo cáo định kỳ (tháng, quý, 6 tháng, năm)');
    const picker = page.getByRole('combobox', { name: 'Bộ quy tắc thể thức' });
    await expect(picker.locator('option:checked')).toHaveText('Hướng dẫn 36-HD/VPTW (2018) — văn bản của Đảng');
    await expect(picker.getByRole('option')).toHaveText([
      'Hướng dẫn 36-HD/VPTW (2018) — văn bản của Đảng',
      /Nghị định 30/,
      `${ruleSetName} (từ gói đề cương)`,
    ]);
    await picker.selectOption({ label: `${ruleSetName} (từ gói đề cương)` });
    await expect(picker.locator('option:checked')).toHaveText(`${ruleSetName} (từ gói đề cương)`);

    // The page preview is drawn from the DOCX export would write: 35 mm = 99.2 pt left margin (HD 36: 85.05 pt).
    await page.getByRole('button', { name: 'Xem trước trang in' }).click();
    await expect(page.getByTestId('page-preview-status')).toHaveText(
      /^Trang in đúng như tệp DOCX sẽ xuất: \d+ trang A4\.$/,
    );
    const firstPage = page.getByTestId('page-preview-pages').locator('.pagedjs_page').first();
    expect(
      await firstPage.evaluate((el) => getComputedStyle(el).getPropertyValue('--pagedjs-margin-left').trim()),
    ).toBe('99.2pt');
    await page.getByRole('button', { name: 'Đóng bản xem trước trang in' }).click();

    await page.getByRole('button', { name: 'Xuất DOCX' }).first().click();
    // The outline's chapters are still empty (format errors): the checker asks first, the clerk exports anyway.
    await page
      .getByRole('dialog', { name: /lỗi thể thức/ })
      .getByRole('button', { name: 'Vẫn xuất' })
      .click();
    await expect(page.getByText(/Đã lưu tệp tại/)).toBeVisible();
    expect(double.exported).toHaveLength(1);
    const xml = requirePart(unzipDocx(new Uint8Array(await readFile(double.exported[0]!))), 'word/document.xml');
    expect(/<w:pgMar\b[^>]*\bw:left="(\d+)"/.exec(xml)?.[1]).toBe(String(Math.round((35 * 1440) / 25.4)));
    expect(xml).toContain('<w:sz w:val="26"/>');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
