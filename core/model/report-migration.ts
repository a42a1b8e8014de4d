/**
 * Upgrades a stored report of an earlier schema version to the current one, before it is validated. Each step
 * takes exactly the previous version's shape; a report of a newer version than this app knows is returned as it
 * is, so the schema refuses it instead of this code guessing.
 *
 * Version 1 → 2: every version-1 report is a valid version-2 one once renumbered (v2 only adds optional fields
 * and widens what a paragraph may hold), so nothing a clerk wrote changes: old drafts open and print unchanged.
 */

type Migration = (report: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (report) => ({ ...report, schemaVersion: 2 }),
};

export function migrateReport(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  let report = input as Record<string, unknown>;
  for (;;) {
    const version = report.schemaVersion;
    const step = typeof version === 'number' ? MIGRATIONS[version] : undefined;
    if (!step) return report;
    report = step(report);
  }
}
