/** A .docx export reaches the draft's export history through the real handler, writer and history file. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { historyForDraft, submissionState } from '../../core/submission/export-history';
import { minimalReport } from '../../test-support/report-builder';
import { writeFileVerified } from '../files/verified-write';
import { realSubmissionFs } from '../files/verified-write-fs';
import { FileWriteError } from '../files/file-write-error';
import { recordDocxExports } from './docx-export-history';
import { createExportDocxHandler, type ExportDocxDeps } from './export-docx';
import { createHistoryLog } from './export-history-log';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docx-export-history-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function exportTo(filePath: string, writeFile: ExportDocxDeps<string>['writeFile']) {
  const history = createHistoryLog(join(dir, 'export-history.jsonl'));
  let clock = 0;
  const handler = createExportDocxHandler<string>({
    renderDocx,
    showSaveDialog: async () => ({ canceled: false, filePath }),
    explainFileName: async () => undefined,
    writeFile,
    recordExport: recordDocxExports(history, () => new Date('2023-06-20T01:00:00Z')),
    documentsDir: () => dir,
    now: () => (clock += 5),
    log: vi.fn(),
  });
  return {
    history,
    run: () => handler({ report: minimalReport(), suggestedName: basename(filePath), draftId: 'd1' }, 'win'),
  };
}

const verifiedWrite: ExportDocxDeps<string>['writeFile'] = (path, data) =>
  writeFileVerified(dirname(path), basename(path), data, realSubmissionFs, { overwrite: true });

describe('docx export history', () => {
  it('lists a verified export under its draft with the name, size and SHA-256 of the file on disk', async () => {
    const target = join(dir, 'bao-cao.docx');
    const { history, run } = exportTo(target, verifiedWrite);
    expect(await run()).toMatchObject({ status: 'saved' });
    const onDisk = await readFile(target);
    const [entry, ...rest] = historyForDraft(await history.read(), 'd1');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'docx',
      status: 'verified',
      at: '2023-06-20T01:00:00.000Z',
      target,
      files: [
        { name: 'bao-cao.docx', bytes: onDisk.byteLength, sha256: createHash('sha256').update(onDisk).digest('hex') },
      ],
    });
    // An export is not a submission: the draft still shows "not submitted".
    expect(submissionState(await history.read(), 'd1', null)).toEqual({ kind: 'never' });
  });

  it('keeps a failed export with the sentence the clerk saw and no file', async () => {
    const { history, run } = exportTo(join(dir, 'day.docx'), async () => {
      throw new FileWriteError('ENOSPC', 'write');
    });
    const response = await run();
    if (response.status !== 'error') throw new Error('expected an error');
    expect(response.message).toMatch(/đã đầy/);
    expect(historyForDraft(await history.read(), 'd1')).toEqual([
      expect.objectContaining({ kind: 'docx', status: 'failed', files: [], message: response.message }),
    ]);
  });
});
