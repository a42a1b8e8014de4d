/**
 * `npx tsx bench/profile-typing.ts [rendererDir]`: types into the biggest chapter of the 100-page draft with
 * Chromium's CPU profiler on and prints per-key latency plus the functions with most self time. For finding
 * what a keystroke costs; build the renderer unminified first for readable names
 * (`npx vite build --config vite.web.config.ts --minify false --outDir "$PWD/out/web-prof" --emptyOutDir`). Serves the
 * browser build (out/web) by default: plain Chromium has no main process. SPELLCHECK=1 turns the spell check on
 * and waits for its first underline before typing (as the typing-spellcheck bench does).
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi } from './bench-page-api';
import { startStaticServer } from './static-server';
import { percentile } from './stats';
import { printFunctionTimes, type ProfileNode } from './cpu-profile';
/** renderer/src/spelling/spelling-session.ts SPELLING_SETTING_KEY (the renderer is not part of the bench's project). */
const SPELLING_SETTING_KEY = 'soan-bao-cao.kiem-tra-chinh-ta';

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  ph: string;
  tid: number;
  args?: { data?: { type?: string; functionName?: string } };
}

/**
 * TRACE=keys: one line per keystroke on the renderer's main thread, from its keydown to the next keydown:
 * each top-level task's length and the named steps inside it that took ≥ 0.5 ms (what the key waited for).
 */
function printKeyTimelines(events: TraceEvent[]): void {
  const keydowns = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  if (keydowns.length === 0) return;
  const main = keydowns[0]!.tid;
  const onMain = events
    .filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const STEPS = new Set([
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'HitTest',
    'ParseHTML',
    'MajorGC',
    'MinorGC',
    'V8.GC_SCAVENGER',
    'RunMicrotasks',
    'IntersectionObserverController::computeIntersections',
    'UpdateLayer',
  ]);
  keydowns.forEach((k, i) => {
    const end = keydowns[i + 1]?.ts ?? Infinity;
    const parts: string[] = [];
    for (const t of tasks) {
      if (t.ts + t.dur! < k.ts - 1 || t.ts >= end || t.dur! < 500) continue;
      const inner = onMain
        .filter((e) => STEPS.has(e.name) && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! >= 500)
        .map(
          (e) =>
            `${e.name === 'EventDispatch' ? e.args?.data?.type : e.name === 'FunctionCall' ? `fn:${e.args?.data?.functionName || '?'}` : e.name} ${(e.dur! / 1000).toFixed(1)}`,
        );
      parts.push(
        `+${((t.ts - k.ts) / 1000).toFixed(0)}:${(t.dur! / 1000).toFixed(1)}[${[...new Set(inner)].join(', ')}]`,
      );
    }
    console.log(`key ${i}: ${parts.join('  ')}`);
  });
}

const ROOT = resolve(import.meta.dirname, '..');
const rendererDir = resolve(process.argv[2] ?? join(ROOT, 'out/web'));
const keys = Number(process.env.KEYS ?? 12);
// KEY_GAP_MS=400: a pause after every key, long enough for the spell check to run each time (its cost per run).
const keyGap = Number(process.env.KEY_GAP_MS ?? 150);

const report = syntheticReport({ pages: 100 });
const chapter = report.sections.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
const server = await startStaticServer(rendererDir, join(ROOT, 'out/bench-page'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(`${server.url}/bench/`);
  await page.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
  const { draftId } = await page.evaluate(
    (r) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(r, 0),
    report,
  );
  const spellcheck = process.env.SPELLCHECK === '1';
  await page.addInitScript(
    `localStorage.setItem(${JSON.stringify(SPELLING_SETTING_KEY)}, ${JSON.stringify(spellcheck ? 'on' : 'off')});`,
  );
  await page.addInitScript(
    `window.__k = []; document.addEventListener('keydown', (e) => { const s = e.timeStamp; requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => window.__k.push(performance.now() - s); c.port2.postMessage(null); }); }, true); window.__slow = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__slow.push([e.name, Math.round(e.processingStart - e.startTime), Math.round(e.processingEnd - e.processingStart), Math.round(e.startTime + e.duration - e.processingEnd)].join(' ')); }).observe({ type: 'event', durationThreshold: 16 });`,
  );
  await page.goto(`${server.url}/#/ban-nhap/${draftId}/${encodeURIComponent(`chapter:${chapter.id}`)}`);
  // TARGET=heading types into the first sub-section's heading field (a controlled MUI field) instead of a body editor.
  // TARGET=section: the first sub-section's body editor (where most of a report's text is typed).
  const heading = process.env.TARGET === 'heading';
  const editor = heading
    ? page.getByLabel(/^Tiêu đề mục /).first()
    : page
        .locator(`[role="textbox"][aria-label^="${process.env.TARGET === 'section' ? 'Nội dung mục' : 'Nội dung'}"]`)
        .first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  await (heading ? editor : editor.locator('p').first()).click();
  await page.keyboard.press('End');
  if (spellcheck) {
    await page.keyboard.type(' cac');
    await page.locator('.spelling-unknown').first().waitFor({ timeout: 60_000 });
  }
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(() => void ((globalThis as unknown as { __k: number[] }).__k.length = 0));
  await cdp.send('Profiler.start');
  const events: TraceEvent[] = [];
  if (process.env.TRACE) {
    cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as typeof events)));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu',
      transferMode: 'ReportEvents',
    });
  }
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('abcdefghijklmnop'[i % 16]!);
    await page.waitForTimeout(keyGap);
  }
  await page.waitForTimeout(2000);
  if (process.env.TRACE) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    // Where the browser's own time goes (complete events, all threads), per event name.
    const sum = new Map<string, number>();
    for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
    for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${v.toFixed(1).padStart(8)} ms  [trace] ${k}`);
    if (process.env.TRACE === 'keys') printKeyTimelines(events);
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(events));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const lat = await page.evaluate(() => (globalThis as unknown as { __k: number[] }).__k);
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
  // Chromium's own view of each slow (≥ 16 ms) event: input delay, handlers, then until the next paint.
  const slow = await page.evaluate(() => (globalThis as unknown as { __slow: string[] }).__slow);
  console.log(`slow events (name delay handlers presentation, ms): ${slow.join(' | ')}`);
  console.log(
    `keys ${lat.length}: p50 ${percentile(lat, 50).toFixed(1)} ms, p95 ${percentile(lat, 95).toFixed(1)} ms, all ${lat.map((x) => x.toFixed(0)).join(' ')}`,
  );
  printFunctionTimes(profile, Number(process.env.TOP ?? 35));
} finally {
  await browser.close();
  await server.close();
}
