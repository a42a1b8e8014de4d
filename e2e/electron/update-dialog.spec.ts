/**
 * The "Cập nhật" dialog in the real desktop app: version and online status from main, and a
 * package from "USB" signed by a key the app does not trust refused with the Vietnamese reason. Only the
 * native open dialog is replaced. Needs the Electron binary; skips with the reason otherwise.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REFUSAL_MESSAGES } from '../../core/packages/package-refusal';
import { buildUpdatePackage } from '../../node/packages/package-builder';
import { launchApp, missingElectronReason, type LaunchedApp } from './launch-app';

const reason = missingElectronReason();
if (reason) console.log(reason);

test.describe('update dialog (Electron)', () => {
  let launched: LaunchedApp | undefined;
  let stick: string | undefined;
  test.beforeEach(async () => {
    test.skip(reason !== null, reason ?? '');
    launched = await launchApp();
    stick = mkdtempSync(join(tmpdir(), 'soan-bao-cao-stick-'));
  });
  test.afterEach(async () => {
    await launched?.close();
    if (stick) rmSync(stick, { recursive: true, force: true });
    launched = undefined;
  });

  test('shows the version and why online updates are off, and refuses an untrusted USB package', async () => {
    const { app } = launched!;
    const page = await app.firstWindow();
    const version = await app.evaluate(({ app: a }) => a.getVersion());
    const { privateKey } = generateKeyPairSync('ed25519');
    const packagePath = join(stick!, 'cap-nhat.goi-cap-nhat');
    writeFileSync(
      packagePath,
      buildUpdatePackage(
        'setup.exe',
        new Uint8Array(64).fill(7),
        {
          version: '99.0.0',
          minimumVersion: '0.0.1',
          releasedAt: '2026-01-01T00:00:00Z',
          expiresAt: '2099-01-01T00:00:00Z',
        },
        privateKey,
      ),
    );
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [filePath],
      })) as typeof dialog.showOpenDialog;
    }, packagePath);

    await page.getByRole('button', { name: 'Cập nhật' }).click();
    const updateDialog = page.getByRole('dialog', { name: 'Cập nhật' });
    await expect(updateDialog).toContainText(`Phiên bản đang dùng: ${version}`);
    await expect(updateDialog.getByTestId('online-update-status')).toContainText('Chưa cấu hình máy chủ cập nhật');
    await updateDialog.getByRole('button', { name: 'Cập nhật từ USB…' }).click();
    await expect(updateDialog.getByTestId('usb-update-refused')).toHaveText(REFUSAL_MESSAGES['bad-signature']);
    // Nothing from the refused package stays in the profile.
    const updatesDir = join(launched!.profile, 'updates');
    expect(existsSync(updatesDir) ? readdirSync(updatesDir) : []).toEqual([]);
  });
});
