/**
 * `soan-bao-cao check <tệp.baocao.json>`: validates a draft file exactly as the app's import does and never
 * writes anything: its io has no write method. Exit 0 with a one-line summary, or 1 with the import's reason.
 */
import { describeDraftFile } from '../../core/draft-file/draft-file-format';
import { loadDraftFile, type DraftReadIo } from './load-draft';

export interface CheckIo extends DraftReadIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export async function runCheck(input: string, io: CheckIo): Promise<0 | 1> {
  const result = await loadDraftFile(input, io);
  if (!result.ok) {
    io.stderr(result.message);
    return 1;
  }
  io.stdout(describeDraftFile(result.draft));
  return 0;
}
