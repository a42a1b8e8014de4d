/**
 * A revision of a report against the report as it is now, part by part in reading order: the header fields,
 * the opening paragraphs, every section at every depth (matched by its stable id, so a renamed or moved section
 * is still the same section), the closing paragraphs, Nơi nhận and signature, and the appendices. Each part
 * carries its word-level changes and whether "Khôi phục mục này" can bring the revision's content back
 * (restore-part.ts does that).
 */
import { diffArrays } from 'diff';
import type { Appendix, Report, Section } from '../model/report-schema';
import { blocksChanges, compareBlocks, type BlockChange, type ChangeStatus } from './block-compare';
import { diffWords, type TextDiff } from './word-diff';

export type PartKind = 'header' | 'opening' | 'section' | 'closing' | 'signing' | 'appendix';

export interface FieldChange {
  label: string;
  diff: TextDiff;
}

export interface PartChange {
  /** Stable key: the kind for the fixed parts, `section:<id>` or `appendix:<id>`. */
  key: string;
  kind: PartKind;
  /** The part's name as a reader knows it (the section heading as it is now, or as it was if removed). */
  label: string;
  /** 0 for the fixed parts and chapters, 1 for their sub-sections, … */
  depth: number;
  status: ChangeStatus;
  /** The section now sits under another parent or in another order among its siblings. */
  moved: boolean;
  /** Section heading or appendix title. */
  heading: TextDiff | null;
  fields: FieldChange[];
  blocks: BlockChange[];
  changes: number;
  /** Whether the revision has this part at all (a section added since cannot be "restored"). */
  inRevision: boolean;
}

const fieldChanges = (pairs: readonly [string, string, string][]): FieldChange[] =>
  pairs.map(([label, before, after]) => ({ label, diff: diffWords(before, after) }));

function statusOf(changes: number): ChangeStatus {
  return changes > 0 ? 'changed' : 'same';
}

function fixedPart(kind: PartKind, label: string, fields: FieldChange[], blocks: BlockChange[]): PartChange {
  const changes = fields.reduce((n, f) => n + f.diff.changes, 0) + blocksChanges(blocks);
  return {
    key: kind,
    kind,
    label,
    depth: 0,
    status: statusOf(changes),
    moved: false,
    heading: null,
    fields,
    blocks,
    changes,
    inRevision: true,
  };
}

function headerPart(before: Report, after: Report): PartChange {
  const b = before.header;
  const a = after.header;
  return fixedPart(
    'header',
    'Thông tin chung',
    fieldChanges([
      ['Cơ quan cấp trên', b.parentOrg, a.parentOrg],
      ['Cơ quan ban hành', b.issuer, a.issuer],
      ['Số', b.number, a.number],
      ['Ký hiệu', `${b.docTypeCode}/${b.issuerCode}`, `${a.docTypeCode}/${a.issuerCode}`],
      ['Địa danh', b.place, a.place],
      ['Ngày', b.date, a.date],
      ['Tên loại', before.docType, after.docType],
      ['Trích yếu', before.title, after.title],
    ]),
    [],
  );
}

function signingPart(before: Report, after: Report): PartChange {
  return fixedPart(
    'signing',
    'Nơi nhận và ký',
    fieldChanges([
      ['Nơi nhận', before.recipients.join('\n'), after.recipients.join('\n')],
      ['Quyền hạn ký', before.signature.authority, after.signature.authority],
      ['Chức vụ', before.signature.title, after.signature.title],
      ['Người ký', before.signature.name, after.signature.name],
    ]),
    [],
  );
}

interface Placed {
  section: Section;
  parent: string | null;
  depth: number;
}

function index(sections: readonly Section[], parent: string | null, depth: number, into: Map<string, Placed>) {
  for (const section of sections) {
    into.set(section.id, { section, parent, depth });
    index(section.children, section.id, depth + 1, into);
  }
  return into;
}

/** Ids of siblings that kept their parent but changed order: those outside the longest kept sequence. */
function reordered(beforeIds: readonly string[], afterIds: readonly string[]): Set<string> {
  const moved = new Set<string>();
  for (const run of diffArrays([...beforeIds], [...afterIds])) if (run.added) run.value.forEach((id) => moved.add(id));
  return moved;
}

function sectionPart(before: Section | null, after: Section | null, depth: number, moved: boolean): PartChange {
  // One side at least: callers pass a section of the revision, of today's report, or both.
  const either = (after ?? before)!;
  const heading = diffWords(before?.heading ?? '', after?.heading ?? '');
  const blocks = compareBlocks(before?.blocks ?? [], after?.blocks ?? []);
  const changes = heading.changes + blocksChanges(blocks);
  return {
    key: `section:${either.id}`,
    kind: 'section',
    label: either.heading,
    depth,
    status: !before ? 'added' : !after ? 'removed' : statusOf(changes),
    moved,
    heading,
    fields: [],
    blocks,
    changes: changes + (moved ? 1 : 0),
    inRevision: before !== null,
  };
}

/** The revision's subtree of a section gone from today's report, each section shown removed. */
function removedTree(section: Section, depth: number, now: ReadonlyMap<string, Placed>, out: PartChange[]) {
  // Still in today's report (moved out of a removed parent): shown where it is now.
  if (now.has(section.id)) return;
  out.push(sectionPart(section, null, depth, false));
  for (const child of section.children) removedTree(child, depth + 1, now, out);
}

function compareSections(before: readonly Section[], after: readonly Section[]): PartChange[] {
  const old = index(before, null, 0, new Map());
  const now = index(after, null, 0, new Map());
  const out: PartChange[] = [];
  const walk = (
    sections: readonly Section[],
    parent: string | null,
    depth: number,
    oldSiblings: readonly Section[],
  ) => {
    const kept = (ids: readonly string[], other: ReadonlyMap<string, Placed>) =>
      ids.filter((id) => other.get(id)?.parent === parent);
    const moved = reordered(
      kept(
        oldSiblings.map((s) => s.id),
        now,
      ),
      kept(
        sections.map((s) => s.id),
        old,
      ),
    );
    for (const section of sections) {
      const was = old.get(section.id);
      const movedHere = !!was && (was.parent !== parent || moved.has(section.id));
      out.push(sectionPart(was?.section ?? null, section, depth, movedHere));
      walk(section.children, section.id, depth + 1, was?.section.children ?? []);
    }
    // Sections of the revision that are gone now, shown where their parent is.
    for (const gone of oldSiblings) if (!now.has(gone.id)) removedTree(gone, depth, now, out);
  };
  walk(after, null, 0, before);
  return out;
}

function appendixPart(before: Appendix | null, after: Appendix | null): PartChange {
  // One side at least, as for sections.
  const either = (after ?? before)!;
  const heading = diffWords(before?.title ?? '', after?.title ?? '');
  const fields = fieldChanges([['Dòng “Kèm theo”', before?.attachedLine ?? '', after?.attachedLine ?? '']]);
  const blocks = compareBlocks(before?.blocks ?? [], after?.blocks ?? []);
  const changes = heading.changes + fields[0]!.diff.changes + blocksChanges(blocks);
  return {
    key: `appendix:${either.id}`,
    kind: 'appendix',
    label: either.title.replace(/\n/g, ' ') || 'Phụ lục',
    depth: 0,
    status: !before ? 'added' : !after ? 'removed' : statusOf(changes),
    moved: false,
    heading,
    fields,
    blocks,
    changes,
    inRevision: before !== null,
  };
}

function compareAppendices(before: readonly Appendix[], after: readonly Appendix[]): PartChange[] {
  const old = new Map(before.map((a) => [a.id, a]));
  const nowIds = new Set(after.map((a) => a.id));
  return [
    ...after.map((a) => appendixPart(old.get(a.id) ?? null, a)),
    ...before.filter((a) => !nowIds.has(a.id)).map((a) => appendixPart(a, null)),
  ];
}

/** Every part of the report, in reading order, compared between `revision` and `current`. */
export function compareReports(revision: Report, current: Report): PartChange[] {
  return [
    headerPart(revision, current),
    fixedPart('opening', 'Phần mở đầu', [], compareBlocks(revision.opening, current.opening)),
    ...compareSections(revision.sections, current.sections),
    fixedPart('closing', 'Phần kết', [], compareBlocks(revision.closing, current.closing)),
    signingPart(revision, current),
    ...compareAppendices(revision.appendices ?? [], current.appendices ?? []),
  ];
}
