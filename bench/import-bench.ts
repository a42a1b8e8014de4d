/**
 * Import benchmark: opening a 100-page .docx with our parser vs pandoc reading the same file
 * (`pandoc -f docx -t json`, process start included, as a user of pandoc would wait for it). The file is the
 * app's own export of the synthetic report. Ours includes reading the file from disk. Runs alternate so
 * background load hits both alike; the median of each is reported.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../core/docx/render-docx';
import { importDocx } from '../core/import/import-docx';
import type { Report } from '../core/model/report-schema';
import { builtInTemplates } from '../core/templates/templates';
import { median, type PeerRatioResult } from './stats';

export type ImportBenchResult = PeerRatioResult;

function runPandoc(docx: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'docx', '-t', 'json', docx], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pandoc exited ${code}: ${err}`))));
  });
}

export async function benchImport(report: Report, pages: number, runs: number): Promise<ImportBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'soan-bao-cao-import-bench-'));
  try {
    const docx = await renderDocx(report);
    const path = join(dir, `bao-cao-${pages}p.docx`);
    await writeFile(path, docx);
    const templates = builtInTemplates();
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const result = importDocx(new Uint8Array(await readFile(path)), { templates });
      ours.push(performance.now() - t);
      if (!result.ok) throw new Error(result.message);
      t = performance.now();
      await runPandoc(path);
      theirs.push(performance.now() - t);
    }
    const oursMs = median(ours);
    const pandocMs = median(theirs);
    return {
      pages,
      runs,
      oursMs,
      pandocMs,
      ratio: oursMs / pandocMs,
      oursSamples: ours,
      pandocSamples: theirs,
      docxBytes: docx.byteLength,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
