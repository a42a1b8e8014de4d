import { chromium } from '@playwright/test';
import { join, resolve } from 'node:path';
import { syntheticReport } from '../core/synthetic/synthetic-report';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { BenchPageApi } from './bench-page-api';
import { startStaticServer } from './static-server';
const ROOT = resolve(import.meta.dirname, '..');
const report = syntheticReport({ pages: 100 });
const chapter = report.sections.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
const server = await startStaticServer(resolve(process.argv[2]!), join(ROOT, 'out/bench-page'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
await page.goto(`${server.url}/bench/`);
await page.waitForFunction("document.getElementById('status')?.textContent === 'ready'");
const { draftId } = await page.evaluate((r) => (globalThis as unknown as { soanBaoCaoBench: BenchPageApi }).soanBaoCaoBench.save(r, 0), report);
await page.goto(`${server.url}/#/ban-nhap/${draftId}/${encodeURIComponent(`chapter:${chapter.id}`)}`);
const editor = page.locator('[role="textbox"][aria-label^="Nội dung"]').first();
await editor.waitFor({ state: 'visible', timeout: 30_000 });
await editor.locator('p').first().click();
await page.keyboard.type('abc');
await page.waitForTimeout(2000);
console.log(await page.evaluate(() => document.getAnimations().map((a) => { const t = (a.effect as KeyframeEffect).target as Element; return `${a.constructor.name} ${(a as CSSAnimation).animationName ?? ''} ${t.tagName}.${t.className} parent=${t.parentElement?.className} aria=${t.closest('[aria-label]')?.getAttribute('aria-label')}`; })));
console.log(await page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, paras: document.querySelectorAll('.doc-editor p').length, editors: document.querySelectorAll('.doc-editor').length })));

async function frames(label: string) {
  const cdp = await page.context().newCDPSession(page);
  const ev: { name: string }[] = [];
  cdp.on('Tracing.dataCollected', (d) => void ev.push(...(d.value as unknown as typeof ev)));
  await cdp.send('Tracing.start', { categories: 'cc,blink', transferMode: 'ReportEvents' });
  await page.waitForTimeout(1000);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end'); await done;
  console.log(label, 'BeginMainFrame in 1 s:', ev.filter((e) => e.name === 'ProxyMain::BeginMainFrame').length);
}
await page.keyboard.type('x');
for (const wait of [10, 30, 60, 100]) {
  await page.waitForTimeout(wait);
  console.log(wait, await page.evaluate(() => document.getAnimations().map((a) => { const t = (a.effect as KeyframeEffect).target as Element; return `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName} ${t.tagName}.${String(t.className).slice(0, 80)} aria=${t.closest('[aria-label]')?.getAttribute('aria-label')}`; })));
}
await frames('focused editor');
await page.evaluate(() => (document.activeElement as HTMLElement).blur());
await frames('blurred');
await editor.locator('p').first().click();
await page.addStyleTag({ content: 'section { content-visibility: visible !important; contain-intrinsic-size: none !important }' });
await page.waitForTimeout(500);
await frames('focused, no content-visibility');
await browser.close(); await server.close();
