/** The Vietnamese dictionary files and the Tam Đường sample report, read from disk for the spell-check tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraftFile } from '../core/draft-file/draft-file-format';
import type { Report } from '../core/model/report-schema';

const ROOT = join(import.meta.dirname, '..');

export function dictionaryViFiles(): { aff: string; dic: string } {
  const dir = join(ROOT, 'node_modules', 'dictionary-vi');
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}

/** "Sơ kết 5 năm thực hiện Kết luận 23-KL/TW" of Huyện ủy Tam Đường, as the e2e fixture draft file. */
export function tamDuongReport(): Report {
  const draft = parseDraftFile(readFileSync(join(ROOT, 'e2e/fixtures/tam-duong-so-ket-kl23-2023.baocao.json'), 'utf8'));
  if (!draft.ok) throw new Error(draft.message);
  return draft.draft.report;
}
