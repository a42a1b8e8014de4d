/**
 * T-03: kill Chromium with SIGKILL while a clerk types, relaunch on the same profile, check what survived.
 * We spawn /usr/bin/chromium ourselves (so we own the pid) and attach over CDP; no Playwright-managed browser.
 * Typing comes in bursts (a word, then a short or a long pause). The promise checked after each relaunch:
 * every burst followed by ≥ 1 s of quiet before the kill is on screen again, and nothing else is invented
 * (the recovered text is a prefix of what was typed). Shared by e2e/durability-kill.spec.ts and bench/soak-kill.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seededRandom, type Random } from '../../test-support/synthetic/seeded-random';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** What the kill test promises: text followed by this much quiet before the kill was saved. */
export const SAVED_WITHIN_MS = 1_000;

const WORDS = [
  'Đảng',
  'bộ',
  'huyện',
  'lãnh',
  'đạo',
  'chỉ',
  'đạo',
  'thực',
  'hiện',
  'Nghị',
  'quyết',
  'kết',
  'quả',
  'nổi',
  'bật',
  'xây',
  'dựng',
  'chỉnh',
  'đốn',
  'cơ',
  'sở',
  'đảng',
  'viên',
];

export interface LaunchedChromium {
  proc: ChildProcess;
  browser: Browser;
}

export async function launchChromium(profileDir: string): Promise<LaunchedChromium> {
  const proc = spawn(
    CHROMIUM_PATH,
    [...FLAGS, '--headless', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${seen.slice(-500)}`)), 30_000);
    proc.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    proc.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen.slice(-500)}`)));
  });
  proc.stderr.resume();
  const browser = await chromium.connectOverCDP(wsUrl);
  return { proc, browser };
}

export async function killHard(launched: LaunchedChromium): Promise<void> {
  const exited = new Promise<void>((resolve) => launched.proc.once('exit', () => resolve()));
  launched.proc.kill('SIGKILL');
  await exited;
}

async function firstPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0]!;
  return context.pages()[0] ?? (await context.newPage());
}

const OPENING = 'Phần mở đầu';
// Whitespace is left out of the comparison: the editor may keep or drop a trailing space at a paragraph end.
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

async function openingText(page: Page): Promise<string> {
  const editor = page.getByRole('textbox', { name: OPENING, exact: true });
  await editor.waitFor({ state: 'visible', timeout: 20_000 });
  return normalise((await editor.textContent()) ?? '');
}

/** Creates a draft through the UI and returns the URL of its first step. */
async function createDraft(page: Page, baseUrl: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tạo báo cáo mới' });
  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thông tin chung' }).waitFor();
  return page.url();
}

interface Burst {
  text: string;
  start: number;
  end: number;
}

/** Types bursts until the kill happens (the page dies under it); returns what was typed, with timings. */
async function typeUntilKilled(
  page: Page,
  rnd: Random,
  killAfterMs: number,
  launched: LaunchedChromium,
): Promise<{ bursts: Burst[]; killedAt: number }> {
  const editor = page.getByRole('textbox', { name: OPENING, exact: true });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  const bursts: Burst[] = [];
  let killedAt = 0;
  const killing = new Promise<void>((resolve) => {
    setTimeout(() => {
      killedAt = Date.now();
      void killHard(launched).then(resolve);
    }, killAfterMs);
  });
  const typing = (async () => {
    for (;;) {
      const word = `${rnd.pick(WORDS)} `;
      const start = Date.now();
      await page.keyboard.type(word, { delay: 12 });
      bursts.push({ text: word, start, end: Date.now() });
      // Half the pauses are short (mid-sentence), half long enough for the debounced save.
      await new Promise((r) => setTimeout(r, rnd.next() < 0.5 ? rnd.int(50, 400) : rnd.int(1_100, 1_600)));
    }
  })().catch(() => undefined);
  await killing;
  await typing;
  // A burst that was still being typed at the kill may be partly on screen: it only counts as "maybe".
  return { bursts, killedAt };
}

/** Text that must have survived: bursts followed by ≥ SAVED_WITHIN_MS of quiet before the kill. */
export function mustSurvive(before: string, bursts: readonly Burst[], killedAt: number): string {
  let safe = before;
  let typed = before;
  bursts.forEach((b, i) => {
    typed += b.text;
    if (b.end > killedAt) return;
    const quietUntil = Math.min(bursts[i + 1]?.start ?? killedAt, killedAt);
    if (quietUntil - b.end >= SAVED_WITHIN_MS) safe = typed;
  });
  return safe;
}

export interface KillReport {
  kills: number;
  survived: number;
  failures: string[];
  /** Characters on screen after the last relaunch. */
  finalLength: number;
}

export async function runKillLoop(options: {
  baseUrl: string;
  profileDir: string;
  kills: number;
  seed: number;
  log?: (line: string) => void;
}): Promise<KillReport> {
  const log = options.log ?? (() => undefined);
  const rnd = seededRandom(options.seed);
  let launched = await launchChromium(options.profileDir);
  const failures: string[] = [];
  let survived = 0;
  let onScreen = '';
  try {
    let page = await firstPage(launched.browser);
    const draftUrl = await createDraft(page, options.baseUrl);
    // The opening paragraph starts with the template's sample text; typing goes after it.
    onScreen = await openingText(page);
    for (let k = 1; k <= options.kills; k++) {
      const { bursts, killedAt } = await typeUntilKilled(page, rnd, rnd.int(1_200, 3_800), launched);
      const expected = normalise(mustSurvive(onScreen, bursts, killedAt));
      const typedSoFar = normalise(onScreen + bursts.map((b) => b.text).join(''));
      launched = await launchChromium(options.profileDir);
      page = await firstPage(launched.browser);
      await page.goto(draftUrl);
      const recovered = await openingText(page);
      const ok = recovered.startsWith(expected) && typedSoFar.startsWith(recovered);
      if (ok) survived += 1;
      else
        failures.push(
          `kill ${k}: expected at least “…${expected.slice(-60)}” (${expected.length} chars), found “…${recovered.slice(-60)}” (${recovered.length} chars) of “…${typedSoFar.slice(-60)}”`,
        );
      log(
        `kill ${k}/${options.kills}: ${ok ? 'ok' : 'LOST'} — ${bursts.length} bursts, must keep ${expected.length} chars, found ${recovered.length} of ${typedSoFar.length} typed`,
      );
      onScreen = recovered;
    }
  } finally {
    // Never leave a browser behind, whatever failed.
    await launched.browser.close().catch(() => undefined);
    if (launched.proc.exitCode === null && launched.proc.signalCode === null)
      await killHard(launched).catch(() => undefined);
  }
  return { kills: options.kills, survived, failures, finalLength: onScreen.length };
}
