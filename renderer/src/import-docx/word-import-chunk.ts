/** The Word import and its review, loaded the first time a clerk opens or drops a .docx (never at start-up). */
import { lazyChunk } from '../app/lazy-chunk';

export const wordImportChunk = lazyChunk(() => import('./word-import-module'));
