/** Creates the one main window and loads the bundle from the app protocol. */
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './security-policy';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string, platform: NodeJS.Platform = process.platform): BrowserWindow {
  const options = mainWindowOptions(preloadPath);
  // webPreferences written out as a literal (values equal WEB_PREFERENCES; window.test.ts checks it) so the
  // static scan (Electronegativity) can read them: it cannot follow spreads or function results.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: options.webPreferences.preload,
    },
  });
  // Windows/Linux: no File/Edit/View menu bar (copy/paste shortcuts work without it); macOS keeps
  // its application menu, which the system needs for those shortcuts.
  if (platform !== 'darwin') win.removeMenu();
  win.once('ready-to-show', () => win.show());
  // The page title must not replace the product name in the taskbar.
  win.on('page-title-updated', (event) => event.preventDefault());
  let lastCrash = -Infinity;
  win.webContents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    // Drafts are saved as the user types (IndexedDB), so a reload loses at most the last keystrokes.
    // Only once per minute: a page that crashes on load must not spin forever.
    const reload = details.reason !== 'clean-exit' && now - lastCrash > 60_000 && !win.isDestroyed();
    lastCrash = now;
    console.error(`[window] renderer gone: ${details.reason}${reload ? '; reloading' : ''}`);
    if (reload) win.webContents.reload();
  });
  void win.loadURL(APP_START_URL);
  return win;
}
