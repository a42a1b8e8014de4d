import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PATH } from '../../test-support/sample-report';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { describeDraftFile, parseDraftFile, readDraftFileBytes, serializeDraftFile } from './draft-file-format';
import { reportChecksum } from './report-checksum';

const report = minimalReport({
  sections: [section('Tình hình chung', [textParagraph('Đảng bộ huyện có 42 tổ chức cơ sở đảng.')])],
});
const meta = {
  draftId: 'd-1',
  lastStepKey: 'general',
  createdAt: 1,
  updatedAt: 2,
  savedAt: '2025-03-01T07:15:00.000Z',
};

function fail(text: string): string {
  const r = parseDraftFile(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

describe('draft file v2', () => {
  it('round-trips report and metadata, byte for byte on re-export', () => {
    const text = serializeDraftFile('so-ket-tong-ket', report, meta);
    const parsed = parseDraftFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft).toMatchObject({ formatVersion: 3, sourceVersion: 2, templateId: 'so-ket-tong-ket', ...meta });
    expect(parsed.draft.report).toEqual(report);
    const { report: r, templateId, ...rest } = parsed.draft;
    expect(serializeDraftFile(templateId, r, rest)).toBe(text);
  });

  it('verifies the checksum regardless of indentation but refuses a changed word', () => {
    const raw = JSON.parse(serializeDraftFile('so-ket-tong-ket', report));
    expect(parseDraftFile(JSON.stringify(raw)).ok).toBe(true);
    raw.report.title = 'tình hình tháng 7';
    expect(fail(JSON.stringify(raw))).toContain('Mã kiểm tra SHA-256');
  });

  it('migrates the v1 fixture and keeps it loadable', () => {
    const parsed = readDraftFileBytes(readFileSync(FIXTURE_PATH));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.draft.sourceVersion).toBe(1);
      expect(parsed.draft.checksum).toBe(reportChecksum(parsed.draft.report));
      const again = parseDraftFile(serializeDraftFile(parsed.draft.templateId, parsed.draft.report));
      expect(again.ok && again.draft.report).toEqual(parsed.draft.report);
    }
  });

  it('says in Vietnamese what is wrong with each kind of bad file', () => {
    const good = JSON.parse(serializeDraftFile('so-ket-tong-ket', report));
    expect(fail(JSON.stringify({ ...good, formatVersion: 4 }))).toContain('phiên bản định dạng 4, mới hơn');
    expect(fail(JSON.stringify({ ...good, formatVersion: '2' }))).toContain('số phiên bản định dạng không hợp lệ');
    expect(fail(JSON.stringify({ ...good, draftId: '../../x' }))).toContain('trường “draftId”');
    expect(fail(JSON.stringify({ ...good, extra: 1 }))).toContain('trường lạ');
    expect(fail(`{"__proto__":{"polluted":1},${JSON.stringify(good).slice(1)}`)).toContain('“__proto__”');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(fail('['.repeat(100_000))).toMatch(/JSON hỏng|lồng nhau quá sâu/);
    expect(fail(`${'['.repeat(500)}${']'.repeat(500)}`)).toContain('lồng nhau quá sâu');
    expect(fail('{"format":')).toContain('JSON hỏng');
    expect(readDraftFileBytes(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('UTF-8'),
    });
    expect(readDraftFileBytes(new Uint8Array(5 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      message: expect.stringContaining('quá lớn'),
    });
  });

  it('stores NFD text from a file as NFC (the checksum covers the bytes as written)', () => {
    const nfd = minimalReport({ title: 'Tổng kết công tác'.normalize('NFD') });
    const raw = JSON.parse(serializeDraftFile('so-ket-tong-ket', minimalReport()));
    raw.report = nfd;
    raw.checksum.value = reportChecksum(nfd);
    const parsed = parseDraftFile(JSON.stringify(raw));
    expect(parsed.ok && parsed.draft.report.title).toBe('Tổng kết công tác'.normalize('NFC'));
  });
});

describe('draft file v3: the office’s own words travel with the draft', () => {
  const V2_FIXTURE = new URL('./fixtures/written-by-format-2.baocao.json', import.meta.url);

  it('writes version 3 with the words, sorted and once each, and reads them back', () => {
    const text = serializeDraftFile('so-ket-tong-ket', report, { ...meta, officeWords: ['nậm', 'homestay', 'nậm'] });
    const raw = JSON.parse(text);
    expect(raw.formatVersion).toBe(3);
    expect(raw.officeWords).toEqual(['homestay', 'nậm']);
    const parsed = parseDraftFile(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.draft).toMatchObject({ sourceVersion: 3, officeWords: ['homestay', 'nậm'] });
    expect(describeDraftFile(parsed.draft)).toContain('định dạng 3, 2 từ của đơn vị');
    const { report: r, templateId, ...rest } = parsed.draft;
    expect(serializeDraftFile(templateId, r, rest)).toBe(text);
  });

  it('still writes version 2, which older apps open, when the office has no words of its own', () => {
    expect(JSON.parse(serializeDraftFile('so-ket-tong-ket', report, { officeWords: [] })).formatVersion).toBe(2);
    // A list the reader would refuse is never written: its bad words are left out.
    const text = serializeDraftFile('so-ket-tong-ket', report, { officeWords: ['hai từ', 'nậm'] });
    expect(JSON.parse(text).officeWords).toEqual(['nậm']);
    expect(parseDraftFile(text).ok).toBe(true);
  });

  it('reads a file written by the version-2 app, byte for byte the same when written again', () => {
    const bytes = readFileSync(V2_FIXTURE);
    const parsed = readDraftFileBytes(bytes);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.draft).toMatchObject({ sourceVersion: 2, draftId: 'ban-nhap-v2', templateId: 'so-ket-tong-ket' });
    expect(parsed.draft.officeWords).toBeUndefined();
    expect(parsed.draft.report.sections[0]!.heading).toBe('TÌNH HÌNH CHUNG');
    expect(describeDraftFile(parsed.draft)).not.toContain('chuyển đổi');
    const { report: r, templateId, ...rest } = parsed.draft;
    expect(serializeDraftFile(templateId, r, rest)).toBe(bytes.toString('utf8'));
  });

  it('refuses office words that are not single words, in Vietnamese, and a list in a version-2 file', () => {
    const v3 = JSON.parse(serializeDraftFile('so-ket-tong-ket', report, { officeWords: ['nậm'] }));
    expect(fail(JSON.stringify({ ...v3, officeWords: ['hai từ'] }))).toContain('trường “officeWords');
    expect(fail(JSON.stringify({ ...v3, officeWords: ['x'.repeat(41)] }))).toContain('trường “officeWords');
    expect(fail(JSON.stringify({ ...v3, officeWords: Array.from({ length: 5001 }, (_, i) => `t${i}`) }))).toContain(
      'trường “officeWords',
    );
    expect(fail(JSON.stringify({ ...v3, formatVersion: 2 }))).toContain('trường lạ');
  });

  it('stores the words of a file in NFC and lower case', () => {
    const v3 = JSON.parse(serializeDraftFile('so-ket-tong-ket', report, { officeWords: ['nậm'] }));
    const parsed = parseDraftFile(JSON.stringify({ ...v3, officeWords: ['Nậm'.normalize('NFD')] }));
    expect(parsed.ok && parsed.draft.officeWords).toEqual(['nậm']);
  });
});
