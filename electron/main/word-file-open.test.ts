/**
 * word-file:open as index.ts wires it: the real secureHandle + zod contract and the real capped read on real
 * files; only ipcMain, the dialog and the sender are doubles.
 */
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PACKAGE_LIMITS } from '../../core/import/docx-package';
import { IPC_TABLE, type WordFileOpenResponse } from '../ipc/channels';
import { readFileCapped } from '../../node/files/read-file-capped';
import { IPC_MESSAGES, secureHandle, type InvokeEvent, type SenderFrame } from './secure-ipc';
import {
  createWordFileOpenHandler,
  WORD_FILE_MAX_BYTES,
  WORD_FILE_MESSAGES,
  type WordFileOpenDeps,
} from './word-file-open';

const MAIN_FRAME: SenderFrame = { url: 'app://bundle/index.html', parent: null, processId: 3, routingId: 1 };
const FROM_APP: InvokeEvent = { senderFrame: MAIN_FRAME, sender: { mainFrame: MAIN_FRAME } };
const FROM_IFRAME: InvokeEvent = {
  senderFrame: { url: 'https://example.com/', parent: MAIN_FRAME, processId: 3, routingId: 2 },
  sender: { mainFrame: MAIN_FRAME },
};

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'word-file-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function registerWordOpen(picked: string[] | null) {
  const showOpenDialog = vi.fn<WordFileOpenDeps<InvokeEvent>['showOpenDialog']>(async () =>
    picked ? { canceled: false, filePaths: picked } : { canceled: true, filePaths: [] },
  );
  const log = vi.fn();
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const handler = createWordFileOpenHandler<InvokeEvent>({
    showOpenDialog,
    readFile: readFileCapped,
    documentsDir: () => dir,
    log,
  });
  secureHandle(
    { handle: (channel, listener) => void handlers.set(channel, listener) },
    IPC_TABLE.wordFileOpen.channel,
    handler,
    log,
  );
  const invoke = handlers.get('word-file:open');
  if (!invoke) throw new Error('word-file:open not registered');
  return {
    invoke: (request: unknown = {}, event: InvokeEvent = FROM_APP) =>
      invoke(event, request) as Promise<WordFileOpenResponse>,
    showOpenDialog,
    log,
  };
}

describe('word-file:open', () => {
  it('is in the contract with an empty request schema', () => {
    expect(IPC_TABLE.wordFileOpen.request.safeParse({}).success).toBe(true);
    expect(IPC_TABLE.wordFileOpen.request.safeParse({ path: '/etc/passwd' }).success).toBe(false);
  });

  it('returns the name and the exact bytes of the chosen file, after a dialog filtered to Word files', async () => {
    const path = join(dir, 'Báo cáo quý 3.docx');
    const content = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 250]);
    await writeFile(path, content);
    const { invoke, showOpenDialog } = registerWordOpen([path]);
    const res = await invoke();
    if (res.status !== 'opened') throw new Error(`not opened: ${JSON.stringify(res)}`);
    expect(res.fileName).toBe('Báo cáo quý 3.docx');
    expect([...res.bytes]).toEqual([...content]);
    const options = showOpenDialog.mock.calls[0]?.[1];
    expect(options?.filters[0]).toEqual({ name: 'Văn bản Word (.docx)', extensions: ['docx'] });
    expect(options?.properties).toEqual(['openFile']);
    expect(options?.defaultPath).toBe(dir);
  });

  it('answers "canceled" when the dialog is closed, without reading anything', async () => {
    const { invoke } = registerWordOpen(null);
    await expect(invoke()).resolves.toEqual({ status: 'canceled' });
  });

  it('caps at the Word import’s own package limit', () => {
    expect(WORD_FILE_MAX_BYTES).toBe(PACKAGE_LIMITS.zipBytes);
  });

  it('refuses a file over the cap without reading it (the renderer words it with the import’s message)', async () => {
    const path = join(dir, 'rất lớn.docx');
    await writeFile(path, '');
    await truncate(path, WORD_FILE_MAX_BYTES + 1); // sparse: the size says too large, nothing is stored
    const res = await registerWordOpen([path]).invoke();
    expect(res).toEqual({ status: 'too-large', fileName: 'rất lớn.docx' });
  });

  it('accepts a file of exactly the cap', async () => {
    const path = join(dir, 'vừa đủ.docx');
    await writeFile(path, '');
    await truncate(path, WORD_FILE_MAX_BYTES);
    const res = await registerWordOpen([path]).invoke();
    expect(res.status === 'opened' && res.bytes.length).toBe(WORD_FILE_MAX_BYTES);
  });

  it('says in Vietnamese when the chosen path cannot be read (a folder, a vanished file)', async () => {
    const folder = join(dir, 'thư mục.docx');
    await mkdir(folder);
    const { invoke, log } = registerWordOpen([folder]);
    await expect(invoke()).resolves.toEqual({ status: 'error', message: WORD_FILE_MESSAGES.notAFile });
    await expect(registerWordOpen([join(dir, 'không có.docx')]).invoke()).resolves.toEqual({
      status: 'error',
      message: WORD_FILE_MESSAGES.readFailed,
    });
    expect(log).toHaveBeenCalled();
  });

  it('refuses a foreign frame and a request with a payload before showing any dialog', async () => {
    const { invoke, showOpenDialog } = registerWordOpen([join(dir, 'x.docx')]);
    await expect(invoke({}, FROM_IFRAME)).resolves.toEqual({ status: 'error', message: IPC_MESSAGES.foreignSender });
    await expect(invoke({ filePath: '/etc/passwd' })).resolves.toEqual({
      status: 'error',
      message: IPC_MESSAGES.invalidRequest,
    });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});
