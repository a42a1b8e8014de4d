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
    const saved = await benchSave(await context.newPage(), server.url, report, 0);
    return await benchTyping(await context.newPage(), server.url, saved.draftId, report, keys, true);
  } finally {
    await browser.close();
    await server.close();
  }
}
