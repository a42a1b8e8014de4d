/**
 * Every string that enters the report model passes through here: Vietnamese text must be stored as
 * NFC (SPEC §13.2) and must never carry characters that XML 1.0 forbids (the docx library writes them as they
 * are, and Word then refuses the file as damaged). Linear time: one normalize and one regex pass with no nested quantifiers.
 */

// XML 1.0 Char production, negated: C0 controls except TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Invisible characters that change how text is shown without being seen (I-09): bidi embeddings and
 * overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E/U+200F/U+061C, and the zero-width
 * U+200B, U+200C (ZWNJ), U+200D (ZWJ), U+2060 and U+FEFF. ZWNJ/ZWJ shape Persian, Indic scripts and
 * emoji sequences; Vietnamese (Latin script) never needs them and an official report holds no emoji,
 * while in a title they make two names look identical yet differ. So all of them are dropped.
 */
export const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/**
 * Drop XML-invalid and invisible formatting characters, then NFC-normalise: in the other order a stripped character sitting between a
 * letter and its combining accent would leave the pair uncomposed.
 */
export function cleanText(text: string): string {
  return stripInvalidXmlChars(text).replace(INVISIBLE_FORMATTING, '').normalize('NFC');
}

/** Single-line fields (headings, names, header lines): also fold line breaks and tabs into spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\t\r\n]+/g, ' ');
}

/**
 * Fields printed on one or more lines (issuer, trích yếu, signer title): like `cleanLine`, but "\n" stays as a
 * hard line break (CRLF and CR become "\n"). Spaces are kept as typed: these values flow back into the fields.
 */
export function cleanLines(text: string): string {
  return cleanText(text).replace(/\r\n?/g, '\n').replace(/\t+/g, ' ');
}

/**
 * A multi-line field without blank lines before its first line or after its last: an Enter too many, which would
 * print as an empty line in the header or under the signature. Lines in between are left as typed.
 */
export function trimBlankLines(text: string): string {
  const lines = text.split('\n');
  const blank = (line: string) => line.trim() === '';
  let start = 0;
  let end = lines.length;
  while (start < end && blank(lines[start]!)) start++;
  while (end > start && blank(lines[end - 1]!)) end--;
  return start === 0 && end === lines.length ? text : lines.slice(start, end).join('\n');
}
