/**
 * `tsx test-support/write-report-docx.ts <report.json> <out.docx>`: the export writer run as its own process, for
 * Playwright specs, whose loader cannot import the writer's JSON rule-sets.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { renderDocx } from '../core/docx/render-docx';
import { parseReport } from '../core/model/report-schema';

const SELF = fileURLToPath(import.meta.url);

/** Writes the DOCX export would write for `reportJsonPath` (a Report as JSON) to `docxPath`. */
export async function writeReportDocx(reportJsonPath: string, docxPath: string): Promise<void> {
  await promisify(execFile)(
    fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url)),
    [SELF, reportJsonPath, docxPath],
    {
      timeout: 120_000,
    },
  );
}

async function main(reportJsonPath: string, docxPath: string): Promise<void> {
  const parsed = parseReport(JSON.parse(await readFile(reportJsonPath, 'utf8')));
  if (!parsed.ok) throw new Error(`invalid report: ${JSON.stringify(parsed.issues[0])}`);
  await writeFile(docxPath, await renderDocx(parsed.value));
}

const [, script, input, output] = process.argv;
if (script === SELF && input && output) await main(input, output);
