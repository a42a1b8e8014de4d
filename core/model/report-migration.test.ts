import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, REPORT_SCHEMA_VERSION } from './report-schema';
import { migrateReport } from './report-migration';

/** The sample report as a version-1 draft stored it (written before version 2 existed). */
const v1 = JSON.parse(readFileSync(new URL('./fixtures/report-v1-sample.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('report migration', () => {
  it('opens a version-1 draft unchanged apart from its version number', () => {
    expect(v1.schemaVersion).toBe(1);
    const parsed = parseReport(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect({ ...parsed.value, schemaVersion: 1 }).toEqual(v1);
  });

  it('leaves the input object untouched', () => {
    const copy = structuredClone(v1);
    migrateReport(v1);
    expect(v1).toEqual(copy);
  });

  it('refuses a version newer than this app knows instead of guessing', () => {
    expect(parseReport({ ...v1, schemaVersion: REPORT_SCHEMA_VERSION + 1 }).ok).toBe(false);
    expect(parseReport({ ...v1, schemaVersion: 0 }).ok).toBe(false);
    expect(parseReport({ ...v1, schemaVersion: '1' }).ok).toBe(false);
  });

  it('passes anything that is not an object through for the schema to refuse', () => {
    for (const value of [null, 1, 'x', [v1]]) expect(migrateReport(value)).toBe(value);
  });
});
