/**
 * The journal's wiring in main: creates it under userData, registers its channels through
 * secureHandle, the window-close and before-quit/shutdown flush, the 15-minute backup while dirty and the trash purge.
 * Electron objects are passed in by index.ts, so this file has no decision of its own to test.
 */
import { randomUUID } from 'node:crypto';
import { CHANNELS } from '../../ipc/channels';
import { writeFileAtomic } from '../../../node/files/atomic-write';
import { readFileCapped } from '../../../node/files/read-file-capped';
import { secureHandle, type InvokeEvent, type IpcMainLike } from '../secure-ipc';
import { createDraftFileHandlers, type DraftFileDialogs } from '../../../node/journal/draft-file-ipc';
import { createDraftJournal, type DraftJournal } from '../../../node/journal/draft-journal';
import { realJournalFs } from '../../../node/journal/journal-fs';
import type { JournalEncoder } from '../../../node/journal/journal-encoder';
import { createJournalHandlers } from '../../../node/journal/journal-ipc';
import { createOutlineFileSaveHandler, writeOutlineFileVerified } from '../../../node/outline-file/outline-file-save';
import { createReceivedJournal } from '../../../node/journal/received-journal';
import { createCloseGuard, type CloseGuard, type UnsavedChoice } from './close-guard';
import { createQuitFlush } from './quit-flush';

export const BACKUP_EVERY_MS = 15 * 60_000;

interface QuitEventSource {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export interface RegisterJournalDeps<E extends InvokeEvent> extends DraftFileDialogs<E> {
  ipcMain: IpcMainLike<E>;
  app: QuitEventSource;
  /** powerMonitor: its 'shutdown' can be delayed with preventDefault on Linux/macOS (D-12). */
  onShutdown(listener: (event: { preventDefault(): void }) => void): void;
  userData: string;
  documentsDir(): string;
  /** Sends a main → renderer event to the open window(s); returns how many received it. */
  sendToWindows(channel: string, payload: unknown): number;
  flushChannel: string;
  /** Encodes journal records off main's thread (journal-encoder.ts); in-process when absent. */
  encoder?: JournalEncoder;
  /** How long a quit or close waits for the renderer's "all saved" (FLUSH_TIMEOUT_MS by default). */
  flushTimeoutMs?: number;
  /** The "chưa lưu được" dialog of the close guard (Electron's message box in index.ts). */
  askUnsaved?(): Promise<UnsavedChoice>;
}

export interface RegisteredJournal {
  journal: DraftJournal;
  /** Attach it to the main window: closing it saves first (close-guard.ts). */
  closeGuard: CloseGuard;
}

export function registerJournal<E extends InvokeEvent>(deps: RegisterJournalDeps<E>): RegisteredJournal {
  const journal = createDraftJournal({
    userData: deps.userData,
    fs: realJournalFs,
    now: () => Date.now(),
    ...(deps.encoder === undefined ? {} : { encoder: deps.encoder }),
  });
  const handlers = createJournalHandlers(journal);
  secureHandle(deps.ipcMain, CHANNELS.journalSave, (r) => handlers.save(r));
  secureHandle(deps.ipcMain, CHANNELS.journalList, () => handlers.list(undefined));
  secureHandle(deps.ipcMain, CHANNELS.journalRead, (r) => handlers.read(r));
  secureHandle(deps.ipcMain, CHANNELS.journalTrash, (r) => handlers.trash(r));
  secureHandle(deps.ipcMain, CHANNELS.journalUntrash, (r) => handlers.untrash(r));
  secureHandle(deps.ipcMain, CHANNELS.journalPurge, (r) => handlers.purge(r));
  secureHandle(deps.ipcMain, CHANNELS.journalRecoveryCheck, (r) => handlers.recoveryCheck(r));
  secureHandle(deps.ipcMain, CHANNELS.revisionList, (r) => handlers.revisionList(r));
  secureHandle(deps.ipcMain, CHANNELS.revisionCreate, (r) => handlers.revisionCreate(r));
  secureHandle(deps.ipcMain, CHANNELS.revisionRead, (r) => handlers.revisionRead(r));
  secureHandle(deps.ipcMain, CHANNELS.revisionRestore, (r) => handlers.revisionRestore(r));
  secureHandle(deps.ipcMain, CHANNELS.backupList, (r) => handlers.backupList(r));
  secureHandle(deps.ipcMain, CHANNELS.backupRestore, (r) => handlers.backupRestore(r));

  // Received reports: their own folder beside the drafts, read-only (add a version, read, delete a report).
  const received = createReceivedJournal({ userData: deps.userData, fs: realJournalFs });
  secureHandle(deps.ipcMain, CHANNELS.receivedStore, (r) => received.store(r));
  secureHandle(deps.ipcMain, CHANNELS.receivedList, () => received.list());
  secureHandle(deps.ipcMain, CHANNELS.receivedRead, (r) => received.read(r));
  secureHandle(deps.ipcMain, CHANNELS.receivedDelete, (r) =>
    received.remove({ unitKey: r.unitKey, templateId: r.templateId, period: { key: r.periodKey } }),
  );

  const files = createDraftFileHandlers<E>({
    showSaveDialog: deps.showSaveDialog,
    showOpenDialog: deps.showOpenDialog,
    explainFileName: deps.explainFileName,
    readFile: readFileCapped,
    writeFile: (path, data) => writeFileAtomic(path, data),
    findJournalDraft: async (id) => (await journal.list()).find((d) => d.id === id) ?? null,
    documentsDir: deps.documentsDir,
    nowIso: () => new Date().toISOString(),
  });
  secureHandle(deps.ipcMain, CHANNELS.draftFileSave, (r, event) => files.save(r, event));
  secureHandle(deps.ipcMain, CHANNELS.draftFileOpen, (r, event) => files.open(r, event));
  // The outline file rides on the same dialogs and the same verified write as the draft file.
  const saveOutlineFile = createOutlineFileSaveHandler<E>({
    showSaveDialog: deps.showSaveDialog,
    explainFileName: deps.explainFileName,
    writeFile: (path, data) => writeOutlineFileVerified(path, data),
    documentsDir: deps.documentsDir,
  });
  secureHandle(deps.ipcMain, CHANNELS.outlineFileSave, (r, event) => saveOutlineFile(r, event));

  const backupIfDirty = () => (journal.isDirty() ? journal.backupNow().then(() => undefined) : Promise.resolve());
  let closeGuard: CloseGuard | undefined = undefined;
  const quitFlush = createQuitFlush(
    {
      requestFlush: (requestId) => deps.sendToWindows(deps.flushChannel, { requestId }),
      afterFlush: backupIfDirty,
      quit: () => deps.app.quit(),
      closeGuardedWindows: () => closeGuard?.closeWindow() ?? false,
      newId: () => randomUUID(),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    deps.flushTimeoutMs,
  );
  secureHandle(deps.ipcMain, CHANNELS.flushDone, async (r) => {
    quitFlush.done(r.requestId, r.saved);
    return { status: 'ok' as const };
  });
  closeGuard = createCloseGuard({
    flush: () => quitFlush.flush(),
    finalBackup: backupIfDirty,
    askUnsaved: deps.askUnsaved ?? (async () => 'close'),
  });
  deps.app.on('before-quit', (event) => quitFlush.onBeforeQuit(event));
  deps.onShutdown((event) => quitFlush.onBeforeQuit(event));

  const log = (what: string) => (error: unknown) => console.error(`[journal] ${what} failed`, error);
  setInterval(() => void backupIfDirty().catch(log('backup')), BACKUP_EVERY_MS).unref();
  void journal.purgeTrash().catch(log('trash purge'));
  return { journal, closeGuard };
}
