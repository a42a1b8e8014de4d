/**
 * Unicode → TCVN3 / VNI, for tests only: the app never writes legacy encodings, but tests need legacy text
 * they did not type by hand. Built by inverting the decoding tables, so a wrong table entry shows up as a
 * round trip that does not come back.
 */
import { TCVN3_TO_UNICODE } from '../core/text/legacy/tcvn3-table';
import { VNI_TO_UNICODE } from '../core/text/legacy/vni-table';

const TCVN3_FROM_UNICODE = new Map(Object.entries(TCVN3_TO_UNICODE).map(([k, v]) => [v, k]));
const TCVN3_KEYS = new Set(Object.keys(TCVN3_TO_UNICODE));
const VNI_FROM_UNICODE = new Map([...VNI_TO_UNICODE].map(([k, v]) => [v, k]));
const VNI_BYTES = new Set([...[...VNI_TO_UNICODE.keys()].join('')].filter((ch) => ch.codePointAt(0)! > 0x7f));

/** Characters that would decode as something else: the text cannot be written in the encoding. */
export class NotEncodable extends Error {}

export interface FontRun {
  text: string;
  font: '.VnTime' | '.VnTimeH';
}

/**
 * TCVN3 in runs, as Word would hold it: letters VN3 has go in .VnTime; capitals with tone marks, which VN3
 * lacks, go in .VnTimeH as their lower-case codes, together with the ASCII letters around them.
 */
export function encodeTcvn3Runs(text: string): FontRun[] {
  const runs: FontRun[] = [];
  const push = (s: string, font: FontRun['font']) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += s;
    else runs.push({ text: s, font });
  };
  for (const ch of text.normalize('NFC')) {
    const code = TCVN3_FROM_UNICODE.get(ch);
    if (code !== undefined) push(code, '.VnTime');
    else if (TCVN3_FROM_UNICODE.has(ch.toLowerCase()) && ch !== ch.toLowerCase())
      push(TCVN3_FROM_UNICODE.get(ch.toLowerCase())!, '.VnTimeH');
    else if (TCVN3_KEYS.has(ch) || (/[\p{L}]/u.test(ch) && ch.codePointAt(0)! > 0x7f)) throw new NotEncodable(ch);
    // A small ASCII letter would print as a capital in .VnTimeH.
    else push(ch, /[a-z]/u.test(ch) ? '.VnTime' : (runs[runs.length - 1]?.font ?? '.VnTime'));
  }
  return runs;
}

/**
 * TCVN3 as plain text (the clipboard's text/plain): capitals VN3 lacks are written as their lower-case codes,
 * which is right only inside all-capital words; a mixed-case word such as "Ủy" cannot be written.
 */
export function encodeTcvn3Plain(text: string): string {
  return encodeTcvn3Runs(text)
    .map((r) => r.text)
    .join('');
}

/** Whether plain TCVN3 can carry the text: every capital VN3 lacks sits in an all-capital word or line. */
export function tcvn3PlainEncodable(text: string): boolean {
  try {
    encodeTcvn3Runs(text);
  } catch {
    return false;
  }
  return text.split('\n').every((line) => {
    const capsLine =
      !/[a-z]/u.test(line) && (line.match(/[A-Z]/gu)?.length ?? 0) >= 3 && line === line.toLocaleUpperCase('vi');
    return (line.match(/[\p{L}\p{M}]+/gu) ?? []).every((word) => {
      const needsH = [...word].some((ch) => !TCVN3_FROM_UNICODE.has(ch) && TCVN3_FROM_UNICODE.has(ch.toLowerCase()));
      if (!needsH) return true;
      const allCaps = word === word.toLocaleUpperCase('vi');
      return allCaps && (capsLine || (word.match(/[A-Z]/gu)?.length ?? 0) >= 2);
    });
  });
}

/** VNI-Windows as plain text. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = VNI_FROM_UNICODE.get(ch);
    if (code !== undefined) out += code;
    else if (VNI_BYTES.has(ch) || (/[\p{L}]/u.test(ch) && ch.codePointAt(0)! > 0x7f)) throw new NotEncodable(ch);
    else out += ch;
  }
  return out;
}
