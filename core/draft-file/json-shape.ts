/**
 * A cheap, iterative look at a freshly parsed JSON value before any recursive code (zod, canonical JSON)
 * touches it: a hostile file nested 100 000 levels deep must give a clean Vietnamese refusal, not a stack
 * overflow. A real report nests about 30 levels.
 */
export const MAX_JSON_DEPTH = 64;

/** True when no array/object in `value` is nested deeper than `maxDepth`. */
export function withinDepth(value: unknown, maxDepth: number = MAX_JSON_DEPTH): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return false;
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push({ node: child, depth: depth + 1 });
    }
  }
  return true;
}
