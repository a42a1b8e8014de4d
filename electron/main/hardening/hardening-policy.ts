/**
 * Release-build security settings that are not web preferences (S-19), as constants and a pure function
 * so Node tests assert them; electron-builder.yml must match ELECTRON_FUSES exactly.
 */

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
