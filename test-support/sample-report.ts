/** The sample report (the yardstick) and its hand-made draft-file fixture, for tests and scripts. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseDraftFile } from '../core/draft-file/draft-file-format';
import type { Report } from '../core/model/report-schema';

export const FIXTURE_PATH = fileURLToPath(
  new URL('../e2e/fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url),
);
/**
 * Outside the repository on purpose: the shared reference material is not copied into the project. It sits
 * beside the checkout (`../shared`), in development and in CI alike.
 */
export const SAMPLE_TEXT_PATH = fileURLToPath(
  new URL('../../shared/samples/tam-duong-so-ket-kl23-2023.txt', import.meta.url),
);

export async function loadFixtureReport(): Promise<Report> {
  const parsed = parseDraftFile(await readFile(FIXTURE_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.draft.report;
}
