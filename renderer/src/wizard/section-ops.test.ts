import { describe, expect, it } from 'vitest';
import { sectionMarker } from '../../../core/model/markers';
import type { Section } from '../../../core/model/report-schema';
import { addChild, addSiblingAfter, findSection, moveSection, newSection, removeSection, sectionPath, siblingPosition, updateSection } from './section-ops';

const tree = (): Section[] => [
  { ...newSection('c1', 'ĐẶC ĐIỂM TÌNH HÌNH') },
  {
    ...newSection('c2', 'KẾT QUẢ TRIỂN KHAI'),
    children: [newSection('a', 'Lãnh đạo'), { ...newSection('b', 'Kết quả'), children: [newSection('b1', 'Nhận thức'), newSection('b2', 'Tuyên truyền')] }],
  },
];

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
