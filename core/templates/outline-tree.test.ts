import { describe, expect, it } from 'vitest';
import {
  appendChild,
  freshKey,
  indentNode,
  insertAfter,
  moveNode,
  nodeAt,
  nodeField,
  outdentNode,
  removeNode,
  tidyOutline,
  updateNode,
} from './outline-tree';
import type { OutlineNode } from './template-schema';

const leaf = (key: string): OutlineNode => ({ key, heading: key.toUpperCase(), guidance: '' });
const tree: OutlineNode[] = [{ ...leaf('a'), children: [leaf('a1'), leaf('a2')] }, leaf('b'), leaf('c')];
const shape = (nodes: readonly OutlineNode[]): unknown =>
  nodes.map((n) => (n.children?.length ? { [n.key]: shape(n.children) } : n.key));

describe('outline tree editing', () => {
  it('renames, inserts and removes without touching the input', () => {
    const renamed = updateNode(tree, [0, 1], { heading: 'Ưu điểm' });
    expect(nodeAt(renamed, [0, 1])?.heading).toBe('Ưu điểm');
    expect(nodeAt(tree, [0, 1])?.heading).toBe('A2');
    const added = insertAfter(tree, [0, 0], leaf('x'));
    expect(shape(added.nodes)).toEqual([{ a: ['a1', 'x', 'a2'] }, 'b', 'c']);
    expect(added.path).toEqual([0, 1]);
    expect(shape(insertAfter(tree, [], leaf('d')).nodes)).toEqual([{ a: ['a1', 'a2'] }, 'b', 'c', 'd']);
    expect(shape(removeNode(tree, [0]))).toEqual(['b', 'c']);
    expect(shape(tree)).toEqual([{ a: ['a1', 'a2'] }, 'b', 'c']);
  });

  it('moves up and down within the siblings, refusing past either end', () => {
    const down = moveNode(tree, [0, 0], 1);
    expect(down && shape(down.nodes)).toEqual([{ a: ['a2', 'a1'] }, 'b', 'c']);
    expect(down?.path).toEqual([0, 1]);
    expect(moveNode(tree, [0], -1)).toBeNull();
    expect(moveNode(tree, [2], 1)).toBeNull();
    expect(shape(moveNode(tree, [2], -1)!.nodes)).toEqual([{ a: ['a1', 'a2'] }, 'c', 'b']);
  });

  it('indents under the previous sibling and outdents after the parent, with their children', () => {
    const indented = indentNode(tree, [1]);
    expect(indented && shape(indented.nodes)).toEqual([{ a: ['a1', 'a2', 'b'] }, 'c']);
    expect(indented?.path).toEqual([0, 2]);
    expect(indentNode(tree, [0])).toBeNull();
    const out = outdentNode(tree, [0, 0]);
    expect(out && shape(out.nodes)).toEqual([{ a: ['a2'] }, 'a1', 'b', 'c']);
    expect(out?.path).toEqual([1]);
    expect(outdentNode(tree, [1])).toBeNull();
  });

  it('refuses to nest deeper than the four heading levels a report can print', () => {
    let nodes: OutlineNode[] = [leaf('l1')];
    nodes = appendChild(nodes, [0], leaf('l2'))!.nodes;
    nodes = appendChild(nodes, [0, 0], leaf('l3'))!.nodes;
    nodes = appendChild(nodes, [0, 0, 0], leaf('l4'))!.nodes;
    expect(appendChild(nodes, [0, 0, 0, 0], leaf('l5'))).toBeNull();
    // Indenting a whole chapter of depth 4 under another would make it 5 deep.
    expect(indentNode([leaf('x'), ...nodes], [1])).toBeNull();
  });

  it('gives fresh keys that no node uses yet', () => {
    expect(freshKey([{ ...leaf('muc-1'), children: [leaf('muc-2')] }])).toBe('muc-3');
  });
});

describe('outline as saved', () => {
  it('drops blank hint lines, false flags and empty child lists', () => {
    const saved = tidyOutline({
      chapters: [
        { ...leaf('a'), hints: [' Số liệu so cùng kỳ ', '', '  '], optional: false, children: [] },
        { ...leaf('b'), hints: [''], optional: true },
      ],
    });
    expect(saved.chapters).toEqual([
      { ...leaf('a'), hints: ['Số liệu so cùng kỳ'] },
      { ...leaf('b'), optional: true },
    ]);
    expect(nodeField([1, 0, 2])).toBe('chapters.1.children.0.children.2');
  });
});
