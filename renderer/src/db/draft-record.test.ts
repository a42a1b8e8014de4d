import { describe, expect, it } from 'vitest';
import { newReportFromTemplate, EMPTY_ISSUER } from '../../../core/model/new-report';
import { findTemplate } from '../../../core/templates/templates';
import { draftTitle, readDraftRecord, UNTITLED } from './draft-record';

let n = 0;
const report = newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2023-06-15', () => `s${++n}`);
const good = {
  id: 'abc',
  templateId: 'so-ket-tong-ket',
  report,
  title: UNTITLED,
  createdAt: 1,
  updatedAt: 2,
  lastStepKey: 'general',
};

describe('readDraftRecord', () => {
  it('accepts a valid record and returns the parsed report', () => {
    const r = readDraftRecord(good);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.draft.report.sections.length).toBe(report.sections.length);
  });

  it('normalises text read back to NFC', () => {
    const nfd = { ...good, report: { ...report, title: 'Tổng kết'.normalize('NFD') } };
    const r = readDraftRecord(nfd);
    expect(r.ok && r.draft.report.title).toBe('Tổng kết'.normalize('NFC'));
  });

  it('turns a broken report into a Vietnamese message naming the draft, never a throw', () => {
    const r = readDraftRecord({ ...good, title: 'Báo cáo quý', report: { ...report, sections: 'hỏng' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.broken.id).toBe('abc');
      expect(r.broken.message).toContain('Báo cáo quý');
      expect(r.broken.message).toContain('bị hỏng');
    }
  });

  it('rejects records without the basic fields', () => {
    for (const raw of [null, 42, {}, { ...good, id: '../x' }, { ...good, updatedAt: 'hôm qua' }]) {
      expect(readDraftRecord(raw).ok).toBe(false);
    }
  });
});

describe('draftTitle', () => {
  it('uses the trích yếu, or the placeholder while it is empty or still has "…"', () => {
    expect(draftTitle({ ...report, title: 'sơ kết 5 năm' })).toBe('sơ kết 5 năm');
    expect(draftTitle({ ...report, title: '  ' })).toBe(UNTITLED);
    expect(draftTitle({ ...report, title: 'sơ kết … năm' })).toBe(UNTITLED);
  });
});
