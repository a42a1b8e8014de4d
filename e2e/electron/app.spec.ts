/**
 * The real desktop app (T-04): launched from the electron-vite build with its own profile folder,
 * it must run sandboxed and export a report through the IPC bridge to a real .docx. Only the native
 * save dialog is replaced. Needs the Electron binary: without it the test is skipped, saying why.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDraftFile } from '../../core/draft-file/draft-file-format';
import { CHANNELS, SUBSCRIPTIONS } from '../../electron/ipc/channels';
import { MAIN_ENTRY, missingElectronReason, ROOT } from './launch-app';

const reason = missingElectronReason();
if (reason) console.log(reason);

test.describe('desktop app (Electron)', () => {
  let app: ElectronApplication;
  let profile: string;
  let outDir: string;

  test.beforeEach(async () => {
    test.skip(reason !== null, reason ?? '');
    profile = mkdtempSync(join(tmpdir(), 'soan-bao-cao-profile-'));
    outDir = mkdtempSync(join(tmpdir(), 'soan-bao-cao-out-'));
    app = await electron.launch({
      // Chromium refuses to start as root without --no-sandbox (CI containers). This is the OS-level
      // sandbox of the process; the renderer's `sandbox: true` web preference is still checked below.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN_ENTRY],
      env: { ...process.env, APP_TEST_USER_DATA: profile },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('runs sandboxed from the app origin, with its own profile', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://bundle/index.html');
    // The window keeps the product name whatever the page sets as document.title.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe(
      'Soạn Báo Cáo',
    );

    // getLastWebPreferences is real but missing from Electron's typings.
    type WithPrefs = { getLastWebPreferences(): Record<string, unknown> };
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => (w.webContents as unknown as WithPrefs).getLastWebPreferences()),
    );
    expect(prefs).toHaveLength(1);
    expect(prefs[0]).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });

    expect(
      await page.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
    expect(
      await page.evaluate(() => Object.keys((window as unknown as Record<string, object>).soanBaoCao ?? {}).sort()),
    ).toEqual([...Object.keys(CHANNELS), ...Object.keys(SUBSCRIPTIONS)].sort());
    expect(await app.evaluate(({ app: a }) => a.getPath('userData'))).toBe(profile);

    // Navigation away from the bundle is blocked (S-13) and window.open is denied (S-14).
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://bundle/index.html');
    expect(await page.evaluate(() => window.open('app://bundle/index.html'))).toBeNull();
  });

  test('exports a report through the IPC bridge to a .docx that unzips', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const target = join(outDir, 'Số 123-BC-HU - Báo cáo sơ kết.docx');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);

    // The model report (shared/samples) as the app saves it.
    const draft = parseDraftFile(
      readFileSync(join(ROOT, 'e2e', 'fixtures', 'tam-duong-so-ket-kl23-2023.baocao.json'), 'utf8'),
    );
    if (!draft.ok) throw new Error(draft.message);
    const report = draft.draft.report;
    const response = await page.evaluate(
      (r) =>
        (window as unknown as { soanBaoCao: { exportDocx(req: unknown): Promise<unknown> } }).soanBaoCao.exportDocx({
          report: r,
          suggestedName: 'Số 123-BC-HU - Báo cáo sơ kết',
        }),
      report,
    );
    expect(response).toMatchObject({ status: 'saved', filePath: target });
    const files = unzipSync(new Uint8Array(readFileSync(target)));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain(report.header.issuer);
    expect(xml).toContain('Kết luận số 23-KL/TW');
  });
});
