/** D-05 / T-05: the retention rules as properties over random timestamp sets (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupsToKeep,
  DEFAULT_BACKUP_POLICY,
  DEFAULT_REVISION_CAPS,
  isTrashExpired,
  needsAutoCheckpoint,
  revisionsToPrune,
  type RevisionEntry,
} from './retention';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 27, 7, 30);
const offset = DEFAULT_BACKUP_POLICY.utcOffsetMinutes * 60_000;
const localDay = (t: number) => Math.floor((t + offset) / DAY);
const localHour = (t: number) => Math.floor((t + offset) / HOUR);

const stampsArb = fc.array(fc.integer({ min: NOW - 60 * DAY, max: NOW }), { minLength: 1, maxLength: 200 });

describe('backupsToKeep', () => {
  it('never deletes the newest backup, keeps the 3 most recent, and never invents one', () => {
    fc.assert(
      fc.property(stampsArb, (stamps) => {
        const keep = backupsToKeep(stamps, NOW);
        const sorted = [...new Set(stamps)].sort((a, b) => b - a);
        expect(keep.has(sorted[0]!)).toBe(true);
        sorted.slice(0, DEFAULT_BACKUP_POLICY.recent).forEach((s) => expect(keep.has(s)).toBe(true));
        for (const k of keep) expect(stamps).toContain(k);
      }),
      { numRuns: 2_000 },
    );
  });

  it('is bounded: at most recent + hourly + daily backups survive, whatever the history', () => {
    const { recent, hourly, daily } = DEFAULT_BACKUP_POLICY;
    fc.assert(
      fc.property(stampsArb, (stamps) => {
        expect(backupsToKeep(stamps, NOW).size).toBeLessThanOrEqual(recent + hourly + daily);
      }),
      { numRuns: 2_000 },
    );
  });

  it('beyond the recent ones, at most one is kept per past local day (older than 24 h), and none older than the daily window', () => {
    fc.assert(
      fc.property(stampsArb, (stamps) => {
        const keep = backupsToKeep(stamps, NOW);
        const recent = new Set([...new Set(stamps)].sort((a, b) => b - a).slice(0, DEFAULT_BACKUP_POLICY.recent));
        const perDay = new Map<number, number>();
        for (const k of keep) {
          if (recent.has(k)) continue;
          if (localHour(NOW) - localHour(k) < DEFAULT_BACKUP_POLICY.hourly) continue;
          perDay.set(localDay(k), (perDay.get(localDay(k)) ?? 0) + 1);
          expect(localDay(NOW) - localDay(k)).toBeLessThan(DEFAULT_BACKUP_POLICY.daily);
        }
        for (const count of perDay.values()) expect(count).toBe(1);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps the newest backup of every local day in the daily window (a day is the clerk's day, UTC+7)", () => {
    fc.assert(
      fc.property(stampsArb, (stamps) => {
        const keep = backupsToKeep(stamps, NOW);
        const newestPerDay = new Map<number, number>();
        for (const s of stamps) if (s > (newestPerDay.get(localDay(s)) ?? -Infinity)) newestPerDay.set(localDay(s), s);
        for (const [day, newest] of newestPerDay) {
          if (localDay(NOW) - day < DEFAULT_BACKUP_POLICY.daily) expect(keep.has(newest)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('is idempotent: applying it to what it kept keeps everything', () => {
    fc.assert(
      fc.property(stampsArb, (stamps) => {
        const keep = backupsToKeep(stamps, NOW);
        expect(backupsToKeep([...keep], NOW)).toEqual(keep);
      }),
      { numRuns: 1_000 },
    );
  });
});

const kindArb = fc.constantFrom('auto' as const, 'named' as const, 'restore' as const);
const entriesArb = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 0, max: 1e6 }),
      kind: kindArb,
      at: fc.integer({ min: NOW - 90 * DAY, max: NOW }),
      bytes: fc.integer({ min: 1, max: 8 * 1024 * 1024 }),
    }),
    { selector: (e) => e.id, maxLength: 150 },
  )
  .map((list) =>
    list.map((e): RevisionEntry => ({
      revisionId: `${e.at}-${e.id}-${e.kind}`,
      kind: e.kind,
      at: e.at,
      bytes: e.bytes,
    })),
  );

describe('revisionsToPrune', () => {
  it('respects every per-kind cap, only prunes existing ids, and never prunes a named version for size', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const prune = revisionsToPrune(entries);
        const kept = entries.filter((e) => !prune.has(e.revisionId));
        for (const kind of ['auto', 'named', 'restore'] as const) {
          expect(kept.filter((e) => e.kind === kind).length).toBeLessThanOrEqual(DEFAULT_REVISION_CAPS[kind]);
        }
        for (const id of prune) expect(entries.some((e) => e.revisionId === id)).toBe(true);
        const namedNewestFirst = entries
          .filter((e) => e.kind === 'named')
          .sort((a, b) => b.at - a.at || b.revisionId.localeCompare(a.revisionId));
        namedNewestFirst
          .slice(0, DEFAULT_REVISION_CAPS.named)
          .forEach((e) => expect(prune.has(e.revisionId)).toBe(false));
        const total = kept.reduce((sum, e) => sum + e.bytes, 0);
        const unnamedKept = kept.filter((e) => e.kind !== 'named').length;
        // Within the byte cap, unless only named versions are left (size never removes those).
        expect(total <= DEFAULT_REVISION_CAPS.bytes || unnamedKept === 0).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('drops the oldest first: every kept revision of a kind is newer than every pruned one of that kind (count caps)', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const prune = revisionsToPrune(entries, { ...DEFAULT_REVISION_CAPS, bytes: Number.MAX_SAFE_INTEGER });
        for (const kind of ['auto', 'named', 'restore'] as const) {
          const ofKind = entries.filter((e) => e.kind === kind);
          const keptAt = ofKind.filter((e) => !prune.has(e.revisionId)).map((e) => e.at);
          const prunedAt = ofKind.filter((e) => prune.has(e.revisionId)).map((e) => e.at);
          if (keptAt.length && prunedAt.length)
            expect(Math.min(...keptAt)).toBeGreaterThanOrEqual(Math.max(...prunedAt));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('needsAutoCheckpoint and trash expiry', () => {
  it('a step change always checkpoints; edits at most once per 5 minutes; restore/import never', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: NOW }), { nil: undefined }),
        fc.integer({ min: 0, max: 10 * MINUTE }),
        (last, since) => {
          const now = (last ?? NOW) + since;
          expect(needsAutoCheckpoint(last, now, 'step-change')).toBe(true);
          expect(needsAutoCheckpoint(last, now, 'edit')).toBe(last === undefined || since >= 5 * MINUTE);
          expect(needsAutoCheckpoint(last, now, 'restore')).toBe(false);
          expect(needsAutoCheckpoint(last, now, 'import')).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('a trashed draft expires exactly after 30 days; a live one never', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: NOW }), fc.integer({ min: 0, max: 60 * DAY }), (deletedAt, age) => {
        expect(isTrashExpired(deletedAt, deletedAt + age)).toBe(age >= 30 * DAY);
        expect(isTrashExpired(undefined, deletedAt + age)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
