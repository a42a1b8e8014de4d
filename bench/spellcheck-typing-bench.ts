/**
 * Typing with the spell check on, alone (`BENCH_ONLY=typing-spellcheck npm run bench`): the 100-page draft
 * saved through the bench page, then keypress-to-paint in its biggest chapter (browser-bench.ts) once the
 * dictionary has underlined a word. For checking the spell check's cost without the full bench run.
 */
import { chromium } from '@playwright/test';
import type { Report } from '../core/model/report-schema';
import { CHROMIUM_ARGS } from '../playwright.config';
import { benchSave, benchTyping, type TypingResult } from './browser-bench';
import { startStaticServer } from './static-server';

export async function benchSpellcheckTypingOnly(
  webDir: string,
  benchPageDir: string,
  report: Report,
  keys: number,
): Promise<TypingResult> {
  const server = await startStaticServer(webDir, benchPageDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
    const savePage = await context.newPage();
    const saved = await benchSave(savePage, server.url, report, 0);
    // Only the wizard is open while typing (the bench page holds the whole 100-page report in memory).
    await savePage.close();
    return await benchTyping(await context.newPage(), server.url, saved.draftId, report, keys, true);
  } finally {
    await browser.close();
    await server.close();
  }
}
