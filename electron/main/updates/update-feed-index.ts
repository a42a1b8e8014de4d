/**
 * The `latest.yml` electron-updater's generic provider reads from the update server. electron-builder
 * writes it only when a publish provider is configured, and this app has none (`publish: null`: the feed
 * is chosen by the admin policy at run time), so the release script writes it from the installer itself.
 * JSON is YAML, so no YAML writer is needed. It only tells electron-updater what to download; what may be
 * installed is decided by the signed manifest next to the installer.
 */
import { createHash } from 'node:crypto';

export function latestYmlText(
  installerName: string,
  installer: Uint8Array,
  version: string,
  releaseDate: Date,
): string {
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const file = { url: installerName, sha512, size: installer.length };
  return `${JSON.stringify({ version, files: [file], path: installerName, sha512, releaseDate: releaseDate.toISOString() }, null, 2)}\n`;
}
