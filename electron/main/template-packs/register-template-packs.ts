/** Wiring of template packs into IPC (secureHandle); Electron objects come in as parameters. */
import { CHANNELS } from '../../ipc/channels';
import { secureHandle, type InvokeEvent, type IpcMainLike } from '../secure-ipc';
import type { TemplatePackDeps } from './template-pack-handlers';
import { createTemplatePackHandlers } from './template-pack-handlers';

export function registerTemplatePacks<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, deps: TemplatePackDeps<E>): void {
  const handlers = createTemplatePackHandlers<E>(deps);
  secureHandle(ipcMain, CHANNELS.templatesList, () => handlers.list());
  secureHandle(ipcMain, CHANNELS.templatePackPick, (_request, event) => handlers.pick(event));
  secureHandle(ipcMain, CHANNELS.templatePackInstall, (request) => handlers.install(request));
  secureHandle(ipcMain, CHANNELS.templatePackRollback, (request) => handlers.rollback(request));
}
