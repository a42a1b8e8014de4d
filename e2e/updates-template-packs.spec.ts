/**
 * Issue 6 as a clerk sees it, in real Chromium. In a plain browser the "Cập nhật" entry explains that
 * updates need the desktop app. With the REAL main-process code behind window.soanBaoCao (update-bridge):
 * a signed template pack from the "USB" is verified, its changes shown, installed, and its outline is
 * offered in "Tạo báo cáo mới"; a tampered pack is refused in Vietnamese; an update package is verified
 * and, after a journal backup, its verified copy is handed over (Linux: where the file is).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REFUSAL_MESSAGES } from '../core/packages/package-refusal';
import { buildTemplatePack, buildUpdatePackage } from '../electron/main/updates/package-builder';
import { bridgeUpdateDouble, openUpdateDialog } from './helpers/update-bridge';
import { createDraft, escapeRegExp } from './helpers/wizard-page';

const ROOT = join(import.meta.dirname, '..');
const NEW_OUTLINE = 'Báo cáo chuyên đề (mẫu Tỉnh ủy)';
const RELEASE = { releasedAt: '2026-01-10T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' };

test('in a plain browser the update entry explains that updates need the desktop app', async ({ page }) => {
  await page.goto('/');
  const dialog = await openUpdateDialog(page);
  await expect(dialog.getByTestId('update-desktop-only')).toContainText('chỉ làm được trong ứng dụng Soạn Báo Cáo cài trên máy tính');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
});

test('desktop: a signed template pack is verified, shown, installed and its outline used; a tampered one is refused', async ({ context, page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-packs-e2e-'));
  try {
    const { privateKey } = generateKeyPairSync('ed25519');
    const userData = join(dir, 'userData');
    const double = await bridgeUpdateDouble(context, userData, privateKey);
    const outline = { ...JSON.parse(await readFile(join(ROOT, 'assets', 'templates', 'dinh-ky.json'), 'utf8')), id: 'tq-chuyen-de', name: NEW_OUTLINE, version: 1 };
    const pack = buildTemplatePack(new Map([['templates/tq-chuyen-de.json', new TextEncoder().encode(JSON.stringify(outline))]]),
      { packId: 'tinh-uy-tq', version: '1.0.0', name: 'Đề cương Tỉnh ủy 2026', ...RELEASE }, privateKey);
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
    await expect(dialog.getByRole('list', { name: 'Gói đề cương đã cài' })).toContainText('Đề cương Tỉnh ủy 2026 — phiên bản 1.0.0');
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    await createDraft(page, NEW_OUTLINE);
    await expect(page.getByText(new RegExp(`Soạn Báo Cáo · ${escapeRegExp(NEW_OUTLINE)}`))).toBeVisible();

    // After a restart the installed outline is still offered (listed again from userData, re-verified).
    await page.goto('/');
    await page.reload();
    await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Tạo báo cáo mới' }).getByRole('radio', { name: new RegExp(escapeRegExp(NEW_OUTLINE)) })).toBeVisible();
    await page.keyboard.press('Escape');

    // An update package: verified copy, journal backup, then (Linux) the clerk is told where the file is.
    const installer = new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7) % 251));
    const updatePath = join(dir, 'cap-nhat.goi-cap-nhat');
    await writeFile(updatePath, buildUpdatePackage('soan-bao-cao-1.1.0.AppImage', installer, { version: '1.1.0', minimumVersion: '0.1.0', ...RELEASE }, privateKey));
    double.pickNext(updatePath);
    dialog = await openUpdateDialog(page);
    await dialog.getByRole('button', { name: 'Cập nhật từ USB…' }).click();
    await expect(dialog.getByTestId('usb-update-verified')).toContainText('phiên bản 1.1.0 (đang dùng 1.0.0), phát hành ngày 10/01/2026');
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
