/**
 * The autosave's check after an accepted autosave of the same draft: the tree check is skipped only when the
 * tree is the one accepted before, so every change of the tree made inside the record texts is still refused.
 */
import { describe, expect, it } from 'vitest';
import type { Report, Section } from '../../core/model/report-schema';
import { flattenSections, sectionJson } from '../../core/model/section-records';
import { minimalReport, section, textParagraph } from '../../test-support/report-builder';
import { checkSplitDraft, InvalidDraftError, type CheckedContent, type SplitDraft } from './split-draft-check';

const withId = (s: Section, id: string, level?: Section['level']): Section => ({
  ...s,
  id,
  ...(level ? { level } : {}),
});

/** Chapters c0…c3; c1 holds a sub-section printed at level 2. */
function report(word: string, subLevel: Section['level'] = 2): Report {
  return minimalReport({
    title: 'báo cáo',
    sections: [
      withId(section('Mục 0', [textParagraph(word)]), 'c0'),
      withId(section('Mục 1', [textParagraph('một')], [withId(section('Mục 1.1'), 'c1a', subLevel)]), 'c1'),
      withId(section('Mục 2', [textParagraph('hai')]), 'c2'),
      withId(section('Mục 3', [textParagraph('ba')]), 'c3'),
    ],
  });
}

/** The request's form, as the renderer's autosave builds it. */
function split(r: Report): SplitDraft {
  return {
    head: { ...r, sections: [] },
    chapterIds: r.sections.map((s) => s.id),
    records: flattenSections(r.sections)!.map((s): [string, string] => [s.id, sectionJson(s)]),
  };
}

/** The same draft with one record's text changed as `edit` says (its section's own fields and child ids). */
function withRecord(draft: SplitDraft, id: string, edit: (node: Record<string, unknown>) => void): SplitDraft {
  return {
    ...draft,
    records: draft.records.map(([rid, text]): [string, string] => {
      if (rid !== id) return [rid, text];
      const node = JSON.parse(text) as Record<string, unknown>;
      edit(node);
      return [rid, JSON.stringify(node)];
    }),
  };
}

/** What the journal holds after `checked` was saved: its records count as validated. */
const onDisk = (checked: CheckedContent) => new Set(checked.texts.keys());

function refusedAt(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidDraftError) return error.where;
    throw error;
  }
  throw new Error('the draft was accepted');
}

describe('checking an autosave after an accepted one', () => {
  it('accepts a typed paragraph (same tree) and stores the new text', () => {
    const first = checkSplitDraft(split(report('trước')), new Set());
    const next = checkSplitDraft(split(report('sau')), onDisk(first), first.memo);
    expect(next.content.sections.get('c0')).toContain('"sau"');
    expect(next.hashes.map(([id]) => id)).toEqual(['c0', 'c1', 'c1a', 'c2', 'c3']);
  });

  it('refuses a section moved under another chapter while still listed as a chapter', () => {
    const first = checkSplitDraft(split(report('trước')), new Set());
    const moved = withRecord(split(report('sau')), 'c1', (node) => {
      node.childIds = ['c1a', 'c2'];
    });
    expect(refusedAt(() => checkSplitDraft(moved, onDisk(first), first.memo))).toBe('sections');
  });

  it('refuses a child list naming a section that has no record', () => {
    const first = checkSplitDraft(split(report('trước')), new Set());
    const dangling = withRecord(split(report('trước')), 'c3', (node) => {
      node.childIds = ['khong-co'];
    });
    expect(refusedAt(() => checkSplitDraft(dangling, onDisk(first), first.memo))).toBe('sections');
  });

  it('refuses a sub-section printed at its parent’s level, a change only the tree check sees', () => {
    const first = checkSplitDraft(split(report('trước')), new Set());
    const flat = split(report('trước', 1));
    expect(refusedAt(() => checkSplitDraft(flat, onDisk(first), first.memo))).toBe('sections.1.children.0.level');
  });

  it('refuses chapters listed in a changed order that names one twice, and accepts a real reordering', () => {
    const first = checkSplitDraft(split(report('trước')), new Set());
    const twice = { ...split(report('trước')), chapterIds: ['c0', 'c1', 'c2', 'c2'] };
    expect(refusedAt(() => checkSplitDraft(twice, onDisk(first), first.memo))).toBe('sections');
    const reordered = { ...split(report('trước')), chapterIds: ['c3', 'c0', 'c1', 'c2'] };
    expect(checkSplitDraft(reordered, onDisk(first), first.memo).content.chapterIds).toEqual(['c3', 'c0', 'c1', 'c2']);
  });

  it('a refused autosave leaves nothing behind: the same tree is refused again on the next try', () => {
    const first = checkSplitDraft(split(report('trước')), new Set());
    const flat = split(report('trước', 1));
    refusedAt(() => checkSplitDraft(flat, onDisk(first), first.memo));
    expect(refusedAt(() => checkSplitDraft(flat, onDisk(first), first.memo))).toBe('sections.1.children.0.level');
  });
});
