import { describe, expect, it } from 'vitest';
import { sectionMarker, sectionNumberingAt } from '../../../core/model/markers';
import { parseReport, type Section } from '../../../core/model/report-schema';
import { minimalReport } from '../../../test-support/report-builder';
import {
  addChild,
  addSiblingAfter,
  canHaveChildren,
  insertChildrenFirst,
  levelChoices,
  levelChoicesUnder,
  moveSection,
  newSection,
  removeSection,
  sectionLevels,
  sectionPath,
  setSectionLevel,
  siblingPosition,
  updateSection,
} from './section-ops';

const tree = (): Section[] => [
  { ...newSection('c1', 'ĐẶC ĐIỂM TÌNH HÌNH') },
  {
    ...newSection('c2', 'KẾT QUẢ TRIỂN KHAI'),
    children: [
      newSection('a', 'Lãnh đạo'),
      { ...newSection('b', 'Kết quả'), children: [newSection('b1', 'Nhận thức'), newSection('b2', 'Tuyên truyền')] },
    ],
  },
];

/** Every section of the tree, depth first: the tests look sections up by id, the app never needs to. */
const allSections = (sections: readonly Section[]): Section[] =>
  sections.flatMap((s) => [s, ...allSections(s.children)]);
const findSection = (sections: readonly Section[], id: string) => allSections(sections).find((s) => s.id === id);

const markerOf = (sections: Section[], id: string) => sectionMarker(sectionPath(sections, id)!);

describe('section tree edits', () => {
  it('computes the sample report markers from position', () => {
    const t = tree();
    expect(markerOf(t, 'c2')).toBe('II.');
    expect(markerOf(t, 'b')).toBe('2.');
    expect(markerOf(t, 'b2')).toBe('2.2.');
  });

  it('moving a sub-section renumbers it and its neighbour', () => {
    const moved = moveSection(tree(), 'b2', -1);
    expect(markerOf(moved, 'b2')).toBe('2.1.');
    expect(markerOf(moved, 'b1')).toBe('2.2.');
    expect(moveSection(moved, 'b2', -1)).toEqual(moved);
  });

  it('adds a sibling right after, and a child at the end', () => {
    let t = addSiblingAfter(tree(), 'a', newSection('new'));
    expect(markerOf(t, 'new')).toBe('2.');
    expect(markerOf(t, 'b')).toBe('3.');
    t = addChild(t, 'b', newSection('b3'));
    expect(markerOf(t, 'b3')).toBe('3.3.');
  });

  it('refuses to nest deeper than four levels', () => {
    let t = addChild(tree(), 'b1', newSection('d4'));
    expect(markerOf(t, 'd4')).toBe('a)');
    t = addChild(t, 'd4', newSection('d5'));
    expect(findSection(t, 'd5')).toBeUndefined();
  });

  it('removes a section with its children and leaves the input untouched', () => {
    const t = tree();
    const out = removeSection(t, 'b');
    expect(findSection(out, 'b1')).toBeUndefined();
    expect(findSection(t, 'b1')).toBeDefined();
  });

  it('updates one section deep in the tree', () => {
    const out = updateSection(tree(), 'b2', (s) => ({ ...s, heading: 'Mới' }));
    expect(findSection(out, 'b2')?.heading).toBe('Mới');
    expect(siblingPosition(out, 'b2')).toEqual({ index: 1, count: 2 });
  });

  it('an update leaves every section off its path the same object (memoised cards skip them)', () => {
    const before = tree();
    const out = updateSection(before, 'b2', (s) => ({ ...s, heading: 'Mới' }));
    expect(out).not.toBe(before);
    expect(out[0]).toBe(before[0]);
    expect(out[1]).not.toBe(before[1]);
    expect(out[1]!.children[0]).toBe(before[1]!.children[0]);
    expect(out[1]!.children[1]!.children[0]).toBe(before[1]!.children[1]!.children[0]);
    expect(findSection(before, 'b2')?.heading).toBe('Tuyên truyền');
  });
});

const printed = (sections: Section[], id: string) => sectionNumberingAt(sections, sectionPath(sections, id)!)!.marker;
/** The tree is one parseReport accepts: levels below their parent's and within 4. */
const valid = (sections: Section[]) => parseReport(minimalReport({ sections })).ok;

describe('heading levels of sub-sections', () => {
  it('offers "1." or "a)" under a chapter, "1.1." or "a)" under "1.", nothing for a chapter', () => {
    const t = tree();
    expect(levelChoices(t, 'c2')).toEqual([]);
    expect(levelChoices(t, 'a')).toEqual([2, 4]);
    expect(levelChoices(t, 'b1')).toEqual([3, 4]);
  });

  it('a sub-section of "1." set to "a)" prints a), b) and stays valid', () => {
    let t = setSectionLevel(tree(), 'b1', 4);
    t = setSectionLevel(t, 'b2', 4);
    expect([printed(t, 'b1'), printed(t, 'b2')]).toEqual(['a)', 'b)']);
    expect(findSection(t, 'b1')?.level).toBe(4);
    expect(valid(t)).toBe(true);
  });

  it('going back to the level below the parent stores no level, so the section follows its parent again', () => {
    const t = setSectionLevel(setSectionLevel(tree(), 'b1', 4), 'b1', 3);
    expect(findSection(t, 'b1')).not.toHaveProperty('level');
    expect(printed(t, 'b1')).toBe('2.1.');
  });

  it('a section with sub-sections cannot become "a)" (they would have no level left)', () => {
    expect(levelChoices(tree(), 'b')).toEqual([2]);
    expect(setSectionLevel(tree(), 'b', 4)).toEqual(tree());
  });

  it('an "a)" section takes no sub-section, and a sibling added after it is "b)"', () => {
    let t = setSectionLevel(tree(), 'a', 4);
    t = addChild(t, 'a', newSection('x'));
    expect(findSection(t, 'x')).toBeUndefined();
    t = addSiblingAfter(t, 'a', newSection('y'));
    expect(printed(t, 'y')).toBe('b)');
    expect(printed(t, 'b')).toBe('1.');
    expect(valid(t)).toBe(true);
  });

  it('always offers the level a section already has, even one the wizard would not suggest', () => {
    const imported = { ...newSection('x', 'Tiểu mục ngay dưới chương'), level: 3 as const };
    expect(levelChoicesUnder(imported, 1)).toEqual([2, 3, 4]);
    expect(levelChoicesUnder(newSection('y'), 1)).toEqual([2, 4]);
  });

  it('takes sub-sections only above depth 4 and above level 4', () => {
    expect(canHaveChildren([1, 2])).toBe(true);
    expect(canHaveChildren([1, 2, 3])).toBe(true);
    expect(canHaveChildren([1, 4])).toBe(false);
    expect(canHaveChildren([1, 2, 3, 4])).toBe(false);
  });

  it('a sub-section added under points a), b) is the next point', () => {
    let t = setSectionLevel(tree(), 'b1', 4);
    t = setSectionLevel(t, 'b2', 4);
    t = addChild(t, 'b', newSection('b3'));
    expect(printed(t, 'b3')).toBe('c)');
  });

  it('levels follow the tree: a chapter\'s "a)" points keep their letters when moved', () => {
    let t = setSectionLevel(tree(), 'b1', 4);
    t = setSectionLevel(t, 'b2', 4);
    t = moveSection(t, 'b2', -1);
    expect([printed(t, 'b2'), printed(t, 'b1')]).toEqual(['a)', 'b)']);
    expect(sectionLevels(t, 'b2')).toEqual([1, 2, 4]);
  });
});

describe('sections split from a paste', () => {
  it("go first among the chapter's sub-sections, leave the rest alone, and are refused where no level is left", () => {
    const pasted = [newSection('p1', 'Công tác tuyên truyền'), { ...newSection('p2', 'Ở cơ sở'), level: 4 as const }];
    const before = tree();
    const t = insertChildrenFirst(before, 'c2', pasted);
    expect(findSection(t, 'c2')!.children.map((s) => s.id)).toEqual(['p1', 'p2', 'a', 'b']);
    expect(t[0]).toBe(before[0]);
    expect(removeSection(removeSection(t, 'p1'), 'p2')).toEqual(tree());
    const deep = insertChildrenFirst(t, 'p2', [newSection('x')]);
    expect(findSection(deep, 'p2')!.children).toEqual([]);
  });
});
