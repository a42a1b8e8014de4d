/**
 * Renders the sample-report fixture to .docx, converts it with LibreOffice and writes the first and the last
 * page as PNG pictures for the README: docs/exported-page-1.png and docs/exported-last-page.png, plus page 1 of
 * the same report as a state document (NĐ 30): docs/exported-nd30-page-1.png.
 * Run: npx tsx scripts/render-docs.ts
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx } from '../core/docx/render-docx';
import { convertDocxToPdf, pdfPageTexts, pdfToPngs } from '../test-support/libreoffice';
import { loadFixtureReport } from '../test-support/sample-report';
import { asStateReport } from '../test-support/state-report';

const DOCS_DIR = fileURLToPath(new URL('../docs/', import.meta.url));
const DPI = 80;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'render-docs-'));
  try {
    const docx = join(work, 'tam-duong-so-ket-kl23-2023.docx');
    await writeFile(docx, await renderDocx(await loadFixtureReport()));
    const pdf = await convertDocxToPdf(docx, work);
    const pages = (await pdfPageTexts(pdf)).length;
    const [first] = await pdfToPngs(pdf, join(work, 'first'), { dpi: DPI, first: 1, last: 1 });
    const [last] = await pdfToPngs(pdf, join(work, 'last'), { dpi: DPI, first: pages, last: pages });
    if (!first || !last) throw new Error('pdftoppm produced no picture');
    await copyFile(first, join(DOCS_DIR, 'exported-page-1.png'));
    await copyFile(last, join(DOCS_DIR, 'exported-last-page.png'));
    const stateDocx = join(work, 'nd30-example.docx');
    await writeFile(stateDocx, await renderDocx(asStateReport(await loadFixtureReport())));
    const [stateFirst] = await pdfToPngs(await convertDocxToPdf(stateDocx, work), join(work, 'state'), {
      dpi: DPI,
      first: 1,
      last: 1,
    });
    if (!stateFirst) throw new Error('pdftoppm produced no picture for the NĐ 30 example');
    await copyFile(stateFirst, join(DOCS_DIR, 'exported-nd30-page-1.png'));
    console.log(
      `${pages} pages → docs/exported-page-1.png, docs/exported-last-page.png, docs/exported-nd30-page-1.png`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
