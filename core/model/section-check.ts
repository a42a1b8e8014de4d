/**
 * The report schema applied record by record (section-records.ts): one section's own fields, and the tree the
 * records form, checked on a skeleton (ids, counts, depth, printed levels — parseReport's own rules). A save
 * then checks only the sections that changed and the cheap skeleton, instead of the whole report, with the
 * same verdict as `parseReport` on the whole.
 */
import { parseReport, sectionSchema, type Report } from './report-schema';

export type NodeCheck = { ok: true; text: string } | { ok: false; where: string };

/**
 * One section's own fields (`own`: everything but `id` and `children`) under the schema; `text` is the record
 * text of the result, cleaned up by the schema as the whole report would be.
 */
export function checkSectionNode(id: string, own: object, childIds: readonly string[], where: string): NodeCheck {
  const parsed = sectionSchema.safeParse({ id, ...own, children: [] });
  if (!parsed.success)
    return { ok: false, where: [where, ...(parsed.error.issues[0]?.path ?? [])].map(String).join('.') };
  const { id: _id, children: _c, ...clean } = parsed.data;
  return { ok: true, text: JSON.stringify({ ...clean, childIds }) };
}

export interface NodeShape {
  childIds: readonly string[];
  level: unknown;
}

/**
 * The tree under `chapterIds` checked on a skeleton: every node reached exactly once (`shapeOf` null: no such
 * record), then the schema on the skeleton and the head. Returns where it fails, or null. `head` must be valid.
 */
export function checkSectionTree(
  head: Omit<Report, 'sections'>,
  chapterIds: readonly string[],
  shapeOf: (id: string) => NodeShape | null,
  count: number,
): string | null {
  const used = new Set<string>();
  let broken = false;
  const skeleton = (ids: readonly string[]): unknown[] =>
    ids.map((id) => {
      const shape = used.has(id) ? null : shapeOf(id);
      if (!shape) {
        broken = true;
        return null;
      }
      used.add(id);
      return {
        id,
        ...(shape.level === undefined ? {} : { level: shape.level }),
        heading: '',
        blocks: [],
        children: skeleton(shape.childIds),
      };
    });
  const sections = skeleton(chapterIds);
  if (broken || used.size !== count) return 'sections';
  const checked = parseReport({ ...head, opening: [], closing: [], appendices: [], sections });
  return checked.ok ? null : checked.issues[0]?.path.map(String).join('.') || 'sections';
}
