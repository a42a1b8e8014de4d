/**
 * manifest.json of a USB submission: what the report is and the SHA-256 and size of every file next
 * to it, so the receiving office (or "Kiểm tra USB" after re-inserting the stick) can re-check the
 * bytes past the OS cache (M-02). Versioned and validated strictly when read back.
 */
import { z } from 'zod';
import { exportFileStem } from '../model/export-name';
import type { Report } from '../model/report-schema';

export const MANIFEST_FORMAT = 'soan-bao-cao/submission' as const;
export const MANIFEST_VERSION = 1 as const;
/** Byte cap before JSON.parse (I-03). */
export const MANIFEST_MAX_BYTES = 64 * 1024;

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const manifestFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(SHA256_HEX),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(MANIFEST_VERSION),
  /** ISO instant the bundle was written. */
  createdAt: z.iso.datetime({ offset: true }),
  app: z.string().max(100),
  report: z.strictObject({
    /** "Báo cáo sơ kết 5 năm …" (with "Số …" in front once a number is assigned). */
    title: z.string().max(2_500),
    number: z.string().max(100),
    issuer: z.string().max(300),
    date: z.string().max(10),
  }),
  files: z.array(manifestFileSchema).min(1).max(20),
});
export type SubmissionManifest = z.infer<typeof manifestSchema>;

export function buildManifest(
  report: Report,
  files: readonly ManifestFile[],
  createdAtIso: string,
  app: string,
): SubmissionManifest {
  const { number, docTypeCode, issuerCode, issuer, date } = report.header;
  const symbol =
    number.trim() === ''
      ? ''
      : [number, docTypeCode, issuerCode]
          .map((p) => p.trim())
          .filter(Boolean)
          .join('-');
  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_VERSION,
    createdAt: createdAtIso,
    app,
    report: { title: exportFileStem(report), number: symbol, issuer: issuer.trim(), date },
    files: files.map((f) => ({ name: f.name, bytes: f.bytes, sha256: f.sha256 })),
  };
}

export function serializeManifest(manifest: SubmissionManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ManifestResult = { ok: true; manifest: SubmissionManifest } | { ok: false; message: string };

export function parseManifest(text: string): ManifestResult {
  const invalid = 'Tệp manifest.json của bộ hồ sơ nộp không hợp lệ hoặc đã bị sửa. Hãy nộp lại từ máy soạn báo cáo.';
  if (text.length > MANIFEST_MAX_BYTES) return { ok: false, message: invalid };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: invalid };
  }
  const parsed = manifestSchema.safeParse(raw);
  return parsed.success ? { ok: true, manifest: parsed.data } : { ok: false, message: invalid };
}
