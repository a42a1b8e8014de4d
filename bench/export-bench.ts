/**
 * Export benchmark: our DOCX writer vs pandoc on the same synthetic report, both producing a .docx file on
 * disk (ours: renderDocx + writeFile; pandoc: `pandoc -f markdown -t docx -o`, process start included,
 * because that is what a user of pandoc waits for). Runs alternate between the two so background load hits
 * both alike; the median of each is reported.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../core/docx/render-docx';
import type { Report } from '../core/model/report-schema';
import { reportToMarkdown } from '../test-support/synthetic/report-markdown';
import { median, type PeerRatioResult } from './stats';

export type ExportResult = PeerRatioResult;

export function pandocVersion(): string {
  const r = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      'Không tìm thấy pandoc. Hãy cài pandoc (Debian/Ubuntu: sudo apt-get install pandoc; CI: .ci/run đã cài sẵn) rồi chạy lại npm run bench.',
    );
  }
  return r.stdout.split('\n')[0] ?? 'pandoc';
}

function runPandoc(markdown: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pandoc exited ${code}: ${err}`))));
    child.stdin.end(markdown);
  });
}

export async function benchExport(report: Report, pages: number, runs: number): Promise<ExportResult> {
  const dir = await mkdtemp(join(tmpdir(), 'soan-bao-cao-bench-'));
  try {
    const markdown = reportToMarkdown(report);
    const ours: number[] = [];
    const theirs: number[] = [];
    let docxBytes = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const bytes = await renderDocx(report);
      await writeFile(join(dir, `ours-${i}.docx`), bytes);
      ours.push(performance.now() - t);
      docxBytes = bytes.byteLength;
      t = performance.now();
      await runPandoc(markdown, join(dir, `pandoc-${i}.docx`));
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
      docxBytes,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
