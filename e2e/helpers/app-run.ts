/**
 * One "app run" for the durability specs: a fresh stand-in for main over the given userData (the REAL journal
 * code) and Debian's Chromium on the given profile, bridged together. Each run of a test calls it again with the
 * same folders, as a clerk restarts the app.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import type { MainDouble } from '../../test-support/desktop-double';
import { startDesktop } from './desktop-bridge';

export interface AppRun {
  context: BrowserContext;
  page: Page;
  main: MainDouble;
}

export async function startAppRun(baseURL: string, profileDir: string, userData: string): Promise<AppRun> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const main = await startDesktop(context, page, { userData });
  return { context, page, main };
}
