/** Texts for the legacy-encoding tests: the sample report (shared reference material) as paragraphs. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Shared reference material sits beside the checkout (../shared); SOAN_SHARED_DIR names it when it does not. */
export function sharedFile(relative: string): string {
  const beside = fileURLToPath(new URL(`../../shared/${relative}`, import.meta.url));
  const candidates = [process.env.SOAN_SHARED_DIR ? `${process.env.SOAN_SHARED_DIR}/${relative}` : '', beside].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${relative} not found (tried ${candidates.join(', ')}); set SOAN_SHARED_DIR.`);
  return found;
}

/** The sample's paragraphs, NFC, without footnote marks (¹ is a TCVN3 letter, so TCVN3 text cannot hold it). */
export function sampleParagraphs(): string[] {
  const text = readFileSync(sharedFile('samples/tam-duong-so-ket-kl23-2023.txt'), 'utf8').normalize('NFC');
  return text
    .replace(/[¹²³⁰⁴-⁹]/gu, '')
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
