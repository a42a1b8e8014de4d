/**
 * What the Word import chunk holds: the size cap and the review dialog, so the review screen does not weigh on
 * the home screen until a clerk opens or drops a .docx. The parser itself runs in its worker.
 */
export { WORD_FILE_MAX_BYTES, tooLargeMessage } from './word-file-limits';
export { ImportReviewDialog } from './import-review-dialog';
