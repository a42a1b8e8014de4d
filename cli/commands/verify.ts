/**
 * `soan-bao-cao verify <gói> [--public-key <khóa-công-khai.pem>] [--installed-version <x.y.z>]`: runs
 * exactly the app's verifier (verifyPackage) and exits 0 only when the app would install the package.
 */
import { parseCommandArgs } from '../parse-command-args';
import { MAX_UPDATE_PACKAGE_BYTES } from '../../core/packages/package-manifest';
import { REFUSAL_MESSAGES } from '../../core/packages/package-refusal';
import { EMPTY_TRUST_STATE } from '../../core/packages/update-decision';
import { builtInTrustedKeys, trustedKeysFromPem } from '../../node/packages/trusted-keys';
import { verifyPackage } from '../../node/packages/verify-package';
import { valid } from 'semver';
import { fileReadMessage } from '../read-error-message';

export interface VerifyCliIo {
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  stdout(line: string): void;
  stderr(line: string): void;
  date(): Date;
  /** The version of this build; what the app would compare against. */
  appVersion: string;
}

const PUBLIC_KEY_FILE = { noun: 'tệp khóa công khai', hint: 'Hãy chỉ ra tệp khóa công khai dạng .pem.' };
const PACKAGE_FILE = { noun: 'tệp gói', hint: 'Hãy chỉ ra tệp .goi-cap-nhat hoặc .goi-de-cuong.' };

export const VERIFY_USAGE =
  'soan-bao-cao verify <gói> [--public-key <khóa-công-khai.pem>] [--installed-version <x.y.z>]';

export async function runVerifyCommand(argv: readonly string[], io: VerifyCliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { 'public-key': { type: 'string' }, 'installed-version': { type: 'string' } });
  if (!parsed) {
    io.stderr(`Lệnh verify không đúng.\n\n${VERIFY_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const installed = values['installed-version'] ?? io.appVersion;
  const [packagePath] = positionals;
  if (packagePath === undefined || positionals.length !== 1 || valid(installed) !== installed) {
    io.stderr(`Lệnh verify cần đúng một tệp gói (và phiên bản dạng x.y.z).\n\n${VERIFY_USAGE}`);
    return 2;
  }
  let trustedKeys = builtInTrustedKeys();
  const keyPath = values['public-key'];
  if (keyPath) {
    let pem: Uint8Array | 'too-large';
    try {
      pem = await io.readFile(keyPath, 64 * 1024);
    } catch (error) {
      io.stderr(fileReadMessage(error, keyPath, PUBLIC_KEY_FILE));
      return 1;
    }
    try {
      if (pem === 'too-large') throw new Error('too large');
      trustedKeys = trustedKeysFromPem([new TextDecoder().decode(pem)]);
    } catch {
      io.stderr(
        `Tệp “${keyPath}” không phải khóa công khai Ed25519 dạng PEM. Hãy dùng tệp khóa công khai do đơn vị phát hành cung cấp.`,
      );
      return 1;
    }
  }
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await io.readFile(packagePath, MAX_UPDATE_PACKAGE_BYTES);
  } catch (error) {
    io.stderr(fileReadMessage(error, packagePath, PACKAGE_FILE));
    return 1;
  }
  if (bytes === 'too-large') {
    io.stderr(`Từ chối: ${REFUSAL_MESSAGES['too-large']}`);
    return 1;
  }
  const verdict = verifyPackage(bytes, {
    trustedKeys,
    installedAppVersion: installed,
    installedPackVersion: () => null,
    trust: EMPTY_TRUST_STATE,
    nowMs: io.date().getTime(),
  });
  if (!verdict.ok) {
    io.stderr(`Từ chối: ${verdict.message}${verdict.detail ? ` (${verdict.detail})` : ''}`);
    return 1;
  }
  const m = verdict.manifest;
  io.stdout(
    verdict.kind === 'update'
      ? `Hợp lệ: gói cập nhật phiên bản ${m.version} (bộ cài ${verdict.manifest.file}, ${verdict.manifest.size} byte), hết hạn ${m.expiresAt.slice(0, 10)}.`
      : `Hợp lệ: gói đề cương “${verdict.manifest.name}” phiên bản ${m.version}: ${verdict.templates.length} đề cương, ${verdict.ruleSets.length} bộ quy tắc.`,
  );
  return 0;
}
