import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFileVerified } from '../../node/files/verified-write';
import { realSubmissionFs } from '../../node/files/verified-write-fs';
import type { SaveDialogOptions } from '../../node/export/export-docx';
import {
  createExportPreviewPdfHandler,
  createPrintPreviewHandler,
  PRINT_MESSAGES,
  type ExportPreviewPdfDeps,
} from './preview-print';

const dir = mkdtempSync(join(tmpdir(), 'preview-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What printToPDF hands back: a PDF's bytes (the content does not matter to the handler). */
const PDF = new TextEncoder().encode('%PDF-1.7\n% bản in thử\n%%EOF\n');

/** The real atomic writer; only Electron (webContents.printToPDF, the dialogs) is faked. */
function pdfDeps(
  answers: { canceled: boolean; filePath?: string }[],
  overrides: Partial<ExportPreviewPdfDeps<string>> = {},
) {
  const showSaveDialog = vi.fn(
    async (_event: string, _options: SaveDialogOptions) => answers.shift() ?? { canceled: true },
  );
  const explainFileName = vi.fn(async () => undefined);
  const printToPdf = vi.fn(async () => PDF);
  const d: ExportPreviewPdfDeps<string> = {
    printToPdf,
    showSaveDialog,
    explainFileName,
    writeFile: (path, data) =>
      writeFileVerified(dirname(path), basename(path), data, realSubmissionFs, { overwrite: true }),
    documentsDir: () => '/home/canbo/Documents',
    log: vi.fn(),
    ...overrides,
  };
  return { handler: createExportPreviewPdfHandler(d), showSaveDialog, explainFileName, printToPdf };
}

describe('Xuất PDF', () => {
  it('prints the sender to PDF, proposes a safe .pdf name in Documents and writes exactly those bytes', async () => {
    const target = join(dir, 'Báo cáo sơ kết.pdf');
    const { handler, showSaveDialog, printToPdf } = pdfDeps([{ canceled: false, filePath: target }]);
    const res = await handler({ suggestedName: 'Báo cáo: sơ kết?.pdf' }, 'window-1');
    expect(res).toMatchObject({ status: 'saved', filePath: target, bytes: PDF.byteLength });
    expect(readFileSync(target)).toEqual(Buffer.from(PDF));
    expect(printToPdf).toHaveBeenCalledWith('window-1');
    const options = showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath.startsWith('/home/canbo/Documents/')).toBe(true);
    expect(options.defaultPath).toMatch(/\.pdf$/);
    expect(options.defaultPath).not.toMatch(/[:?]/);
    expect(options.filters).toEqual([{ name: 'Tài liệu PDF (.pdf)', extensions: ['pdf'] }]);
  });

  it('writes nothing when the clerk cancels the dialog', async () => {
    const before = readdirSync(dir).length;
    const { handler } = pdfDeps([{ canceled: true }]);
    expect(await handler({ suggestedName: 'Báo cáo.pdf' }, 'w')).toEqual({ status: 'canceled' });
    expect(readdirSync(dir)).toHaveLength(before);
  });

  it('asks again, with a reason, when the confirmed name has no .pdf ending', async () => {
    const target = join(dir, 'lan-hai.pdf');
    const { handler, explainFileName, showSaveDialog } = pdfDeps([
      { canceled: false, filePath: join(dir, 'lan-dau.docx') },
      { canceled: false, filePath: target },
    ]);
    expect(await handler({ suggestedName: 'Báo cáo.pdf' }, 'w')).toMatchObject({ status: 'saved', filePath: target });
    expect(explainFileName).toHaveBeenCalledOnce();
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
  });

  it('says in Vietnamese when the PDF cannot be made, without opening the dialog', async () => {
    const { handler, showSaveDialog } = pdfDeps([], { printToPdf: () => Promise.reject(new Error('render gone')) });
    expect(await handler({ suggestedName: 'Báo cáo.pdf' }, 'w')).toEqual({
      status: 'error',
      message: PRINT_MESSAGES.pdfFailed,
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('says in Vietnamese when the file cannot be written', async () => {
    const { handler } = pdfDeps([{ canceled: false, filePath: join(dir, 'khong-co-thu-muc', 'x.pdf') }], {
      writeFile: () => Promise.reject(new Error('EACCES')),
    });
    expect(await handler({ suggestedName: 'Báo cáo.pdf' }, 'w')).toEqual({
      status: 'error',
      message: PRINT_MESSAGES.writeFailed,
    });
  });
});

describe('In', () => {
  const handlerFor = (outcome: { success: boolean; failureReason: string } | Error) =>
    createPrintPreviewHandler<string>({
      print: () => (outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome)),
      log: vi.fn(),
    });

  it('reports a print sent to the printer', async () => {
    expect(await handlerFor({ success: true, failureReason: '' })({}, 'w')).toEqual({ status: 'printed' });
  });

  it('treats closing the system dialog as a cancel, not an error', async () => {
    expect(await handlerFor({ success: false, failureReason: 'cancelled' })({}, 'w')).toEqual({ status: 'canceled' });
  });

  it('says in Vietnamese when printing fails', async () => {
    const failed = { status: 'error', message: PRINT_MESSAGES.printFailed };
    expect(await handlerFor({ success: false, failureReason: 'Print job failed' })({}, 'w')).toEqual(failed);
    expect(await handlerFor(new Error('no printer'))({}, 'w')).toEqual(failed);
  });
});
