/**
 * Inbox benchmark (`BENCH_ONLY=inbox`): 200 units' submission bundles of a 30-page report each, written by the
 * app's own writer (`submitReport`: real DOCX, draft file, manifest) into a scratch folder; then, in a fresh
 * process so its peak RSS is its own, the inbox's verify-and-list of the folder (`readInbox`: every manifest,
 * every SHA-256, every draft parsed and checked, in the verification worker thread as the app runs it, the
 * report entries posted back to the measuring thread) and the compile of the 200 reports (`compileReports`, the
 * statistics check of the result included). Units differ in name and in their figures; the outline and table
 * shapes are shared, so every table is summed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileReports } from '../core/compile/compile-reports';
import { renderDocx } from '../core/docx/render-docx';
import type { Block, Report, Section } from '../core/model/report-schema';
import { realSubmissionFs } from '../node/files/verified-write-fs';
import { INBOX_LIMITS } from '../core/submission/inbox-limits';
import { createWorkerVerifier } from '../node/inbox/inbox-verify-client';
import { readInbox } from '../node/inbox/read-inbox';
import { workerEntry } from '../node/workers/worker-entry';
import { submitReport } from '../node/submission/submit-report';
import { syntheticReport } from '../test-support/synthetic/synthetic-report';

const ROOT = resolve(import.meta.dirname, '..');

export interface InboxBenchResult {
  units: number;
  pages: number;
  verifySeconds: number;
  compileSeconds: number;
  /** CPU time (user + system) of each phase: the wall times above depend on what else the 2 cores run. */
  verifyCpuSeconds: number;
  compileCpuSeconds: number;
  /** Peak resident set of the measuring process, MB. */
  peakRssMb: number;
  bundlesOk: number;
  tablesSummed: number;
}

/** The unit's own figures: every whole number in a table shifted by the unit's index (shapes unchanged). */
function withUnitFigures(report: Report, unit: number): Report {
  const shift = (blocks: Block[]): Block[] =>
    blocks.map((b) =>
      b.type !== 'table'
        ? b
        : {
            ...b,
            rows: b.rows.map((row, r) =>
              r < b.headerRows
                ? row
                : {
                    ...row,
                    cells: row.cells.map((cell) => ({
                      ...cell,
                      paragraphs: cell.paragraphs.map((p) => ({
                        ...p,
                        content: p.content.map((i) =>
                          i.type === 'text' && /^\d{1,3}$/u.test(i.text)
                            ? { ...i, text: String(Number(i.text) + (unit % 7)) }
                            : i,
                        ),
                      })),
                    })),
                  },
            ),
          },
    );
  const walk = (sections: Section[]): Section[] =>
    sections.map((s) => ({ ...s, blocks: shift(s.blocks), children: walk(s.children) }));
  return {
    ...report,
    header: { ...report.header, issuer: `ĐẢNG ỦY XÃ SỐ ${unit + 1}`, issuerCode: 'ĐU', number: String(unit + 1) },
    sections: walk(report.sections),
  };
}

export async function writeInboxBundles(dir: string, units: number, pages: number): Promise<void> {
  const base = syntheticReport({ pages });
  const at = new Date('2025-06-21T02:00:00Z');
  for (let u = 0; u < units; u++) {
    await submitReport(
      { report: withUnitFigures(base, u), templateId: 'dinh-ky', destDir: dir },
      { renderDocx, fsx: realSubmissionFs, now: () => at, appLabel: 'Soạn Báo Cáo (bench)' },
    );
  }
}

/** Runs in the measuring process: verify + list, then compile; prints one JSON line. */
export async function measureInbox(dir: string, pages: number): Promise<InboxBenchResult> {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const inboxDir = join(ROOT, 'node', 'inbox');
  const verifier = createWorkerVerifier(
    workerEntry(inboxDir, 'inbox-verify-worker', join(inboxDir, 'inbox-verify-worker.ts')),
  );
  // The app's worker loads a bundled script once per session; here tsx compiles the sources at its first job,
  // which is start-up, not verification: one job on an empty folder loads it before the clock starts.
  const warm = await mkdtemp(join(tmpdir(), 'soan-inbox-warm-'));
  await verifier.verify({ root: warm, folder: warm, limits: INBOX_LIMITS, deadline: Date.now() + 60_000 });
  await rm(warm, { recursive: true, force: true });
  const [t0, c0] = [performance.now(), cpu()];
  const inbox = await readInbox(dir, {}, { verify: verifier.verify }).finally(() => verifier.close());
  const [t1, c1] = [performance.now(), cpu()];
  if (!inbox.ok) throw new Error(inbox.message);
  const sources = inbox.entries.flatMap((e) => (e.ok ? [{ identity: e.identity, report: e.draft.report }] : []));
  const [t2, c2] = [performance.now(), cpu()];
  const compiled = compileReports(sources);
  const [t3, c3] = [performance.now(), cpu()];
  if (!compiled.ok) throw new Error(compiled.message);
  return {
    units: inbox.entries.length,
    pages,
    verifySeconds: (t1 - t0) / 1000,
    compileSeconds: (t3 - t2) / 1000,
    verifyCpuSeconds: c1 - c0,
    compileCpuSeconds: c3 - c2,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bundlesOk: sources.length,
    tablesSummed: compiled.summary.tablesSummed,
  };
}

export async function benchInbox(units = 200, pages = 30): Promise<InboxBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'soan-inbox-bench-'));
  try {
    console.error(`[bench] writing ${units} bundles of ${pages} pages with the app's writer…`);
    await writeInboxBundles(dir, units, pages);
    console.error('[bench] verifying and compiling them in a fresh process…');
    const out = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'bench/inbox-measure.ts'), dir, String(pages)],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    return JSON.parse(out.trim().split('\n').at(-1)!) as InboxBenchResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
