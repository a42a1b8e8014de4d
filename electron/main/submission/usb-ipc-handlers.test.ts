/** The IPC flow of "Nộp qua USB" with real files and a fake Electron boundary (dialog, send). */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/docx/render-docx';
import { submissionState } from '../../../core/submission/export-history';
import { loadFixtureReport } from '../../../test-support/sample-report';
import { createHistoryLog } from '../../../node/export/export-history-log';
import { realSubmissionFs } from '../../../node/files/verified-write-fs';
import { createUsbHandlers } from './usb-ipc-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'usb-ipc-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function setup(readOnly = false) {
  const sent: [string, unknown][] = [];
  const stick = join(dir, 'stick');
  const history = createHistoryLog(join(dir, 'export-history.jsonl'));
  const handlers = createUsbHandlers<string>({
    listDrives: async () => [
      { mountPath: stick, label: 'VĂN THƯ', fileSystem: 'vfat', freeBytes: 1e9, sizeBytes: 2e9, readOnly },
    ],
    showOpenFolderDialog: async () => ({ canceled: true, filePaths: [] }),
    send: (_event, channel, payload) => void sent.push([channel, payload]),
    renderDocx,
    fsx: realSubmissionFs,
    history,
    platform: 'win32',
    appLabel: 'Soạn Báo Cáo test',
    now: () => new Date('2023-06-20T01:00:00Z'),
    clock: () => performance.now(),
    channels: { drivesChanged: 'changed', submitProgress: 'progress' },
  });
  return { handlers, sent, stick, history };
}

describe('usb IPC handlers', () => {
  it('lists a drive by opaque id, submits, reports progress, logs the verified submission', async () => {
    const { handlers, sent, stick, history } = setup();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(stick);
    const { drives } = await handlers.listDrives();
    expect(drives[0]).toMatchObject({ kind: 'drive', label: `VĂN THƯ (${stick})` });
    expect(drives[0]?.id).not.toContain('/');
    const report = await loadFixtureReport();
    const result = await handlers.submit(
      { report, templateId: 'so-ket-tong-ket', draftId: 'd1', draftUpdatedAt: 5, targetId: drives[0]?.id ?? '' },
      'ev',
    );
    expect(result).toMatchObject({ status: 'verified', headline: 'Đã ghi và kiểm tra xong — có thể rút USB' });
    expect(result.status === 'verified' && result.removalHint).toMatch(/Eject/);
    expect(await readdir(stick)).toHaveLength(1);
    expect(sent.filter(([c]) => c === 'progress').at(-1)?.[1]).toMatchObject({ phase: 'done' });
    const entries = await history.read();
    expect(entries).toHaveLength(1);
    expect(submissionState(entries, 'd1', Date.parse('2023-06-20T02:00:00Z'))).toMatchObject({
      kind: 'submitted',
      editedAfter: true,
    });
    const listed = await handlers.exportHistory({ draftId: 'd1' });
    expect(listed.status === 'ok' && listed.entries[0]?.status).toBe('verified');
  });

  it('refuses an unknown target id, a read-only stick, an invalid report; a failure is logged with its message', async () => {
    const { handlers, history } = setup(true);
    const report = await loadFixtureReport();
    expect(
      await handlers.submit({ report, templateId: 't', draftId: 'd1', draftUpdatedAt: null, targetId: 'nope' }, 'ev'),
    ).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/Làm mới/),
    });
    const { drives } = await handlers.listDrives();
    expect(
      await handlers.submit(
        { report, templateId: 't', draftId: 'd1', draftUpdatedAt: null, targetId: drives[0]?.id ?? '' },
        'ev',
      ),
    ).toMatchObject({
      message: expect.stringMatching(/chống ghi/),
    });
    expect(
      await handlers.submit(
        { report: { x: 1 }, templateId: 't', draftId: 'd1', draftUpdatedAt: null, targetId: drives[0]?.id ?? '' },
        'ev',
      ),
    ).toMatchObject({
      message: expect.stringMatching(/không hợp lệ/),
    });
    expect(await history.read()).toEqual([]);
  });

  it('a stick pulled before submitting → Vietnamese message and a failed history entry', async () => {
    const { handlers, history } = setup();
    const { drives } = await handlers.listDrives();
    const report = await loadFixtureReport();
    const result = await handlers.submit(
      { report, templateId: 't', draftId: 'd2', draftUpdatedAt: null, targetId: drives[0]?.id ?? '' },
      'ev',
    );
    expect(result).toMatchObject({ status: 'error', message: expect.stringMatching(/USB có thể đã bị rút ra/) });
    expect((await history.read())[0]).toMatchObject({ draftId: 'd2', status: 'failed' });
  });
});
