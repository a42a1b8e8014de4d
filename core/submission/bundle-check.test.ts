import { describe, expect, it } from 'vitest';
import { unitReport, UNITS } from '../../test-support/received-reports';
import { bundleFiles, describedFileProblem, isPlainFileName, manifestDescribesReport } from './bundle-check';
import { buildManifest, type SubmissionManifest } from './manifest';

const HASH = 'a'.repeat(64);
const report = unitReport(UNITS.namTam);
const manifest = (files: SubmissionManifest['files']) => buildManifest(report, files, '2025-06-21T02:00:00.000Z', 'x');
const CAPS = { docxMaxBytes: 1000, draftMaxBytes: 1000 };

describe('bundle checks without a file system', () => {
  it.each(['../a.docx', 'a/b.docx', 'C:a.docx', 'a.docx ', 'a.docx.', '..', 'MANIFEST.JSON', 'a\u0000.docx'])(
    'refuses the name %j',
    (name) => {
      expect(isPlainFileName(name)).toBe(false);
    },
  );

  it('accepts the names the writer gives', () => {
    expect(isPlainFileName('Số 41-BC-ĐU - Báo cáo kết quả lãnh đạo.baocao.json')).toBe(true);
  });

  it('wants exactly one Word file and one draft, distinct names, within the caps', () => {
    const docx = { name: 'a.docx', bytes: 10, sha256: HASH };
    const draft = { name: 'a.baocao.json', bytes: 10, sha256: HASH };
    expect(bundleFiles(manifest([docx, draft]), CAPS)).toMatchObject({ ok: true, docx, draft });
    expect(bundleFiles(manifest([docx]), CAPS)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/đúng một tệp Word/u) as unknown,
    });
    expect(bundleFiles(manifest([docx, { ...docx, name: 'A.DOCX' }]), CAPS)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/hai lần/u) as unknown,
    });
    expect(bundleFiles(manifest([{ ...docx, bytes: 5000 }, draft]), CAPS)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/lớn quá mức/u) as unknown,
    });
  });

  it('tells a changed file and a manifest describing another report', () => {
    const file = { name: 'a.docx', bytes: 10, sha256: HASH };
    expect(describedFileProblem(file, 10, HASH)).toBeNull();
    expect(describedFileProblem(file, 11, HASH)).toMatch(/kích thước khác/u);
    expect(describedFileProblem(file, 10, 'b'.repeat(64))).toMatch(/SHA-256/u);
    expect(manifestDescribesReport(manifest([file]), report)).toBe(true);
    expect(manifestDescribesReport(manifest([file]), unitReport(UNITS.banBo))).toBe(false);
  });
});
