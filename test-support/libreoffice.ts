/**
 * LibreOffice and poppler as a second reader of the exported .docx: convert to PDF with a private profile
 * (parallel runs would otherwise fight over one), then read each page's text or picture.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function requireTool(command: string, installHint: string): Promise<void> {
  try {
    await run('which', [command]);
  } catch {
    throw new Error(`${command} is not installed; ${installHint}`);
  }
}

/** Converts a .docx to PDF in `outDir`; returns the PDF path. Fails (never skips) when soffice is missing. */
export async function convertDocxToPdf(docxPath: string, outDir: string): Promise<string> {
  const [pdf] = await convertDocxesToPdf([docxPath], outDir);
  return pdf!;
}

/**
 * Converts several .docx files in ONE LibreOffice start (it costs seconds; CI has 2 cores); returns the PDF
 * paths in the same order.
 */
export async function convertDocxesToPdf(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  await requireTool('soffice', 'install LibreOffice (apt-get install libreoffice-writer) to run this check');
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...docxPaths,
    ],
    { timeout: 180_000 },
  );
  const made = await readdir(outDir);
  return docxPaths.map((docxPath) => {
    const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'));
    if (!made.includes(basename(pdf))) throw new Error(`LibreOffice did not produce ${pdf}`);
    return pdf;
  });
}

/** The text of every page, laid out (`pdftotext -layout`), one string per page. */
export async function pdfPageTexts(pdfPath: string): Promise<string[]> {
  await requireTool('pdftotext', 'install poppler-utils');
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = stdout.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Renders pages to PNG (`pdftoppm -png`); returns the file paths in page order. */
export async function pdfToPngs(
  pdfPath: string,
  outPrefix: string,
  options: { dpi: number; first?: number; last?: number },
): Promise<string[]> {
  await requireTool('pdftoppm', 'install poppler-utils');
  const args = ['-png', '-r', String(options.dpi)];
  if (options.first !== undefined) args.push('-f', String(options.first));
  if (options.last !== undefined) args.push('-l', String(options.last));
  await run('pdftoppm', [...args, pdfPath, outPrefix]);
  const dir = join(outPrefix, '..');
  const stem = basename(outPrefix);
  return (await readdir(dir))
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(a.slice(stem.length + 1, -4)) - Number(b.slice(stem.length + 1, -4)))
    .map((f) => join(dir, f));
}

/** Size of page `n` (1-based) in points as `pdfinfo -f n -l n` reports it: width first, so landscape is wider. */
export async function pdfPageSize(pdfPath: string, n: number): Promise<{ width: number; height: number }> {
  await requireTool('pdfinfo', 'install poppler-utils');
  const { stdout } = await run('pdfinfo', ['-f', String(n), '-l', String(n), pdfPath]);
  const m = new RegExp(`^Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+) pts`, 'm').exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no size for page ${n} of ${pdfPath}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}
