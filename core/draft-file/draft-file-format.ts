/**
 * The draft file (.baocao.json): what "Lưu bản nháp ra tệp" writes, what "Mở tệp bản nháp" and
 * `soan-bao-cao check`/`render` read. Version 2 adds a SHA-256 checksum of the canonical report JSON and the
 * draft's metadata; version 1 files (no checksum) are migrated on import. Version 3 adds the office's own
 * spelling words, so a draft carried to another PC is not underlined there for the office's names and terms.
 * A file says the lowest version that holds its content: without office words it is still written as version
 * 2, which every earlier app opens; an app older than version 3 refuses a version-3 file with "made by a newer
 * version, update the app" (its version-2 envelope is strict, so an extra field would have been a confusing
 * "unknown field" refusal instead). Everything in a file is untrusted:
 * the text is capped before parsing, nesting is bounded, unknown keys are errors, every string of the report
 * is cleaned by the report schema, and `draftId` is only a hint (the app never overwrites without asking).
 */
// zod/mini, like the report schema it composes (idSchema): the browser build validates files with it.
import { decodeCappedUtf8 } from './capped-utf8';
import { z } from 'zod/mini';
import { MAX_TIME_MS, SLUG_PATTERN } from '../model/ids';
import { idSchema, parseReport, type Report } from '../model/report-schema';
import { DRAFT_FILE_MESSAGES as M, describeIssue, issuePath } from './draft-file-messages';
import { withinDepth } from './json-shape';
import { CHECKSUM_ALGORITHM, CHECKSUM_PATTERN, reportChecksum } from './report-checksum';

export const DRAFT_FILE_FORMAT = 'soan-bao-cao/draft' as const;
export const DRAFT_FILE_VERSION = 3 as const;
/** Office words carried by a file: as many as a profile keeps, each one word as `officeWordKey` stores it. */
export const DRAFT_FILE_OFFICE_WORDS = { max: 5_000, length: 40 } as const;
/** Byte cap checked before decoding/JSON.parse (I-03). */
export const DRAFT_FILE_MAX_BYTES = 5 * 1024 * 1024;

const templateIdSchema = z.string().check(z.regex(SLUG_PATTERN));
const millisSchema = z.number().check(z.int(), z.gte(0), z.lte(MAX_TIME_MS));

const v1Schema = z.strictObject({
  format: z.literal(DRAFT_FILE_FORMAT),
  formatVersion: z.literal(1),
  templateId: templateIdSchema,
  report: z.unknown(),
});

const v2Fields = {
  format: z.literal(DRAFT_FILE_FORMAT),
  templateId: templateIdSchema,
  draftId: z.optional(idSchema),
  lastStepKey: z.optional(z.string().check(z.maxLength(200))),
  createdAt: z.optional(millisSchema),
  updatedAt: z.optional(millisSchema),
  savedAt: z.optional(z.iso.datetime()),
  checksum: z.strictObject({
    algorithm: z.literal(CHECKSUM_ALGORITHM),
    value: z.string().check(z.regex(CHECKSUM_PATTERN)),
  }),
  report: z.unknown(),
};
const v2Schema = z.strictObject({ ...v2Fields, formatVersion: z.literal(2) });

/** One word, no spaces or control characters; NFC and lower case are applied by the reader. */
const officeWordSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(DRAFT_FILE_OFFICE_WORDS.length), z.regex(/^[^\s\p{C}]+$/u));
const v3Schema = z.strictObject({
  ...v2Fields,
  formatVersion: z.literal(3),
  /** Not covered by the checksum (it guards the report); each word is checked here and again when stored. */
  officeWords: z.optional(z.array(officeWordSchema).check(z.maxLength(DRAFT_FILE_OFFICE_WORDS.max))),
});

/** Draft metadata carried by a v2 file; all optional except the template. */
export interface DraftFileMeta {
  templateId: string;
  /** The id the draft had on the PC that wrote the file. Untrusted: only used to ask "thay thế / bản sao". */
  draftId?: string | undefined;
  lastStepKey?: string | undefined;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
  /** ISO date-time of the export, e.g. "2025-03-01T07:15:00.000Z". */
  savedAt?: string | undefined;
  /** The writing office's own spelling words (version 3); merged into the opening office's list. */
  officeWords?: string[] | undefined;
}

export interface DraftFile extends DraftFileMeta {
  format: typeof DRAFT_FILE_FORMAT;
  /** Always the current version after import (older files are migrated). */
  formatVersion: typeof DRAFT_FILE_VERSION;
  /** The version the file was written in (1 = migrated from the old format). */
  sourceVersion: 1 | 2 | 3;
  report: Report;
  /** SHA-256 (hex) of the canonical JSON of `report` as imported (after cleaning). */
  checksum: string;
}

export type DraftFileResult = { ok: true; draft: DraftFile } | { ok: false; message: string };

/**
 * Writes a v3 file when it carries office words, else a v2 file (readable by older apps). The report goes through the schema once more, so the bytes do not depend on the key
 * order of the object passed in (file → import → export gives the same bytes). Throws only on a report that
 * the schema rejects, which callers have already validated.
 */
export function serializeDraftFile(
  templateId: string,
  report: Report,
  meta: Omit<DraftFileMeta, 'templateId'> = {},
): string {
  const parsed = parseReport(report);
  if (!parsed.ok) throw new Error(`serializeDraftFile: invalid report at ${issuePath(parsed.issues[0])}`);
  // Only words the reader accepts: a file this writes is never refused for its word list.
  const valid = (meta.officeWords ?? []).filter((w) => officeWordSchema.safeParse(w).success);
  const words = valid.length ? [...new Set(valid)].sort().slice(0, DRAFT_FILE_OFFICE_WORDS.max) : undefined;
  const file = {
    format: DRAFT_FILE_FORMAT,
    formatVersion: words ? DRAFT_FILE_VERSION : 2,
    templateId,
    draftId: meta.draftId,
    lastStepKey: meta.lastStepKey,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    savedAt: meta.savedAt,
    checksum: { algorithm: CHECKSUM_ALGORITHM, value: reportChecksum(parsed.value) },
    officeWords: words,
    report: parsed.value,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads the raw bytes of a file: size cap, strict UTF-8 (a BOM is tolerated), then `parseDraftFile`. */
export function readDraftFileBytes(bytes: Uint8Array, maxBytes: number = DRAFT_FILE_MAX_BYTES): DraftFileResult {
  const decoded = decodeCappedUtf8(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, message: decoded.refused === 'too-large' ? M.tooLarge(maxBytes) : M.notUtf8 };
  return parseDraftFile(decoded.text, maxBytes);
}

/** Parses the text of a draft file (v1 or v2); every failure is a Vietnamese sentence, never a throw. */
export function parseDraftFile(textContent: string, maxBytes: number = DRAFT_FILE_MAX_BYTES): DraftFileResult {
  // UTF-16 length ≤ UTF-8 byte length, so this never refuses a file that is within the byte cap.
  if (textContent.length > maxBytes) return { ok: false, message: M.tooLarge(maxBytes) };
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch (error) {
    return { ok: false, message: error instanceof RangeError ? M.tooDeep : M.badJson };
  }
  if (!withinDepth(raw)) return { ok: false, message: M.tooDeep };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: M.notDraft };
  const record = raw as Record<string, unknown>;
  if (record.format !== DRAFT_FILE_FORMAT) return { ok: false, message: M.notDraft };
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, message: M.badVersion };
  if (version > DRAFT_FILE_VERSION) return { ok: false, message: M.newerVersion(version, DRAFT_FILE_VERSION) };

  let meta: DraftFileMeta;
  let rawReport: unknown;
  if (version === 1) {
    const env = v1Schema.safeParse(raw);
    if (!env.success)
      return { ok: false, message: M.badEnvelope(issuePath(env.error.issues[0]), describeIssue(env.error.issues[0])) };
    meta = { templateId: env.data.templateId };
    rawReport = env.data.report;
  } else {
    const env = version === 2 ? v2Schema.safeParse(raw) : v3Schema.safeParse(raw);
    if (!env.success)
      return { ok: false, message: M.badEnvelope(issuePath(env.error.issues[0]), describeIssue(env.error.issues[0])) };
    // Checked on the report as written, before cleaning: any edit outside the app is caught.
    if (reportChecksum(env.data.report) !== env.data.checksum.value) return { ok: false, message: M.checksumMismatch };
    const { format: _f, formatVersion: _v, checksum: _c, report, ...rest } = env.data;
    meta = 'officeWords' in rest && rest.officeWords ? { ...rest, officeWords: cleanWords(rest.officeWords) } : rest;
    rawReport = report;
  }

  const report = parseReport(rawReport);
  if (!report.ok) {
    const issue = report.issues[0];
    return { ok: false, message: M.badReport(issuePath(issue), describeIssue(issue)) };
  }
  return {
    ok: true,
    draft: {
      format: DRAFT_FILE_FORMAT,
      formatVersion: DRAFT_FILE_VERSION,
      sourceVersion: version === 1 ? 1 : version === 2 ? 2 : 3,
      ...withoutUndefined(meta),
      report: report.value,
      checksum: reportChecksum(report.value),
    },
  };
}

/** One line for `check` and logs: "Bản nháp hợp lệ: …". */
export function describeDraftFile(draft: DraftFile): string {
  const title = draft.report.title.trim() || '(chưa có trích yếu)';
  const sections = draft.report.sections.length;
  // Only version 1 needs converting; a version-2 file is a version-3 file without office words.
  const migrated = draft.sourceVersion === 1 ? `, định dạng cũ ${draft.sourceVersion} sẽ được chuyển đổi` : '';
  const words = draft.officeWords?.length ? `, ${draft.officeWords.length} từ của đơn vị` : '';
  return `Bản nháp hợp lệ: “${title.slice(0, 120)}” — ${sections} chương, mẫu ${draft.templateId}, định dạng ${draft.sourceVersion}${migrated}${words}, SHA-256 ${draft.checksum.slice(0, 12)}….`;
}

/** NFC, lower case, once each, sorted: the form the office's list keeps (hoà/hòa folding is the list's own job). */
function cleanWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.normalize('NFC').toLowerCase()))].sort();
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
