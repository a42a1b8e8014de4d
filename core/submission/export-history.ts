/**
 * The export history: one entry per .docx export or USB submission, verified or failed. Main stores it
 * as JSON lines; these pure helpers parse it (a torn last line is skipped, never fatal) and derive what
 * a draft shows: "Đã nộp ngày …" and whether it was edited after that submission.
 */
// zod/mini (tree-shakable): this module ships in the renderer (the history list).
import { z } from 'zod/mini';
import { shortDate } from '../text/date-line';

export const historyFileSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  bytes: z.number().check(z.int(), z.gte(0)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const historyEntrySchema = z.strictObject({
  v: z.literal(1),
  /** Draft id from the app's database; null for the CLI, which works on files. */
  draftId: z.nullable(z.string().check(z.maxLength(100))),
  kind: z.enum(['docx', 'submission']),
  /** ISO instant. */
  at: z.iso.datetime({ offset: true }),
  /** Folder or file written (absolute path on this computer). */
  target: z.string().check(z.maxLength(4_096)),
  /** Label of the drive (e.g. "KINGSTON (E:)"), when written to a removable drive. */
  drive: z.optional(z.string().check(z.maxLength(200))),
  files: z.array(historyFileSchema).check(z.maxLength(20)),
  status: z.enum(['verified', 'failed']),
  /** The Vietnamese message the user saw, for a failure. */
  message: z.optional(z.string().check(z.maxLength(1_000))),
  millis: z.optional(z.number().check(z.gte(0))),
});
export type ExportHistoryEntry = z.infer<typeof historyEntrySchema>;

export function serializeHistoryEntry(entry: ExportHistoryEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/** Every valid line, in file order; invalid or torn lines are skipped. */
export function parseHistoryLines(text: string): ExportHistoryEntry[] {
  const entries: ExportHistoryEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = historyEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

/** The draft's entries, newest first. */
export function historyForDraft(entries: readonly ExportHistoryEntry[], draftId: string): ExportHistoryEntry[] {
  return entries.filter((e) => e.draftId === draftId).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export type SubmissionState =
  { kind: 'never' } | { kind: 'submitted'; at: string; label: string; editedAfter: boolean; warning: string | null };

/**
 * "Đã nộp ngày 15/6/2023 lúc 14:05" from the last VERIFIED submission; `editedAfter` when the draft
 * was changed later (its updatedAt, ISO or epoch ms, is after the submission).
 */
export function submissionState(
  entries: readonly ExportHistoryEntry[],
  draftId: string,
  draftUpdatedAt: string | number | null,
): SubmissionState {
  const last = historyForDraft(entries, draftId).find((e) => e.kind === 'submission' && e.status === 'verified');
  if (!last) return { kind: 'never' };
  const submittedMs = Date.parse(last.at);
  const updatedMs =
    typeof draftUpdatedAt === 'number' ? draftUpdatedAt : draftUpdatedAt === null ? NaN : Date.parse(draftUpdatedAt);
  const editedAfter = Number.isFinite(updatedMs) && updatedMs > submittedMs;
  return {
    kind: 'submitted',
    at: last.at,
    label: `Đã nộp ngày ${localDateTimeLabel(last.at)}`,
    editedAfter,
    warning: editedAfter
      ? 'Bản nháp đã được sửa sau lần nộp này: bản trên USB đã nộp là bản cũ. Nếu cần, hãy nộp lại.'
      : null,
  };
}

/** "15/6/2023 lúc 14:05" in the computer's local time (SPEC short date, 24-hour clock). */
export function localDateTimeLabel(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const date = shortDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${date} lúc ${time}`;
}
