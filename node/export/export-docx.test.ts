import { XMLValidator } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { newReportFromTemplate } from '../../core/model/new-report';
import type { Report } from '../../core/model/report-schema';
import { findTemplate } from '../../core/templates/templates';
import { dirname, basename } from 'node:path';
import { writeFileVerified } from '../files/verified-write';
import { realSubmissionFs } from '../files/verified-write-fs';
import { createExportDocxHandler, EXPORT_MESSAGES, type ExportDocxDeps, type SaveDialogOptions } from './export-docx';
import { FileWriteError } from '../files/file-write-error';

function sampleReport(): Report {
  let n = 0;
  const report = newReportFromTemplate(
    findTemplate('so-ket-tong-ket')!,
    {
      header: {
        parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
        issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
        issuerCode: 'HU',
        place: 'Tam Đường',
      },
      signature: { name: 'Cao Trang Trọng', title: 'PHÓ BÍ THƯ' },
    },
    '2023-06-15',
    () => `s${++n}`,
  );
  return {
    ...report,
    header: { ...report.header, number: '123' },
    title: 'sơ kết 5 năm thực hiện Kết luận số 23-KL/TW',
  };
}

const dir = mkdtempSync(join(tmpdir(), 'export-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Real renderer and real atomic writer; only the Electron dialog is faked. */
function deps(dialogAnswer: { canceled: boolean; filePath?: string }, overrides: Partial<ExportDocxDeps<string>> = {}) {
  const showSaveDialog = vi.fn(async (_event: string, _options: SaveDialogOptions) => dialogAnswer);
  let clock = 0;
  const d: ExportDocxDeps<string> = {
    renderDocx,
    showSaveDialog,
    explainFileName: vi.fn(async () => undefined),
    writeFile: (path, data) =>
      writeFileVerified(dirname(path), basename(path), data, realSubmissionFs, { overwrite: true }),
    documentsDir: () => '/home/canbo/Documents',
    now: () => (clock += 5),
    log: vi.fn(),
    ...overrides,
  };
  return { handler: createExportDocxHandler(d), showSaveDialog, d };
}

describe('export:docx handler', () => {
  it('writes a .docx that unzips, with well-formed XML containing the report', async () => {
    const target = join(dir, 'Số 123-BC-HU - Báo cáo sơ kết.docx');
    const { handler, showSaveDialog } = deps({ canceled: false, filePath: target });
    const response = await handler(
      { report: sampleReport(), suggestedName: 'Số 123-BC-HU - Báo cáo sơ kết.docx' },
      'win-1',
    );

    expect(response).toMatchObject({ status: 'saved', filePath: target });
    if (response.status !== 'saved') throw new Error('not saved');
    const bytes = readFileSync(target);
    expect(response.bytes).toBe(bytes.byteLength);
    expect(response.millis).toBeGreaterThan(0);

    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = strFromU8(files['word/document.xml']!);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('HUYỆN ỦY TAM ĐƯỜNG');
    expect(xml).toContain('Kết luận số 23-KL/TW');

    const [owner, options] = showSaveDialog.mock.calls[0]!;
    expect(owner).toBe('win-1');
    expect(options.defaultPath).toBe('/home/canbo/Documents/Số 123-BC-HU - Báo cáo sơ kết.docx');
    expect(options.filters).toEqual([{ name: 'Tài liệu Word (.docx)', extensions: ['docx'] }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('records verified and failed exports in the draft history, with the SHA-256 of the bytes on disk', async () => {
    const recordExport = vi.fn();
    const target = join(dir, 'lich-su.docx');
    const { handler } = deps({ canceled: false, filePath: target }, { recordExport });
    const saved = await handler({ report: sampleReport(), suggestedName: 'bc', draftId: 'd1' }, 'w');
    if (saved.status !== 'saved') throw new Error('not saved');
    const { createHash } = await import('node:crypto');
    expect(saved.sha256).toBe(createHash('sha256').update(readFileSync(target)).digest('hex'));
    expect(recordExport).toHaveBeenLastCalledWith(
      expect.objectContaining({
        draftId: 'd1',
        filePath: target,
        status: 'verified',
        sha256: saved.sha256,
        bytes: saved.bytes,
      }),
    );

    const failing = deps(
      { canceled: false, filePath: '/media/usb/bc.docx' },
      { recordExport, writeFile: async () => Promise.reject(new FileWriteError('ENODEV', 'write')) },
    );
    const failed = await failing.handler({ report: sampleReport(), suggestedName: 'bc' }, 'w');
    expect(failed.status).toBe('error');
    expect(recordExport).toHaveBeenLastCalledWith(
      expect.objectContaining({
        draftId: null,
        status: 'failed',
        sha256: null,
        message: failed.status === 'error' ? failed.message : '',
      }),
    );
  });

  it('makes the suggested name safe again before showing it', async () => {
    const { handler, showSaveDialog } = deps({ canceled: true });
    await handler({ report: sampleReport(), suggestedName: 'CON' }, 'w');
    await handler({ report: sampleReport(), suggestedName: '../../etc/Báo cáo 9/2025: "x"\u202E.docx' }, 'w');
    expect(showSaveDialog.mock.calls.map(([, o]) => o.defaultPath)).toEqual([
      '/home/canbo/Documents/CON_.docx',
      '/home/canbo/Documents/-..-etc-Báo cáo 9-2025 x.docx',
    ]);
  });

  it('returns canceled and writes nothing when the user closes the dialog', async () => {
    const writeFile = vi.fn();
    const { handler } = deps({ canceled: true }, { writeFile });
    await expect(handler({ report: sampleReport(), suggestedName: 'bc' }, 'w')).resolves.toEqual({
      status: 'canceled',
    });
    const { handler: noPath } = deps({ canceled: false, filePath: '' }, { writeFile });
    await expect(noPath({ report: sampleReport(), suggestedName: 'bc' }, 'w')).resolves.toEqual({ status: 'canceled' });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('refuses an invalid report before opening the dialog, saying where', async () => {
    const { handler, showSaveDialog } = deps({ canceled: false, filePath: join(dir, 'x.docx') });
    const broken = { ...sampleReport(), header: { ...sampleReport().header, date: '2023-02-30' } };
    const response = await handler({ report: broken, suggestedName: 'bc' }, 'w');
    expect(response).toEqual({ status: 'error', message: EXPORT_MESSAGES.invalidReport('header.date') });
    expect(response.status === 'error' && response.message).toMatch(/không hợp lệ .*Hãy kiểm tra/);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a full USB stick (ENOSPC from the writer) in Vietnamese', async () => {
    const writeFile = vi.fn(async () => {
      throw new FileWriteError('ENOSPC', 'write');
    });
    const { handler } = deps({ canceled: false, filePath: '/media/usb/bc.docx' }, { writeFile });
    const response = await handler({ report: sampleReport(), suggestedName: 'bc' }, 'w');
    expect(response.status).toBe('error');
    expect(response.status === 'error' && response.message).toContain('đã đầy');
  });

  it('reports a rendering failure without leaking the exception', async () => {
    const { handler, showSaveDialog } = deps(
      { canceled: false, filePath: join(dir, 'x.docx') },
      { renderDocx: async () => Promise.reject(new Error('internal /secret/path')) },
    );
    const response = await handler({ report: sampleReport(), suggestedName: 'bc' }, 'w');
    expect(response).toEqual({ status: 'error', message: EXPORT_MESSAGES.renderFailed });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('the name confirmed in the save dialog (M-07)', () => {
  /** A dialog that answers with each path in turn (null = the clerk cancels). */
  function dialogAnswering(...paths: (string | null)[]) {
    return vi.fn(async (_event: string, _options: SaveDialogOptions) => {
      const path = paths.shift() ?? null;
      return path === null ? { canceled: true } : { canceled: false, filePath: path };
    });
  }

  it('a name Windows refuses is not renamed silently: the clerk is told and the dialog offers a corrected name', async () => {
    const typed = join(dir, 'Báo cáo: quý 1.docx');
    const corrected = join(dir, 'Báo cáo quý 1.docx');
    const showSaveDialog = dialogAnswering(typed, corrected);
    const explainFileName = vi.fn(async () => undefined);
    const { handler } = deps({ canceled: true }, { showSaveDialog, explainFileName });
    const response = await handler({ report: sampleReport(), suggestedName: 'Báo cáo quý 1' }, 'w');

    expect(explainFileName).toHaveBeenCalledTimes(1);
    const [owner, message] = explainFileName.mock.calls[0] as unknown as [string, string];
    expect(owner).toBe('w');
    expect(message).toContain('“Báo cáo: quý 1.docx”');
    expect(message).toContain('ký tự “:”');
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
    expect(showSaveDialog.mock.calls[1]![1].defaultPath).toBe(corrected);
    // Written only under the name the clerk confirmed the second time.
    expect(response).toMatchObject({ status: 'saved', filePath: corrected });
    expect(readdirSync(dir)).toContain('Báo cáo quý 1.docx');
    expect(readdirSync(dir).some((f) => f.startsWith('Báo cáo: quý'))).toBe(false);
  });

  it('a name without .docx is asked again; cancelling then writes nothing', async () => {
    const showSaveDialog = dialogAnswering(join(dir, 'khong-duoi'), null);
    const explainFileName = vi.fn(async () => undefined);
    const { handler } = deps({ canceled: true }, { showSaveDialog, explainFileName });
    const response = await handler({ report: sampleReport(), suggestedName: 'bc' }, 'w');
    expect(response).toEqual({ status: 'canceled' });
    expect((explainFileName.mock.calls[0] as unknown as [string, string])[1]).toContain('phải có đuôi .docx');
    expect(showSaveDialog.mock.calls[1]![1].defaultPath).toBe(join(dir, 'khong-duoi.docx'));
    expect(readdirSync(dir).some((f) => f.startsWith('khong-duoi'))).toBe(false);
  });

  it('a valid confirmed name is written exactly as typed (only NFC), with the upper-case extension kept', async () => {
    const typed = join(dir, 'Báo cáo quý III.DOCX'.normalize('NFD'));
    const { handler, d } = deps({ canceled: false, filePath: typed });
    const response = await handler({ report: sampleReport(), suggestedName: 'x' }, 'w');
    expect(response).toMatchObject({ status: 'saved', filePath: typed.normalize('NFC') });
    expect(d.explainFileName).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toContain('Báo cáo quý III.DOCX');
  });
});
