/**
 * Canonical JSON of a JSON value: object keys sorted, no whitespace, `undefined` members dropped (as
 * JSON.stringify does). The draft-file checksum is computed over this, so it does not depend on key order
 * or indentation — a file re-indented by an editor still verifies, a changed word does not.
 * Callers bound the nesting depth first (json-shape.ts), so the recursion here cannot overflow.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const scalar = JSON.stringify(value);
    // Functions/symbols/undefined have no JSON form; inside arrays JSON writes them as null.
    return scalar === undefined ? 'null' : scalar;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
