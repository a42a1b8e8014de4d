/**
 * "Xuất đề cương ra tệp" in main: the file lands under the name the clerk confirmed and imports again; a full
 * disk, a read-only stick, a pulled USB or a copy that reads back wrong is told in Vietnamese and leaves the
 * previous file whole. Real files in a temp folder; only the dialogs (and, for the failures, one fs call) are fakes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import dinhKy from '../../assets/templates/dinh-ky.json';
import { readOutlineFileBytes, serializeOutlineFile } from '../../core/templates/outline-file';
import { templateSchema } from '../../core/templates/template-schema';
import { realSubmissionFs, type SubmissionFs } from '../files/verified-write-fs';
import {
  createOutlineFileSaveHandler,
  outlineFileNameFor,
  writeOutlineFileVerified,
  type OutlineFileSaveDialogOptions,
} from './outline-file-save';

const dir = mkdtempSync(join(tmpdir(), 'outline-file-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = templateSchema.parse({ ...dinhKy, id: 'tu-soan-abc123', name: 'Đề cương sơ kết quý' });
const text = serializeOutlineFile(template, '2026-12-06T08:00:00.000Z');

function handler(answer: string | null, fsx: SubmissionFs = realSubmissionFs) {
  const showSaveDialog = vi.fn(async (_event: string, _options: OutlineFileSaveDialogOptions) =>
    answer === null ? { canceled: true } : { canceled: false, filePath: answer },
  );
  const save = createOutlineFileSaveHandler<string>({
    showSaveDialog,
    explainFileName: async (_event, message) => {
      throw new Error(`name refused: ${message}`);
    },
    writeFile: (path, data) => writeOutlineFileVerified(path, data, fsx),
    documentsDir: () => dir,
    log: () => undefined,
  });
  return { save, showSaveDialog };
}

const failing = (call: 'open' | 'rename' | 'readFile', code: string): SubmissionFs => ({
  ...realSubmissionFs,
  [call]: async () => {
    throw Object.assign(new Error(code), { code });
  },
});

describe('outline-file:save', () => {
  it('offers "<name>.decuong.json" in Documents and writes a file that imports again', async () => {
    const target = join(dir, 'Đề cương sơ kết quý.decuong.json');
    const { save, showSaveDialog } = handler(target);
    const result = await save({ text, suggestedName: template.name }, 'event');
    expect(result).toEqual({ status: 'saved', filePath: target, bytes: new TextEncoder().encode(text).byteLength });
    expect(showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe(target);
    expect(showSaveDialog.mock.calls[0]?.[1].properties).toContain('showOverwriteConfirmation');
    const read = readOutlineFileBytes(readFileSync(target));
    expect(read.ok && read.template).toEqual(template);
    // No temp file left beside it.
    expect(readdirSync(dir).filter((n) => n.startsWith('.~'))).toEqual([]);
  });

  it('makes a safe file name from the outline name', () => {
    expect(outlineFileNameFor('Đề cương: quý I/2026')).toBe('Đề cương quý I-2026.decuong.json');
    expect(outlineFileNameFor('  ')).toBe('de-cuong.decuong.json');
  });

  it('writes nothing when the clerk cancels the dialog', async () => {
    const before = readdirSync(dir).length;
    expect(await handler(null).save({ text, suggestedName: 'x' }, 'event')).toEqual({ status: 'canceled' });
    expect(readdirSync(dir).length).toBe(before);
  });

  it('refuses text that is not an outline file, before any dialog', async () => {
    const { save, showSaveDialog } = handler(join(dir, 'hong.decuong.json'));
    const result = await save({ text: '{"format":"soan-bao-cao/outline"}', suggestedName: 'x' }, 'event');
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/^Đề cương chưa lưu ra tệp được/);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['open', 'ENOSPC', /ổ đĩa hoặc USB đã đầy/],
    ['open', 'EROFS', /chống ghi \(chỉ đọc\)/],
    ['rename', 'ENOENT', /USB có thể đã bị rút ra/],
  ] as const)('a failing %s (%s) says what to do and keeps the previous file', async (call, code, message) => {
    const target = join(dir, `cu-${code}.decuong.json`);
    writeFileSync(target, 'bản cũ');
    const result = await handler(target, failing(call, code)).save({ text, suggestedName: 'x' }, 'event');
    expect(result.status === 'error' && result.message).toMatch(message);
    expect(readFileSync(target, 'utf8')).toBe('bản cũ');
  });

  it('does not say "saved" when the file reads back different', async () => {
    const target = join(dir, 'doc-lai.decuong.json');
    const fsx: SubmissionFs = { ...realSubmissionFs, readFile: async () => new TextEncoder().encode('khác') };
    const result = await handler(target, fsx).save({ text, suggestedName: 'x' }, 'event');
    expect(result.status === 'error' && result.message).toMatch(/đọc lại để kiểm tra/);
  });

  it('a folder that is gone (USB pulled before the write) is told as such', async () => {
    const target = join(dir, 'khong-con', 'x.decuong.json');
    const result = await handler(target).save({ text, suggestedName: 'x' }, 'event');
    expect(result.status === 'error' && result.message).toMatch(/USB có thể đã bị rút ra/);
  });
});
