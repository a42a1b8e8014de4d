/**
 * The main-process wiring with Electron faked at the module boundary (the binary is unavailable
 * here): order of start-up steps, handlers registered, the window's settings, and one export
 * through the registered IPC handler to a real file.
 */
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type * as NodeOs from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_TABLE } from '../ipc/channels';
import { IPC_MESSAGES } from './secure-ipc';
import { parseDraftFile } from '../../core/draft-file/draft-file-format';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    gotLock: true,
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    /** Every ipcMain.handle call in order, so a channel registered twice shows up twice. */
    ipcRegistrations: [] as string[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    windows: [] as { options: Record<string, unknown>; url?: string; listeners: Map<string, Listener> }[],
    paths: new Map<string, string>(),
    permissionRequest: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    saveAnswer: { canceled: true, filePath: undefined as string | undefined },
    ready: Promise.resolve(),
  };
  return state;
});

vi.mock('electron', () => {
  const webContents = (win: (typeof fake.windows)[number]) => ({
    on: (name: string, listener: Listener) => win.listeners.set(`wc:${name}`, listener),
    reload: vi.fn(),
  });
  class BrowserWindow {
    webContents: ReturnType<typeof webContents>;
    private readonly record: (typeof fake.windows)[number];
    constructor(options: Record<string, unknown>) {
      fake.calls.push('new BrowserWindow');
      this.record = { options, listeners: new Map() };
      fake.windows.push(this.record);
      this.webContents = webContents(this.record);
    }
    static fromWebContents() {
      return undefined;
    }
    removeMenu() {}
    once(name: string, listener: Listener) {
      this.record.listeners.set(name, listener);
    }
    on(name: string, listener: Listener) {
      this.record.listeners.set(name, listener);
    }
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  return {
    app: {
      setName: (name: string) => fake.calls.push(`setName ${name}`),
      getPath: (name: string) => fake.paths.get(name) ?? `/fake/${name}`,
      setPath: (name: string, value: string) => {
        fake.calls.push(`setPath ${name}`);
        fake.paths.set(name, value);
      },
      requestSingleInstanceLock: () => {
        fake.calls.push('requestSingleInstanceLock');
        return fake.gotLock;
      },
      quit: () => fake.calls.push('quit'),
      exit: () => fake.calls.push('exit'),
      on: (name: string, listener: Listener) => fake.appListeners.set(name, listener),
      once: (name: string, listener: Listener) => fake.appListeners.set(`once:${name}`, listener),
      whenReady: () => {
        fake.calls.push('whenReady');
        return fake.ready;
      },
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    dialog: {
      showSaveDialog: async () => fake.saveAnswer,
      showErrorBox: () => fake.calls.push('showErrorBox'),
    },
    powerMonitor: { on: (name: string, listener: Listener) => fake.appListeners.set(`power:${name}`, listener) },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        fake.ipcRegistrations.push(channel);
        fake.ipcHandlers.set(channel, listener);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        fake.calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (handler: Listener) => (fake.beforeRequest = handler) },
      },
    },
  };
});

const profile = mkdtempSync(join(tmpdir(), 'main-index-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));
afterEach(() => {
  fake.calls.length = 0;
  fake.appListeners.clear();
  fake.ipcHandlers.clear();
  fake.ipcRegistrations.length = 0;
  fake.protocolHandlers.clear();
  fake.windows.length = 0;
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function startMain(): Promise<void> {
  vi.stubEnv('APP_TEST_USER_DATA', profile);
  await import('./index');
  await fake.ready;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const trustedEvent = () => {
  const frame = { url: 'app://bundle/index.html', parent: null, processId: 1, routingId: 1 };
  return { senderFrame: frame, sender: { mainFrame: frame } };
};

describe('main process start-up', () => {
  it('settles scheme, profile and instance lock before ready, then wires everything', async () => {
    await startMain();
    const order = fake.calls.map((c) => c.split(' ')[0]);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBe(0);
    expect(order.indexOf('setPath')).toBeLessThan(order.indexOf('requestSingleInstanceLock'));
    expect(order.indexOf('requestSingleInstanceLock')).toBeLessThan(order.indexOf('whenReady'));
    expect(fake.calls[0]).toContain('"scheme":"app"');
    expect(fake.paths.get('userData')).toBe(profile);
    // The online-update install gate listens for Electron's quit (install-gate.ts).
    expect(fake.appListeners.has('once:quit')).toBe(true);

    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect(fake.permissionRequest).toBeTypeOf('function');
    expect(fake.beforeRequest).toBeTypeOf('function');
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.appListeners.has('second-instance')).toBe(true);

    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win!.url).toBe('app://bundle/index.html');
    expect(win!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(String((win!.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('registers every channel of the IPC table exactly once, each with its schema, and nothing else', async () => {
    await startMain();
    const tableChannels = Object.values(IPC_TABLE).map((entry) => entry.channel);
    expect([...fake.ipcRegistrations].sort()).toEqual([...tableChannels].sort());
    // Each handler checks its own entry's schema: a request with a smuggled key is refused before any work.
    for (const entry of Object.values(IPC_TABLE)) {
      const handler = fake.ipcHandlers.get(entry.channel)!;
      await expect(handler(trustedEvent(), { smuggled: '/etc/passwd' }), entry.channel).resolves.toEqual({
        status: 'error',
        message: IPC_MESSAGES.invalidRequest,
      });
    }
  });

  it('blocks network requests from the page', async () => {
    await startMain();
    const decide = (url: string) => {
      let answer: unknown;
      fake.beforeRequest?.({ url }, (r: unknown) => (answer = r));
      return answer;
    };
    expect(decide('app://bundle/assets/index.js')).toEqual({ cancel: false });
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
  });

  it('a second copy quits without waiting for ready or opening a window', async () => {
    fake.gotLock = false;
    try {
      await startMain();
      expect(fake.calls).toContain('quit');
      expect(fake.calls).not.toContain('whenReady');
      expect(fake.windows).toHaveLength(0);
    } finally {
      fake.gotLock = true;
    }
  });

  it('on Windows older than 10 it says so in Vietnamese and exits before anything starts', async () => {
    vi.doMock('node:os', async (original) => ({ ...(await original<typeof NodeOs>()), release: () => '6.3.9600' }));
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    try {
      await startMain();
    } finally {
      Object.defineProperty(process, 'platform', platform);
      vi.doUnmock('node:os');
    }
    expect(fake.calls.slice(-2)).toEqual(['showErrorBox', 'exit']);
    expect(fake.calls).not.toContain('requestSingleInstanceLock');
    expect(fake.calls).not.toContain('whenReady');
  });

  it('exports the sample report through the registered handler to a real .docx', async () => {
    await startMain();
    const out = mkdtempSync(join(tmpdir(), 'main-export-'));
    try {
      const target = join(out, 'Báo cáo.docx');
      fake.saveAnswer = { canceled: false, filePath: target };
      const draft = parseDraftFile(
        readFileSync(join(import.meta.dirname, '../../e2e/fixtures/tam-duong-so-ket-kl23-2023.baocao.json'), 'utf8'),
      );
      if (!draft.ok) throw new Error(draft.message);
      const handler = fake.ipcHandlers.get('export:docx')!;
      const response = await handler(trustedEvent(), { report: draft.draft.report, suggestedName: 'Báo cáo' });
      expect(response).toMatchObject({ status: 'saved', filePath: target });
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(target)))['word/document.xml']!);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain('HUYỆN ỦY TAM ĐƯỜNG');

      const info = await fake.ipcHandlers.get('app:info')!(trustedEvent(), {});
      expect(info).toMatchObject({ version: '0.1.0', platform: process.platform });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
