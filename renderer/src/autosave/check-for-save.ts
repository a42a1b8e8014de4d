/**
 * The gate before every autosave: a record that could not be read back must never be written (it would show
 * as broken on the home screen). React state is never mutated in place, so a section object checked once is
 * still valid; only sections that are new objects since (the edited one and its ancestors) are checked with the
 * schema, plus the report head and the tree's skeleton — the verdict `parseReport` gives on the whole report.
 * Each checked section's record text is its cleaned form, which both stores then write.
 */
import { parseReport, type Report, type Section } from '../../../core/model/report-schema';
import { checkSectionNode, checkSectionTree } from '../../../core/model/section-check';
import { flattenSections, rememberSectionText } from '../../../core/model/section-records';

export type SaveCheck = { ok: true; value: Report } | { ok: false; where: string };

/** Section objects that passed the schema, with their printed level (needed by the tree check). */
const checked = new WeakSet<Section>();

export function checkForSave(report: Report): SaveCheck {
  const all = flattenSections(report.sections);
  if (!all) {
    // Repeated ids or a broken tree: the whole-report check names the problem exactly as before.
    const whole = parseReport(report);
    return whole.ok ? { ok: true, value: whole.value } : { ok: false, where: whole.issues[0]?.path.join('.') ?? '' };
  }
  const head = parseReport({ ...report, sections: [] });
  if (!head.ok) return { ok: false, where: head.issues[0]?.path.join('.') ?? '' };

  const fresh: [Section, string][] = [];
  const visit = (sections: readonly Section[], path: string): string | null => {
    for (const [i, section] of sections.entries()) {
      const where = `${path}.${i}`;
      if (!checked.has(section)) {
        const { id, children, ...own } = section;
        const result = checkSectionNode(
          id,
          own,
          children.map((c) => c.id),
          where,
        );
        if (!result.ok) return result.where;
        fresh.push([section, result.text]);
      }
      const below = visit(section.children, `${where}.children`);
      if (below) return below;
    }
    return null;
  };
  const bad = visit(report.sections, 'sections');
  if (bad) return { ok: false, where: bad };

  const byId = new Map(all.map((s) => [s.id, s]));
  const { sections: _s, ...headValue } = head.value;
  const where = checkSectionTree(
    headValue,
    report.sections.map((s) => s.id),
    (id) => {
      const section = byId.get(id);
      return section ? { childIds: section.children.map((c) => c.id), level: section.level } : null;
    },
    byId.size,
  );
  if (where !== null) return { ok: false, where };

  // Only once the whole draft passed: a refused save leaves nothing marked as checked.
  for (const [section, text] of fresh) {
    rememberSectionText(section, text);
    checked.add(section);
  }
  return { ok: true, value: { ...head.value, sections: report.sections } };
}
