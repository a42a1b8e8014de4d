/**
 * Not part of `npm run bench`: A/B of the Chromium save bench between two builds of the bench page (e.g. the
 * previous commit's and this one's), alternating A, B, A, B … in fresh browser contexts (empty IndexedDB each
 * time), plus the floor of strict durability itself: a tiny record put with `durability: 'strict'`.
 *
 *   npx tsx bench/save-ab.ts <bench-page dir A> <bench-page dir B> [rounds=5] [saves per round=40]
 */
import { chromium, type Page } from '@playwright/test';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi, BrowserSaveResult } from './bench-page-api';
import { startStaticServer } from './static-server';
import { percentile, round } from './stats';

const [dirA, dirB, roundsArg, savesArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: save-ab.ts <dirA> <dirB> [rounds] [saves]');
const rounds = Number(roundsArg ?? 5);
const saves = Number(savesArg ?? 40);

/** Browser-side source (a string: this file is type-checked without the DOM library). */
const FLOOR_SCRIPT = (runs: number) => `(async () => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('durability-floor', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('t');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const out = [];
  for (let i = 0; i < ${runs}; i++) {
    const t = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('t', 'readwrite', { durability: 'strict' });
      tx.objectStore('t').put({ i }, 'k');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    out.push(performance.now() - t);
  }
  db.close();
  return out;
})()`;

async function floor(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(FLOOR_SCRIPT(runs));
}

async function main(): Promise<void> {
  const report = syntheticReport({ pages: 100 });
  const servers = { A: await startStaticServer(dirA!, dirA!), B: await startStaticServer(dirB!, dirB!) };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const all: Record<'A' | 'B' | 'floor', number[]> = { A: [], B: [], floor: [] };
  const perRound: Record<'A' | 'B', { p50: number; p95: number }[]> = { A: [], B: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      for (const which of ['A', 'B'] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${servers[which].url}/bench/`);
        await page.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
        const res: BrowserSaveResult = await page.evaluate(
          ([rep, n]) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(rep, n),
          [report, saves] as const,
        );
        all[which].push(...res.samples);
        perRound[which].push({ p50: round(percentile(res.samples, 50)), p95: round(percentile(res.samples, 95)) });
        if (which === 'B') all.floor.push(...(await floor(page, saves)));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await servers.A.close();
    await servers.B.close();
  }
  const show = (xs: number[]) =>
    `p50 ${round(percentile(xs, 50))} / p95 ${round(percentile(xs, 95))} ms (n=${xs.length})`;
  console.log(`A ${dirA}: ${show(all.A)}  per round ${JSON.stringify(perRound.A)}`);
  console.log(`B ${dirB}: ${show(all.B)}  per round ${JSON.stringify(perRound.B)}`);
  console.log(`strict-durability floor (tiny put): ${show(all.floor)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
