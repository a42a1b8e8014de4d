/**
 * Receiving verified reports into IndexedDB: each is judged against what the office already holds (new,
 * already received, newer or older version) and stored unless it is already there, in one transaction, so a
 * receive either stores every report of the stick the clerk accepted or none. Earlier versions stay as the
 * report's history.
 */
import type { Report } from '../../../core/model/report-schema';
import { classifyIncoming, type BundleIdentity, type ReceiveStatus } from '../../../core/submission/bundle-identity';
import type { DraftsDb } from '../db/drafts-db';
import { identityOf, toReceived, type ReceivedReport } from './received-report';

export async function receiveReports(
  db: DraftsDb,
  incoming: readonly { identity: BundleIdentity; report: Report }[],
  now: number,
): Promise<ReceiveStatus[]> {
  return db.transaction('rw', db.received, async () => {
    const held = (await db.received.toArray()).map(identityOf);
    const statuses = classifyIncoming(
      incoming.map((i) => i.identity),
      held,
    );
    const toStore = incoming.filter((_, i) => statuses[i] !== 'already-received');
    await db.received.bulkPut(toStore.map((i) => toReceived(i.identity, i.report, now)));
    return statuses;
  });
}

export interface ReceivedGroup {
  templateId: string;
  periodKey: string;
  periodLabel: string;
  /** The latest version of each unit's report, by unit name. */
  latest: ReceivedReport[];
  /** Every version, newest first. */
  all: ReceivedReport[];
}

/** Received reports grouped by outline and period, the groups newest first. */
export async function receivedGroups(db: DraftsDb): Promise<ReceivedGroup[]> {
  const groups = new Map<string, ReceivedGroup>();
  for (const r of await db.received.toArray()) {
    const key = `${r.templateId}\u0000${r.periodKey}`;
    const group = groups.get(key) ?? {
      templateId: r.templateId,
      periodKey: r.periodKey,
      periodLabel: r.periodLabel,
      latest: [],
      all: [],
    };
    group.all.push(r);
    groups.set(key, group);
  }
  const newer = (a: ReceivedReport, b: ReceivedReport) =>
    a.date !== b.date ? b.date.localeCompare(a.date) : b.savedAt.localeCompare(a.savedAt);
  for (const group of groups.values()) {
    group.all.sort(newer);
    const seen = new Set<string>();
    group.latest = group.all
      .filter((r) => !seen.has(r.unitKey) && Boolean(seen.add(r.unitKey)))
      .sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
  }
  return [...groups.values()].sort((a, b) => (b.latest[0]?.date ?? '').localeCompare(a.latest[0]?.date ?? ''));
}
