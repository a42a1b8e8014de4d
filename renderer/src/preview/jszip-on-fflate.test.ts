/**
 * The JSZip stand-in docx-preview gets (jszip-on-fflate.ts) reads a real exported DOCX exactly as JSZip does:
 * same file names, same text and bytes for every part, in every output type docx-preview asks for.
 */
import RealJSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/docx/render-docx';
import { minimalReport, section, textParagraph } from '../../../test-support/report-builder';
import JSZip from './jszip-on-fflate';

async function exportedDocx(): Promise<Uint8Array> {
  const report = minimalReport({
    opening: [textParagraph('Thực hiện Kế hoạch của Tỉnh ủy, Huyện ủy báo cáo như sau')],
    sections: [
      section('KẾT QUẢ THỰC HIỆN', [textParagraph('Công tác tuyên truyền được quan tâm, đạt nhiều kết quả.')]),
    ],
  });
  return renderDocx(report);
}

describe('JSZip API over fflate (for docx-preview)', () => {
  it('lists the same parts as JSZip and returns identical text and bytes for each', async () => {
    const bytes = await exportedDocx();
    const ours = await JSZip.loadAsync(bytes);
    const real = await RealJSZip.loadAsync(bytes);
    const realFiles = Object.values(real.files).filter((f) => !f.dir);
    expect(Object.keys(ours.files).sort()).toEqual(realFiles.map((f) => f.name).sort());
    for (const f of realFiles) {
      const mine = ours.files[f.name]!;
      expect(await mine.async('string')).toBe(await f.async('string'));
      expect(await mine.async('uint8array')).toEqual(await f.async('uint8array'));
      expect(await mine.async('base64')).toBe(await f.async('base64'));
      expect(new Uint8Array(await (await mine.async('blob')).arrayBuffer())).toEqual(await f.async('uint8array'));
    }
    expect(await ours.files['word/document.xml']!.async('string')).toContain('Công tác tuyên truyền được quan tâm');
  });

  it('accepts the DOCX as an ArrayBuffer or a Blob, as docx-preview may pass it', async () => {
    const bytes = await exportedDocx();
    const fromBuffer = await JSZip.loadAsync(bytes.slice().buffer);
    const fromBlob = await JSZip.loadAsync(new Blob([bytes as BlobPart]));
    expect(Object.keys(fromBuffer.files).sort()).toEqual(Object.keys(fromBlob.files).sort());
    expect(await fromBlob.files['[Content_Types].xml']!.async('string')).toContain(
      'wordprocessingml.document.main+xml',
    );
  });
});
