/**
 * The journal of received reports on real files in a temp folder (main's channels hand their checked requests
 * straight to these methods; the page's side is renderer/src/inbox/received-journal.test.ts): what the clerk accepted survives the loss of
 * IndexedDB, a newer version is kept beside the earlier one, a version already held is never rewritten, a
 * damaged file is reported in Vietnamese and kept, and received reports never appear among the office's drafts.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportChecksum } from '../../core/draft-file/report-checksum';
import type { Report } from '../../core/model/report-schema';
import { bundleIdentity, type BundleIdentity } from '../../core/submission/bundle-identity';
import { unitReport, UNITS } from '../../test-support/received-reports';
import { createDraftJournal } from './draft-journal';
import { createReceivedJournal, receivedReportKey, type ReceivedJournal } from './received-journal';
import { realJournalFs } from './journal-fs';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function userDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'received-journal-'));
  dirs.push(dir);
  return dir;
}

function received(report: Report, savedAt = '2025-06-21T02:00:00.000Z'): { identity: BundleIdentity; report: Report } {
  // Through structuredClone, as the report crosses IPC.
  const copy = structuredClone(report);
  return {
    identity: bundleIdentity({ report: copy, templateId: 'dinh-ky', savedAt, checksum: reportChecksum(copy) }),
    report: copy,
  };
}

/** Main's store over `userData`, as register-journal.ts creates it at each start of the app. */
const startMain = (userData: string) => createReceivedJournal({ userData, fs: realJournalFs, log: () => undefined });
const store = (
  main: ReceivedJournal,
  r: { identity: BundleIdentity; report: Report },
  receivedAt = 1_750_000_000_000,
) => main.store({ ...r, receivedAt });
const list = (main: ReceivedJournal) => main.list();
const read = (main: ReceivedJournal, reportKey: string, checksum: string) => main.read({ reportKey, checksum });

describe('received reports in the journal', () => {
  it('are read back after IndexedDB is lost: a new main over the same folder lists and reads them', async () => {
    const userData = await userDataDir();
    const namTam = received(unitReport(UNITS.namTam));
    const khunHa = received(unitReport(UNITS.khunHa));
    const first = startMain(userData);
    expect(await store(first, namTam)).toMatchObject({ status: 'stored' });
    expect(await store(first, khunHa)).toMatchObject({ status: 'stored' });

    // The app restarts with an empty IndexedDB: all it has is the journal on disk.
    const again = startMain(userData);
    const listed = await list(again);
    if (listed.status !== 'ok') throw new Error(listed.message);
    expect(listed.versions.map((v) => v.checksum).sort()).toEqual(
      [namTam.identity.checksum, khunHa.identity.checksum].sort(),
    );
    const ref = listed.versions.find((v) => v.checksum === namTam.identity.checksum)!;
    const back = await read(again, ref.reportKey, ref.checksum);
    if (back.status !== 'ok') throw new Error(back.message);
    expect(back.identity).toEqual(namTam.identity);
    expect(back.receivedAt).toBe(1_750_000_000_000);
    expect(back.report).toEqual(namTam.report);

    // Never among the office's own drafts.
    const drafts = createDraftJournal({ userData, fs: realJournalFs, now: () => 1_750_000_000_000 });
    expect(await drafts.list()).toEqual([]);
    expect(await readdir(userData)).toContain('received');
  });

  it('keeps a newer version beside the earlier one, and deletes the report only as a whole', async () => {
    const userData = await userDataDir();
    const main = startMain(userData);
    const first = received(unitReport(UNITS.banBo), '2025-06-21T02:00:00.000Z');
    const later = received(unitReport(UNITS.banBo, { revision: 'bổ sung số liệu' }), '2025-06-25T02:00:00.000Z');
    expect(first.identity.checksum).not.toBe(later.identity.checksum);
    await store(main, first);
    await store(main, later, 1_750_000_500_000);

    const listed = await list(main);
    if (listed.status !== 'ok') throw new Error(listed.message);
    expect(listed.versions).toHaveLength(2);
    const key = receivedReportKey(first.identity);
    expect(listed.versions.every((v) => v.reportKey === key)).toBe(true);
    const earlier = await read(main, key, first.identity.checksum);
    expect(earlier).toMatchObject({ status: 'ok', report: first.report });

    const gone = await main.remove(first.identity);
    expect(gone).toEqual({ status: 'deleted', versions: 2 });
    expect(await list(main)).toEqual({ status: 'ok', versions: [] });
  });

  it('never rewrites a version it holds, and refuses a report that does not match its identity', async () => {
    const userData = await userDataDir();
    const main = startMain(userData);
    const namTam = received(unitReport(UNITS.namTam));
    await store(main, namTam, 1_750_000_000_000);
    const key = receivedReportKey(namTam.identity);
    const file = join(userData, 'received', key, `${namTam.identity.checksum}.json`);
    const before = await readFile(file);

    // The same version again, with another receipt time and bundle time: the file stays as it was.
    const again = received(namTam.report, '2025-07-01T00:00:00.000Z');
    expect(await store(main, again, 1_760_000_000_000)).toMatchObject({ status: 'kept' });
    expect(await readFile(file)).toEqual(before);
    expect(await read(main, key, namTam.identity.checksum)).toMatchObject({ receivedAt: 1_750_000_000_000 });

    // Changed content sent under the stored version's identity: refused, the stored file untouched.
    const altered = structuredClone(namTam.report);
    altered.title = `${altered.title} (đã sửa)`;
    const refused = await store(main, { identity: namTam.identity, report: altered });
    expect(refused).toMatchObject({ status: 'error', reason: 'invalid-report' });
    if (refused.status === 'error') expect(refused.message).toMatch(/không khớp với nội dung báo cáo/);
    expect(await readFile(file)).toEqual(before);

    // Not a report at all.
    expect(await store(main, { identity: namTam.identity, report: { title: 1 } as unknown as Report })).toMatchObject({
      status: 'error',
      reason: 'invalid-report',
    });
  });

  it('reports a damaged file in Vietnamese, keeps it, and a fresh receipt of that version repairs it', async () => {
    const userData = await userDataDir();
    const main = startMain(userData);
    const namTam = received(unitReport(UNITS.namTam));
    const khunHa = received(unitReport(UNITS.khunHa));
    await store(main, namTam);
    await store(main, khunHa);
    const key = receivedReportKey(namTam.identity);
    const file = join(userData, 'received', key, `${namTam.identity.checksum}.json`);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole.slice(0, whole.length / 2));

    const damaged = await read(main, key, namTam.identity.checksum);
    expect(damaged).toMatchObject({ status: 'error', reason: 'damaged' });
    if (damaged.status === 'error') {
      expect(damaged.message).toContain('bị hỏng');
      expect(damaged.message).toContain(`received/${key}/${namTam.identity.checksum}.json`);
    }
    // The other unit's report is unaffected, and the damaged file is still there.
    expect(await read(main, receivedReportKey(khunHa.identity), khunHa.identity.checksum)).toMatchObject({
      status: 'ok',
    });
    expect(await readFile(file, 'utf8')).toBe(whole.slice(0, whole.length / 2));

    // Receiving the same version again writes a good copy; the damaged one is set aside, not deleted.
    expect(await store(main, namTam)).toMatchObject({ status: 'stored' });
    expect(await read(main, key, namTam.identity.checksum)).toMatchObject({ status: 'ok', report: namTam.report });
    expect((await readdir(join(userData, 'received', key))).some((n) => n.includes('.damaged-'))).toBe(true);
  });

  it('is bounded: versions per report and reports in the store', async () => {
    const userData = await userDataDir();
    const journal = createReceivedJournal({
      userData,
      fs: realJournalFs,
      limits: { maxVersions: 1, maxReports: 1 },
      log: () => undefined,
    });
    const first = received(unitReport(UNITS.banBo));
    expect(await journal.store({ ...first, receivedAt: 1 })).toMatchObject({ status: 'stored' });
    const later = received(unitReport(UNITS.banBo, { revision: 'bổ sung' }));
    const tooMany = await journal.store({ ...later, receivedAt: 2 });
    expect(tooMany).toMatchObject({ status: 'error', reason: 'too-many' });
    if (tooMany.status === 'error') expect(tooMany.message).toContain('đã có 1 phiên bản');
    const other = await journal.store({ ...received(unitReport(UNITS.namTam)), receivedAt: 3 });
    expect(other).toMatchObject({ status: 'error', reason: 'too-many' });

    const small = createReceivedJournal({ userData, fs: realJournalFs, limits: { reportMaxBytes: 100 } });
    expect(await small.store({ ...received(unitReport(UNITS.khunHa)), receivedAt: 4 })).toMatchObject({
      reason: 'too-large',
    });
  });

  it('refuses a read that names a path instead of a key', async () => {
    const main = startMain(await userDataDir());
    expect(await read(main, '../../etc', 'a'.repeat(64))).toMatchObject({ status: 'error' });
    expect(await read(main, 'a'.repeat(32), '../../etc/passwd')).toMatchObject({ status: 'error' });
  });
});
