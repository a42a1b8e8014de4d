/**
 * The real window (S-01…S-16): its settings as Electron applied them, and navigation, new
 * windows and outside requests blocked. Needs the Electron binary; skips with the reason otherwise.
 */
import { expect, test } from '@playwright/test';
import { API_GLOBAL, CHANNELS, SUBSCRIPTIONS } from '../../electron/ipc/channels';
import { launchApp, missingElectronReason, type LaunchedApp } from './launch-app';

const reason = missingElectronReason();
if (reason) console.log(reason);

test.describe('desktop window (Electron)', () => {
  let launched: LaunchedApp | undefined;
  test.beforeEach(async () => {
    test.skip(reason !== null, reason ?? '');
    launched = await launchApp();
  });
  test.afterEach(async () => {
    await launched?.close();
    launched = undefined;
  });

  test('window settings: size limits, title, hidden menu, sandboxed isolated page with only the contract', async () => {
    const { app } = launched!;
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const settings = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      if (!win) return null;
      const [minWidth, minHeight] = win.getMinimumSize();
      return {
        count: BrowserWindow.getAllWindows().length,
        title: win.getTitle(),
        minWidth,
        minHeight,
        menuBarVisible: win.isMenuBarVisible(),
      };
    });
    expect(settings).toEqual({ count: 1, title: 'Soạn Báo Cáo', minWidth: 960, minHeight: 600, menuBarVisible: false });
    type WithPrefs = { getLastWebPreferences(): Record<string, unknown> };
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      (BrowserWindow.getAllWindows()[0]!.webContents as unknown as WithPrefs).getLastWebPreferences(),
    );
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    const globals = await page.evaluate(
      (key) => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((window as unknown as Record<string, object>)[key] ?? {}).sort(),
      }),
      API_GLOBAL,
    );
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: [...Object.keys(CHANNELS), ...Object.keys(SUBSCRIPTIONS)].sort(),
    });
  });

  test('navigation away, new windows and outside requests are blocked', async () => {
    const { app } = launched!;
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://bundle/index.html');
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://bundle/index.html');
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
    expect(
      await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'loaded',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');
    // Traversal out of the bundle through the app:// handler is refused.
    expect(
      await page.evaluate(() =>
        fetch('app://bundle/..%2f..%2fmain%2findex.js').then(
          (r) => r.status,
          () => 0,
        ),
      ),
    ).not.toBe(200);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
