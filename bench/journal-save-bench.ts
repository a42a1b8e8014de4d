/**
 * Journal save benchmark: what main does when the renderer's autosave sends `journal:save` for a 100-page
 * draft in which one paragraph changed — the channel as main registers it through secureHandle (sender and the
 * request's zod schema checked), then the journal's handler (each record's hash compared with what
 * the journal holds, the changed record and the tree checked, the changed record written and fsynced with its
 * folder, and the draft's manifest put in place atomically: temp + fsync + rename + folder fsync) into a scratch
 * userData folder on the real disk.
 * The request is built as the renderer builds it (section record texts, computed once per section object): the
 * first autosave with every record, later ones with only the records changed since main's last answer (its
 * `base`) and the ids of the others.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report, Section } from '../core/model/report-schema';
import { flattenSections, sectionJson } from '../core/model/section-records';
import { createDraftJournal } from '../node/journal/draft-journal';
import { realJournalFs } from '../node/journal/journal-fs';
import { createJournalHandlers } from '../node/journal/journal-ipc';
import { CHANNELS } from '../electron/ipc/channels';
import { secureHandle, type InvokeEvent } from '../electron/main/secure-ipc';
import { APP_ORIGIN } from '../electron/main/security-policy';
import { percentile } from './stats';

export interface SaveResult {
  p50: number;
  p95: number;
  samples: number[];
}

/** The report with the first paragraph of section `index` (in reading order) changed, every other object kept. */
function editOneParagraph(report: Report, index: number, word: string): Report {
  let seen = 0;
  const edit = (sections: readonly Section[]): Section[] =>
    sections.map((s) => {
      const mine = seen++ === index && s.blocks[0]?.type === 'paragraph';
      const children = edit(s.children);
      if (!mine && children.every((c, i) => c === s.children[i])) return s;
      const blocks = mine
        ? [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: word }] }, ...s.blocks.slice(1)]
        : s.blocks;
      return { ...s, blocks, children };
    });
  return { ...report, sections: edit(report.sections) };
}

const isSaved = (res: unknown): boolean =>
  typeof res === 'object' && res !== null && 'status' in res && res.status === 'saved';

export async function benchJournalSave(report: Report, runs: number): Promise<SaveResult> {
  const userData = await mkdtemp(join(tmpdir(), 'soan-bao-cao-journal-'));
  try {
    const journal = createDraftJournal({ userData, fs: realJournalFs, now: () => Date.now(), log: () => undefined });
    const handlers = createJournalHandlers(journal, () => undefined);
    // Registered as register-journal.ts does; the event is the app window's main frame.
    let listener: ((event: InvokeEvent, ...args: unknown[]) => Promise<unknown>) | undefined;
    secureHandle({ handle: (_channel, l) => void (listener = l) }, CHANNELS.journalSave, (r) => handlers.save(r));
    const frame = { url: `${APP_ORIGIN}/index.html`, parent: null, processId: 1, routingId: 1 };
    const event: InvokeEvent = { senderFrame: frame, sender: { mainFrame: frame } };
    const invoke = listener!; // secureHandle registers synchronously
    const meta = { id: 'bench-100p', templateId: 'so-ket-tong-ket', createdAt: 1, lastStepKey: 'general' };
    // The draft as the wizard creates it (whole), then autosaves of one edited paragraph each.
    const first = await handlers.save({ draft: { ...meta, updatedAt: Date.now(), report }, reason: 'edit' });
    if (first.status !== 'saved') throw new Error(JSON.stringify(first));
    const count = flattenSections(report.sections)?.length ?? 1;
    let current = report;
    const samples: number[] = [];
    /** What main accepted last, as the renderer remembers it (durable-repository.ts deltaJournalInput). */
    let accepted: { base: string; texts: Map<string, string> } | null = null;
    for (let i = 0; i < runs; i++) {
      current = editOneParagraph(current, (i * 7) % count, `Đoạn sửa lần ${i}`);
      const all = (flattenSections(current.sections) ?? []).map((s): [string, string] => [s.id, sectionJson(s)]);
      const chapterIds = current.sections.map((s) => s.id);
      // The first autosave goes whole; later ones only the changed record, the rest by id against main's base.
      const known: { base: string; texts: Map<string, string> } | null = accepted;
      const sections = known
        ? {
            chapterIds,
            records: all.filter(([id, text]) => known.texts.get(id) !== text),
            keep: all.filter(([id, text]) => known.texts.get(id) === text).map(([id]) => id),
            base: known.base,
          }
        : { chapterIds, records: all };
      const request = {
        draft: { ...meta, updatedAt: Date.now(), report: { ...current, sections: [] }, sections },
        reason: 'edit' as const,
      };
      // A fresh copy, as it arrives over IPC.
      const received = structuredClone(request);
      const t = performance.now();
      const res = await invoke(event, received);
      samples.push(performance.now() - t);
      if (!isSaved(res)) throw new Error(`journal:save answered ${JSON.stringify(res)}`);
      accepted = { base: (res as { base: string }).base, texts: new Map(all) };
    }
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
}
