/** S-24: the Electronegativity gate passes on the built app and FAILS on a planted bad window. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain Node ESM script without type declarations
import { REVIEWED, runStaticScan } from './static-scan.mjs';

type Finding = { id: string };
const scan = runStaticScan as (
  input: string,
  o?: { output: string },
) => Promise<{ failing: Finding[]; errors: unknown[] }>;
const OUT = join(import.meta.dirname, '..', 'out');
const tmp = mkdtempSync(join(tmpdir(), 'sbc-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('static scan (Electronegativity, offline)', () => {
  it('every reviewed exception says why', () => {
    for (const r of REVIEWED as { id: string; reason: string }[]) expect(r.reason.length).toBeGreaterThan(40);
  });

  // Order matters: Electronegativity keeps state between runs in one process, so the clean build is scanned first.
  it.runIf(existsSync(join(OUT, 'main', 'index.js')))(
    'the built app in out/ has zero unreviewed MEDIUM+ findings',
    async () => {
      const { failing, errors } = await scan(OUT, { output: join(tmp, 'out.sarif') });
      expect(errors).toEqual([]);
      expect(failing).toEqual([]);
    },
  );
  it('meta: a planted window with nodeIntegration:true fails the gate', async () => {
    const dir = join(tmp, 'bad', 'main');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.js'),
      "const { BrowserWindow } = require('electron');\nconst w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\nw.loadURL('https://example.com/');\n",
    );
    const { failing } = await scan(join(tmp, 'bad'), { output: join(tmp, 'bad.sarif') });
    // The gate fails (it is what `npm test` relies on); which checks fire is Electronegativity's business.
    expect(failing.length).toBeGreaterThan(0);
    // The report is complete once the scan resolves (the folder is removed right after the last test).
    const report = JSON.parse(readFileSync(join(tmp, 'bad.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(report.runs[0]?.results.length).toBeGreaterThan(0);
  });
});
