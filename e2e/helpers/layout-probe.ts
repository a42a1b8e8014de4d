/**
 * What a clerk notices about a screen's layout, measured in the page: labels that wrap onto a second line or
 * are cut off, and a page wider than the window (a horizontal scroll bar).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seedVersion1Database } from './seed-v1-db';

const FIXTURE = new URL('../fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url);

/** The office sizes the app must fit, 125 % being 1366×768 under Windows' default display scaling. */
export const OFFICE_SCREENS = [
  { name: '1024×600', width: 1024, height: 600, scale: 1 },
  { name: '1280×720', width: 1280, height: 720, scale: 1 },
  { name: '1366×768', width: 1366, height: 768, scale: 1 },
  { name: '1366×768 ở 125 %', width: 1093, height: 614, scale: 1.25 },
  { name: '1920×1080', width: 1920, height: 1080, scale: 1 },
] as const;

/** Seeds the sample report (Tam Đường, sơ kết KL 23) as a stored draft with the id `mau`, its header amended. */
export async function seedSampleDraft(page: Page, header: Record<string, string> = {}): Promise<void> {
  const report = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { report: { title: string; header: object } }).report;
  report.header = { ...report.header, ...header };
  await seedVersion1Database(page, [
    {
      id: 'mau',
      templateId: 'so-ket-tong-ket',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'general',
    },
  ]);
}

/**
 * Visible buttons, toggle buttons, chips, tabs and the save status whose label runs onto more than one line or is cut
 * off (wider than its box), each as "label: why". Icon-only buttons have no text and pass.
 */
export async function brokenLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // Action labels only: the stepper's chapter names and list rows wrap by design.
    const selector = '.MuiButton-root, .MuiToggleButton-root, .MuiChip-root, .MuiTab-root, [data-testid="save-status"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const text = (el.innerText || '').trim();
      if (!text || el.closest('[aria-hidden="true"]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Lines of text: the line boxes of the label's text (one rectangle per line of each text node).
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
      }
      rects.sort((a, b) => a.top - b.top);
      let lines = 0;
      let lineBottom = -Infinity;
      for (const r of rects) {
        // A rectangle wholly below the current line starts a new one; icons and inline boxes overlap it.
        if (r.top >= lineBottom - 2) {
          lines++;
          lineBottom = r.bottom;
        } else lineBottom = Math.max(lineBottom, r.bottom);
      }
      // A click's ink ripple is a circle wider than the button, clipped by design until it fades (about half a
      // second): it holds no text, so it is not a cut-off label.
      const clipped = [el, ...el.querySelectorAll<HTMLElement>('*')].some(
        (node) =>
          !node.classList.contains('MuiTouchRipple-root') &&
          node.scrollWidth > node.clientWidth + 1 &&
          getComputedStyle(node).overflowX !== 'visible',
      );
      const name = text.replace(/\s+/g, ' ');
      if (lines > 1) found.push(`${name}: ${lines} dòng`);
      else if (clipped) found.push(`${name}: bị cắt`);
    }
    return found;
  });
}

/** How far the page is wider than the window, in CSS pixels (0 when there is no horizontal scroll bar). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.scrollingElement!.scrollWidth - window.innerWidth));
}
