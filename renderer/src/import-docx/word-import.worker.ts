/**
 * The Word import off the main thread: a long report takes a second or more to read, and the window must stay
 * responsive (the spinner turns, "Hủy" answers) meanwhile. Runs the same function as the in-page fallback.
 */
import type { Template } from '../../../core/templates/template-schema';
import { readWordReport } from './read-word-report';

export interface WordImportRequest {
  bytes: Uint8Array;
  fileName: string;
  templates: Template[];
}

globalThis.addEventListener('message', (event: MessageEvent<WordImportRequest>) => {
  const { bytes, fileName, templates } = event.data;
  try {
    globalThis.postMessage({ done: true, result: readWordReport(bytes, fileName, templates) });
  } catch {
    globalThis.postMessage({ done: false });
  }
});
