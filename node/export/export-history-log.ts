/**
 * The export history file (userData/export-history.jsonl): one JSON line appended and fsynced per
 * export or submission. A torn last line (power cut mid-append) is skipped when read, never fatal.
 */
import { promises as fs } from 'node:fs';
import {
  parseHistoryLines,
  serializeHistoryEntry,
  type ExportHistoryEntry,
} from '../../core/submission/export-history';

export const HISTORY_FILE_NAME = 'export-history.jsonl';
/** Reading stops here; years of weekly exports are a few hundred KB. */
const MAX_HISTORY_BYTES = 20 * 1024 * 1024;

export interface HistoryLog {
  append(entry: ExportHistoryEntry): Promise<void>;
  read(): Promise<ExportHistoryEntry[]>;
}

export function createHistoryLog(filePath: string): HistoryLog {
  // Appends are serialised so two exports finishing together cannot interleave bytes.
  let queue: Promise<void> = Promise.resolve();
  return {
    append(entry) {
      const line = serializeHistoryEntry(entry);
      const run = queue.then(async () => {
        const handle = await fs.open(filePath, 'a');
        try {
          await handle.writeFile(line);
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async read() {
      let text: string;
      try {
        const handle = await fs.open(filePath, 'r');
        try {
          const { size } = await handle.stat();
          const buffer = Buffer.alloc(Math.min(size, MAX_HISTORY_BYTES));
          await handle.read(buffer, 0, buffer.length, Math.max(0, size - buffer.length));
          text = buffer.toString('utf8');
        } finally {
          await handle.close();
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return [];
        throw error;
      }
      return parseHistoryLines(text);
    },
  };
}
