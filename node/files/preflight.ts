/**
 * Checks made before anything is written (M-05), so a full or unsuitable destination is refused
 * without leaving a temp file behind: a real folder (not a symlink), enough free space for every file
 * plus 1 MiB of slack, no file ≥ 4 GiB on FAT32, and paths short enough for Windows' MAX_PATH (the
 * stick ends up on a Windows computer at the province even when written on Linux).
 */
import { errorCode, FileWriteError } from './file-write-error';
import type { SubmissionFs } from './verified-write-fs';

export const SPACE_SLACK_BYTES = 1024 * 1024;
const FAT_MAGIC = 0x4d44;
const FAT_MAX_FILE_BYTES = 4 * 1024 ** 3 - 1;
/** MAX_PATH is 260 including the terminating NUL. */
export const MAX_PATH_UNITS = 259;

export async function preflight(
  fsx: SubmissionFs,
  dir: string,
  fileSizes: readonly number[],
  longestPath: number,
): Promise<void> {
  const fail = (code: string, cause?: unknown) => new FileWriteError(code, 'preflight', cause);
  let stat;
  try {
    stat = await fsx.lstat(dir);
  } catch (error) {
    throw fail(errorCode(error), error);
  }
  if (stat.isSymbolicLink() || !stat.isDirectory()) throw fail('NOT_A_FOLDER');
  if (longestPath > MAX_PATH_UNITS) throw fail('ENAMETOOLONG');

  let space;
  try {
    space = await fsx.statfs(dir);
  } catch (error) {
    // statfs is missing on some network shares: the write itself will still report ENOSPC.
    if (errorCode(error) === 'ENOSYS' || errorCode(error) === 'ENOTSUP') return;
    throw fail(errorCode(error), error);
  }
  const total = fileSizes.reduce((a, b) => a + b, 0);
  if (space.bavail * space.bsize < total + SPACE_SLACK_BYTES) throw fail('ENOSPC');
  if (space.type === FAT_MAGIC && fileSizes.some((s) => s > FAT_MAX_FILE_BYTES)) throw fail('EFBIG');
}
