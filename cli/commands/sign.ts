/**
 * `soan-bao-cao sign <tệp|thư-mục> --key <khóa-riêng.pem> --version <x.y.z>`: the maintainer's tool.
 * A file becomes an update package (plus the detached manifest + signature for the online server); a
 * folder with templates/*.json and rule-sets/*.json becomes a template pack. The private key is read
 * from the path given and never copied anywhere.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { basename } from 'node:path';
import { parseCommandArgs } from '../parse-command-args';
import { isSafeEntryName, MAX_TEMPLATE_PACK_BYTES, MAX_UPDATE_PACKAGE_BYTES } from '../../core/packages/package-manifest';
import { buildTemplatePack, buildUpdatePackage, encodeManifest, signManifest, updateManifestFor } from '../../electron/main/updates/package-builder';

export interface SignCliIo {
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Entries of a folder as relative paths ('templates/a.json'), or null when `path` is a file. */
  listFolder(path: string): Promise<string[] | null>;
  stdout(line: string): void;
  stderr(line: string): void;
  date(): Date;
}

export const SIGN_USAGE = [
  'soan-bao-cao sign <bộ-cài> --key <khóa-riêng.pem> --version <x.y.z> [--minimum-version <x.y.z>] [--expires-days <n>] [-o <gói>]',
  'soan-bao-cao sign <thư-mục-đề-cương> --key <khóa-riêng.pem> --version <x.y.z> --pack-id <mã> --name <tên> [--expires-days <n>] [-o <gói>]',
].join('\n');

export const UPDATE_PACKAGE_EXT = '.goi-cap-nhat';
export const TEMPLATE_PACK_EXT = '.goi-de-cuong';

const DAY_MS = 86_400_000;

function loadKey(pem: Uint8Array): KeyObject | string {
  try {
    const key = createPrivateKey(Buffer.from(pem));
    return key.asymmetricKeyType === 'ed25519' ? key : `Khóa “${key.asymmetricKeyType ?? '?'}” không phải khóa riêng Ed25519.`;
  } catch {
    return 'Tệp khóa không phải khóa riêng PEM đọc được. Hãy tạo khóa bằng: openssl genpkey -algorithm ed25519 -out khoa-rieng.pem';
  }
}

export async function runSignCommand(argv: readonly string[], io: SignCliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    key: { type: 'string' },
    version: { type: 'string' },
    'minimum-version': { type: 'string' },
    'expires-days': { type: 'string' },
    'pack-id': { type: 'string' },
    name: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  if (!parsed) {
    io.stderr(`Lệnh sign không đúng.\n\n${SIGN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const input = positionals[0];
  if (!input || positionals.length !== 1 || !values.key || !values.version) {
    io.stderr(`Lệnh sign cần một tệp hoặc thư mục, --key và --version.\n\n${SIGN_USAGE}`);
    return 2;
  }
  const days = Number(values['expires-days'] ?? '180');
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    io.stderr('--expires-days phải là số ngày nguyên từ 1 đến 3650.');
    return 2;
  }
  const pem = await io.readFile(values.key, 64 * 1024);
  if (pem === 'too-large') {
    io.stderr('Tệp khóa quá lớn, không phải khóa riêng PEM.');
    return 1;
  }
  const key = loadKey(pem);
  if (typeof key === 'string') {
    io.stderr(key);
    return 1;
  }
  const now = io.date();
  const releasedAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + days * DAY_MS).toISOString();

  try {
    const folder = await io.listFolder(input);
    if (folder === null) {
      const installer = await io.readFile(input, MAX_UPDATE_PACKAGE_BYTES);
      if (installer === 'too-large') {
        io.stderr('Bộ cài lớn hơn mức cho phép của gói cập nhật.');
        return 1;
      }
      const fileName = basename(input);
      if (!isSafeEntryName(fileName)) {
        io.stderr(`Tên bộ cài “${fileName}” chỉ được có chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.`);
        return 2;
      }
      const release = { version: values.version, minimumVersion: values['minimum-version'] ?? '0.0.0', releasedAt, expiresAt };
      const output = values.output ?? `${input}${UPDATE_PACKAGE_EXT}`;
      await io.writeFile(output, buildUpdatePackage(fileName, installer, release, key));
      // The same signed manifest for the online server, next to the installer (checked by the app after download).
      const manifestBytes = encodeManifest(updateManifestFor(fileName, installer, release, key));
      await io.writeFile(`${input}.manifest.json`, manifestBytes);
      await io.writeFile(`${input}.manifest.sig`, signManifest(manifestBytes, key));
      io.stdout(`Đã tạo gói cập nhật ${output} (phiên bản ${values.version}, hết hạn ${expiresAt.slice(0, 10)}) và ${input}.manifest.json/.sig cho máy chủ.`);
      return 0;
    }
    if (!values['pack-id'] || !values.name) {
      io.stderr(`Gói đề cương cần --pack-id và --name.\n\n${SIGN_USAGE}`);
      return 2;
    }
    const files = new Map<string, Uint8Array>();
    for (const rel of folder.filter((f) => /^(templates|rule-sets)\/[^/]+\.json$/.test(f)).sort()) {
      const data = await io.readFile(`${input}/${rel}`, MAX_TEMPLATE_PACK_BYTES);
      if (data === 'too-large') {
        io.stderr(`Tệp ${rel} quá lớn.`);
        return 1;
      }
      files.set(rel, data);
    }
    if (files.size === 0) {
      io.stderr('Thư mục không có tệp templates/*.json hoặc rule-sets/*.json nào để đóng gói.');
      return 1;
    }
    const output = values.output ?? `${input.replace(/[\\/]+$/, '')}${TEMPLATE_PACK_EXT}`;
    const release = { packId: values['pack-id'], version: values.version, name: values.name.normalize('NFC'), releasedAt, expiresAt };
    await io.writeFile(output, buildTemplatePack(files, release, key));
    io.stdout(`Đã tạo gói đề cương ${output} (${files.size} tệp, phiên bản ${values.version}).`);
    return 0;
  } catch (error) {
    io.stderr(error instanceof Error && error.message ? error.message : 'Không tạo được gói. Hãy kiểm tra đường dẫn rồi thử lại.');
    return 1;
  }
}
