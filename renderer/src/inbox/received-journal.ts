/**
 * Received reports kept by main on disk beside IndexedDB, as drafts are: each accepted version is written to
 * main's read-only store of received reports, and whatever one store holds that the other lacks is copied
 * across when the inbox opens, so reports received survive the loss of IndexedDB (and a journal write that
 * failed once is made up later). Versions are copied one at a time: memory stays at one report.
 */
import type { JournalApi } from '../../../electron/ipc/channels';
import type { DraftsDb } from '../db/drafts-db';
import { identityOf, toReceived, type ReceivedReport } from './received-report';

export type ReceivedJournalApi = Pick<JournalApi, 'receivedStore' | 'receivedList' | 'receivedRead'>;

const UNREACHABLE =
  'Không liên lạc được với phần lưu trữ của ứng dụng nên báo cáo đã nhận chưa được lưu dự phòng xuống đĩa. Báo cáo vẫn có trong danh sách; ứng dụng sẽ tự lưu lại khi mở lại màn hình “Nhận báo cáo”.';

/** Writes each version to main's store; the first refusal's Vietnamese sentence, or null when all are kept. */
export async function journalReceived(
  api: ReceivedJournalApi,
  reports: readonly Pick<ReceivedReport, 'id'>[],
  db: DraftsDb,
): Promise<string | null> {
  let problem: string | null = null;
  for (const { id } of reports) {
    const record = await db.received.get(id);
    if (!record) continue;
    const answer = await api
      .receivedStore({ identity: identityOf(record), report: record.report, receivedAt: record.receivedAt })
      .catch(() => ({ status: 'error' as const, message: UNREACHABLE }));
    if (answer.status === 'error') problem ??= answer.message;
  }
  return problem;
}

export interface ReceivedSync {
  /** Versions brought back into IndexedDB from main's store. */
  restored: number;
  /** Vietnamese sentences: damaged files, refusals (each said once). */
  problems: string[];
}

export async function syncReceivedWithJournal(db: DraftsDb, api: ReceivedJournalApi): Promise<ReceivedSync> {
  const listed = await api.receivedList().catch(() => ({ status: 'error' as const, message: UNREACHABLE }));
  if (listed.status === 'error') return { restored: 0, problems: [listed.message] };
  const held = new Set((await db.received.toCollection().primaryKeys()).map(String));
  const problems = new Set<string>();
  let restored = 0;
  for (const ref of listed.versions) {
    if (held.has(ref.checksum)) continue;
    const answer = await api.receivedRead(ref).catch(() => ({ status: 'error' as const, message: UNREACHABLE }));
    if (answer.status === 'error') {
      problems.add(answer.message);
      continue;
    }
    // put, not add: a version received meanwhile in another window is the same report.
    await db.received.put(toReceived(answer.identity, answer.report, answer.receivedAt));
    held.add(ref.checksum);
    restored++;
  }
  const inJournal = new Set(listed.versions.map((v) => v.checksum));
  const missing = [...held].filter((id) => !inJournal.has(id)).map((id) => ({ id }));
  const problem = await journalReceived(api, missing, db);
  if (problem) problems.add(problem);
  return { restored, problems: [...problems] };
}

/**
 * The clerk's explicit "delete" of one unit's report for one outline and period: every version, from main's
 * store first (were it left there, the next sync would bring it back), then from IndexedDB. Returns the
 * Vietnamese sentence of a refusal, or null when it is gone from both.
 */
export async function deleteReceivedReport(
  db: DraftsDb,
  api: Pick<JournalApi, 'receivedDelete'> | null,
  report: Pick<ReceivedReport, 'unitKey' | 'templateId' | 'periodKey'>,
): Promise<string | null> {
  const { unitKey, templateId, periodKey } = report;
  if (api) {
    const answer = await api
      .receivedDelete({ unitKey, templateId, periodKey })
      .catch(() => ({ status: 'error' as const, message: UNREACHABLE_DELETE }));
    if (answer.status === 'error') return answer.message;
  }
  await db.received
    .where('[templateId+periodKey]')
    .equals([templateId, periodKey])
    .filter((r) => r.unitKey === unitKey)
    .delete();
  return null;
}

const UNREACHABLE_DELETE =
  'Không liên lạc được với phần lưu trữ của ứng dụng nên báo cáo chưa được xóa. Hãy thử lại; nếu lỗi kéo dài, hãy khởi động lại ứng dụng.';
