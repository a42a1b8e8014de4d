/**
 * The outline file (.decuong.json): how a clerk shares an outline (đề cương) made on this machine, by USB or
 * mail. It is NOT a signed template pack: it carries no signature, and the app keeps it marked as a
 * self-made outline after import. Everything in a file is untrusted: the bytes are capped before decoding,
 * nesting is bounded before any recursive code runs, unknown keys are errors, and the outline goes through
 * the very schema of assets/templates (which cleans every string to NFC). The SHA-256 of the canonical JSON
 * catches a file damaged in copying or edited by hand.
 */
import { z } from 'zod/mini';
import { decodeCappedUtf8 } from '../draft-file/capped-utf8';
import { canonicalJson } from '../draft-file/canonical-json';
import { describeIssue, issuePath } from '../draft-file/draft-file-messages';
import { withinDepth } from '../draft-file/json-shape';
import { CHECKSUM_ALGORITHM, CHECKSUM_PATTERN, sha256Hex } from '../draft-file/report-checksum';
import { displaySafe } from '../text/display-safe';
import { templateSchema, type Template } from './template-schema';

export const OUTLINE_FILE_FORMAT = 'soan-bao-cao/outline' as const;
export const OUTLINE_FILE_VERSION = 1 as const;
export const OUTLINE_FILE_EXTENSION = '.decuong.json';
/** An outline is a few dozen KB; 1 MB leaves room for long guidance and refuses anything else at once (I-03). */
export const OUTLINE_FILE_MAX_BYTES = 1024 * 1024;

const envelopeSchema = z.strictObject({
  format: z.literal(OUTLINE_FILE_FORMAT),
  formatVersion: z.literal(OUTLINE_FILE_VERSION),
  savedAt: z.optional(z.iso.datetime()),
  checksum: z.strictObject({
    algorithm: z.literal(CHECKSUM_ALGORITHM),
    value: z.string().check(z.regex(CHECKSUM_PATTERN)),
  }),
  template: z.unknown(),
});

export const OUTLINE_FILE_MESSAGES = {
  tooLarge: (maxBytes: number) =>
    `Tệp quá lớn (trên ${Math.round(maxBytes / 1024)} KB) nên không phải tệp đề cương. Hãy kiểm tra lại đúng tệp ${OUTLINE_FILE_EXTENSION} chưa.`,
  notUtf8: `Tệp không phải văn bản UTF-8 nên không phải tệp đề cương. Hãy chọn đúng tệp ${OUTLINE_FILE_EXTENSION}.`,
  badJson:
    'Tệp đề cương không đọc được (nội dung hỏng hoặc bị cắt cụt khi sao chép). Hãy chép lại tệp gốc rồi nhập lại.',
  tooDeep: `Tệp có cấu trúc lồng nhau quá sâu nên không phải tệp đề cương của Soạn Báo Cáo. Hãy chọn đúng tệp ${OUTLINE_FILE_EXTENSION}.`,
  notOutline: `Tệp không phải tệp đề cương của Soạn Báo Cáo (thiếu dấu hiệu “${OUTLINE_FILE_FORMAT}”). Hãy chọn đúng tệp ${OUTLINE_FILE_EXTENSION}.`,
  newerVersion: (found: number) =>
    `Tệp đề cương thuộc phiên bản định dạng ${found}, mới hơn phiên bản ${OUTLINE_FILE_VERSION} mà ứng dụng này đọc được. Hãy cập nhật Soạn Báo Cáo rồi nhập lại.`,
  badEnvelope: (where: string, what: string) =>
    `Phần thông tin chung của tệp đề cương không hợp lệ (trường “${displaySafe(where)}”: ${displaySafe(what)}). Hãy xin lại tệp gốc.`,
  checksumMismatch:
    'Mã kiểm tra SHA-256 ghi trong tệp đề cương không khớp với nội dung: tệp đã bị sửa ngoài ứng dụng hoặc hỏng khi sao chép. Hãy xin lại tệp gốc.',
  badTemplate: (where: string, what: string) =>
    `Đề cương trong tệp không hợp lệ (tại “${displaySafe(where)}”: ${displaySafe(what)}). Hãy xin lại tệp gốc.`,
} as const;

const M = OUTLINE_FILE_MESSAGES;

export type OutlineFileResult =
  { ok: true; template: Template; savedAt?: string | undefined } | { ok: false; message: string };

/** The file's text; the template goes through the schema first, so the checksum covers exactly what is read back. */
export function serializeOutlineFile(template: Template, savedAt: string): string {
  const parsed = templateSchema.parse(template);
  const file = {
    format: OUTLINE_FILE_FORMAT,
    formatVersion: OUTLINE_FILE_VERSION,
    savedAt,
    checksum: { algorithm: CHECKSUM_ALGORITHM, value: sha256Hex(canonicalJson(parsed)) },
    template: parsed,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Size cap, strict UTF-8 (a BOM is tolerated), JSON depth, envelope, checksum, then the template schema. */
export function readOutlineFileBytes(bytes: Uint8Array, maxBytes: number = OUTLINE_FILE_MAX_BYTES): OutlineFileResult {
  const decoded = decodeCappedUtf8(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, message: decoded.refused === 'too-large' ? M.tooLarge(maxBytes) : M.notUtf8 };
  const { text } = decoded;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: error instanceof RangeError ? M.tooDeep : M.badJson };
  }
  if (!withinDepth(raw)) return { ok: false, message: M.tooDeep };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: M.notOutline };
  const record = raw as Record<string, unknown>;
  if (record.format !== OUTLINE_FILE_FORMAT) return { ok: false, message: M.notOutline };
  const version = record.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > OUTLINE_FILE_VERSION)
    return { ok: false, message: M.newerVersion(version) };
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    const issue = env.error.issues[0];
    return { ok: false, message: M.badEnvelope(issuePath(issue), describeIssue(issue)) };
  }
  // Checked on the outline as written, before cleaning: any edit outside the app is caught.
  if (sha256Hex(canonicalJson(env.data.template)) !== env.data.checksum.value)
    return { ok: false, message: M.checksumMismatch };
  const template = templateSchema.safeParse(env.data.template);
  if (!template.success) {
    const issue = template.error.issues[0];
    return { ok: false, message: M.badTemplate(issuePath(issue), describeIssue(issue)) };
  }
  return { ok: true, template: template.data, ...(env.data.savedAt ? { savedAt: env.data.savedAt } : {}) };
}
