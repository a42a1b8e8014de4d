/**
 * What one draft looks like in IndexedDB, and the gate every record passes on its way out: a record is
 * only handed to the UI after `parseReport` accepted its report, so a record broken by an old version, a
 * crash or a hand edit shows a Vietnamese message instead of crashing the wizard.
 */
import { z } from 'zod/mini';
import { DRAFT_ID_PATTERN } from '../../../core/model/ids';
import { parseReport, type Report } from '../../../core/model/report-schema';
import { hasWrittenText } from '../../../core/model/report-text';

export interface DraftRecord {
  id: string;
  templateId: string;
  report: Report;
  /** Trích yếu at the last save, copied out so the list can be searched without parsing every report. */
  title: string;
  createdAt: number;
  updatedAt: number;
  /** Wizard step the clerk was on, so reopening lands there. */
  lastStepKey: string;
  /** Set when deleted; the record stays until purged so "Hoàn tác" can bring it back. */
  deletedAt?: number | undefined;
}

export interface BrokenDraft {
  id: string;
  message: string;
}

export type DraftReadResult = { ok: true; draft: DraftRecord } | { ok: false; broken: BrokenDraft };

export const UNTITLED = 'Báo cáo chưa đặt tên';

const envelopeSchema = z.object({
  id: z.string().check(z.regex(DRAFT_ID_PATTERN)),
  templateId: z.string().check(z.maxLength(60)),
  report: z.unknown(),
  title: z.string().check(z.maxLength(4000)),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastStepKey: z.string().check(z.maxLength(200)),
  deletedAt: z.optional(z.number()),
});

export function readDraftRecord(raw: unknown): DraftReadResult {
  const env = envelopeSchema.safeParse(raw);
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '?';
  if (!env.success) {
    return {
      ok: false,
      broken: {
        id,
        message:
          'Một bản nháp trong bộ nhớ bị hỏng (thiếu thông tin cơ bản) nên không mở được. Các bản nháp khác không bị ảnh hưởng.',
      },
    };
  }
  const report = parseReport(env.data.report);
  if (!report.ok) {
    const where = report.issues[0]?.path.join('.') ?? '';
    return {
      ok: false,
      broken: {
        id: env.data.id,
        message: `Bản nháp “${env.data.title || UNTITLED}” bị hỏng (tại “${where}”) nên không mở được. Các bản nháp khác không bị ảnh hưởng.`,
      },
    };
  }
  return { ok: true, draft: { ...env.data, report: report.value } };
}

/** The title shown in lists and the app bar: the trích yếu, or a friendly placeholder. */
export function draftTitle(report: Report): string {
  const t = report.title.trim();
  return t && hasWrittenText(t) ? t : UNTITLED;
}
