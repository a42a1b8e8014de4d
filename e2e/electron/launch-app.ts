/**
 * Launching the real desktop app for the `_electron` tests: the electron-vite build with its own profile
 * folder. Without the Electron binary (or the build) every test skips, printing why.
 */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js');

export function missingElectronReason(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  const binary = existsSync(pathFile)
    ? join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
    : '';
  if (!binary || !existsSync(binary)) {
    return 'Bỏ qua: không có tệp chạy Electron trên máy này (node_modules/electron/dist); chạy `node node_modules/electron/install.js` khi có mạng (no Electron binary on this machine).';
  }
  if (!existsSync(MAIN_ENTRY))
    return 'Bỏ qua: chưa dựng ứng dụng (out/main/index.js); hãy chạy `npx electron-vite build` trước (app not built).';
  return null;
}

export interface LaunchedApp {
  app: ElectronApplication;
  profile: string;
  close(): Promise<void>;
}

export async function launchApp(): Promise<LaunchedApp> {
  const profile = mkdtempSync(join(tmpdir(), 'soan-bao-cao-profile-'));
  const app = await electron.launch({
    // Chromium refuses to start as root without --no-sandbox (CI containers); the renderer's own
    // `sandbox: true` web preference is still asserted by the tests.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN_ENTRY],
    env: { ...process.env, APP_TEST_USER_DATA: profile },
  });
  return {
    app,
    profile,
    close: async () => {
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
