/**
 * `soan-bao-cao sign <tệp|thư-mục> --key <khóa-riêng.pem> --version <x.y.z>`: the maintainer's tool.
 * A file becomes an update package (plus the detached manifest + signature for the online server); a
 * folder with templates/*.json and rule-sets/*.json becomes a template pack. The private key is read
 * from the path given and never copied anywhere.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { basename } from 'node:path';
import { parseCommandArgs } from '../parse-command-args';
import { fileReadMessage } from '../read-error-message';
import {
  isSafeEntryName,
  MAX_TEMPLATE_PACK_BYTES,
  MAX_UPDATE_PACKAGE_BYTES,
} from '../../core/packages/package-manifest';
import {
  buildTemplatePack,
  buildUpdatePackage,
  encodeManifest,
  signManifest,
  updateManifestFor,
} from '../../node/packages/package-builder';

export interface SignCliIo {
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Entries of a folder as relative paths ('templates/a.json'), or null when `path` is a file. */
  listFolder(path: string): Promise<string[] | null>;
  stdout(line: string): void;
  stderr(line: string): void;
  date(): Date;
  /** Environment variables (the key's passphrase may come from KEY_PASSPHRASE_ENV). */
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for a secret without echo; present only when stdin is a terminal. */
  promptSecret?(question: string): Promise<string>;
}

/** Where `sign` looks first for the passphrase of an encrypted private key. */
export const KEY_PASSPHRASE_ENV = 'SOAN_BAO_CAO_KEY_PASSPHRASE';

export const SIGN_USAGE = [
  'soan-bao-cao sign <bộ-cài> --key <khóa-riêng.pem> --version <x.y.z> [--minimum-version <x.y.z>] [--expires-days <n>] [-o <gói>]',
  'soan-bao-cao sign <thư-mục-đề-cương> --key <khóa-riêng.pem> --version <x.y.z> --pack-id <mã> --name <tên> [--expires-days <n>] [-o <gói>]',
  `  Khóa riêng có mật khẩu: đặt biến môi trường ${KEY_PASSPHRASE_ENV}, hoặc nhập khi được hỏi (không hiện chữ).`,
].join('\n');

export const UPDATE_PACKAGE_EXT = '.goi-cap-nhat';
export const TEMPLATE_PACK_EXT = '.goi-de-cuong';

const DAY_MS = 86_400_000;

const KEY_FILE = { noun: 'tệp khóa riêng', hint: 'Hãy chỉ ra tệp khóa riêng dạng .pem.' };
const INPUT = {
  noun: 'bộ cài hoặc thư mục đề cương',
  hint: 'Hãy chỉ ra tệp bộ cài hoặc thư mục chứa templates/ và rule-sets/.',
};

export const SIGN_MESSAGES = {
  notAKey:
    'Tệp khóa không phải khóa riêng PEM đọc được. Hãy tạo khóa bằng: openssl genpkey -algorithm ed25519 -out khoa-rieng.pem',
  needsPassphrase: `Khóa riêng có mật khẩu. Hãy đặt mật khẩu vào biến môi trường ${KEY_PASSPHRASE_ENV} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập mật khẩu.`,
  wrongPassphrase: 'Mật khẩu của khóa riêng không đúng. Hãy kiểm tra lại mật khẩu rồi chạy lại lệnh.',
} as const;

/** PKCS#8 "ENCRYPTED PRIVATE KEY" or a traditional PEM with "Proc-Type: 4,ENCRYPTED". */
function isEncryptedPem(pem: Uint8Array): boolean {
  const text = new TextDecoder().decode(pem);
  return text.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----') || /Proc-Type:\s*4,ENCRYPTED/.test(text);
}

function parseKey(pem: Uint8Array, passphrase?: string): KeyObject | string {
  try {
    const key = createPrivateKey(passphrase === undefined ? Buffer.from(pem) : { key: Buffer.from(pem), passphrase });
    return key.asymmetricKeyType === 'ed25519'
      ? key
      : `Khóa “${key.asymmetricKeyType ?? '?'}” không phải khóa riêng Ed25519.`;
  } catch {
    return passphrase === undefined ? SIGN_MESSAGES.notAKey : SIGN_MESSAGES.wrongPassphrase;
  }
}

/** The key, asking for its passphrase (environment first, then the terminal) only when it has one. */
async function loadKey(pem: Uint8Array, io: SignCliIo): Promise<KeyObject | string> {
  if (!isEncryptedPem(pem)) return parseKey(pem);
  let passphrase = io.env[KEY_PASSPHRASE_ENV];
  if (passphrase === undefined && io.promptSecret) {
    try {
      passphrase = await io.promptSecret('Mật khẩu của khóa riêng: ');
    } catch {
      return 'Đã hủy nhập mật khẩu; chưa ký gói nào.';
    }
  }
  if (passphrase === undefined) return SIGN_MESSAGES.needsPassphrase;
  return parseKey(pem, passphrase);
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
  let pem: Uint8Array | 'too-large';
  try {
    pem = await io.readFile(values.key, 64 * 1024);
  } catch (error) {
    io.stderr(fileReadMessage(error, values.key, KEY_FILE));
    return 1;
  }
  if (pem === 'too-large') {
    io.stderr('Tệp khóa quá lớn, không phải khóa riêng PEM.');
    return 1;
  }
  const key = await loadKey(pem, io);
  if (typeof key === 'string') {
    io.stderr(key);
    return 1;
  }
  const now = io.date();
  const releasedAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + days * DAY_MS).toISOString();

  let folder: string[] | null;
  try {
    folder = await io.listFolder(input);
  } catch (error) {
    io.stderr(fileReadMessage(error, input, INPUT));
    return 1;
  }
  try {
    if (folder === null) {
      let installer: Uint8Array | 'too-large';
      try {
        installer = await io.readFile(input, MAX_UPDATE_PACKAGE_BYTES);
      } catch (error) {
        io.stderr(fileReadMessage(error, input, INPUT));
        return 1;
      }
      if (installer === 'too-large') {
        io.stderr('Bộ cài lớn hơn mức cho phép của gói cập nhật.');
        return 1;
      }
      const fileName = basename(input);
      if (!isSafeEntryName(fileName)) {
        io.stderr(`Tên bộ cài “${fileName}” chỉ được có chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.`);
        return 2;
      }
      const release = {
        version: values.version,
        minimumVersion: values['minimum-version'] ?? '0.0.0',
        releasedAt,
        expiresAt,
      };
      const output = values.output ?? `${input}${UPDATE_PACKAGE_EXT}`;
      await io.writeFile(output, buildUpdatePackage(fileName, installer, release, key));
      // The same signed manifest for the online server, next to the installer (checked by the app after download).
      const manifestBytes = encodeManifest(updateManifestFor(fileName, installer, release, key));
      await io.writeFile(`${input}.manifest.json`, manifestBytes);
      await io.writeFile(`${input}.manifest.sig`, signManifest(manifestBytes, key));
      io.stdout(
        `Đã tạo gói cập nhật ${output} (phiên bản ${values.version}, hết hạn ${expiresAt.slice(0, 10)}) và ${input}.manifest.json/.sig cho máy chủ.`,
      );
      return 0;
    }
    if (!values['pack-id'] || !values.name) {
      io.stderr(`Gói đề cương cần --pack-id và --name.\n\n${SIGN_USAGE}`);
      return 2;
    }
    const files = new Map<string, Uint8Array>();
    for (const rel of folder.filter((f) => /^(templates|rule-sets)\/[^/]+\.json$/.test(f)).sort()) {
      let data: Uint8Array | 'too-large';
      try {
        data = await io.readFile(`${input}/${rel}`, MAX_TEMPLATE_PACK_BYTES);
      } catch (error) {
        io.stderr(
          fileReadMessage(error, `${input}/${rel}`, {
            noun: 'tệp đề cương',
            hint: 'Hãy kiểm tra thư mục rồi thử lại.',
          }),
        );
        return 1;
      }
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
    const release = {
      packId: values['pack-id'],
      version: values.version,
      name: values.name.normalize('NFC'),
      releasedAt,
      expiresAt,
    };
    await io.writeFile(output, buildTemplatePack(files, release, key));
    io.stdout(`Đã tạo gói đề cương ${output} (${files.size} tệp, phiên bản ${values.version}).`);
    return 0;
  } catch (error) {
    io.stderr(
      error instanceof Error && error.message
        ? error.message
        : 'Không tạo được gói. Hãy kiểm tra đường dẫn rồi thử lại.',
    );
    return 1;
  }
}
