/**
 * Main-process wiring only: every decision lives in the small modules it imports, which are
 * unit-tested without Electron. Order matters: scheme privileges, profile path and the instance
 * lock must all be settled before `ready`.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDocx } from '../../core/docx/render-docx';
import { CHANNELS } from '../ipc/contract';
import { createAppInfoHandler } from './app-info';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { createExportDocxHandler } from './export-docx';
import { secureHandle } from './secure-ipc';
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

  secureHandle(
    ipcMain,
    CHANNELS.exportDocx,
    createExportDocxHandler({
      renderDocx,
      showSaveDialog: (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
      },
      writeFile: (filePath, data) => writeFileAtomic(filePath, data),
      documentsDir: () => app.getPath('documents'),
      now: () => performance.now(),
    }),
  );
  secureHandle(
    ipcMain,
    CHANNELS.appInfo,
    createAppInfoHandler({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? '' }),
  );

  mainWindow = createMainWindow(PRELOAD_PATH);
  mainWindow.on('closed', () => (mainWindow = undefined));
}
