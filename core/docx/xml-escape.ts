/**
 * Escaping for the XML the writer builds as text. It escapes exactly what docx's own serialiser escapes (&, <, >,
 * " and ' alike in text and attributes) so both write the same bytes, and drops the C0 controls XML 1.0 forbids:
 * text was cleaned already (sanitize-report.ts, cleanText), this keeps the writer safe on its own.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// eslint-disable-next-line no-control-regex -- matching the forbidden control characters is the point
const SPECIAL = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function escapeXml(value: string): string {
  return value.replace(SPECIAL, (c) => ENTITIES[c] ?? '');
}
