/**
 * One running copy only: two processes on one IndexedDB/LevelDB profile corrupt it (D-08).
 * A second launch focuses the existing window and exits.
 */
interface LockApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Returns false (after asking the app to quit) when another instance already runs. */
export function enforceSingleInstance(app: LockApp, mainWindow: () => FocusableWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = mainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
