import { describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = { on: vi.fn(), reload: vi.fn() };
    constructor(options: unknown) {
      constructed.push(options);
    }
    removeMenu = vi.fn();
    once = vi.fn();
    on = vi.fn();
    isDestroyed = () => false;
    loadURL = vi.fn(async () => undefined);
  },
}));

const { createMainWindow } = await import('./window');
const { mainWindowOptions } = await import('./window-options');

describe('createMainWindow', () => {
  it('passes exactly the policy web preferences (the literal the static scan reads equals WEB_PREFERENCES)', () => {
    createMainWindow('/app/out/preload/index.cjs', 'linux');
    expect(constructed).toEqual([mainWindowOptions('/app/out/preload/index.cjs')]);
  });
});
