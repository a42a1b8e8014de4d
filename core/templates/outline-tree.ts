/**
 * Editing the chapter/section tree of an outline (the đề cương editor): every operation returns a new
 * array and leaves the input untouched, so the editor's undo-free state stays simple and React sees the
 * change. A node is addressed by its path of indices from the top ([1, 0] = the first section of chapter 2).
 * Keys never change once given: a report made from the outline finds its guidance by key, so renaming or
 * moving a section keeps every existing report's guidance in place.
 */
import { LIMITS } from '../model/report-schema';
import type { OutlineNode } from './template-schema';

export type NodePath = readonly number[];

/** Depth of the deepest node below and including `node` (1 for a leaf). */
export function nodeDepth(node: OutlineNode): number {
  return 1 + Math.max(0, ...(node.children ?? []).map(nodeDepth));
}

export function nodeAt(nodes: readonly OutlineNode[], path: NodePath): OutlineNode | undefined {
  let list: readonly OutlineNode[] | undefined = nodes;
  let node: OutlineNode | undefined;
  for (const i of path) {
    node = list?.[i];
    if (!node) return undefined;
    list = node.children;
  }
  return node;
}

/** Applies `change` to the sibling list that holds the node at `path` (the top list for a 1-long path). */
function withSiblings(
  nodes: readonly OutlineNode[],
  parentPath: NodePath,
  change: (siblings: OutlineNode[]) => OutlineNode[],
): OutlineNode[] {
  if (parentPath.length === 0) return change([...nodes]);
  const [first, ...rest] = parentPath;
  return nodes.map((n, i) => (i === first ? { ...n, children: withSiblings(n.children ?? [], rest, change) } : n));
}

const parentOf = (path: NodePath) => path.slice(0, -1);
const last = (path: NodePath) => path[path.length - 1] ?? 0;

export function updateNode(nodes: readonly OutlineNode[], path: NodePath, patch: Partial<OutlineNode>): OutlineNode[] {
  return withSiblings(nodes, parentOf(path), (siblings) =>
    siblings.map((n, i) => (i === last(path) ? { ...n, ...patch } : n)),
  );
}

/** Inserts `node` right after the node at `path` (or at the top end when `path` is empty); returns its path. */
export function insertAfter(
  nodes: readonly OutlineNode[],
  path: NodePath,
  node: OutlineNode,
): { nodes: OutlineNode[]; path: number[] } {
  if (path.length === 0) return { nodes: [...nodes, node], path: [nodes.length] };
  const at = last(path) + 1;
  return {
    nodes: withSiblings(nodes, parentOf(path), (s) => [...s.slice(0, at), node, ...s.slice(at)]),
    path: [...parentOf(path), at],
  };
}

/** Adds `node` as the last child of the node at `path`; null when that would nest deeper than a report may. */
export function appendChild(
  nodes: readonly OutlineNode[],
  path: NodePath,
  node: OutlineNode,
): { nodes: OutlineNode[]; path: number[] } | null {
  const parent = nodeAt(nodes, path);
  if (!parent || path.length + nodeDepth(node) > LIMITS.depth) return null;
  const count = parent.children?.length ?? 0;
  return {
    nodes: updateNode(nodes, path, { children: [...(parent.children ?? []), node] }),
    path: [...path, count],
  };
}

export function removeNode(nodes: readonly OutlineNode[], path: NodePath): OutlineNode[] {
  return withSiblings(nodes, parentOf(path), (s) => s.filter((_, i) => i !== last(path)));
}

/** Swaps the node with its previous (-1) or next (+1) sibling; null at either end. */
export function moveNode(
  nodes: readonly OutlineNode[],
  path: NodePath,
  by: -1 | 1,
): { nodes: OutlineNode[]; path: number[] } | null {
  const from = last(path);
  const to = from + by;
  const siblings = parentOf(path).length ? nodeAt(nodes, parentOf(path))?.children : nodes;
  if (!siblings || to < 0 || to >= siblings.length) return null;
  return {
    nodes: withSiblings(nodes, parentOf(path), (s) => {
      const a = s[from]!; // `from` and `to` were range-checked against this very list above
      s[from] = s[to]!;
      s[to] = a;
      return s;
    }),
    path: [...parentOf(path), to],
  };
}

/** Makes the node the last child of its previous sibling (Tab in a tree); null for a first child or too deep. */
export function indentNode(
  nodes: readonly OutlineNode[],
  path: NodePath,
): { nodes: OutlineNode[]; path: number[] } | null {
  const node = nodeAt(nodes, path);
  const index = last(path);
  if (!node || index === 0) return null;
  const newParentPath = [...parentOf(path), index - 1];
  return appendChild(removeNode(nodes, path), newParentPath, node);
}

/** Moves the node out of its parent, right after it; null for a chapter (already at the top). */
export function outdentNode(
  nodes: readonly OutlineNode[],
  path: NodePath,
): { nodes: OutlineNode[]; path: number[] } | null {
  const node = nodeAt(nodes, path);
  if (!node || path.length < 2) return null;
  return insertAfter(removeNode(nodes, path), parentOf(path), node);
}

/** Every key in the tree, in reading order. */
export function allKeys(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children ?? [])]);
}

/** A key not yet used in the tree: "muc-1", "muc-2", … (slug form, as the template schema requires). */
export function freshKey(nodes: readonly OutlineNode[], stem = 'muc'): string {
  const used = new Set(allKeys(nodes));
  for (let n = 1; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** "chapters.0.children.2": the dotted path validation problems use for the node at `path`. */
export function nodeField(path: NodePath): string {
  return `chapters.${path.join('.children.')}`;
}

/**
 * The outline as it is saved: hints are edited one per line, so blank lines and surrounding spaces go, and
 * an empty list or a `false` flag is left out (the file then reads like a built-in outline).
 */
export function tidyOutline<T extends { chapters: OutlineNode[] }>(outline: T): T {
  const tidy = (node: OutlineNode): OutlineNode => {
    const { hints, optional, children, ...rest } = node;
    const kept = (hints ?? []).map((h) => h.trim()).filter(Boolean);
    return {
      ...rest,
      ...(kept.length ? { hints: kept } : {}),
      ...(optional ? { optional: true } : {}),
      ...(children?.length ? { children: children.map(tidy) } : {}),
    };
  };
  return { ...outline, chapters: outline.chapters.map(tidy) };
}
