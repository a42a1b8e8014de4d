/**
 * Main-process wiring only: every decision lives in the small modules it imports, which are
 * unit-tested without Electron. Order matters: scheme privileges, profile path and the instance
 * lock must all be settled before `ready`.
 */
import { app, BrowserWindow, dialog, ipcMain, net, powerMonitor, protocol, session } from 'electron';
import electronUpdater from 'electron-updater';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { release } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CHANNELS, SUBSCRIPTIONS } from '../ipc/channels';
import type { Report } from '../../core/model/report-schema';
import { listRuleSets } from '../../core/rules/rule-sets';
import { builtInTemplates } from '../../core/templates/templates';
import { createWorkerRenderer } from '../../node/export/docx-render-client';
import { recordDocxExports } from '../../node/export/docx-export-history';
import { createExportDocxHandler } from '../../node/export/export-docx';
import { createHistoryLog, HISTORY_FILE_NAME, type HistoryLog } from '../../node/export/export-history-log';
import { createPreviewDocxHandler } from '../../node/export/preview-docx';
import { createExportPreviewPdfHandler, createPrintPreviewHandler } from './preview-print';
import {
  cachedRuleSets,
  createReportRenderer,
  installedRuleSetsFrom,
  notifyingPackStore,
} from '../../node/export/report-renderer';
import { readFileCapped } from '../../node/files/read-file-capped';
import { readFileSyncCapped } from '../../node/files/read-file-sync-capped';
import { writeFileVerified } from '../../node/files/verified-write';
import { realSubmissionFs } from '../../node/files/verified-write-fs';
import { createWorkerEncoder } from '../../node/journal/journal-encoder';
import { createPackStore } from '../../node/packages/pack-store';
import { createWorkerPackageReader } from '../../node/packages/package-reader';
import { realPackageFs } from '../../node/packages/real-package-fs';
import { builtInTrustedKeys } from '../../node/packages/trusted-keys';
import { createTrustStore, TRUST_FILE } from '../../node/packages/trust-store';
import { workerEntry } from '../../node/workers/worker-entry';
import { createWorkerVerifier } from '../../node/inbox/inbox-verify-client';
import { createAppInfoHandler } from './app-info';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { UNSAVED_DIALOG, type UnsavedChoice } from './journal/close-guard';
import { registerJournal } from './journal/register-journal';
import { UNSUPPORTED_SYSTEM_TITLE, unsupportedSystemMessage } from './minimum-system';
import { secureHandle } from './secure-ipc';
import {
  APP_SCHEME,
  attachWebContentsGuards,
  isAllowedRequest,
  permissionCheckHandler,
  permissionRequestHandler,
} from './security-policy';
import { enforceSingleInstance } from './single-instance';
import { registerUsb } from './submission/register-usb';
import { registerTemplatePacks } from './template-packs/register-template-packs';
import { launchDetached, spawnDetachedSync } from './updates/launch-detached';
import { registerUpdates } from './updates/register-updates';
import { openUpdateChannel, UPDATE_SESSION_PARTITION } from './updates/update-channel';
import { configureUserData } from './user-data';
import { createMainWindow } from './window';
import { createWordFileOpenHandler } from './word-file-open';

// out/main/index.js → out/renderer, out/preload (same layout inside app.asar).
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
// Worker-thread entries of the main build (electron.vite.config.ts), beside index.js; their sources in node/ when
// main runs from TypeScript (tests).
const NODE_DIR = join(import.meta.dirname, '../../node');
const JOURNAL_WORKER = workerEntry(
  import.meta.dirname,
  'journal-encode-worker',
  join(NODE_DIR, 'journal/journal-encode-worker.ts'),
);
const RENDER_WORKER = workerEntry(
  import.meta.dirname,
  'docx-render-worker',
  join(NODE_DIR, 'export/docx-render-worker.ts'),
);
const INBOX_WORKER = workerEntry(
  import.meta.dirname,
  'inbox-verify-worker',
  join(NODE_DIR, 'inbox/inbox-verify-worker.ts'),
);
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

const log = (message: string, error?: unknown) => console.error(message, error ?? '');
const newToken = () => randomBytes(16).toString('hex');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
configureUserData(app, process.env);

let mainWindow: BrowserWindow | undefined;

const unsupportedSystem = unsupportedSystemMessage(process.platform, release());
if (unsupportedSystem) {
  // Before anything else starts: a clear sentence, not a crash further in (showErrorBox works before ready).
  dialog.showErrorBox(UNSUPPORTED_SYSTEM_TITLE, unsupportedSystem);
  app.exit(1);
} else if (enforceSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => attachWebContentsGuards(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] start failed', error);
      dialog.showErrorBox(
        'Soạn Báo Cáo không khởi động được',
        'Ứng dụng gặp lỗi khi khởi động. Hãy đóng hẳn ứng dụng rồi mở lại; nếu vẫn lỗi, hãy cài đặt lại ứng dụng.',
      );
      app.exit(1);
    });
}

/** The window a dialog belongs to: the one whose page asked, or none (a free dialog) when it is gone. */
function dialogOwner(event: Electron.IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

function showOpenDialog(event: Electron.IpcMainInvokeEvent, options: Electron.OpenDialogOptions) {
  const owner = dialogOwner(event);
  return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
}

function showSaveDialog(event: Electron.IpcMainInvokeEvent, options: Electron.SaveDialogOptions) {
  const owner = dialogOwner(event);
  return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
}

/** The "this name cannot be used" box of the save dialogs (confirmed-file-name.ts); the dialog reopens after it. */
async function explainFileName(event: Electron.IpcMainInvokeEvent, message: string): Promise<void> {
  const options = {
    type: 'warning' as const,
    title: 'Tên tệp chưa dùng được',
    message,
    buttons: ['Đặt lại tên'],
    noLink: true,
  };
  const owner = dialogOwner(event);
  await (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
}

function start(): void {
  secureDefaultSession();
  const userData = app.getPath('userData');
  const packages = openSignedPackages(userData);
  const renderReport = startReportRenderer(packages);
  const history = createHistoryLog(join(userData, HISTORY_FILE_NAME));
  registerDocumentChannels(renderReport, history);
  registerUsbChannels(renderReport, history);
  const { journal, closeGuard } = registerJournalChannels(userData);
  const updates = registerUpdateChannels(userData, packages, journal);
  registerTemplatePackChannels(userData, packages);
  openMainWindow(closeGuard);
  // After the window exists and never awaited: a slow or absent network must not delay start-up.
  updates.startBackgroundChecks();
}

/** Permissions, requests and the app:// protocol of the default session, before any page loads. */
function secureDefaultSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(permissionRequestHandler);
  ses.setPermissionCheckHandler(permissionCheckHandler);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR, { readFile, realpath }));
}

type SignedPackages = ReturnType<typeof openSignedPackages>;

/** Trusted keys, trust state, the package reader and the installed template packs, shared by updates and packs. */
function openSignedPackages(userData: string) {
  const trustedKeys = builtInTrustedKeys();
  const packFs = { ...realPackageFs, readdir: (path: string) => readdir(path) };
  // Packages are inflated, hashed and signature-checked in a worker with a time limit (I-03).
  const readPackage = createWorkerPackageReader({
    startWorker: () =>
      new Worker(join(import.meta.dirname, 'package-reader-worker.js'), {
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      }),
    log,
  });
  const packStore = createPackStore(userData, packFs, trustedKeys, readPackage);
  // Verified once, kept until a pack is installed or rolled back (the pack handlers get the notifying store).
  const ruleSetCache = cachedRuleSets(installedRuleSetsFrom(packStore));
  const trust = createTrustStore(join(userData, TRUST_FILE), realPackageFs);
  return { trustedKeys, packFs, readPackage, packStore, ruleSetCache, trust };
}

/**
 * Report → .docx bytes for export, USB submission and the page preview. Installed template packs' rule-sets
 * render reports too. Rendering runs in a worker thread with a time and memory limit: a big report must not
 * freeze the window.
 */
function startReportRenderer(packages: SignedPackages): (report: Report) => Promise<Uint8Array> {
  const docxRenderer = createWorkerRenderer(RENDER_WORKER);
  app.on('will-quit', () => void docxRenderer.close());
  return createReportRenderer({
    builtInRuleSets: listRuleSets,
    installedRuleSets: packages.ruleSetCache.installedRuleSets,
    renderDocx: docxRenderer.renderDocx,
  });
}

/** "Xuất Word", the page preview's bytes, "Mở báo cáo Word (.docx)…" and the About box. */
function registerDocumentChannels(renderReport: (report: Report) => Promise<Uint8Array>, history: HistoryLog): void {
  secureHandle(
    ipcMain,
    CHANNELS.exportDocx,
    createExportDocxHandler({
      renderDocx: renderReport,
      showSaveDialog,
      // The user confirmed overwriting in the dialog; the file is read back and hashed before "saved".
      writeFile: (filePath, data) =>
        writeFileVerified(dirname(filePath), basename(filePath), data, realSubmissionFs, { overwrite: true }),
      recordExport: recordDocxExports(history),
      explainFileName,
      documentsDir: () => app.getPath('documents'),
      now: () => performance.now(),
    }),
  );
  // The page preview's bytes: same renderer (and rule-set registry) as export, nothing written.
  secureHandle(ipcMain, CHANNELS.renderPreviewDocx, createPreviewDocxHandler({ renderDocx: renderReport }));
  registerPreviewPrintChannels();
  // The dialog and a capped read here, the import itself in the renderer.
  secureHandle(
    ipcMain,
    CHANNELS.wordFileOpen,
    createWordFileOpenHandler({
      showOpenDialog,
      readFile: readFileCapped,
      documentsDir: () => app.getPath('documents'),
    }),
  );
  secureHandle(
    ipcMain,
    CHANNELS.appInfo,
    createAppInfoHandler({
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? '',
    }),
  );
}

/** "In" and "Xuất PDF" of the page preview: the sender's pages, laid out by its print stylesheet. */
function registerPreviewPrintChannels(): void {
  secureHandle(
    ipcMain,
    CHANNELS.printPreview,
    createPrintPreviewHandler({
      print: (event) =>
        new Promise((resolve) => {
          event.sender.print({ silent: false, printBackground: true }, (success, failureReason) =>
            resolve({ success, failureReason }),
          );
        }),
    }),
  );
  secureHandle(
    ipcMain,
    CHANNELS.exportPreviewPdf,
    createExportPreviewPdfHandler({
      // The page size and margins come from the preview's @page rules (A4, margins inside each page box).
      printToPdf: async (event) =>
        new Uint8Array(
          await event.sender.printToPDF({
            preferCSSPageSize: true,
            printBackground: true,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          }),
        ),
      showSaveDialog,
      writeFile: (filePath, data) =>
        writeFileVerified(dirname(filePath), basename(filePath), data, realSubmissionFs, { overwrite: true }),
      explainFileName,
      documentsDir: () => app.getPath('documents'),
    }),
  );
}

/** The removable-drive picker and "Nộp qua USB"; the drive watcher stops with the app. */
function registerUsbChannels(renderReport: (report: Report) => Promise<Uint8Array>, history: HistoryLog): void {
  const inboxVerifier = createWorkerVerifier(INBOX_WORKER);
  app.on('will-quit', () => void inboxVerifier.close());
  const usb = registerUsb({
    ipcMain,
    history,
    verifyInboxBundle: inboxVerifier.verify,
    appLabel: `Soạn Báo Cáo ${app.getVersion()}`,
    renderDocx: renderReport,
    showOpenFolderDialog: showOpenDialog,
  });
  app.on('will-quit', () => usb.stopWatching());
}

/** The draft journal, revisions, draft files, and saving everything before the window closes or the app quits. */
function registerJournalChannels(userData: string) {
  const journalEncoder = createWorkerEncoder(JOURNAL_WORKER);
  app.on('will-quit', () => void journalEncoder.close());
  return registerJournal({
    ipcMain,
    app,
    encoder: journalEncoder,
    // The typings omit it, but Electron passes an Event whose preventDefault delays the shutdown (Linux/macOS).
    onShutdown: (listener) =>
      powerMonitor.on('shutdown', (...args: unknown[]) => {
        const event = args[0];
        const hasPrevent =
          typeof event === 'object' &&
          event !== null &&
          'preventDefault' in event &&
          typeof event.preventDefault === 'function';
        listener(hasPrevent ? (event as { preventDefault(): void }) : { preventDefault: () => undefined });
      }),
    userData,
    documentsDir: () => app.getPath('documents'),
    showSaveDialog,
    showOpenDialog,
    explainFileName,
    sendToWindows: (channel, payload) => {
      if (!mainWindow || mainWindow.isDestroyed()) return 0;
      mainWindow.webContents.send(channel, payload);
      return 1;
    },
    flushChannel: SUBSCRIPTIONS.onFlushRequest,
    askUnsaved,
  });
}

/** The "chưa lưu được" box shown when the window closes after a failed last save; resolves with the choice. */
async function askUnsaved(): Promise<UnsavedChoice> {
  const options = {
    type: 'warning' as const,
    title: UNSAVED_DIALOG.title,
    message: UNSAVED_DIALOG.message,
    detail: UNSAVED_DIALOG.detail,
    buttons: [...UNSAVED_DIALOG.buttons],
    defaultId: UNSAVED_DIALOG.defaultId,
    cancelId: UNSAVED_DIALOG.cancelId,
    noLink: true,
  };
  const owner = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  return UNSAVED_DIALOG.choices[response] ?? 'cancel';
}

/** Online updates and updates from USB (verified copies only); the journal is backed up before installing. */
function registerUpdateChannels(
  userData: string,
  packages: SignedPackages,
  journal: { backupNow(): Promise<unknown> },
) {
  return registerUpdates({
    ipcMain,
    userData,
    updatesDir: join(userData, 'updates'),
    exePath: app.getPath('exe'),
    programData: process.env.ProgramData,
    installedVersion: app.getVersion(),
    platform: process.platform,
    trustedKeys: packages.trustedKeys,
    readPackage: packages.readPackage,
    trust: packages.trust,
    fs: realPackageFs,
    loadUpdater: () => electronUpdater.autoUpdater,
    isOnline: () => net.isOnline(),
    // electron-updater downloads through this same partition; the filter keeps both on the feed's origin.
    openUpdateChannel: (feedUrl) =>
      openUpdateChannel(session.fromPartition(UPDATE_SESSION_PARTITION, { cache: false }), feedUrl),
    showOpenDialog,
    backupJournal: () => journal.backupNow().then(() => undefined),
    launch: launchDetached,
    spawnDetached: spawnDetachedSync,
    readFileSyncCapped,
    onAppQuit: (listener) => app.once('quit', (_event, exitCode) => listener(exitCode)),
    env: process.env,
    quit: () => app.quit(),
    sendToWindows: (channel, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
    },
    newToken,
    log,
  });
}

/** Template packs from USB: list, check, install, roll back; installs and rollbacks refresh the rule-set cache. */
function registerTemplatePackChannels(userData: string, packages: SignedPackages): void {
  registerTemplatePacks(ipcMain, {
    showOpenDialog,
    fs: packages.packFs,
    userData,
    store: notifyingPackStore(packages.packStore, packages.ruleSetCache.invalidate),
    trustedKeys: packages.trustedKeys,
    readPackage: packages.readPackage,
    installedAppVersion: app.getVersion(),
    trust: packages.trust,
    builtInTemplates,
    builtInRuleSets: listRuleSets,
    newToken,
    now: () => Date.now(),
    log,
  });
}

function openMainWindow(closeGuard: { attach(window: BrowserWindow): void }): void {
  mainWindow = createMainWindow(PRELOAD_PATH);
  // Closing the window (or ending the Windows session) saves everything first, while the page is alive.
  closeGuard.attach(mainWindow);
  mainWindow.on('closed', () => (mainWindow = undefined));
}
