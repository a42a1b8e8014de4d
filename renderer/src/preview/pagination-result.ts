/**
 * The page preview's last pagination, for the rest of the renderer (a page count beside the word count, a
 * warning in the review step): a tiny external store, read in React with `usePagination()`.
 */
import { useSyncExternalStore } from 'react';

export interface PaginationResult {
  pageCount: number;
  /** Section id → the page its heading is printed on (1-based). */
  sectionPages: ReadonlyMap<string, number>;
  /** The signature block would start a page with nothing of the report above it. */
  signatureAlone: boolean;
  /**
   * For each page: the number printed in its header (null: none) and whether it is in a Phụ lục numbered apart
   * (a DOCX section after the first). Empty when the pages kept Paged.js's straight count.
   */
  printedPages: readonly { number: number | null; apart: boolean }[];
}

let current: PaginationResult | null = null;
const listeners = new Set<() => void>();

/** `null` when no preview is shown (closed, or still being drawn the first time). */
export function publishPagination(result: PaginationResult | null): void {
  if (result === current) return;
  current = result;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): PaginationResult | null => current;

export function usePagination(): PaginationResult | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
