import { describe, expect, it } from 'vitest';
import { reportFileKind } from './report-file-kind';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('reportFileKind', () => {
  it('sends JSON text to the draft file reader, whatever the name', () => {
    expect(reportFileKind('Báo cáo.baocao.json', bytes('{"format":"soan-bao-cao"'))).toBe('draft');
    expect(reportFileKind('ban-nhap.docx', bytes('\uFEFF\r\n  {"format"'))).toBe('draft');
  });

  it('sends a zip, an OLE .doc or any other content to the Word import', () => {
    expect(reportFileKind('bao-cao.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('word');
    expect(reportFileKind('bao-cao.json', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('word');
    expect(reportFileKind('ghi-chu.txt', bytes('Báo cáo'))).toBe('word');
  });

  it('decides an empty file by its name', () => {
    expect(reportFileKind('rong.baocao.json', new Uint8Array())).toBe('draft');
    expect(reportFileKind('rong.docx', new Uint8Array())).toBe('word');
  });
});
