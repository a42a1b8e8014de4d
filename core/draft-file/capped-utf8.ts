/**
 * The first two checks on the bytes of a file the clerk picked (a draft file, an outline file): no more than
 * `maxBytes`, and strict UTF-8 (a BOM is tolerated). Each format words the refusal for its own kind of file.
 */
export type CappedText = { ok: true; text: string } | { ok: false; refused: 'too-large' | 'not-utf8' };

export function decodeCappedUtf8(bytes: Uint8Array, maxBytes: number): CappedText {
  if (bytes.byteLength > maxBytes) return { ok: false, refused: 'too-large' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, refused: 'not-utf8' };
  }
}
