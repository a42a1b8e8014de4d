/**
 * `npx tsx bench/ab-start.ts <rendererDirA> <rendererDirB> [rounds]`: the bench's cold start (browser-bench.ts
 * READY_SCRIPT: fresh page, nothing cached, `#/ban-nhap/<id>/general` of the 100-page draft, ready when the h1 says
 * "Thông tin chung" and "Trích yếu" is enabled) of two builds, alternating A, B, A, B … in one process, with the
 * renderer main thread's CPU time (trace tdur) until ready from a Chromium trace (steadier than wall time on a loaded machine).
 * Each build is served on its own origin, seeded through the bench page (out/bench-page) first.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { resolve, join } from 'node:path';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi } from './bench-page-api';
import { READY_SCRIPT } from './browser-bench';
import { startStaticServer } from './static-server';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

const ROOT = resolve(import.meta.dirname, '..');
const dirs = [resolve(process.argv[2] ?? ''), resolve(process.argv[3] ?? '')];
const rounds = Number(process.argv[4] ?? 9);
const report = syntheticReport({ pages: 100 });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const servers = await Promise.all(dirs.map((d) => startStaticServer(d, join(ROOT, 'out/bench-page'))));
try {
  const setups: Array<{ context: BrowserContext; url: string; draftId: string }> = [];
  for (const server of servers) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
    const seed = await context.newPage();
    await seed.goto(`${server.url}/bench/`);
    await seed.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
    const { draftId } = await seed.evaluate(
      (r) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(r, 0),
      report,
    );
    await seed.close();
    setups.push({ context, url: server.url, draftId });
  }
  const ready: number[][] = [[], []];
  const cpu: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const which of [0, 1]) {
      const { context, url, draftId } = setups[which]!;
      const page = await context.newPage();
      await page.addInitScript(READY_SCRIPT);
      await browser.startTracing(page, { categories: ['blink.user_timing', 'toplevel'] });
      await page.goto(`${url}/#/ban-nhap/${draftId}/general`);
      await page.waitForFunction(
        () => (globalThis as unknown as { __benchReady?: number }).__benchReady !== undefined,
        undefined,
        { timeout: 30_000 },
      );
      const at = await page.evaluate(() => (globalThis as unknown as { __benchReady: number }).__benchReady);
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
        .traceEvents;
      await page.close();
      // The renderer's main thread: the one that marked navigationStart for this document.
      const nav = events.find(
        (e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(url),
      )!;
      const end = nav.ts + at * 1000;
      const tasks = events
        .filter(
          (e) =>
            e.pid === nav.pid &&
            e.tid === nav.tid &&
            e.ph === 'X' &&
            (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
        )
        .sort((a, b) => a.ts - b.ts);
      // Thread CPU time (tdur) of the top-level tasks begun from navigation until ready: what the load on the
      // machine does not stretch, unlike their wall time.
      let busy = 0;
      let until = 0;
      for (const t of tasks) {
        if (t.ts >= until && t.ts >= nav.ts && t.ts < end) busy += t.tdur ?? 0;
        until = Math.max(until, t.ts + (t.dur ?? 0));
      }
      ready[which]!.push(at);
      cpu[which]!.push(busy / 1000);
      console.log(
        `round ${r + 1} ${which ? 'B' : 'A'}: ready ${at.toFixed(0)} ms, main-thread CPU ${(busy / 1000).toFixed(0)} ms`,
      );
    }
  }
  for (const which of [0, 1]) {
    console.log(
      `${which ? 'B' : 'A'} ${dirs[which]}: ready median ${median(ready[which]!).toFixed(0)} ms [${ready[which]!.map((v) => v.toFixed(0)).join(' ')}], CPU median ${median(cpu[which]!).toFixed(0)} ms [${cpu[which]!.map((v) => v.toFixed(0)).join(' ')}]`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
