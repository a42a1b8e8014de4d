/**
 * Where each block of a compiled draft came from ("Từ: Đảng ủy xã Bình Lư"), kept in its own table beside the
 * draft rather than in the report: the report model and every save stay as they are, and a save never rewrites
 * it. It holds only while a block is as compiled (core/compile/provenance.ts), so the wizard shows the live
 * entries and, when it opens the draft, stores back only those, so a paragraph once edited stays the office's.
 * Read back as data from outside: bounded and checked, and an unreadable record reads as none.
 */
import { z } from 'zod/mini';
import { liveProvenance, type BlockProvenance } from '../../../core/compile/provenance';
import type { Report } from '../../../core/model/report-schema';
import type { DraftsDb } from './drafts-db';

export interface DraftProvenance {
  draftId: string;
  entries: BlockProvenance[];
}

/** As many entries as a draft can have blocks, with room. */
const MAX_ENTRIES = 200_000;

const entriesSchema = z
  .array(
    z.strictObject({
      sectionId: z.string().check(z.maxLength(64)),
      blockIndex: z.number().check(z.int(), z.gte(0), z.lte(1_000_000)),
      unit: z.string().check(z.maxLength(300)),
      fingerprint: z.string().check(z.regex(/^[0-9a-f]{1,16}$/u)),
    }),
  )
  .check(z.maxLength(MAX_ENTRIES));

export async function storeProvenance(db: DraftsDb, draftId: string, entries: readonly BlockProvenance[]) {
  if (entries.length === 0) await db.provenance.delete(draftId);
  else await db.provenance.put({ draftId, entries: [...entries] });
}

/** The entries still true of `report` (the draft as opened); the stored record is trimmed to them. */
export async function openProvenance(db: DraftsDb, draftId: string, report: Report): Promise<BlockProvenance[]> {
  const row = await db.provenance.get(draftId);
  if (!row) return [];
  const parsed = entriesSchema.safeParse(row.entries);
  const live = parsed.success ? liveProvenance(report, parsed.data) : [];
  if (!parsed.success || live.length !== parsed.data.length) await storeProvenance(db, draftId, live);
  return live;
}
