/**
 * The browser benchmarks, in Debian's Chromium driven by Playwright with the e2e flags (playwright.config.ts):
 * - save: the renderer's `saveDraft` (Dexie, strict durability) of a 100-page draft, via the bench page;
 * - start: cold load of the built renderer (new page, nothing cached: the server says no-store) straight onto
 *   the 100-page draft's first wizard step, until "Trích yếu" can be typed in; beside it, informative, until
 *   every field of that step can be typed in (the opening's editor mounted, not its read-only stand-in);
 * - typing: keypress-to-paint in the chapter with most text of that draft: keydown's timestamp to the task
 *   right after the next animation frame (the frame that paints the keystroke), plus Chromium's Event Timing
 *   entries (its own input-to-paint measure, only reported from 16 ms up) as a cross-check.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Report } from '../core/model/report-schema';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi, BrowserSaveResult } from './bench-page-api';
import { median, percentile } from './stats';

export interface BrowserResults {
  save: { p50: number; p95: number; samples: number[] };
  start: { medianMs: number; samples: number[]; allFieldsMedianMs: number; allFieldsSamples: number[] };
  typing: TypingResult;
  /** The same with the spell check on. */
  typingSpellcheck: TypingResult;
}

export interface TypingResult {
  p50: number;
  p95: number;
  max: number;
  keys: number;
  slowEventTimingEntries: number;
  chapter: string;
}

// __benchAllFields: also every text field and the opening's real editor (TipTap's contenteditable) usable.
export const READY_SCRIPT = `
  window.__benchReady = undefined;
  window.__benchAllFields = undefined;
  const check = () => {
    const h1 = document.querySelector('h1');
    const field = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('Trích yếu'));
    const input = field && document.getElementById(field.htmlFor);
    if (h1 && h1.textContent === 'Thông tin chung' && input && !input.disabled) {
      if (window.__benchReady === undefined) window.__benchReady = performance.now();
      const main = document.querySelector('main');
      const editor = document.querySelector('[data-testid="editor-opening"] .ProseMirror[contenteditable="true"]');
      const disabled = main && main.querySelector('input:disabled, textarea:disabled');
      if (editor && !disabled) {
        window.__benchAllFields = performance.now();
        observer.disconnect();
      }
    }
  };
  const observer = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, attributes: true }));
`;

const TYPING_SCRIPT = `
  window.__benchKeys = [];
  window.__benchSlow = 0;
  document.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__benchKeys.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'keypress') window.__benchSlow++;
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

/** The page globals the injected scripts above set; read with functions, as the app's CSP forbids eval. */
interface BenchGlobals {
  __benchReady?: number;
  __benchAllFields?: number;
  __benchKeys?: number[];
  __benchSlow?: number;
}

export async function benchSave(page: Page, baseUrl: string, report: Report, runs: number): Promise<BrowserSaveResult> {
  await page.goto(`${baseUrl}/bench/`);
  await page.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
  return page.evaluate(
    ([r, n]) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(r, n),
    [report, runs] as const,
  );
}

async function benchStart(
  context: BrowserContext,
  baseUrl: string,
  draftId: string,
  runs: number,
): Promise<{ ready: number[]; allFields: number[] }> {
  const samples: number[] = [];
  const allFields: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A new page (new renderer process) each time; the server sends no-store, so nothing comes from cache.
    const page = await context.newPage();
    await page.addInitScript(READY_SCRIPT);
    await page.goto(`${baseUrl}/#/ban-nhap/${draftId}/general`);
    await page.waitForFunction(
      () => (globalThis as unknown as BenchGlobals).__benchAllFields !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    const [ready, all] = await page.evaluate(() => [
      (globalThis as unknown as BenchGlobals).__benchReady!,
      (globalThis as unknown as BenchGlobals).__benchAllFields!,
    ]);
    samples.push(ready);
    allFields.push(all);
    await page.close();
  }
  return { ready: samples, allFields };
}

/** The chapter with most text: where a clerk's typing has the most document around it. */
function biggestChapter(report: Report): { id: string; index: number } {
  let best = { id: report.sections[0]!.id, index: 0, size: -1 };
  report.sections.forEach((s, index) => {
    const size = JSON.stringify(s).length;
    if (size > best.size) best = { id: s.id, index, size };
  });
  return best;
}

/**
 * `spellcheck`: the spell check on (the app's default), measured once the dictionary has flagged a word typed
 * first, so every keystroke pays for the underlines and their re-check; off, the editor alone.
 */
/** renderer/src/spelling/spelling-session.ts SPELLING_SETTING_KEY (the renderer is not part of the bench's project). */
const SPELLING_SETTING_KEY = 'soan-bao-cao.kiem-tra-chinh-ta';

export async function benchTyping(
  page: Page,
  baseUrl: string,
  draftId: string,
  report: Report,
  keys: number,
  spellcheck = false,
) {
  const chapter = biggestChapter(report);
  await page.addInitScript(TYPING_SCRIPT);
  await page.addInitScript(
    `localStorage.setItem(${JSON.stringify(SPELLING_SETTING_KEY)}, ${JSON.stringify(spellcheck ? 'on' : 'off')});`,
  );
  await page.goto(`${baseUrl}/#/ban-nhap/${draftId}/${encodeURIComponent(`chapter:${chapter.id}`)}`);
  const editor = page.locator('[role="textbox"][aria-label^="Nội dung"]').first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  const label = (await editor.getAttribute('aria-label')) ?? '';
  // Cursor at the end of the first line of that editor's first paragraph (End): inside the text, where the
  // next line's first word follows with no space in between.
  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  if (spellcheck) {
    // The word typed here runs into that next word, so the underline appears under the caret and every key
    // below is typed into an underlined word: the spell check's hardest case.
    await page.keyboard.type(' cac');
    await page.locator('.spelling-unknown').first().waitFor({ timeout: 60_000 });
  }
  await page.evaluate(() => {
    (globalThis as unknown as BenchGlobals).__benchKeys!.length = 0;
  });
  // ASCII keys, as a Telex/VNI keyboard sends them (Playwright types other characters without a keydown).
  const text = ' Cap uy cac cap tiep tuc quan triet sau sac nghi quyet cua Dang';
  for (let i = 0; i < keys; i++) {
    // One key at a time at a clerk's pace (about 6 keys a second), so frames never merge two keystrokes.
    await page.keyboard.type(text[i % text.length]!);
    await page.waitForTimeout(150);
  }
  // Let the last keystrokes paint, however slow they are.
  await page
    .waitForFunction((n) => (globalThis as unknown as BenchGlobals).__benchKeys!.length >= n, keys, {
      timeout: 120_000,
    })
    .catch(() => undefined);
  const { samples, slow } = await page.evaluate(() => ({
    samples: (globalThis as unknown as BenchGlobals).__benchKeys!,
    slow: (globalThis as unknown as BenchGlobals).__benchSlow!,
  }));
  if (samples.length < keys * 0.9) throw new Error(`typing bench recorded ${samples.length} of ${keys} keys`);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    keys: samples.length,
    slowEventTimingEntries: slow,
    chapter: label,
  };
}

export async function runBrowserBench(
  baseUrl: string,
  report: Report,
  opts: { saveRuns: number; startRuns: number; keys: number },
): Promise<BrowserResults> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const saved = await benchSave(page, baseUrl, report, opts.saveRuns);
    const typing = await benchTyping(page, baseUrl, saved.draftId, report, opts.keys);
    // One window on the draft, as a clerk has: the first wizard would otherwise keep working beside the second.
    await page.close();
    const spellPage = await context.newPage();
    const typingSpellcheck = await benchTyping(spellPage, baseUrl, saved.draftId, report, opts.keys, true);
    await context.close();

    // Start: a fresh context (empty HTTP and code caches), seeded the same way, then cold pages.
    const startContext = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
    const seedPage = await startContext.newPage();
    const seeded = await benchSave(seedPage, baseUrl, report, 0);
    await seedPage.close();
    const start = await benchStart(startContext, baseUrl, seeded.draftId, opts.startRuns);
    await startContext.close();

    return {
      save: { p50: percentile(saved.samples, 50), p95: percentile(saved.samples, 95), samples: saved.samples },
      start: {
        medianMs: median(start.ready),
        samples: start.ready,
        allFieldsMedianMs: median(start.allFields),
        allFieldsSamples: start.allFields,
      },
      typing,
      typingSpellcheck,
    };
  } finally {
    await browser.close();
  }
}
