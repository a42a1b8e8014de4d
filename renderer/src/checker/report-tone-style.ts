/**
 * "Chuẩn hóa cách bỏ dấu": rewrites every piece of text the clerk wrote in one tone-mark style. Walks the report
 * by its known text fields only, so ids, step keys, dates and rule-set ids are never touched.
 */
import type { Report } from '../../../core/model/report-schema';
import { detectToneStyle, otherToneStyle, toToneStyle, type ToneStyle } from '../../../core/text/tone-style';

/** Keys whose string values are prose the clerk wrote (text runs, headings, header/signature lines). */
const TEXT_KEYS = new Set(['text', 'heading', 'title', 'docType', 'parentOrg', 'issuer', 'place', 'authority', 'name']);

function walk(value: unknown, key: string, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? fn(value) : value;
  if (Array.isArray(value))
    return value.map((v) => (key === 'recipients' && typeof v === 'string' ? fn(v) : walk(v, '', fn)));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, fn)]));
  }
  return value;
}

export function applyToneStyle(report: Report, style: ToneStyle): Report {
  return walk(report, '', (s) => toToneStyle(s, style)) as Report;
}

/** How many syllables would change: shown on the button and in the undo message. */
export function toneStyleChanges(report: Report, style: ToneStyle): number {
  let count = 0;
  walk(report, '', (s) => {
    const c = detectToneStyle(s);
    count += c[otherToneStyle(style)];
    return s;
  });
  return count;
}
