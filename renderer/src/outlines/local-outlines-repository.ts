/** The outlines made on this machine, in the `outlines` table of the drafts database (version 5). */
import type { DraftsDb } from '../db/drafts-db';
import { templateSchema, type Template } from '../../../core/templates/template-schema';
import { readLocalOutline, type LocalOutline } from './local-outline-record';

export interface LocalOutlinesList {
  outlines: LocalOutline[];
  /** One Vietnamese sentence per stored outline that no longer passes the schema (never used). */
  problems: string[];
}

export const BROKEN_LOCAL_OUTLINE =
  'Một đề cương tự soạn trong bộ nhớ bị hỏng nên không được dùng. Nếu còn tệp .decuong.json của nó, hãy nhập lại.';

export async function listLocalOutlines(db: DraftsDb): Promise<LocalOutlinesList> {
  const rows = await db.outlines.orderBy('updatedAt').reverse().toArray();
  const outlines: LocalOutline[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const read = readLocalOutline(row);
    if (read) outlines.push(read);
    else problems.push(BROKEN_LOCAL_OUTLINE);
  }
  return { outlines, problems };
}

/** Stores the outline (validated again), one version up from what was stored; returns what was stored. */
export async function saveLocalOutline(db: DraftsDb, template: Template, now: number = Date.now()): Promise<Template> {
  return db.transaction('rw', db.outlines, async () => {
    const existing = await db.outlines.get(template.id);
    const version = existing ? Math.max(existing.template.version, template.version) + 1 : template.version;
    const stored = templateSchema.parse({ ...template, version });
    await db.outlines.put({ id: stored.id, template: stored, createdAt: existing?.createdAt ?? now, updatedAt: now });
    return stored;
  });
}

/** Hides the outline from every list; reports made from it keep their text and its guidance. */
export async function deleteLocalOutline(db: DraftsDb, id: string, now: number): Promise<void> {
  await db.outlines.update(id, { deletedAt: now, updatedAt: now });
}

export async function restoreLocalOutline(db: DraftsDb, id: string): Promise<void> {
  await db.transaction('rw', db.outlines, async () => {
    const row = await db.outlines.get(id);
    if (!row) return;
    delete row.deletedAt;
    await db.outlines.put(row);
  });
}
