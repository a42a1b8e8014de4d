import { defineConfig } from '@playwright/test';
import { E2E_ORIGIN, E2E_PORT } from './e2e/helpers/e2e-origin';

/**
 * e2e runs the built renderer in Debian's Chromium (never a Playwright-downloaded browser). The Electron
 * tests in e2e/electron/ skip, saying why, when the Electron binary is absent.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `${E2E_ORIGIN}/`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 860 },
  },
  // Serves the browser build (out/web, `npm run build:web`): without a main process it renders DOCX itself.
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${E2E_PORT}`,
    url: `${E2E_ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
