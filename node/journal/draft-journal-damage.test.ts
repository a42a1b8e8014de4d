/**
 * One damaged journal file (power cut, bad sector, hand edit) must not hide the draft or its history: on real
 * files in a temp folder, the draft's own file is broken three ways and the draft stays listed, its checkpoints
 * listable and restorable, and its copies in backups/ listable and restorable, undoably (D-06).
 */
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model/report-schema';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { createDraftJournal, type ValidDraftInput } from './draft-journal';
import { realJournalFs } from './journal-fs';
import { createJournalHandlers } from './journal-ipc';
import { JOURNAL_MESSAGES } from './journal-messages';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function draft(id: string, text: string, updatedAt: number): ValidDraftInput {
  return {
    id,
    templateId: 'so-ket-tong-ket',
    createdAt: 1,
    updatedAt,
    lastStepKey: 'general',
    report: minimalReport({ title: `báo cáo ${text}`, sections: [section('Tình hình', [textParagraph(text)])] }),
  };
}

const firstText = (r: { report: unknown }) => (r.report as Report).sections[0]!.blocks[0];

/** Draft "a": a checkpoint of "một", a backup holding "hai", then a last save "ba" whose file gets damaged. */
async function journalWithHistory() {
  const userData = await mkdtemp(join(tmpdir(), 'journal-damage-'));
  dirs.push(userData);
  let clock = 1_700_000_000_000;
  const options = { userData, fs: realJournalFs, now: () => clock, log: () => undefined };
  const journal = createDraftJournal(options);
  await journal.save(draft('a', 'một', 1000), 'step-change'); // takes the first auto checkpoint
  await journal.save(draft('b', 'khác', 1000), 'edit');
  clock += 60_000;
  await journal.save(draft('a', 'hai', 2000), 'edit');
  await journal.backupNow();
  clock += 60_000;
  await journal.save(draft('a', 'ba', 3000), 'edit');
  const restart = () => createDraftJournal({ ...options, now: () => (clock += 1000) });
  return { userData, journal, restart, file: join(userData, 'drafts', 'a.json') };
}

const damages: [string, (file: string) => Promise<void>][] = [
  ['damaged JSON', (file) => writeFile(file, '{"journalVersion":1,"id":"a", ơ')],
  ['truncated file', async (file) => truncate(file, Math.floor((await readFile(file)).byteLength / 2))],
  [
    'checksum mismatch',
    async (file) => {
      const text = (await readFile(file, 'utf8')).replaceAll('báo cáo ba', 'báo cáo sửa tay');
      await writeFile(file, text);
    },
  ],
];

describe.each(damages)('a draft whose own file has a %s', (_name, damage) => {
  it('stays listed (from its newest readable copy), with its checkpoints listable and restorable', async () => {
    const { userData, restart, file } = await journalWithHistory();
    await damage(file);
    const journal = restart();

    const listed = await journal.list();
    expect(listed.map((d) => d.id).sort()).toEqual(['a', 'b']);
    // The newest readable copy is the auto checkpoint ("một"); the backup ("hai") is offered separately.
    expect(firstText(await journal.read('a'))).toEqual(textParagraph('một'));
    // The damaged file is kept aside for a technician, never overwritten.
    expect((await readdir(join(userData, 'drafts'))).some((n) => /^a\.damaged-\d+\.json$/.test(n))).toBe(true);

    const revisions = await journal.listRevisions('a');
    expect(revisions.length).toBeGreaterThan(0);
    const restored = await journal.restoreRevision('a', revisions[0]!.revisionId);
    expect(firstText(restored.record)).toEqual(textParagraph('một'));
  });

  it('its copies in backups/ are listed with their time and restored undoably', async () => {
    const { restart, file } = await journalWithHistory();
    await damage(file);
    const journal = restart();
    const handlers = createJournalHandlers(journal, () => undefined);

    const listed = await handlers.backupList({ id: 'a' });
    if (listed.status !== 'ok') throw new Error(listed.message);
    expect(listed.backups).toHaveLength(1);
    expect(listed.backups[0]).toMatchObject({ title: 'báo cáo hai', updatedAt: 2000 });

    const restored = await handlers.backupRestore({ id: 'a', at: listed.backups[0]!.at });
    if (restored.status !== 'ok') throw new Error(restored.message);
    expect(firstText(restored.draft)).toEqual(textParagraph('hai'));
    expect(firstText(await restart().read('a'))).toEqual(textParagraph('hai')); // on disk, after a restart

    // Undo: the state before the restore is a checkpoint that restores like any other.
    expect(restored.undoRevisionId).not.toBeNull();
    const undone = await journal.restoreRevision('a', restored.undoRevisionId!);
    expect(firstText(undone.record)).toEqual(textParagraph('một'));
  });
});

describe('a damaged draft whose only readable copy is in a backup', () => {
  it('comes back from the backup and stays known after the next restart', async () => {
    const { userData, restart, file } = await journalWithHistory();
    await writeFile(file, 'hỏng');
    await rm(join(userData, 'drafts', 'a'), { recursive: true });
    expect(firstText(await restart().read('a'))).toEqual(textParagraph('hai'));
    expect(firstText(await restart().read('a'))).toEqual(textParagraph('hai'));
  });
});

describe('damage without any readable copy', () => {
  it('says the copy on disk is damaged (not that the draft was deleted), and the other drafts are unaffected', async () => {
    const { userData, restart, file } = await journalWithHistory();
    await writeFile(file, 'hỏng');
    await rm(join(userData, 'drafts', 'a'), { recursive: true });
    await rm(join(userData, 'backups'), { recursive: true });
    const journal = restart();
    const handlers = createJournalHandlers(journal, () => undefined);
    expect((await journal.list()).map((d) => d.id)).toEqual(['b']);
    expect(await handlers.read({ id: 'a' })).toEqual({
      status: 'error',
      reason: 'damaged',
      message: JOURNAL_MESSAGES.damaged,
    });
    expect(JOURNAL_MESSAGES.damaged).not.toMatch(/xóa/);
  });

  it('a damaged backup file is skipped, the readable ones are still listed', async () => {
    const { userData, journal } = await journalWithHistory();
    await journal.backupNow();
    const names = (await readdir(join(userData, 'backups'))).sort();
    expect(names).toHaveLength(2);
    await writeFile(join(userData, 'backups', names[0]!), '[{"hỏng"');
    const listed = await journal.listDraftBackups('a');
    expect(listed).toHaveLength(1);
    expect(listed[0]!.title).toBe('báo cáo ba');
  });
});
