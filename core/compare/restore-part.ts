/**
 * "Khôi phục mục này": today's report with one part taken back from a revision, everything else untouched.
 * A section brings back its own heading, level and body (paragraphs, their footnotes, tables) and keeps the
 * sub-sections it has now: each sub-section has its own row in the comparison, so restoring a chapter never
 * silently throws away sub-sections written since. A section gone from today's report comes back with its
 * revision's sub-sections (those not elsewhere in the report now), under its old parent where that still
 * exists. The result goes through the report schema like any draft, which also makes it a fresh object that
 * shares nothing with the revision.
 */
import { parseReport, type Appendix, type Report, type Section } from '../model/report-schema';

export type RestoreResult = { ok: true; report: Report } | { ok: false; message: string };

interface Found {
  section: Section;
  /** Ancestors from the top, nearest last. */
  ancestors: Section[];
  index: number;
}

function find(sections: readonly Section[], id: string, ancestors: Section[] = []): Found | null {
  for (const [index, section] of sections.entries()) {
    if (section.id === id) return { section, ancestors, index };
    const inner = find(section.children, id, [...ancestors, section]);
    if (inner) return inner;
  }
  return null;
}

function collectIds(sections: readonly Section[], into = new Set<string>()): Set<string> {
  for (const s of sections) {
    into.add(s.id);
    collectIds(s.children, into);
  }
  return into;
}

function mapSections(sections: readonly Section[], fn: (s: Section) => Section): Section[] {
  return sections.map((s) => fn({ ...s, children: mapSections(s.children, fn) }));
}

/** A revision's subtree without the sections today's report already has elsewhere (ids stay unique). */
function withoutIds(section: Section, taken: ReadonlySet<string>): Section {
  return {
    ...section,
    children: section.children.filter((c) => !taken.has(c.id)).map((c) => withoutIds(c, taken)),
  };
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.min(Math.max(index, 0), list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function restoreSection(current: Report, revision: Report, id: string): Report | null {
  const old = find(revision.sections, id);
  if (!old) return null;
  if (find(current.sections, id)) {
    const { heading, level, outlineKey, blocks } = old.section;
    return {
      ...current,
      sections: mapSections(current.sections, (s) =>
        s.id === id ? { id: s.id, outlineKey, level, heading, blocks, children: s.children } : s,
      ),
    };
  }
  const back = withoutIds(old.section, collectIds(current.sections));
  const parent = [...old.ancestors].reverse().find((a) => find(current.sections, a.id));
  if (!parent) return { ...current, sections: insertAt(current.sections, topIndex(old), back) };
  const index = parent === old.ancestors[old.ancestors.length - 1] ? old.index : Number.MAX_SAFE_INTEGER;
  return {
    ...current,
    sections: mapSections(current.sections, (s) =>
      s.id === parent.id ? { ...s, children: insertAt(s.children, index, back) } : s,
    ),
  };
}

/** Where a section whose every ancestor is gone goes back at the top: its chapter's old position. */
function topIndex(old: Found): number {
  return old.ancestors.length === 0 ? old.index : Number.MAX_SAFE_INTEGER;
}

function restoreAppendix(current: Report, revision: Report, id: string): Report | null {
  const list = revision.appendices ?? [];
  const index = list.findIndex((a) => a.id === id);
  const old = list[index];
  if (!old) return null;
  const now = current.appendices ?? [];
  const copy: Appendix = old;
  return {
    ...current,
    appendices: now.some((a) => a.id === id) ? now.map((a) => (a.id === id ? copy : a)) : insertAt(now, index, copy),
  };
}

function restored(current: Report, revision: Report, key: string): Report | null {
  switch (key) {
    case 'header':
      return {
        ...current,
        header: { ...revision.header },
        docType: revision.docType,
        title: revision.title,
      };
    case 'opening':
      return { ...current, opening: revision.opening };
    case 'closing':
      return { ...current, closing: revision.closing };
    case 'signing':
      return { ...current, recipients: [...revision.recipients], signature: { ...revision.signature } };
  }
  if (key.startsWith('section:')) return restoreSection(current, revision, key.slice('section:'.length));
  if (key.startsWith('appendix:')) return restoreAppendix(current, revision, key.slice('appendix:'.length));
  return null;
}

export function restorePart(current: Report, revision: Report, key: string): RestoreResult {
  const next = restored(current, revision, key);
  if (!next) return { ok: false, message: 'Phiên bản đã chọn không có mục này nên không có gì để khôi phục.' };
  const checked = parseReport(next);
  if (!checked.ok)
    return {
      ok: false,
      message:
        'Không khôi phục được mục này vào chỗ cũ (cấp mục hoặc độ dài vượt giới hạn của báo cáo). Hãy dùng “Khôi phục” cả phiên bản, hoặc chép nội dung sang bằng tay.',
    };
  return { ok: true, report: checked.value };
}
