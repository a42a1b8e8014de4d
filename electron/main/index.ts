/**
 * Main-process wiring only: every decision lives in the small modules it imports, which are
 * unit-tested without Electron. Order matters: scheme privileges, profile path and the instance
 * lock must all be settled before `ready`.
 */
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, session } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { renderDocx } from '../../core/docx/render-docx';
import { CHANNELS, SUBSCRIPTIONS } from '../ipc/contract';
import { createAppInfoHandler } from './app-info';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createExportDocxHandler } from './export-docx';
import { registerJournal } from './journal/register-journal';
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
import { enforceSingleInstance } from './single-instance';
import { configureUserData } from './user-data';
import { createMainWindow } from './window';

// out/main/index.js → out/renderer, out/preload (same layout inside app.asar).
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
configureUserData(app, process.env);

let mainWindow: BrowserWindow | undefined;

if (enforceSingleInstance(app, () => mainWindow)) {
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

function start(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(permissionRequestHandler);
  ses.setPermissionCheckHandler(permissionCheckHandler);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR, { readFile, realpath }));

  // Issue 5: removable-drive picker, "Nộp qua USB", export history.
  const usb = registerUsb({
    ipcMain,
    userData: app.getPath('userData'),
    appLabel: `Soạn Báo Cáo ${app.getVersion()}`,
    renderDocx,
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
      renderDocx,
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
      documentsDir: () => app.getPath('documents'),
      now: () => performance.now(),
    }),
  );
  secureHandle(
    ipcMain,
    CHANNELS.appInfo,
    createAppInfoHandler({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? '' }),
  );

  // Issue 4: draft journal, revisions, draft files, flush before quit.
  registerJournal({
    ipcMain,
    app,
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
    sendToWindows: (channel, payload) => {
      if (!mainWindow || mainWindow.isDestroyed()) return 0;
      mainWindow.webContents.send(channel, payload);
      return 1;
    },
    flushChannel: SUBSCRIPTIONS.onFlushRequest,
  });


  mainWindow = createMainWindow(PRELOAD_PATH);
  mainWindow.on('closed', () => (mainWindow = undefined));
}
