/**
 * Export/preview rendering in a worker thread: the same document as rendering in-process, and a render that
 * passes the time limit ends in the export's Vietnamese message, with nothing written. Real worker threads (the
 * TypeScript worker is loaded through tsx; the app loads the bundled .js).
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { listRuleSets } from '../../core/rules/rule-sets';
import { syntheticReport } from '../../test-support/synthetic/synthetic-report';
import { requirePart, unzipDocx } from '../../test-support/docx-xml';
import { createWorkerRenderer } from './docx-render-client';
import { createExportDocxHandler, EXPORT_MESSAGES } from './export-docx';
import { createReportRenderer } from './report-renderer';
import { workerEntry } from '../workers/worker-entry';

// No built .js beside the sources: the .ts worker, through tsx.
const WORKER = workerEntry(
  import.meta.dirname,
  'docx-render-worker',
  join(import.meta.dirname, 'docx-render-worker.ts'),
);

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

function renderer(options: Partial<Parameters<typeof createWorkerRenderer>[0]> = {}) {
  const r = createWorkerRenderer({ ...WORKER, log: () => undefined, ...options });
  cleanup.push(() => r.close());
  return createReportRenderer({
    builtInRuleSets: listRuleSets,
    installedRuleSets: async () => [],
    renderDocx: r.renderDocx,
  });
}

describe('DOCX rendering in a worker thread', () => {
  it('gives the same document as rendering in-process', async () => {
    const report = syntheticReport({ pages: 12 });
    const fromWorker = unzipDocx(await renderer()(report));
    const here = unzipDocx(await renderDocx(report));
    for (const part of ['word/document.xml', 'word/footnotes.xml', 'word/styles.xml']) {
      expect(requirePart(fromWorker, part)).toBe(requirePart(here, part));
    }
  });

  it('a worker that cannot start: the report is rendered in-process, export keeps working', async () => {
    const report = syntheticReport({ pages: 2 });
    const bytes = await renderer({ workerPath: join(tmpdir(), 'no-such-render-worker.mjs'), workerOptions: {} })(
      report,
    );
    expect(requirePart(unzipDocx(bytes), 'word/document.xml')).toBe(
      requirePart(unzipDocx(await renderDocx(report)), 'word/document.xml'),
    );
  });

  it('a render past the time limit fails with the export message and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'render-hung-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const hung = join(dir, 'hung.mjs');
    await writeFile(hung, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});\n");
    const handler = createExportDocxHandler<null>({
      renderDocx: renderer({ workerPath: hung, workerOptions: {}, timeoutMs: 300 }),
      showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'bc.docx') }),
      explainFileName: async () => undefined,
      writeFile: async () => {
        throw new Error('must not write');
      },
      documentsDir: () => dir,
      now: () => 0,
      log: () => undefined,
    });
    const response = await handler({ report: syntheticReport({ pages: 2 }), suggestedName: 'bc' }, null);
    expect(response).toEqual({ status: 'error', message: EXPORT_MESSAGES.renderFailed });
    expect(await readdir(dir)).toEqual(['hung.mjs']);
  });
});
