/**
 * "Cập nhật từ USB…" and "Gói đề cương từ USB…" start the same way: an open dialog showing only that kind of
 * signed package, then a copy into the app's own folder, read back from there (package-copy.ts), so what is
 * verified and installed is the copy and never the file on the stick. Electron's dialog is injected.
 */
import { MAX_TEMPLATE_PACK_BYTES, MAX_UPDATE_PACKAGE_BYTES } from '../../core/packages/package-manifest';
import { copyPackageIn, type PackageFs } from '../../node/packages/package-copy';

export const UPDATE_PACKAGE_EXTENSION = 'goi-cap-nhat';
export const TEMPLATE_PACK_EXTENSION = 'goi-de-cuong';

export type SignedPackageKind = 'update' | 'template-pack';

export interface OpenFileDialogOptions {
  title: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
  properties: 'openFile'[];
}
export interface OpenFileDialogResult {
  canceled: boolean;
  filePaths: string[];
}

const KINDS = {
  update: {
    title: 'Chọn gói cập nhật trên USB',
    filterName: 'Gói cập nhật Soạn Báo Cáo',
    extension: UPDATE_PACKAGE_EXTENSION,
    maxBytes: MAX_UPDATE_PACKAGE_BYTES,
  },
  'template-pack': {
    title: 'Chọn gói đề cương trên USB',
    filterName: 'Gói đề cương Soạn Báo Cáo',
    extension: TEMPLATE_PACK_EXTENSION,
    maxBytes: MAX_TEMPLATE_PACK_BYTES,
  },
} as const satisfies Record<
  SignedPackageKind,
  { title: string; filterName: string; extension: string; maxBytes: number }
>;

export interface PickSignedPackageDeps<E> {
  showOpenDialog(event: E, options: OpenFileDialogOptions): Promise<OpenFileDialogResult>;
  fs: PackageFs;
  newToken(): string;
}

/** Where the copy goes, named from the pick's token and the kind's file extension. */
export type CopyDestination = (token: string, extension: string) => { dir: string; name: string };

export type PickedPackage =
  | { status: 'copied'; token: string; path: string; bytes: Uint8Array }
  | { status: 'canceled' }
  | { status: 'error' | 'refused'; message: string };

export async function pickSignedPackage<E>(
  kind: SignedPackageKind,
  event: E,
  deps: PickSignedPackageDeps<E>,
  copyTo: CopyDestination,
): Promise<PickedPackage> {
  const { title, filterName, extension, maxBytes } = KINDS[kind];
  const chosen = await deps.showOpenDialog(event, {
    title,
    buttonLabel: 'Kiểm tra gói này',
    filters: [{ name: filterName, extensions: [extension] }],
    properties: ['openFile'],
  });
  const source = chosen.filePaths[0];
  if (chosen.canceled || source === undefined) return { status: 'canceled' };
  const token = deps.newToken();
  const { dir, name } = copyTo(token, extension);
  const copy = await copyPackageIn(source, dir, name, maxBytes, deps.fs);
  if (!copy.ok)
    return copy.code === 'io'
      ? { status: 'error', message: copy.message }
      : { status: 'refused', message: copy.message };
  return { status: 'copied', token, path: copy.path, bytes: copy.bytes };
}
