/**
 * Main-process wiring only: every decision lives in the small modules it imports, which are
 * unit-tested without Electron. Order matters: scheme privileges, profile path and the instance
 * lock must all be settled before `ready`.
 */
import { app, BrowserWindow, dialog, ipcMain, net, powerMonitor, protocol, session } from 'electron';
import electronUpdater from 'electron-updater';
import { randomBytes } from 'node:crypto';
import { release } from 'node:os';
import { readdir } from 'node:fs/promises';
import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CHANNELS, SUBSCRIPTIONS } from '../ipc/contract';
import { createAppInfoHandler } from './app-info';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createWorkerRenderer } from './docx-render-client';
import { createExportDocxHandler } from './export-docx';
import { createPreviewDocxHandler } from './preview-docx';
import { UNSAVED_DIALOG } from './journal/close-guard';
import { createWorkerEncoder } from './journal/journal-encoder';
import { registerJournal } from './journal/register-journal';
import { readFileCapped } from './read-file-capped';
import { createWordFileOpenHandler } from './word-file-open';
import { secureHandle } from './secure-ipc';
import { registerUsb } from './submission/register-usb';
import { realSubmissionFs } from './submission/submission-fs';
import { writeFileVerified } from './submission/verified-write';
import {
  APP_SCHEME,
  attachWebContentsGuards,
  isAllowedRequest,
  permissionCheckHandler,
  permissionRequestHandler,
} from './security-policy';
import { UNSUPPORTED_SYSTEM_TITLE, unsupportedSystemMessage } from './minimum-system';
import { enforceSingleInstance } from './single-instance';
import { configureUserData } from './user-data';
import { workerEntry } from './worker-entry';
import { createMainWindow } from './window';
import { listRuleSets } from '../../core/rules/rule-sets';
import { builtInTemplates } from '../../core/templates/templates';
import { createPackStore } from './template-packs/pack-store';
import { cachedRuleSets, createReportRenderer, installedRuleSetsFrom, notifyingPackStore } from './template-packs/report-renderer';
import { registerTemplatePacks } from './template-packs/register-template-packs';
import { launchDetached, spawnDetachedSync } from './updates/launch-detached';
import { readFileSyncCapped } from './updates/read-file-sync-capped';
import { openUpdateChannel, UPDATE_SESSION_PARTITION } from './updates/update-channel';
import { createWorkerPackageReader } from './updates/package-reader';
import { realPackageFs } from './updates/real-package-fs';
import { registerUpdates } from './updates/register-updates';
import { builtInTrustedKeys } from './updates/trusted-keys';
import { createTrustStore, TRUST_FILE } from './updates/trust-store';

// out/main/index.js → out/renderer, out/preload (same layout inside app.asar).
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
// Worker-thread entries of the main build (electron.vite.config.ts), beside index.js.
const JOURNAL_WORKER = workerEntry(import.meta.dirname, 'journal-encode-worker', join(import.meta.dirname, 'journal/journal-encode-worker.ts'));
const RENDER_WORKER = workerEntry(import.meta.dirname, 'docx-render-worker', join(import.meta.dirname, 'docx-render-worker.ts'));
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

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

/** The "this name cannot be used" box of the save dialogs (confirmed-file-name.ts); the dialog reopens after it. */
async function explainFileName(event: Electron.IpcMainInvokeEvent, message: string): Promise<void> {
  const options = { type: 'warning' as const, title: 'Tên tệp chưa dùng được', message, buttons: ['Đặt lại tên'], noLink: true };
  const owner = BrowserWindow.fromWebContents(event.sender);
  await (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
}

function start(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(permissionRequestHandler);
  ses.setPermissionCheckHandler(permissionCheckHandler);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR, { readFile, realpath }));

  // Installed template packs are loaded before export/USB: their rule-sets render reports too.
  const userData = app.getPath('userData');
  const trustedKeys = builtInTrustedKeys();
  const packFs = { ...realPackageFs, readdir: (path: string) => readdir(path) };
  // Packages are inflated, hashed and signature-checked in a worker with a time limit (I-03).
  const readPackage = createWorkerPackageReader({
    startWorker: () => new Worker(join(import.meta.dirname, 'package-reader-worker.js'), { resourceLimits: { maxOldGenerationSizeMb: 512 } }),
    log: (message, error) => console.error(message, error ?? ''),
  });
  const packStore = createPackStore(userData, packFs, trustedKeys, readPackage);
  // Verified once, kept until a pack is installed or rolled back (the handlers below get the notifying store).
  const ruleSetCache = cachedRuleSets(installedRuleSetsFrom(packStore));
  // Rendering runs in a worker thread with a time and memory limit: a big report must not freeze the window.
  const docxRenderer = createWorkerRenderer(RENDER_WORKER);
  app.on('will-quit', () => void docxRenderer.close());
  const renderReport = createReportRenderer({
    builtInRuleSets: listRuleSets,
    installedRuleSets: ruleSetCache.installedRuleSets,
    renderDocx: docxRenderer.renderDocx,
  });

  // Submission: removable-drive picker, "Nộp qua USB", export history.
  const usb = registerUsb({
    ipcMain,
    userData,
    appLabel: `Soạn Báo Cáo ${app.getVersion()}`,
    renderDocx: renderReport,
    showOpenFolderDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
    },
  });
  app.on('will-quit', () => usb.stopWatching());

  secureHandle(
    ipcMain,
    CHANNELS.exportDocx,
    createExportDocxHandler({
      renderDocx: renderReport,
      showSaveDialog: (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
      },
      // The user confirmed overwriting in the dialog; the file is read back and hashed before "saved".
      writeFile: (filePath, data) => writeFileVerified(dirname(filePath), basename(filePath), data, realSubmissionFs, { overwrite: true }),
      recordExport: ({ draftId, filePath, bytes, sha256, status, message, millis }) =>
        usb.recordDocxExport({
          draftId,
          at: new Date().toISOString(),
          target: filePath,
          files: sha256 ? [{ name: basename(filePath), bytes, sha256 }] : [],
          status,
          message,
          millis,
        }),
      explainFileName,
      documentsDir: () => app.getPath('documents'),
      now: () => performance.now(),
    }),
  );
  // The page preview's bytes: same renderer (and rule-set registry) as export, nothing written.
  secureHandle(ipcMain, CHANNELS.renderPreviewDocx, createPreviewDocxHandler({ renderDocx: renderReport }));
  secureHandle(
    ipcMain,
    CHANNELS.appInfo,
    createAppInfoHandler({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? '' }),
  );

  // Durability: draft journal, revisions, draft files, flush before quit.
  const journalEncoder = createWorkerEncoder(JOURNAL_WORKER);
  app.on('will-quit', () => void journalEncoder.close());
  const { journal, closeGuard } = registerJournal({
    ipcMain,
    app,
    encoder: journalEncoder,
    // The typings omit it, but Electron passes an Event whose preventDefault delays the shutdown (Linux/macOS).
    onShutdown: (listener) =>
      powerMonitor.on('shutdown', (...args: unknown[]) => {
        const event = args[0];
        const hasPrevent = typeof event === 'object' && event !== null && 'preventDefault' in event && typeof event.preventDefault === 'function';
        listener(hasPrevent ? (event as { preventDefault(): void }) : { preventDefault: () => undefined });
      }),
    userData: app.getPath('userData'),
    documentsDir: () => app.getPath('documents'),
    showSaveDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
    },
    explainFileName,
    sendToWindows: (channel, payload) => {
      if (!mainWindow || mainWindow.isDestroyed()) return 0;
      mainWindow.webContents.send(channel, payload);
      return 1;
    },
    flushChannel: SUBSCRIPTIONS.onFlushRequest,
    askUnsaved: async () => {
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
    },
  });

  // "Mở báo cáo Word (.docx)…": the dialog and a capped read here, the import itself in the renderer.
  secureHandle(
    ipcMain,
    CHANNELS.wordFileOpen,
    createWordFileOpenHandler({
      showOpenDialog: (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
      },
      readFile: readFileCapped,
      documentsDir: () => app.getPath('documents'),
    }),
  );

  // Online updates, updates and template packs from USB (verified copies only).
  const trust = createTrustStore(join(userData, TRUST_FILE), realPackageFs);
  const showOpenFileDialog = (event: Electron.IpcMainInvokeEvent, options: Electron.OpenDialogOptions) => {
    const owner = BrowserWindow.fromWebContents(event.sender);
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  };
  const newToken = () => randomBytes(16).toString('hex');
  const updates = registerUpdates({
    ipcMain,
    userData,
    updatesDir: join(userData, 'updates'),
    exePath: app.getPath('exe'),
    programData: process.env.ProgramData,
    installedVersion: app.getVersion(),
    platform: process.platform,
    trustedKeys,
    readPackage,
    trust,
    fs: realPackageFs,
    loadUpdater: () => electronUpdater.autoUpdater,
    isOnline: () => net.isOnline(),
    // electron-updater downloads through this same partition; the filter keeps both on the feed's origin.
    openUpdateChannel: (feedUrl) => openUpdateChannel(session.fromPartition(UPDATE_SESSION_PARTITION, { cache: false }), feedUrl),
    showOpenDialog: showOpenFileDialog,
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
    log: (message, error) => console.error(message, error ?? ''),
  });
  registerTemplatePacks(ipcMain, {
    showOpenDialog: showOpenFileDialog,
    fs: packFs,
    userData,
    store: notifyingPackStore(packStore, ruleSetCache.invalidate),
    trustedKeys,
    readPackage,
    installedAppVersion: app.getVersion(),
    trust,
    builtInTemplates,
    builtInRuleSets: listRuleSets,
    newToken,
    now: () => Date.now(),
    log: (message, error) => console.error(message, error ?? ''),
  });


  mainWindow = createMainWindow(PRELOAD_PATH);
  // Closing the window (or ending the Windows session) saves everything first, while the page is alive.
  closeGuard.attach(mainWindow);
  mainWindow.on('closed', () => (mainWindow = undefined));
  // After the window exists and never awaited: a slow or absent network must not delay start-up.
  updates.startBackgroundChecks();
}
