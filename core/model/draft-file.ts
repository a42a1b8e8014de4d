/**
 * Kept for existing callers: the draft file format now lives in core/draft-file/ (version 2 with checksum;
 * version 1 files still import, migrated).
 */
export {
  DRAFT_FILE_FORMAT,
  DRAFT_FILE_MAX_BYTES,
  DRAFT_FILE_VERSION,
  describeDraftFile,
  parseDraftFile,
  readDraftFileBytes,
  serializeDraftFile,
  type DraftFile,
  type DraftFileMeta,
  type DraftFileResult,
} from '../draft-file/draft-file-format';
