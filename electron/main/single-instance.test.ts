import { describe, expect, it, vi } from 'vitest';
import { enforceSingleInstance } from './single-instance';
import { configureUserData } from './user-data';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => listeners.set(name, listener)),
    listeners,
  };
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('single instance (D-08)', () => {
  it('a second copy quits before creating anything', () => {
    const app = fakeApp(false);
    const mainWindow = vi.fn();
    expect(enforceSingleInstance(app, mainWindow)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('the first copy restores and focuses its window when launched again', () => {
    const app = fakeApp(true);
    const win = fakeWindow(true);
    expect(enforceSingleInstance(app, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.listeners.get('second-instance')?.();
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second launch that arrives before the window exists', () => {
    const app = fakeApp(true);
    enforceSingleInstance(app, () => undefined);
    expect(() => app.listeners.get('second-instance')?.()).not.toThrow();
  });
});

describe('configureUserData (D-09)', () => {
  it('pins the profile folder before ready, whatever the product name', () => {
    const app = { getPath: vi.fn(() => 'C:\\Users\\a\\AppData\\Roaming'), setPath: vi.fn(), setName: vi.fn() };
    const path = configureUserData(app, {});
    expect(app.setPath).toHaveBeenCalledWith('userData', path);
    expect(path.endsWith('soan-bao-cao')).toBe(true);
    expect(app.setName).toHaveBeenCalledWith('Soạn Báo Cáo');
  });
});
