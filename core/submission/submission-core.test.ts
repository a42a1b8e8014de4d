import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleNames, nameKey, uniqueName, MAX_FOLDER_UNITS } from './bundle-names';
import { parseHistoryLines, serializeHistoryEntry, submissionState, type ExportHistoryEntry } from './export-history';
import { buildManifest, parseManifest, serializeManifest } from './manifest';
import type { Report } from '../model/report-schema';

const report = (title: string, number = '', date = '2023-06-15') =>
  ({
    header: { number, docTypeCode: 'BC', issuerCode: 'HU', issuer: 'HUYỆN ỦY TAM ĐƯỜNG', date },
    docType: 'BÁO CÁO',
    title,
  }) as unknown as Report;
const WINDOWS_OK = /^[^<>:"/\\|?*\p{Cc}\p{Cf}\p{Cs}]+$/u;

describe('bundleNames', () => {
  it('folder = date + symbol + title; files share the report name', () => {
    expect(bundleNames(report('tháng 9/2025', '12'), '2025-10-01')).toEqual({
      folder: '2023-06-15 - Số 12-BC-HU - Báo cáo tháng 9-2025',
      docx: 'Số 12-BC-HU - Báo cáo tháng 9-2025.docx',
      draft: 'Số 12-BC-HU - Báo cáo tháng 9-2025.baocao.json',
      manifest: 'manifest.json',
    });
    expect(bundleNames(report('x', '', ''), '2025-10-01').folder).toBe('2025-10-01 - Báo cáo x');
  });

  it('property: every name is FAT/NTFS-safe, NFC, free of bidi controls, capped, never empty', () => {
    const nasty = fc.constantFrom(
      '\u202E',
      '\u200D',
      'CON',
      ':',
      '/',
      '..',
      ' ',
      'e\u0301',
      '😀',
      'Huyện ủy'.normalize('NFD'),
    );
    const title = fc
      .array(
        fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })),
        { maxLength: 40 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(title, fc.string({ maxLength: 10 }), (t, n) => {
        const names = bundleNames(report(t, n), '2025-01-01');
        for (const name of [names.folder, names.docx, names.draft]) {
          expect(name).toMatch(WINDOWS_OK);
          expect(name).toBe(name.normalize('NFC'));
          expect(name).not.toMatch(/[. ]$/);
        }
        expect(names.folder.length).toBeLessThanOrEqual(MAX_FOLDER_UNITS);
        // A file or folder name never carries the "…" of a cut (one in the title itself may stay).
        if (!t.includes('…'))
          for (const name of [names.folder, names.docx, names.draft]) expect(name).not.toContain('…');
        expect(bundleNames(report(t.normalize('NFD'), n), '2025-01-01')).toEqual(
          bundleNames(report(t.normalize('NFC'), n), '2025-01-01'),
        );
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('uniqueName', () => {
  it('M-07 examples', () => {
    expect(uniqueName(['Báo cáo.docx'], 'BÁO CÁO.docx')).toBe('BÁO CÁO (2).docx');
    expect(uniqueName(['a.baocao.json', 'A (2).baocao.json'], 'a.baocao.json')).toBe('a (3).baocao.json');
    expect(uniqueName(['Nộp'.normalize('NFD')], 'Nộp', '')).toBe('Nộp (2)');
    expect(uniqueName([], 'x.docx')).toBe('x.docx');
  });
  it('property: never collides case-insensitively (NFC-folded) with the existing set', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 6 }).map((s) => `${s}.docx`),
          { maxLength: 20 },
        ),
        fc.string({ maxLength: 6 }),
        (existing, stem) => {
          const out = uniqueName(existing, `${stem}.docx`);
          expect(existing.map(nameKey)).not.toContain(nameKey(out));
        },
      ),
    );
  });
});

describe('manifest', () => {
  it('round-trips and rejects tampering', () => {
    const m = buildManifest(
      report('t', '12'),
      [{ name: 'a.docx', bytes: 3, sha256: 'a'.repeat(64) }],
      '2023-06-20T01:00:00.000Z',
      'app',
    );
    expect(m.report).toEqual({
      title: 'Số 12-BC-HU - Báo cáo t',
      number: '12-BC-HU',
      issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
      date: '2023-06-15',
    });
    expect(parseManifest(serializeManifest(m))).toEqual({ ok: true, manifest: m });
    expect(parseManifest(serializeManifest(m).replace('"bytes": 3', '"bytes": 3, "x": 1')).ok).toBe(false);
    expect(parseManifest('{"__proto__":{"p":1}}').ok).toBe(false);
  });
});

describe('export history', () => {
  const entry = (
    at: string,
    status: 'verified' | 'failed',
    kind: 'docx' | 'submission' = 'submission',
  ): ExportHistoryEntry => ({
    v: 1,
    draftId: 'd1',
    kind,
    at,
    target: 'E:\\x',
    files: [],
    status,
  });
  it('skips a torn last line and foreign lines', () => {
    const text = serializeHistoryEntry(entry('2023-06-20T01:00:00.000Z', 'verified')) + '{"v":1,"draftId":"d1","ki';
    expect(parseHistoryLines(text)).toHaveLength(1);
    expect(parseHistoryLines('garbage\n\n{}\n')).toEqual([]);
  });
  it('"Đã nộp ngày …" from the last verified submission; warns after a later edit', () => {
    const entries = [
      entry('2023-06-20T01:00:00.000Z', 'verified'),
      entry('2023-06-21T01:00:00.000Z', 'failed'),
      entry('2023-06-22T01:00:00.000Z', 'verified', 'docx'),
    ];
    const state = submissionState(entries, 'd1', Date.parse('2023-06-20T00:59:00Z'));
    expect(state).toMatchObject({
      kind: 'submitted',
      at: '2023-06-20T01:00:00.000Z',
      editedAfter: false,
      warning: null,
    });
    expect(state.kind === 'submitted' && state.label).toMatch(/^Đã nộp ngày 20\/6\/2023 lúc \d\d:\d\d$/);
    expect(submissionState(entries, 'd1', '2023-06-21T00:00:00Z')).toMatchObject({
      editedAfter: true,
      warning: expect.stringMatching(/sửa sau/),
    });
    expect(submissionState(entries, 'other', null)).toEqual({ kind: 'never' });
  });
});
