/** "Nhận báo cáo" through main's USB handlers, with real bundles on a folder standing in for the stick. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/docx/render-docx';
import { createHistoryLog } from '../../../node/export/export-history-log';
import { realSubmissionFs } from '../../../node/files/verified-write-fs';
import { readInbox } from '../../../node/inbox/read-inbox';
import { writeReceivedStick } from '../../../test-support/inbox-fixtures';
import { INBOX_TARGET_GONE } from './inbox-read-handler';
import { createUsbHandlers } from './usb-ipc-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inbox-ipc-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function handlersFor(stick: string, sent: [string, string, unknown][] = []) {
  return createUsbHandlers<string>({
    listDrives: async () => [
      { mountPath: stick, label: 'NHẬN', fileSystem: 'vfat', freeBytes: 1e9, sizeBytes: 2e9, readOnly: false },
    ],
    showOpenFolderDialog: async () => ({ canceled: true, filePaths: [] }),
    send: (event, channel, payload) => void sent.push([event, channel, payload]),
    renderDocx,
    fsx: realSubmissionFs,
    history: createHistoryLog(join(dir, 'history.jsonl')),
    platform: 'linux',
    appLabel: 'test',
    readInbox: (path, onEntry) =>
      readInbox(path, {}, onEntry ? { onEntry: (_entry, index, total) => onEntry(index, total) } : {}),
    now: () => new Date(),
    clock: () => performance.now(),
    channels: { drivesChanged: 'changed', submitProgress: 'progress', inboxProgress: 'inbox-progress' },
  });
}

describe('inbox:read', () => {
  it('lists every bundle of a listed drive by its opaque id, a damaged one with its reason', async () => {
    const stick = join(dir, 'usb');
    const { folders } = await writeReceivedStick(stick);
    const manifest = JSON.parse(await readFile(join(folders.namTam!, 'manifest.json'), 'utf8')) as {
      files: { name: string }[];
    };
    const docx = join(folders.namTam!, manifest.files.find((f) => f.name.endsWith('.docx'))!.name);
    await writeFile(docx, 'không còn là tệp Word');
    const handlers = handlersFor(stick);
    const { drives } = await handlers.listDrives();
    const result = await handlers.readInbox({ targetId: drives[0]!.id });
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.entries).toHaveLength(5);
    const damaged = result.entries.filter((e) => e.status === 'damaged');
    expect(damaged.map((e) => e.status === 'damaged' && e.reason)).toEqual([
      expect.stringMatching(/kích thước khác với ghi trong manifest.json/u) as unknown,
    ]);
    const units = result.entries.flatMap((e) => (e.status === 'verified' ? [e.identity.unit] : []));
    expect(units.sort()).toEqual([
      'ĐẢNG ỦY XÃ BẢN BO',
      'ĐẢNG ỦY XÃ BẢN BO',
      'ĐẢNG ỦY XÃ KHUN HÁ',
      'ĐẢNG ỦY XÃ KHUN HÁ',
    ]);
  });

  it('tells the asking page how many bundles are verified, as each one is', async () => {
    const stick = join(dir, 'usb');
    await writeReceivedStick(stick);
    const sent: [string, string, unknown][] = [];
    const handlers = handlersFor(stick, sent);
    const { drives } = await handlers.listDrives();
    const result = await handlers.readInbox({ targetId: drives[0]!.id }, 'trang-nhan');
    if (result.status !== 'ok') throw new Error(result.message);
    const total = result.entries.length;
    expect(sent.filter(([, channel]) => channel === 'inbox-progress')).toEqual(
      Array.from({ length: total }, (_, i) => ['trang-nhan', 'inbox-progress', { done: i + 1, total }]),
    );
  });

  it('refuses an id it never handed out, never a path', async () => {
    const handlers = handlersFor(dir);
    expect(await handlers.readInbox({ targetId: 'khong-co' })).toEqual({ status: 'error', message: INBOX_TARGET_GONE });
  });
});
