/**
 * Worker thread of the journal encoder (journal-encoder.ts): canonical JSON, SHA-256 and JSON of a journal
 * record, off main's thread. Each answer transfers its bytes (no copy back).
 */
import { parentPort } from 'node:worker_threads';
import { encodeJournalRecord, type JournalRecord } from './journal-record';

export interface EncodeRequest {
  id: number;
  record: JournalRecord;
}
export type EncodeAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, record }: EncodeRequest) => {
  try {
    const bytes = encodeJournalRecord(record);
    parentPort?.postMessage({ id, bytes } satisfies EncodeAnswer, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies EncodeAnswer);
  }
});
