/** The Word import, loaded the first time a clerk opens or drops a .docx (never at start-up). */
import { lazyChunk } from '../app/lazy-chunk';

export const wordImportChunk = lazyChunk(() => import('./read-word-report'));
