/**
 * The desktop app's main process without Electron, for tests in plain Chromium and Node: the REAL journal
 * wiring (registerJournal: journal on disk, revisions, backups, draft files, quit flush) behind the REAL
 * secureHandle + zod contract. Only the Electron boundary is a double: ipcMain is a map of handlers, the
 * sender is the app's main frame, dialogs answer with paths the test chose, and "windows" are callbacks.
 * Used by the renderer's unit tests (through desktop-test.ts) and by the Playwright bridges in e2e/helpers.
 */
import { APP_ORIGIN } from '../electron/main/security-policy';
import type { InvokeEvent, IpcMainLike, SenderFrame } from '../electron/main/secure-ipc';
import { registerJournal } from '../electron/main/journal/register-journal';
import type { DraftJournal } from '../node/journal/draft-journal';
import { CHANNELS, JOURNAL_CHANNEL_METHODS, SUBSCRIPTIONS, type JournalApi } from '../electron/ipc/channels';

const MAIN_FRAME: SenderFrame = { url: `${APP_ORIGIN}/index.html`, parent: null, processId: 1, routingId: 1 };
const EVENT: InvokeEvent = { senderFrame: MAIN_FRAME, sender: { mainFrame: MAIN_FRAME } };

export interface MainDoubleOptions {
  userData: string;
  /** What the save dialog answers (null = the clerk cancels). */
  savePath?: () => string | null;
  /** What the open dialog answers (null = the clerk cancels). */
  openPath?: () => string | null;
  /** Told when main refuses the name the save dialog confirmed (the dialog is then asked again). */
  onFileNameRefused?: (message: string) => void;
}

type Handler = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

export interface MainDouble {
  journal: DraftJournal;
  /** The double's ipcMain: other main modules register here, so one table answers every channel. */
  ipcMain: IpcMainLike<InvokeEvent>;
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** A window: receives main → renderer events; returns the unsubscribe. */
  addWindow(send: (channel: string, payload: unknown) => void): () => void;
  /** Emits app 'before-quit' as Electron would; resolves when the app "quits". */
  quit(): Promise<void>;
}

export function startMainDouble(options: MainDoubleOptions): MainDouble {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike<InvokeEvent> = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const windows = new Set<(channel: string, payload: unknown) => void>();
  const beforeQuit: ((event: { preventDefault(): void }) => void)[] = [];
  let quitResolve: (() => void) | null = null;
  const { journal } = registerJournal<InvokeEvent>({
    ipcMain,
    app: {
      on: (_event, listener) => beforeQuit.push(listener),
      quit: () => quitResolve?.(),
    },
    onShutdown: () => undefined,
    // The 3 s cap is unit-tested with fake timers; here a busy machine must not turn "main waited for the
    // renderer" into a time-out, so the double waits longer.
    flushTimeoutMs: 30_000,
    userData: options.userData,
    documentsDir: () => options.userData,
    sendToWindows: (channel, payload) => {
      for (const send of windows) send(channel, payload);
      return windows.size;
    },
    flushChannel: SUBSCRIPTIONS.onFlushRequest,
    showSaveDialog: async () => {
      const path = options.savePath?.() ?? null;
      return path ? { canceled: false, filePath: path } : { canceled: true };
    },
    explainFileName: async (_event, message) => {
      // Without a listener a refusal is a test failure, not a dialog asked again forever.
      if (!options.onFileNameRefused) throw new Error(`name refused: ${message}`);
      options.onFileNameRefused(message);
    },
    showOpenDialog: async () => {
      const path = options.openPath?.() ?? null;
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    },
  });
  return {
    journal,
    ipcMain,
    async invoke(channel, request) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(EVENT, request);
    },
    addWindow(send) {
      windows.add(send);
      return () => void windows.delete(send);
    },
    quit() {
      return new Promise<void>((resolve) => {
        quitResolve = resolve;
        for (const listener of beforeQuit) listener({ preventDefault: () => undefined });
      });
    },
  };
}

/** The journal part of `window.soanBaoCao`, as the preload builds it, over the double (for Node tests). */
export type JournalMethods = JournalApi;

export const JOURNAL_METHODS = JOURNAL_CHANNEL_METHODS;

export function apiOverDouble(double: MainDouble): JournalMethods {
  const api: Record<string, unknown> = {};
  for (const method of JOURNAL_METHODS) {
    // Like the preload: no-argument methods send {}; structuredClone stands in for IPC serialisation.
    api[method] = (request?: unknown) => double.invoke(CHANNELS[method], structuredClone(request ?? {}));
  }
  api.onFlushRequest = (listener: (r: { requestId: string }) => void) =>
    double.addWindow((channel, payload) => {
      if (channel === SUBSCRIPTIONS.onFlushRequest) listener(payload as { requestId: string });
    });
  return api as unknown as JournalMethods;
}
