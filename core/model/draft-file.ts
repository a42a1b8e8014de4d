/**
 * The draft file (.baocao.json): what the CLI renders and what the app will save/open. Versioned so
 * later formats can migrate older ones on import.
 */
import { z } from 'zod';
import { parseReport, type Report } from './report-schema';

export const DRAFT_FILE_FORMAT = 'soan-bao-cao/draft' as const;
export const DRAFT_FILE_VERSION = 1 as const;
/** Byte cap checked before JSON.parse (I-03). */
export const DRAFT_FILE_MAX_BYTES = 5 * 1024 * 1024;

const envelopeSchema = z.strictObject({
  format: z.literal(DRAFT_FILE_FORMAT),
  formatVersion: z.literal(DRAFT_FILE_VERSION),
  templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  report: z.unknown(),
});

export interface DraftFile {
  format: typeof DRAFT_FILE_FORMAT;
  formatVersion: typeof DRAFT_FILE_VERSION;
  templateId: string;
  report: Report;
}

export type DraftFileResult = { ok: true; draft: DraftFile } | { ok: false; message: string };

export function serializeDraftFile(templateId: string, report: Report): string {
  const file: DraftFile = { format: DRAFT_FILE_FORMAT, formatVersion: DRAFT_FILE_VERSION, templateId, report };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses the text of a draft file; every failure is a Vietnamese sentence for the user. */
export function parseDraftFile(textContent: string): DraftFileResult {
  if (textContent.length > DRAFT_FILE_MAX_BYTES) {
    return { ok: false, message: 'Tệp bản nháp quá lớn (trên 5 MB). Hãy kiểm tra lại đúng tệp .baocao.json chưa.' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch {
    return { ok: false, message: 'Tệp không phải bản nháp hợp lệ: nội dung không đọc được (JSON hỏng). Hãy mở lại tệp gốc.' };
  }
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    return { ok: false, message: 'Tệp không phải bản nháp của Soạn Báo Cáo hoặc thuộc phiên bản không hỗ trợ.' };
  }
  const report = parseReport(env.data.report);
  if (!report.ok) {
    const where = report.issues[0]?.path.join('.') ?? '';
    return { ok: false, message: `Nội dung bản nháp không hợp lệ (tại “${where}”). Tệp có thể đã bị sửa hoặc hỏng.` };
  }
  return {
    ok: true,
    draft: { format: DRAFT_FILE_FORMAT, formatVersion: DRAFT_FILE_VERSION, templateId: env.data.templateId, report: report.value },
  };
}
