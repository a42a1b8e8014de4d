/**
 * Release-build security settings that are not web preferences (S-15, S-16, S-19), as constants and
 * pure functions so Node tests assert them; electron-builder.yml must match ELECTRON_FUSES exactly.
 */

/**
 * Electron majors still supported upstream (latest three stable, electron-timelines). Updated by hand:
 * CI is offline. package.json's electron must be one of them (S-16).
 */
export const SUPPORTED_ELECTRON_MAJORS: readonly number[] = [43, 44, 45];

/**
 * Fuses flipped at package time (electronFuses in electron-builder.yml). The inspector fuse is off in
 * release builds; the documented test-build switch for Playwright is `npm run dist:test`, which packages
 * an unpacked folder with `-c.electronFuses.enableNodeCliInspectArguments=true` (never shipped).
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const;

/** Wire order of the fuses in Electron's binary (fuses.md, FuseV1Options). */
export const FUSE_WIRE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Reads the fuse wire from an Electron executable's bytes (the "hard way" in fuses.md): sentinel,
 * version byte 1, length byte, then one '0'/'1' per fuse ('r' = removed). Returns the names whose
 * state differs from ELECTRON_FUSES, or a string describing why the wire is unreadable.
 */
export function checkFuseWire(binary: Uint8Array): string[] | string {
  const sentinel = new TextEncoder().encode(FUSE_SENTINEL);
  const at = indexOf(binary, sentinel);
  if (at < 0) return 'fuse sentinel not found';
  const version = binary[at + sentinel.length];
  const length = binary[at + sentinel.length + 1] ?? 0;
  if (version !== 1) return `unknown fuse wire version ${String(version)}`;
  const wire = binary.subarray(at + sentinel.length + 2, at + sentinel.length + 2 + length);
  if (wire.length < FUSE_WIRE_ORDER.length) return 'fuse wire truncated';
  return FUSE_WIRE_ORDER.filter((name, i) => {
    const byte = wire[i];
    if (byte !== 0x30 && byte !== 0x31) return true;
    return (byte === 0x31) !== ELECTRON_FUSES[name];
  });
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Hosts the app may open in the system browser; empty: the app is offline (S-15). */
export const EXTERNAL_HOST_ALLOW_LIST: ReadonlySet<string> = new Set<string>();

/** True only for https URLs on an allow-listed host, without credentials or odd ports. */
export function isAllowedExternalUrl(url: string, allowList: ReadonlySet<string> = EXTERNAL_HOST_ALLOW_LIST): boolean {
  if (url.startsWith('\\\\')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === '' && allowList.has(parsed.hostname);
}

/** The only way to open a link outside the app; `open` is shell.openExternal, injected. */
export async function safeOpenExternal(
  url: string,
  open: (url: string) => Promise<void>,
  allowList: ReadonlySet<string> = EXTERNAL_HOST_ALLOW_LIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowList)) return false;
  await open(url);
  return true;
}
