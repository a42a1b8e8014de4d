import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, CHANNELS, type RendererApi } from '../ipc/contract';

// Electron exists only at the boundary: the preload sees this fake instead of the real module.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, on: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

async function loadPreload(): Promise<RendererApi> {
  vi.resetModules();
  electron.exposed.clear();
  await import('./index');
  return electron.exposed.get(API_GLOBAL) as RendererApi;
}

describe('preload', () => {
  beforeEach(() => electron.invoke.mockReset());

  it('exposes one global with exactly one function per IPC channel', async () => {
    const api = await loadPreload();
    expect([...electron.exposed.keys()]).toEqual([API_GLOBAL]);
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or a generic invoke', async () => {
    const api = await loadPreload();
    const { ipcRenderer } = await import('electron');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('on');
  });

  it('sends exportDocx on its channel and returns main’s answer unchanged', async () => {
    const api = await loadPreload();
    electron.invoke.mockResolvedValue({ status: 'error', message: 'Không lưu được tệp vì ổ đĩa hoặc USB đã đầy.' });
    const request = { report: { x: 1 }, suggestedName: 'bc.docx' };
    await expect(api.exportDocx(request)).resolves.toEqual({ status: 'error', message: 'Không lưu được tệp vì ổ đĩa hoặc USB đã đầy.' });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.exportDocx, request);
  });

  it('returns appInfo, and rejects with main’s Vietnamese message when main refuses', async () => {
    const api = await loadPreload();
    electron.invoke.mockResolvedValueOnce({ version: '0.1.0', platform: 'win32', electron: '45.5.0' });
    await expect(api.appInfo()).resolves.toEqual({ version: '0.1.0', platform: 'win32', electron: '45.5.0' });
    expect(electron.invoke).toHaveBeenLastCalledWith(CHANNELS.appInfo, {});
    electron.invoke.mockResolvedValueOnce({ status: 'error', message: 'Yêu cầu bị từ chối.' });
    await expect(api.appInfo()).rejects.toThrow('Yêu cầu bị từ chối.');
  });
});
