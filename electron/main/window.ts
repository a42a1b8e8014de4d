/** Creates the one main window and loads the bundle from the app protocol. */
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './security-policy';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string, platform: NodeJS.Platform = process.platform): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
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
