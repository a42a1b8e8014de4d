/**
 * `npx tsx bench/profile-start.ts [rendererDir]`: cold-opens the 100-page draft's first wizard step with
 * Chromium's CPU profiler on and prints the time to ready plus the functions and scripts with most self time.
 * Serves the browser build (out/web, `npm run build:web`) by default: plain Chromium has no main process.
 */
import { chromium } from '@playwright/test';
import { join, resolve } from 'node:path';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi } from './bench-page-api';
import { startStaticServer } from './static-server';
import { printFunctionTimes, type ProfileNode } from './cpu-profile';

const ROOT = resolve(import.meta.dirname, '..');
const rendererDir = resolve(process.argv[2] ?? join(ROOT, 'out/web'));
const READY = `window.__ready = undefined; new MutationObserver((_, o) => { const h1 = document.querySelector('h1'); if (h1 && h1.textContent === 'Thông tin chung') { window.__ready = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });`;

const server = await startStaticServer(rendererDir, join(ROOT, 'out/bench-page'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  const seed = await context.newPage();
  await seed.goto(`${server.url}/bench/`);
  await seed.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
  const { draftId } = await seed.evaluate(
    (r) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(r, 0),
    syntheticReport({ pages: 100 }),
  );
  await seed.close();
  const page = await context.newPage();
  await page.addInitScript(READY);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/#/ban-nhap/${draftId}/general`);
  await page.waitForFunction(() => (globalThis as unknown as { __ready?: number }).__ready !== undefined, undefined, {
    timeout: 30_000,
  });
  const ready = await page.evaluate(() => (globalThis as unknown as { __ready: number }).__ready);
  const marks = await page.evaluate(() => [
    ...(
      performance.getEntriesByType('navigation' as never) as unknown as Array<{
        requestStart: number;
        responseEnd: number;
        domInteractive: number;
        domContentLoadedEventEnd: number;
      }>
    ).map(
      (n) =>
        `document ${n.requestStart.toFixed(0)}→${n.responseEnd.toFixed(0)}, DOM interactive ${n.domInteractive.toFixed(0)}, DOMContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)}`,
    ),
    ...performance.getEntriesByType('paint' as never).map((e) => `${e.name} ${e.startTime.toFixed(0)}`),
    ...(
      performance.getEntriesByType('resource') as unknown as Array<{
        name: string;
        startTime: number;
        responseEnd: number;
      }>
    ).map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)}`),
    ...performance.getEntriesByType('mark').map((e) => `${e.name} ${e.startTime.toFixed(0)}`),
  ]);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log(`ready at ${ready.toFixed(0)} ms`);
  console.log(marks.join('\n'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perFile = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const file = n.callFrame.url.split('/').pop() || n.callFrame.functionName;
    perFile.set(file, (perFile.get(file) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Timeline: what the main thread did in each slice since navigation start (profile start ≈ navigation start).
  const SLICE = Number(process.env.SLICE ?? 25);
  // Profile clock → page clock: the first sample in the main chunk is taken when that chunk has arrived.
  const mainChunk = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: { querySelector(s: string): { getAttribute(a: string): string | null } | null };
      }
    ).document;
    const src = doc.querySelector('script[type="module"]')?.getAttribute('src') ?? '';
    const entry = (
      performance.getEntriesByType('resource') as unknown as Array<{ name: string; responseEnd: number }>
    ).find((e) => e.name.endsWith(src.replace(/^\.\//, '')));
    return { file: src.split('/').pop() ?? '', at: entry?.responseEnd ?? 0 };
  });
  const slices: Map<string, number>[] = [];
  let clock = 0;
  let offset: number | undefined;
  const stamped = profile.samples.map((id, i) => {
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id)!;
    const file = n.callFrame.url.split('/').pop() || n.callFrame.functionName;
    if (offset === undefined && file === mainChunk.file) offset = mainChunk.at - clock;
    // TIMELINE=fn: name functions (with a line) instead of scripts in each slice.
    const what =
      process.env.TIMELINE === 'fn'
        ? `${n.callFrame.functionName || '(anon)'}@${file}:${n.callFrame.lineNumber}`
        : file;
    return { clock, file: what, ms: (profile.timeDeltas[i] ?? 0) / 1000 };
  });
  for (const s of stamped) {
    const slot = Math.floor((s.clock + (offset ?? 0)) / SLICE);
    if (slot < 0) continue;
    const m = (slices[slot] ??= new Map());
    m.set(s.file, (m.get(s.file) ?? 0) + s.ms);
  }
  if (process.env.TIMELINE) {
    slices.forEach((m, slot) => {
      if (slot * SLICE > ready + SLICE) return;
      console.log(
        `${String(slot * SLICE).padStart(5)} ms  ${[...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([f, v]) => `${f} ${v.toFixed(0)}`)
          .join(', ')}`,
      );
    });
  }
  for (const [k, v] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`${v.toFixed(1).padStart(8)} ms  [file] ${k}`);
  printFunctionTimes(profile, Number(process.env.TOP ?? 25));
} finally {
  await browser.close();
  await server.close();
}
