/** Where no worker can start (here: Node, no Worker global), the page itself reads the file, same result. */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/docx/render-docx';
import { minimalReport, section, textParagraph } from '../../../test-support/report-builder';
import { builtInTemplates } from '../../../core/templates/templates';
import { readWordReport } from './read-word-report';
import { readWordReportOffThread } from './read-word-report-off-thread';

describe('readWordReportOffThread without a worker', () => {
  it('falls back to the page and gives the same result as reading it directly', async () => {
    expect(typeof globalThis.Worker).toBe('undefined');
    const report = minimalReport({
      sections: [
        section('ĐẶC ĐIỂM TÌNH HÌNH', [textParagraph('Đảng bộ huyện có 51 tổ chức cơ sở đảng.')]),
        section('KẾT QUẢ TRIỂN KHAI', [textParagraph('Huyện ủy ban hành văn bản chỉ đạo.')]),
        section('NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI', [textParagraph('Tiếp tục quán triệt.')]),
      ],
    });
    const bytes = await renderDocx(report);
    const templates = builtInTemplates();
    const read = readWordReportOffThread({ bytes, fileName: 'so-ket.docx', templates }, async (...args) =>
      readWordReport(...args),
    );
    const result = await read.result;
    if (!result.ok) throw new Error(result.message);
    expect(result.summary).toMatchObject({ chapters: 3 });
    expect(result.outlines.map((o) => o.templateId)).toEqual(['so-ket-tong-ket', 'tu-do']);
    expect(result).toEqual(readWordReport(bytes, 'so-ket.docx', templates));
  });

  it('passes a refusal through unchanged', async () => {
    const result = await readWordReportOffThread(
      { bytes: new TextEncoder().encode('không phải zip'), fileName: 'a.docx', templates: [] },
      async (...args) => readWordReport(...args),
    ).result;
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Tệp “a.docx” không phải tệp Word (.docx)') });
  });
});
