/**
 * `npx tsx bench/ab-typing.ts <rendererDirA> <rendererDirB> [rounds]`: the bench's own typing measurement
 * (browser-bench.ts `benchTyping`, 40 keys) on two builds of the renderer, alternating A, B, B, A… in one
 * process, each run in a fresh browser context with a freshly seeded 100-page draft. For before/after
 * comparisons on a noisy machine: both builds see the same load. Wrap in `flock /tmp/bench.lock`. SPELLCHECK=1
 * types with the spell check on (the typing-spellcheck bench's conditions).
 */
import { chromium } from '@playwright/test';
import { join, resolve } from 'node:path';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi } from './bench-page-api';
import { benchTyping } from './browser-bench';
import { startStaticServer } from './static-server';
import { median, percentile } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const [dirA, dirB] = [process.argv[2], process.argv[3]];
if (!dirA || !dirB) throw new Error('usage: npx tsx bench/ab-typing.ts <rendererDirA> <rendererDirB> [rounds]');
const rounds = Number(process.argv[4] ?? 3);
const keys = Number(process.env.KEYS ?? 40);

const report = syntheticReport({ pages: 100 });
const servers = await Promise.all([dirA, dirB].map((d) => startStaticServer(resolve(d), join(ROOT, 'out/bench-page'))));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const runs: { p50: number; p95: number; all: number[] }[][] = [[], []];
try {
  for (let round = 0; round < rounds; round++) {
    for (const v of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
      const page = await context.newPage();
      const url = servers[v]!.url;
      await page.goto(`${url}/bench/`);
      await page.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
      const { draftId } = await page.evaluate(
        (r) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(r, 0),
        report,
      );
      const seeded = await context.newPage();
      await page.close();
      const t = await benchTyping(seeded, url, draftId, report, keys, process.env.SPELLCHECK === '1');
      const all = await seeded.evaluate(() => (globalThis as unknown as { __benchKeys: number[] }).__benchKeys);
      runs[v]!.push({ p50: t.p50, p95: t.p95, all });
      console.log(
        `round ${round} ${'AB'[v]}: p50 ${t.p50.toFixed(1)} p95 ${t.p95.toFixed(1)} max ${t.max.toFixed(1)} (${t.keys} keys)`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
for (const v of [0, 1]) {
  const r = runs[v]!;
  const pooled = r.flatMap((x) => x.all);
  console.log(
    `${'AB'[v]} ${[dirA, dirB][v]}: median of run p50 ${median(r.map((x) => x.p50)).toFixed(1)}, median of run p95 ${median(r.map((x) => x.p95)).toFixed(1)}; pooled p50 ${percentile(pooled, 50).toFixed(1)} p95 ${percentile(pooled, 95).toFixed(1)} (${pooled.length} keys)`,
  );
}
