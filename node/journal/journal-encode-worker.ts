/** Worker thread of the journal encoder (journal-encoder.ts): canonical JSON, SHA-256 and JSON of a record. */
import { serveWorkerTask, transferBytes } from '../workers/serve-worker-task';
import { encodeJournalRecord, type JournalRecord } from './journal-record';

serveWorkerTask((record: JournalRecord) => encodeJournalRecord(record), transferBytes);
