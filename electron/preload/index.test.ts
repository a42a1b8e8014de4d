import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_REQUEST_SAMPLES } from '../../test-support/ipc-request-samples';
import { API_GLOBAL, CHANNELS, IPC_TABLE, SUBSCRIPTIONS, type IpcMethod, type RendererApi } from '../ipc/channels';

// Electron exists only at the boundary: the preload sees this fake instead of the real module.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
  on: vi.fn<(channel: string, handler: (...args: unknown[]) => void) => void>(),
  removeListener: vi.fn<(channel: string, handler: (...args: unknown[]) => void) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
    send: vi.fn(),
    sendSync: vi.fn(),
  },
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
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...Object.keys(SUBSCRIPTIONS)].sort());
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

  describe.each(Object.entries(IPC_TABLE) as [IpcMethod, (typeof IPC_TABLE)[IpcMethod]][])('%s', (method, entry) => {
    const takesRequest = Object.keys(entry.request.shape).length > 0;
    // The page's argument; a method without request fields sends {} whatever it is given.
    const call = (api: RendererApi, request: unknown) =>
      (api[method] as (request?: unknown) => Promise<unknown>)(request);
    const refusal = { status: 'error', message: 'Yêu cầu bị từ chối vì không đến từ cửa sổ chính của ứng dụng.' };

    it(`invokes exactly ${entry.channel} with its argument and returns main’s answer`, async () => {
      const api = await loadPreload();
      const answer = { answeredBy: entry.channel };
      electron.invoke.mockResolvedValueOnce(answer);
      const request = structuredClone(IPC_REQUEST_SAMPLES[method]);
      await expect(call(api, request)).resolves.toBe(answer);
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(entry.channel, takesRequest ? request : {});
    });

    if (!takesRequest) {
      it('sends {} even when the page passes something', async () => {
        const api = await loadPreload();
        electron.invoke.mockResolvedValueOnce({});
        await call(api, { filePath: '/etc/passwd' });
        expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(entry.channel, {});
      });
    }

    if (entry.errors === 'throw') {
      it('rejects with main’s Vietnamese message when main refuses', async () => {
        const api = await loadPreload();
        electron.invoke.mockResolvedValueOnce(refusal);
        await expect(call(api, IPC_REQUEST_SAMPLES[method])).rejects.toThrow(refusal.message);
      });
    } else {
      it('hands main’s refusal to the page as the response’s error variant', async () => {
        const api = await loadPreload();
        electron.invoke.mockResolvedValueOnce(refusal);
        await expect(call(api, IPC_REQUEST_SAMPLES[method])).resolves.toEqual(refusal);
      });
    }
  });

  it('sends exportDocx on its channel and returns main’s answer unchanged', async () => {
    const api = await loadPreload();
    electron.invoke.mockResolvedValue({ status: 'error', message: 'Không lưu được tệp vì ổ đĩa hoặc USB đã đầy.' });
    const request = { report: { x: 1 }, suggestedName: 'bc.docx' };
    await expect(api.exportDocx(request)).resolves.toEqual({
      status: 'error',
      message: 'Không lưu được tệp vì ổ đĩa hoặc USB đã đầy.',
    });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.exportDocx, request);
  });

  it('sends renderPreviewDocx on its channel and hands the page main’s bytes or its Vietnamese refusal unchanged', async () => {
    const api = await loadPreload();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    electron.invoke.mockResolvedValueOnce({ status: 'rendered', bytes });
    const request = { report: { x: 1 } };
    await expect(api.renderPreviewDocx(request)).resolves.toEqual({ status: 'rendered', bytes });
    expect(electron.invoke).toHaveBeenLastCalledWith(CHANNELS.renderPreviewDocx, request);
    electron.invoke.mockResolvedValueOnce({ status: 'error', message: 'Yêu cầu bị từ chối.' });
    await expect(api.renderPreviewDocx(request)).resolves.toEqual({ status: 'error', message: 'Yêu cầu bị từ chối.' });
  });

  it('returns appInfo, and rejects with main’s Vietnamese message when main refuses', async () => {
    const api = await loadPreload();
    electron.invoke.mockResolvedValueOnce({ version: '0.1.0', platform: 'win32', electron: '45.5.0' });
    await expect(api.appInfo()).resolves.toEqual({ version: '0.1.0', platform: 'win32', electron: '45.5.0' });
    expect(electron.invoke).toHaveBeenLastCalledWith(CHANNELS.appInfo, {});
    electron.invoke.mockResolvedValueOnce({ status: 'error', message: 'Yêu cầu bị từ chối.' });
    await expect(api.appInfo()).rejects.toThrow('Yêu cầu bị từ chối.');
  });

  it('passes only the flush request id to the page and unsubscribes the same handler', async () => {
    const api = await loadPreload();
    const seen: unknown[] = [];
    const off = api.onFlushRequest((request) => seen.push(request));
    const [channel, handler] = electron.on.mock.calls.at(-1)!;
    expect(channel).toBe(SUBSCRIPTIONS.onFlushRequest);
    handler({ sender: 'secret' }, { requestId: 'q-1', extra: 1 });
    handler({ sender: 'secret' }, 'garbage');
    expect(seen).toEqual([{ requestId: 'q-1' }]);
    off();
    expect(electron.removeListener).toHaveBeenCalledWith(SUBSCRIPTIONS.onFlushRequest, handler);
  });

  it('sends journalSave on its channel and returns main’s typed disk-full error unchanged', async () => {
    const api = await loadPreload();
    const answer = {
      status: 'error',
      reason: 'disk-full',
      message: 'Ổ đĩa máy tính đã đầy nên bản nháp chưa được lưu xuống đĩa.',
    };
    electron.invoke.mockResolvedValue(answer);
    const request = {
      draft: { id: 'a', templateId: 't', createdAt: 1, updatedAt: 2, lastStepKey: 'k', report: {} },
      reason: 'edit' as const,
    };
    await expect(api.journalSave(request)).resolves.toEqual(answer);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.journalSave, request);
  });
  it('usbSubmit passes main’s answer through; drive and progress events reach the page as payload only', async () => {
    const api = await loadPreload();
    const answer = { status: 'error', message: 'Không lưu được tệp vì ổ đĩa hoặc USB đã đầy.' };
    electron.invoke.mockResolvedValue(answer);
    const request = { report: {}, templateId: 't', draftId: 'd1', draftUpdatedAt: 5, targetId: 'abc' };
    await expect(api.usbSubmit(request)).resolves.toEqual(answer);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.usbSubmit, request);

    const drives: unknown[] = [];
    const off = api.onUsbDrivesChanged((d) => drives.push(d));
    const [channel, handler] = electron.on.mock.calls.at(-1)!;
    expect(channel).toBe(SUBSCRIPTIONS.onUsbDrivesChanged);
    handler({ sender: 'secret' }, [{ id: 'x' }]);
    handler({ sender: 'secret' }, 'garbage');
    expect(drives).toEqual([[{ id: 'x' }]]);
    off();
    expect(electron.removeListener).toHaveBeenCalledWith(SUBSCRIPTIONS.onUsbDrivesChanged, handler);
  });
  it('update answers pass through; update status events reach the page as payload only', async () => {
    const api = await loadPreload();
    const answer = { status: 'refused', message: 'Chữ ký số của gói không hợp lệ.' };
    electron.invoke.mockResolvedValue(answer);
    await expect(api.updateUsbInstall({ token: 'a'.repeat(32) })).resolves.toEqual(answer);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.updateUsbInstall, { token: 'a'.repeat(32) });
    electron.invoke.mockResolvedValueOnce({ status: 'error', message: 'Yêu cầu bị từ chối.' });
    await expect(api.templatesList()).rejects.toThrow('Yêu cầu bị từ chối.');

    const seen: unknown[] = [];
    const off = api.onUpdateStatus((s) => seen.push(s));
    const [channel, handler] = electron.on.mock.calls.at(-1)!;
    expect(channel).toBe(SUBSCRIPTIONS.onUpdateStatus);
    handler({ sender: 'secret' }, { phase: 'downloading', percent: 40 });
    handler({ sender: 'secret' }, 'garbage');
    expect(seen).toEqual([{ phase: 'downloading', percent: 40 }]);
    off();
    expect(electron.removeListener).toHaveBeenCalledWith(SUBSCRIPTIONS.onUpdateStatus, handler);
  });
});
