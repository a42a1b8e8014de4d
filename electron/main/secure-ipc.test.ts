import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_TABLE } from '../ipc/channels';
import { IPC_MESSAGES, secureHandle, type InvokeEvent, type SenderFrame } from './secure-ipc';

const MAIN: SenderFrame = { url: 'app://bundle/index.html', parent: null, processId: 4, routingId: 1 };

function event(frame: SenderFrame | null): InvokeEvent {
  return { senderFrame: frame, sender: { mainFrame: MAIN } };
}

/** Registers through a fake ipcMain and returns what Electron would call. */
function register<C extends typeof CHANNELS.exportDocx | typeof CHANNELS.appInfo>(channel: C, handler = vi.fn()) {
  const registered = new Map<string, (e: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const log = vi.fn();
  secureHandle({ handle: (name, listener) => registered.set(name, listener) }, channel, handler, log);
  const invoke = registered.get(channel);
  if (!invoke) throw new Error('not registered');
  return { invoke, handler, log, registered };
}

const GOOD_EXPORT = { report: { any: 'thing' }, suggestedName: 'Báo cáo.docx' };

describe('secureHandle', () => {
  it('registers exactly the given channel', () => {
    expect([...register(CHANNELS.exportDocx).registered.keys()]).toEqual(['export:docx']);
  });

  it('passes a valid request from the app main frame to the handler', async () => {
    const handler = vi.fn(async () => ({ status: 'canceled' as const }));
    const { invoke } = register(CHANNELS.exportDocx, handler);
    const e = event({ ...MAIN }); // a distinct object for the same frame, as Electron may give
    await expect(invoke(e, GOOD_EXPORT)).resolves.toEqual({ status: 'canceled' });
    expect(handler).toHaveBeenCalledExactlyOnceWith(GOOD_EXPORT, e);
  });

  it.each([
    ['a destroyed frame (null)', null],
    ['an iframe of the app', { url: 'app://bundle/frame.html', parent: MAIN, processId: 4, routingId: 7 }],
    ['a subframe reporting no parent but another routing id', { ...MAIN, routingId: 9 }],
    ['a foreign origin in the main frame', { ...MAIN, url: 'https://evil.example/' }],
    ['a look-alike origin', { ...MAIN, url: 'app://bundle.evil/index.html' }],
    ['a file:// page', { ...MAIN, url: 'file:///tmp/x.html' }],
  ])('refuses %s in Vietnamese without calling the handler', async (_name, frame) => {
    const { invoke, handler, log } = register(CHANNELS.exportDocx);
    await expect(invoke(event(frame), GOOD_EXPORT)).resolves.toEqual({
      status: 'error',
      message: IPC_MESSAGES.foreignSender,
    });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['two arguments', [GOOD_EXPORT, GOOD_EXPORT]],
    ['a missing name', [{ report: {} }]],
    ['an empty name', [{ report: {}, suggestedName: '' }]],
    ['an extra key', [{ ...GOOD_EXPORT, filePath: '/etc/passwd' }]],
    ['a string', ['export']],
  ])('refuses a payload with %s', async (_name, args) => {
    const { invoke, handler } = register(CHANNELS.exportDocx);
    await expect(invoke(event(MAIN), ...args)).resolves.toEqual({
      status: 'error',
      message: IPC_MESSAGES.invalidRequest,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler exception into a Vietnamese error response, logging the cause', async () => {
    const boom = new Error('ENOENT: /home/secret/path');
    const { invoke, log } = register(
      CHANNELS.appInfo,
      vi.fn(async () => Promise.reject(boom)),
    );
    const response = await invoke(event(MAIN), {});
    expect(response).toEqual({ status: 'error', message: IPC_MESSAGES.unexpected });
    expect(JSON.stringify(response)).not.toContain('/home/secret');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('app:info'), boom);
  });

  it('property: arbitrary payloads never reach the handler unless valid, and never throw', async () => {
    const { invoke, handler } = register(
      CHANNELS.appInfo,
      vi.fn(async () => ({ version: '1', platform: 'linux', electron: '45' })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 3 }), async (args) => {
        handler.mockClear();
        const response = await invoke(event(MAIN), ...args);
        const valid = args.length === 1 && IPC_TABLE.appInfo.request.safeParse(args[0]).success;
        expect(handler).toHaveBeenCalledTimes(valid ? 1 : 0);
        if (!valid) expect(response).toEqual({ status: 'error', message: IPC_MESSAGES.invalidRequest });
      }),
      { numRuns: 500 },
    );
  });
});

describe('static gate (S-17)', () => {
  it('registers IPC handlers only inside secure-ipc.ts', () => {
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          if (/ipcMain\s*\.\s*(handle|handleOnce|on|once)\s*\(/.test(text) || /\.handle\(\s*CHANNELS/.test(text)) {
            offenders.push(relative(root, path));
          }
        }
      }
    };
    walk(root);
    expect(offenders).toEqual(['main/secure-ipc.ts']);
  });
});
