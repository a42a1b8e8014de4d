/**
 * "Lưu bản nháp ra tệp" (M-07): the file appears under exactly the name the clerk confirmed, the dialog asks
 * before replacing a file, and a name that cannot be written as is is put back to the clerk. Real atomic
 * writes in a temp folder; only the Electron dialogs are fakes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readDraftFileBytes } from '../../core/draft-file/draft-file-format';
import { minimalReport, section } from '../../test-support/report-builder';
import { writeFileAtomic } from '../files/atomic-write';
import { checkConfirmedName } from '../files/confirmed-file-name';
import { readFileCapped } from '../files/read-file-capped';
import {
  createDraftFileHandlers,
  DRAFT_FILE_KIND,
  openDraftFileAt,
  type DraftFileSaveDialogOptions,
} from './draft-file-ipc';

const dir = mkdtempSync(join(tmpdir(), 'draft-file-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draft = {
  id: 'd1',
  templateId: 'so-ket-tong-ket',
  createdAt: 1,
  updatedAt: 2,
  lastStepKey: 'noi-dung',
  report: minimalReport({ sections: [section('Chương một', [])] }),
};

function handlers(...answers: (string | null)[]) {
  const showSaveDialog = vi.fn(async (_event: string, _options: DraftFileSaveDialogOptions) => {
    const path = answers.shift() ?? null;
    return path === null ? { canceled: true } : { canceled: false, filePath: path };
  });
  const explainFileName = vi.fn(async (_event: string, _message: string) => undefined);
  const files = createDraftFileHandlers<string>({
    showSaveDialog,
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    explainFileName,
    readFile: readFileCapped,
    writeFile: (path, data) => writeFileAtomic(path, data),
    findJournalDraft: async () => null,
    documentsDir: () => dir,
    nowIso: () => '2026-12-06T08:00:00.000Z',
    log: () => undefined,
  });
  return { files, showSaveDialog, explainFileName };
}

describe('saving a draft file', () => {
  it('offers the safe .baocao.json name and asks before replacing a file', async () => {
    const { files, showSaveDialog } = handlers(null);
    await files.save({ draft, suggestedName: 'Báo cáo: quý 1' }, 'w');
    const options = showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath).toBe(join(dir, 'Báo cáo quý 1.baocao.json'));
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('"Báo cáo.json" is written as "Báo cáo.json", not renamed to .baocao.json, and opens again', async () => {
    const { files, explainFileName } = handlers(join(dir, 'Báo cáo.json'));
    const saved = await files.save({ draft, suggestedName: 'Báo cáo' }, 'w');
    expect(saved).toMatchObject({ status: 'saved', filePath: join(dir, 'Báo cáo.json') });
    expect(explainFileName).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toContain('Báo cáo.json');
    expect(readdirSync(dir)).not.toContain('Báo cáo.baocao.json');
    expect(readDraftFileBytes(new Uint8Array(readFileSync(join(dir, 'Báo cáo.json')))).ok).toBe(true);
  });

  it('a refused name is explained in Vietnamese and the dialog is shown again with a corrected name', async () => {
    const { files, showSaveDialog, explainFileName } = handlers(join(dir, 'Quý 1?'), join(dir, 'Quý 1.baocao.json'));
    const saved = await files.save({ draft, suggestedName: 'Quý 1' }, 'w');
    expect(explainFileName).toHaveBeenCalledTimes(1);
    expect(explainFileName.mock.calls[0]![1]).toContain('ký tự “?”');
    expect(showSaveDialog.mock.calls[1]![1].defaultPath).toBe(join(dir, 'Quý 1.baocao.json'));
    expect(saved).toMatchObject({ status: 'saved', filePath: join(dir, 'Quý 1.baocao.json') });
    expect(readdirSync(dir).filter((f) => f.startsWith('Quý 1'))).toEqual(['Quý 1.baocao.json']);
  });
});

describe('office words in a draft file', () => {
  it('are written with the draft and come back when the file is opened on another PC', async () => {
    const path = join(dir, 'Có từ của đơn vị.baocao.json');
    const { files } = handlers(path);
    await files.save({ draft, suggestedName: 'Có từ của đơn vị', officeWords: ['nậm', 'homestay'] }, 'w');
    const opened = await openDraftFileAt(path, { readFile: readFileCapped, findJournalDraft: async () => null });
    expect(opened).toMatchObject({ status: 'opened', draft: { sourceVersion: 3, officeWords: ['homestay', 'nậm'] } });
  });
});

describe('checkConfirmedName', () => {
  it.each([
    ['/m/NUL.json', 'dành riêng cho thiết bị'],
    ['/m/bao cao .json', 'kết thúc bằng dấu chấm hoặc khoảng trắng'],
    ['/m/.json', 'không được trống'],
    ['/m/bao\u202Ecao.json', 'ký tự ẩn'],
    ['/m/bao cao.txt', 'phải có đuôi .json'],
    ['/m/bao<cao>.json', 'ký tự “<”'],
  ])('%s is refused (%s)', (path, why) => {
    const checked = checkConfirmedName(path, DRAFT_FILE_KIND);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(why);
  });

  it.each(['/m/Báo cáo.json', '/m/Báo cáo.baocao.json', '/m/BÁO CÁO.JSON', '/m/bc (2).json'])(
    '%s is accepted as it is',
    (path) => {
      expect(checkConfirmedName(path, DRAFT_FILE_KIND)).toEqual({ ok: true, path });
    },
  );
});
