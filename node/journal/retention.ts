/**
 * Pure retention rules: which backups, checkpoints and trashed drafts to keep. Functions of their inputs and
 * `now` only, so they are property-tested (fast-check) without a clock or a disk.
 */

export interface BackupPolicy {
  /** The newest N are always kept. */
  recent: number;
  /** Newest backup of each of the last N hours. */
  hourly: number;
  /** Newest backup of each of the last N days. */
  daily: number;
  /** Offset of local time from UTC in minutes (Vietnam: +420), so "a day" is the clerk's day. */
  utcOffsetMinutes: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { recent: 3, hourly: 24, daily: 14, utcOffsetMinutes: 420 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Timestamps (ms) of backups to keep; every other backup may be deleted. The newest is always kept. */
export function backupsToKeep(
  stamps: readonly number[],
  now: number,
  policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
): Set<number> {
  const sorted = [...new Set(stamps)].sort((a, b) => b - a);
  const keep = new Set<number>(sorted.slice(0, Math.max(1, policy.recent)));
  const offset = policy.utcOffsetMinutes * 60_000;
  const bucketKeep = (size: number, count: number) => {
    const seen = new Set<number>();
    const currentBucket = Math.floor((now + offset) / size);
    for (const stamp of sorted) {
      const bucket = Math.floor((stamp + offset) / size);
      if (currentBucket - bucket >= count || seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(stamp);
    }
  };
  bucketKeep(HOUR, policy.hourly);
  bucketKeep(DAY, policy.daily);
  return keep;
}

/** Minutes of editing between two automatic checkpoints. */
export const AUTO_CHECKPOINT_EVERY_MS = 5 * 60_000;

/** A step change always checkpoints; otherwise at most one automatic checkpoint per 5 minutes of saves. */
export function needsAutoCheckpoint(lastAutoAt: number | undefined, now: number, reason: string): boolean {
  if (reason === 'step-change') return true;
  if (reason !== 'edit' && reason !== 'blur' && reason !== 'page-hide' && reason !== 'quit') return false;
  return lastAutoAt === undefined || now - lastAutoAt >= AUTO_CHECKPOINT_EVERY_MS;
}

export interface RevisionCaps {
  auto: number;
  named: number;
  restore: number;
  /** Total bytes of one draft's revisions; the oldest automatic ones go first. */
  bytes: number;
}
export const DEFAULT_REVISION_CAPS: RevisionCaps = { auto: 40, named: 30, restore: 10, bytes: 100 * 1024 * 1024 };

export interface RevisionEntry {
  revisionId: string;
  kind: 'auto' | 'named' | 'restore';
  at: number;
  bytes: number;
}

/**
 * Revision ids to delete: the oldest beyond each kind's cap, then the oldest automatic/restore ones while
 * the total is over the byte cap. Named versions are only dropped by their own count cap, never by size.
 */
export function revisionsToPrune(
  entries: readonly RevisionEntry[],
  caps: RevisionCaps = DEFAULT_REVISION_CAPS,
): Set<string> {
  const prune = new Set<string>();
  const newestFirst = [...entries].sort((a, b) => b.at - a.at || b.revisionId.localeCompare(a.revisionId));
  for (const kind of ['auto', 'named', 'restore'] as const) {
    newestFirst
      .filter((e) => e.kind === kind)
      .slice(caps[kind])
      .forEach((e) => prune.add(e.revisionId));
  }
  let total = newestFirst.filter((e) => !prune.has(e.revisionId)).reduce((sum, e) => sum + e.bytes, 0);
  for (const entry of [...newestFirst].reverse()) {
    if (total <= caps.bytes) break;
    if (entry.kind === 'named' || prune.has(entry.revisionId)) continue;
    prune.add(entry.revisionId);
    total -= entry.bytes;
  }
  return prune;
}

export const TRASH_KEEP_MS = 30 * DAY;

/** True once a draft has been in the trash for 30 days. */
export function isTrashExpired(deletedAt: number | undefined, now: number): boolean {
  return deletedAt !== undefined && now - deletedAt >= TRASH_KEEP_MS;
}
