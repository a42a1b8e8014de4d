/**
 * What the Word import chunk holds: the import itself and its review dialog, so neither the parser nor the
 * review screen weighs on the home screen until a clerk opens or drops a .docx.
 */
export { readWordReport, WORD_FILE_MAX_BYTES, tooLargeMessage } from './read-word-report';
export { ImportReviewDialog } from './import-review-dialog';
