/** How big a .docx the import takes: known before the parser is loaded, so a bigger file is refused at once. */
import { PACKAGE_LIMITS } from '../../../core/import/import-limits';
import { importMessages } from '../../../core/import/import-messages';

/** Same cap as main's read (electron/main/word-file-open.ts): a bigger file is refused before it is read. */
export const WORD_FILE_MAX_BYTES = PACKAGE_LIMITS.zipBytes;
export const tooLargeMessage = (fileName: string) => importMessages.zipSize(fileName);
