/**
 * "Lưu bản nháp ra tệp" / "Mở tệp bản nháp" (.baocao.json v2). Desktop: main's dialogs (draftFileSave /
 * draftFileOpen). Browser: a download and an <input type=file> read with the same core parser, so a file is
 * accepted or refused — with the same Vietnamese sentence — wherever it is opened.
 */
import { parseReport, type Report } from '../../../core/model/report-schema';
import { wizardSteps } from '../../../core/model/wizard-steps';
import { safeFileName } from '../../../core/text/safe-file-name';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import type { DraftsDb } from '../db/drafts-db';
import { writeWholeDraft } from '../db/draft-store';
import { randomId } from '../db/drafts-repository';
import { callJournal, journalInput, JournalSaveError, type JournalApi } from '../journal/journal-api';
import { createOfficeWordsRepository } from '../spelling/office-words-repository';

export type FileOutcome =
  { status: 'saved'; message: string } | { status: 'canceled' } | { status: 'error'; message: string };

/** A draft read from a file, validated, not yet stored anywhere. */
export interface OpenedDraft {
  fileName: string;
  templateId: string;
  report: Report;
  /** The id written in the file: untrusted, only used to detect a collision. */
  draftId?: string | undefined;
  lastStepKey?: string | undefined;
  createdAt?: number | undefined;
  /** The writing office's own spelling words (format 3): merged into this office's list when stored. */
  officeWords?: string[] | undefined;
}

export type OpenOutcome =
  | { status: 'opened'; opened: OpenedDraft; existing: { id: string; title: string } | null }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/** Same rule as main's dialog default: safe for Windows and FAT, ending in .baocao.json. */
export function draftFileName(report: Report): string {
  return safeFileName(draftTitle(report), 'docx').replace(/\.docx$/, '.baocao.json');
}

/**
 * The file format (schema, checksum) for the browser paths only: in the desktop app main writes and parses draft
 * files, so the desktop bundle leaves this import out (renderer/src/build-target.d.ts).
 */
async function browserDraftFileFormat() {
  if (typeof __BROWSER_BUILD__ !== 'undefined' && !__BROWSER_BUILD__)
    throw new Error('The desktop renderer reads and writes draft files through main.');
  return import('../../../core/draft-file/draft-file-format');
}

/** Browser download of the file (the same bytes as the desktop writes). */
async function download(record: DraftRecord, officeWords: readonly string[]): Promise<void> {
  const { serializeDraftFile } = await browserDraftFileFormat();
  const text = serializeDraftFile(record.templateId, record.report, {
    draftId: record.id,
    lastStepKey: record.lastStepKey,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    savedAt: new Date().toISOString(),
    officeWords: [...officeWords],
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = draftFileName(record.report);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Writes the draft with the office's own spelling words, so another PC does not flag them. */
export async function saveDraftToFile(
  api: JournalApi | null,
  record: DraftRecord,
  officeWords: readonly string[] = [],
): Promise<FileOutcome> {
  if (!api) {
    await download(record, officeWords);
    return {
      status: 'saved',
      message: `Đã tải xuống tệp “${draftFileName(record.report)}”. Tệp nằm trong thư mục Tải xuống của trình duyệt.`,
    };
  }
  try {
    const res = await api.draftFileSave({
      draft: journalInput(record),
      suggestedName: draftFileName(record.report),
      ...(officeWords.length > 0 ? { officeWords: [...officeWords] } : {}),
    });
    if (res.status === 'saved') return { status: 'saved', message: `Đã lưu bản nháp ra tệp ${res.filePath}.` };
    return res;
  } catch {
    return { status: 'error', message: 'Không lưu được bản nháp ra tệp. Hãy thử lại hoặc chọn thư mục khác.' };
  }
}

async function findExisting(db: DraftsDb, id: string | undefined): Promise<{ id: string; title: string } | null> {
  if (!id) return null;
  const row = await db.drafts.get(id);
  return row ? { id: row.id, title: row.title } : null;
}

/** Browser: reads a picked file with the core parser (size cap, UTF-8, schema, checksum). */
export async function openPickedFile(db: DraftsDb, file: File): Promise<OpenOutcome> {
  const { readDraftFileBytes } = await browserDraftFileFormat();
  const parsed = readDraftFileBytes(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return { status: 'error', message: parsed.message };
  const d = parsed.draft;
  const opened: OpenedDraft = {
    fileName: file.name,
    templateId: d.templateId,
    report: d.report,
    draftId: d.draftId,
    lastStepKey: d.lastStepKey,
    createdAt: d.createdAt,
    officeWords: d.officeWords,
  };
  return { status: 'opened', opened, existing: await findExisting(db, d.draftId) };
}

/** Desktop: main shows the dialog and parses; the report is checked once more here before it is stored. */
export async function openWithDialog(db: DraftsDb, api: JournalApi): Promise<OpenOutcome> {
  let res;
  try {
    res = await api.draftFileOpen();
  } catch {
    return { status: 'error', message: 'Không mở được tệp bản nháp. Hãy thử lại.' };
  }
  if (res.status !== 'opened') return res;
  const report = parseReport(res.draft.report);
  if (!report.ok) return { status: 'error', message: 'Tệp bản nháp có nội dung không hợp lệ nên không mở được.' };
  const d = res.draft;
  const opened: OpenedDraft = {
    fileName: res.fileName,
    templateId: d.templateId,
    report: report.value,
    draftId: d.draftId,
    lastStepKey: d.lastStepKey,
    createdAt: d.createdAt,
    officeWords: d.officeWords,
  };
  const local = await findExisting(db, d.draftId);
  const existing = local ?? (res.existing ? { id: res.existing.id, title: res.existing.title } : null);
  return { status: 'opened', opened, existing };
}

export const BEFORE_REPLACE_VERSION = 'Trước khi thay bằng tệp';

/**
 * Stores an opened draft: as a new copy (fresh id), or replacing the draft with the file's id — only after
 * the clerk chose "Thay thế"; the replaced state is kept as a named version in the journal first.
 */
export async function importOpenedDraft(
  db: DraftsDb,
  api: JournalApi | null,
  opened: OpenedDraft,
  mode: 'copy' | 'replace',
  now: number,
): Promise<DraftRecord> {
  const replaceId = mode === 'replace' && opened.draftId ? opened.draftId : null;
  const steps = wizardSteps(opened.report);
  const step = steps.find((s) => s.key === opened.lastStepKey)?.key ?? steps[0]!.key;
  const record: DraftRecord = {
    id: replaceId ?? randomId(),
    templateId: opened.templateId,
    report: opened.report,
    title: draftTitle(opened.report),
    createdAt: replaceId ? (opened.createdAt ?? now) : now,
    updatedAt: now,
    lastStepKey: step,
  };
  if (api && replaceId) {
    const kept = await callJournal(() => api.revisionCreate({ id: replaceId, name: BEFORE_REPLACE_VERSION }));
    if (kept.status === 'error' && kept.reason !== 'not-found') throw new JournalSaveError(kept);
  }
  await writeWholeDraft(db, record);
  if (api) {
    // 'import' makes main snapshot every draft first (D-14), so even a replace can be undone from a backup.
    const res = await callJournal(() => api.journalSave({ draft: journalInput(record), reason: 'import' }));
    if (res.status === 'error') throw new JournalSaveError(res);
  }
  return record;
}

/**
 * The office words a draft file brought (written on another PC) join this office's list, merged without asking:
 * they only stop underlines, and the list can be edited any time. Returns how many were new here.
 */
export function mergeOpenedOfficeWords(db: DraftsDb, opened: OpenedDraft, now: number): Promise<number> {
  if (!opened.officeWords?.length) return Promise.resolve(0);
  return createOfficeWordsRepository({ db, now: () => now }).mergeWords(opened.officeWords);
}

export function mergedWordsNotice(added: number): string | null {
  return added > 0 ? `Đã thêm ${added} từ của đơn vị gửi kèm tệp vào từ điển của đơn vị trên máy này.` : null;
}
