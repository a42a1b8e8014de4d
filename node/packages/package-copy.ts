/**
 * Copies a package the user picked (on a USB stick) into the app's own folder and returns the bytes
 * READ BACK FROM THE COPY: what gets verified and later installed is the copy, which the stick can no
 * longer change underneath us (U-03). Written with temp + fsync + rename, so a pulled stick leaves no
 * half file under the final name.
 */
import { join } from 'node:path';
import { refuse, type Refusal } from '../../core/packages/package-refusal';

export interface PackageFs {
  /** Whole file, or 'too-large' without reading it when it exceeds the cap (I-03). */
  readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** File or folder tree; no error when already gone. */
  remove(path: string): Promise<void>;
}

export const COPY_MESSAGES = {
  readSource:
    'Không đọc được tệp gói trên USB (USB bị rút ra, hỏng hoặc tệp đang bị khóa). Hãy cắm lại USB, chờ vài giây rồi chọn lại tệp.',
  notAFile:
    'Mục đã chọn không phải một tệp gói bình thường (là thư mục, thiết bị hoặc đường ống) nên ứng dụng không mở. Hãy chọn tệp gói trên USB.',
  writeCopy:
    'Không chép được gói vào máy (ổ đĩa có thể đã đầy hoặc bị khóa). Hãy giải phóng dung lượng ổ đĩa rồi thử lại.',
} as const;

export type CopyResult =
  { ok: true; path: string; bytes: Uint8Array } | Refusal | { ok: false; code: 'io'; message: string };

export async function copyPackageIn(
  source: string,
  destDir: string,
  name: string,
  maxBytes: number,
  fsx: PackageFs,
): Promise<CopyResult> {
  let original: Uint8Array | 'too-large';
  try {
    original = await fsx.readFileCapped(source, maxBytes);
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
    const notAFile = code === 'ENOTREG' || code === 'EISDIR';
    return { ok: false, code: 'io', message: notAFile ? COPY_MESSAGES.notAFile : COPY_MESSAGES.readSource };
  }
  if (original === 'too-large') return refuse('too-large', source);
  const path = join(destDir, name);
  try {
    await fsx.mkdir(destDir);
    await fsx.writeFileAtomic(path, original);
    const copy = await fsx.readFileCapped(path, maxBytes);
    if (copy === 'too-large') return refuse('too-large', path);
    return { ok: true, path, bytes: copy };
  } catch {
    await fsx.remove(path).catch(() => undefined);
    return { ok: false, code: 'io', message: COPY_MESSAGES.writeCopy };
  }
}
