/**
 * The outline file is read from USB sticks and mail: it must round-trip an outline exactly, and refuse
 * every damaged, forged or oversized file with a Vietnamese sentence instead of a crash.
 */
import { describe, expect, it } from 'vitest';
import dinhKy from '../../assets/templates/dinh-ky.json';
import {
  OUTLINE_FILE_MAX_BYTES,
  OUTLINE_FILE_MESSAGES as M,
  readOutlineFileBytes,
  serializeOutlineFile,
} from './outline-file';
import { canonicalJson } from '../draft-file/canonical-json';
import { sha256Hex } from '../draft-file/report-checksum';
import { templateSchema } from './template-schema';

interface OutlineFileJson {
  template: Record<string, unknown>;
  checksum: { value: string };
}
const sha = (value: unknown) => sha256Hex(canonicalJson(value));

const bytes = (text: string) => new TextEncoder().encode(text);
const template = templateSchema.parse({
  ...dinhKy,
  id: 'tu-soan-abc123',
  ruleSet: 'nd30-2020',
  chapters: [{ ...dinhKy.chapters[0]!, hints: ['Có số liệu so với cùng kỳ'], optional: true }],
});

describe('outline file', () => {
  it('round-trips an outline with its hints, optional flags and rule-set', () => {
    const read = readOutlineFileBytes(bytes(serializeOutlineFile(template, '2026-12-06T08:00:00.000Z')));
    expect(read).toEqual({ ok: true, template, savedAt: '2026-12-06T08:00:00.000Z' });
  });

  it('normalises text written in decomposed form to NFC on import', () => {
    const file = JSON.parse(serializeOutlineFile(template, '2026-12-06T08:00:00.000Z')) as OutlineFileJson;
    // A file written by another tool in NFD, with a checksum over what it wrote.
    file.template.name = 'Đề cương chuyên đề'.normalize('NFD');
    file.checksum.value = sha(file.template);
    const read = readOutlineFileBytes(bytes(JSON.stringify(file)));
    expect(read.ok && read.template.name).toBe('Đề cương chuyên đề'.normalize('NFC'));
  });

  it('refuses a file edited outside the app, with the checksum message', () => {
    const text = serializeOutlineFile(template, '2026-12-06T08:00:00.000Z').replace(
      'KẾT QUẢ LÃNH ĐẠO',
      'KẾT QUẢ LÃNH ĐẠO SỬA TAY',
    );
    expect(readOutlineFileBytes(bytes(text))).toEqual({ ok: false, message: M.checksumMismatch });
  });

  it('refuses oversized, non-UTF-8, non-JSON, too deep, foreign and newer files in Vietnamese', () => {
    expect(readOutlineFileBytes(new Uint8Array(OUTLINE_FILE_MAX_BYTES + 1))).toEqual({
      ok: false,
      message: M.tooLarge(OUTLINE_FILE_MAX_BYTES),
    });
    expect(readOutlineFileBytes(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ ok: false, message: M.notUtf8 });
    expect(readOutlineFileBytes(bytes('{"format": "soan-bao-cao/outline",'))).toEqual({
      ok: false,
      message: M.badJson,
    });
    expect(readOutlineFileBytes(bytes('['.repeat(5000) + ']'.repeat(5000)))).toEqual({
      ok: false,
      message: M.tooDeep,
    });
    expect(readOutlineFileBytes(bytes('{"format":"soan-bao-cao/draft","formatVersion":2}'))).toEqual({
      ok: false,
      message: M.notOutline,
    });
    expect(readOutlineFileBytes(bytes('{"format":"soan-bao-cao/outline","formatVersion":7}'))).toEqual({
      ok: false,
      message: M.newerVersion(7),
    });
  });

  it('refuses an outline that fails the template schema, naming where', () => {
    const text = serializeOutlineFile(template, '2026-12-06T08:00:00.000Z');
    const file = JSON.parse(text) as OutlineFileJson;
    file.template.chapters = [];
    file.checksum.value = sha(file.template);
    const read = readOutlineFileBytes(bytes(JSON.stringify(file)));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain('Đề cương trong tệp không hợp lệ (tại “chapters”');
  });
});
