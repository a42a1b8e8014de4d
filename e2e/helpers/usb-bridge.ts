/**
 * "Nộp qua USB" of the desktop app without Electron, for the page in plain Chromium: the REAL USB handlers
 * (drive watch, "Chọn thư mục khác…", write + read-back verification, export history) behind the REAL
 * secureHandle and zod contract, next to the REAL journal (main-process-double). Only the Electron and OS
 * boundary is a double: the drive listing answers with the "sticks" the test inserts (folders on disk), the
 * folder dialog with the path the test chose, and main → page events go through page.evaluate. Calls to
 * the rest of the preload API (updates, template packs…) fail like a refused IPC call.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { renderDocx } from '../../core/docx/render-docx';
import type { Report } from '../../core/model/report-schema';
import { createRuleSetRegistry, requireRuleSet } from '../../core/rules/rule-set-registry';
import { ruleSetSchema } from '../../core/rules/rule-set-schema';
import { CHANNELS, SUBSCRIPTIONS } from '../../electron/ipc/channels';
import { APP_ORIGIN } from '../../electron/main/security-policy';
import { secureHandle, type InvokeEvent, type SenderFrame } from '../../electron/main/secure-ipc';
import { createHistoryLog, HISTORY_FILE_NAME } from '../../node/export/export-history-log';
import { realSubmissionFs } from '../../node/files/verified-write-fs';
import { createExportDocxHandler } from '../../node/export/export-docx';
import { exportIntoFolder } from './export-into-folder';
import { createPreviewDocxHandler } from '../../node/export/preview-docx';
import { createUsbHandlers } from '../../electron/main/submission/usb-ipc-handlers';
import type { InboxResult } from '../../node/inbox/read-inbox';
import type { DetectedDrive } from '../../node/usb/detected-drive';
import { JOURNAL_METHODS, startMainDouble } from '../../test-support/desktop-double';

// Playwright's loader cannot import JSON modules, so the built-in rule-sets are read as files.
const ROOT = join(import.meta.dirname, '..', '..');
const builtInRuleSets = ['hd36-2018', 'nd30-2020'].map((id) =>
  ruleSetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'core', 'rules', `${id}.json`), 'utf8'))),
);
const registry = createRuleSetRegistry(builtInRuleSets);
const run = promisify(execFile);

const MAIN_FRAME: SenderFrame = { url: `${APP_ORIGIN}/index.html`, parent: null, processId: 1, routingId: 1 };
type PageEvent = InvokeEvent & { page: Page };

export const USB_METHODS = [
  'usbListDrives',
  'usbWatchDrives',
  'usbPickFolder',
  'usbSubmit',
  'exportHistory',
  'inboxRead',
] as const;
/** The desktop page preview and "Xuất DOCX", so a draft made on a desktop screen can be looked at and exported. */
const DOCUMENT_METHODS = ['renderPreviewDocx', 'exportDocx'] as const;

export interface UsbDouble {
  /** The removable drives the OS listing reports from now on (a stick inserted or pulled out). */
  setDrives(drives: DetectedDrive[]): void;
  /** Next answer of the folder dialog (null: the clerk cancels). */
  pickNext(path: string | null): void;
  /** The next "Nộp" call fails in transit, as an IPC call does when main cannot answer it. */
  failNextSubmit(): void;
  /** The files "Xuất DOCX" wrote (the save dialog double accepts the offered name in `exportDir`). */
  exported(): readonly string[];
}

export async function bridgeUsbDouble(context: BrowserContext, userData: string): Promise<UsbDouble> {
  const main = startMainDouble({ userData });
  const handlers = new Map<string, (event: PageEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = {
    handle: (channel: string, listener: (event: PageEvent, ...args: unknown[]) => Promise<unknown>) =>
      void handlers.set(channel, listener),
  };
  let drives: DetectedDrive[] = [];
  let nextPath: string | null = null;
  let failSubmit = false;
  const usb = createUsbHandlers<PageEvent>({
    listDrives: async () => drives,
    showOpenFolderDialog: async () =>
      nextPath ? { canceled: false, filePaths: [nextPath] } : { canceled: true, filePaths: [] },
    send: (event, channel, payload) =>
      void event.page
        .evaluate(([c, p]) => window.__soanBaoCaoEmit?.(c, p), [channel, payload] as const)
        .catch(() => undefined),
    renderDocx: (report: Report) => renderDocx(report, { ruleSet: requireRuleSet(registry, report.ruleSet) }),
    fsx: realSubmissionFs,
    history: createHistoryLog(join(userData, HISTORY_FILE_NAME)),
    platform: 'linux',
    appLabel: 'Soạn Báo Cáo (thử nghiệm)',
    now: () => new Date(),
    clock: () => performance.now(),
    channels: {
      drivesChanged: SUBSCRIPTIONS.onUsbDrivesChanged,
      submitProgress: SUBSCRIPTIONS.onUsbSubmitProgress,
      inboxProgress: SUBSCRIPTIONS.onInboxProgress,
    },
    // The watcher polls the listing; a short period keeps an inserted "stick" from waiting on a busy machine.
    setInterval: (fn, ms) => setInterval(fn, Math.min(ms, 200)),
    clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
    log: () => undefined,
    // The real node/inbox, in a tsx process: Playwright's loader cannot import the JSON modules it reaches.
    readInbox: async (path) => {
      const { stdout } = await run('npx', ['tsx', join(ROOT, 'e2e', 'helpers', 'inbox-node.ts'), 'read', path], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      });
      return JSON.parse(stdout) as InboxResult;
    },
  });
  secureHandle(ipcMain, CHANNELS.usbListDrives, () => usb.listDrives());
  secureHandle(ipcMain, CHANNELS.usbWatchDrives, (request, event) => usb.watchDrives(request, event));
  secureHandle(ipcMain, CHANNELS.usbPickFolder, (request, event) => usb.pickFolder(request, event));
  secureHandle(ipcMain, CHANNELS.usbSubmit, (request, event) => usb.submit(request, event));
  secureHandle(ipcMain, CHANNELS.exportHistory, (request) => usb.exportHistory(request));
  secureHandle(ipcMain, CHANNELS.inboxRead, (request, event) => usb.readInbox(request, event));
  const renderReport = (report: Report) => renderDocx(report, { ruleSet: requireRuleSet(registry, report.ruleSet) });
  secureHandle(
    ipcMain,
    CHANNELS.renderPreviewDocx,
    createPreviewDocxHandler({ renderDocx: renderReport, log: () => undefined }),
  );
  const exported: string[] = [];
  const exportDir = join(userData, '..', 'xuat');
  secureHandle(
    ipcMain,
    CHANNELS.exportDocx,
    createExportDocxHandler<PageEvent>(exportIntoFolder(exportDir, renderReport, exported)),
  );

  await context.exposeBinding('__soanBaoCaoInvoke', (source, channel: string, request: unknown) => {
    if (channel === CHANNELS.usbSubmit && failSubmit) {
      failSubmit = false;
      return Promise.reject(new Error(`Error invoking remote method '${channel}': reply was never sent`));
    }
    const handler = handlers.get(channel);
    return handler
      ? handler({ senderFrame: MAIN_FRAME, sender: { mainFrame: MAIN_FRAME }, page: source.page }, request)
      : main.invoke(channel, request);
  });
  const methods = Object.fromEntries(
    [...JOURNAL_METHODS, ...USB_METHODS, ...DOCUMENT_METHODS].map((m) => [m, CHANNELS[m]]),
  );
  const events = {
    drives: SUBSCRIPTIONS.onUsbDrivesChanged,
    progress: SUBSCRIPTIONS.onUsbSubmitProgress,
    inbox: SUBSCRIPTIONS.onInboxProgress,
  };
  await context.addInitScript(
    ({ methodChannels, channels }: { methodChannels: Record<string, string>; channels: typeof events }) => {
      const invoke = (window as unknown as { __soanBaoCaoInvoke: (c: string, r: unknown) => Promise<unknown> })
        .__soanBaoCaoInvoke;
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const subscribe = (channel: string) => (listener: (payload: unknown) => void) => {
        const set = listeners.get(channel) ?? new Set();
        listeners.set(channel, set);
        set.add(listener);
        return () => void set.delete(listener);
      };
      const api: Record<string, unknown> = {};
      for (const [method, channel] of Object.entries(methodChannels))
        api[method] = (request?: unknown) => invoke(channel, request ?? {});
      api.onUsbDrivesChanged = subscribe(channels.drives);
      api.onUsbSubmitProgress = subscribe(channels.progress);
      api.onInboxProgress = subscribe(channels.inbox);
      (window as unknown as { __soanBaoCaoEmit: (c: string, p: unknown) => void }).__soanBaoCaoEmit = (
        channel,
        payload,
      ) => {
        for (const listener of listeners.get(channel) ?? []) listener(payload);
      };
      const whole = new Proxy(Object.freeze(api), {
        get(target, name) {
          if (typeof name !== 'string' || name in target) return Reflect.get(target, name);
          if (name === 'then') return undefined;
          if (/^on[A-Z]/.test(name)) return () => () => undefined;
          return () => Promise.reject(new Error('Chức năng này không có trong môi trường thử nghiệm.'));
        },
      });
      Object.defineProperty(window, 'soanBaoCao', { value: whole, configurable: false, writable: false });
    },
    { methodChannels: methods, channels: events },
  );
  return {
    setDrives: (next) => (drives = next),
    pickNext: (path) => (nextPath = path),
    failNextSubmit: () => (failSubmit = true),
    exported: () => exported,
  };
}
