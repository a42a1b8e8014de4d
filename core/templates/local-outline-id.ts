/**
 * Outlines made on this machine get ids in their own namespace, so they never collide with a built-in
 * outline or one shipped in a signed pack (whose ids the province chooses): an imported or copied outline is
 * always re-keyed into it.
 */
export const LOCAL_OUTLINE_PREFIX = 'tu-soan-';

export function isLocalOutlineId(id: string): boolean {
  return id.startsWith(LOCAL_OUTLINE_PREFIX);
}

/** `random` gives at least 12 characters of [a-z0-9] (e.g. from a UUID); the id stays a template slug. */
export function newLocalOutlineId(random: () => string): string {
  const tail = random()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 12);
  return `${LOCAL_OUTLINE_PREFIX}${tail || '0'}`;
}
