/**
 * "Chuẩn hóa cách bỏ dấu": rewrites every piece of text the clerk wrote in one tone-mark style. Walks the report
 * by its known text fields only, so ids, step keys, dates and rule-set ids are never touched.
 */
import type { Report } from '../../../core/model/report-schema';
import { addToTally, minorityStyles, toneWord, type ToneTally } from '../../../core/text/spelling/tone-mix';
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

/** One word the report writes in both styles: "hoà" 3 times and "hòa" 12 times. */
export interface MixedToneWord {
  /** The word with the mark on the first vowel, lower case: what both spellings share (tone-mix.ts). */
  key: string;
  /** Each spelling as the report writes it (the first met), lower case, and how often. */
  spellings: Record<ToneStyle, { form: string; count: number }>;
  /** The style this word is brought to by "Thống nhất từng từ": the majority, a tie to the office's style. */
  keep: ToneStyle;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** The words written both ways, most frequent first. Names count too: "Hoà Bình" and "Hòa Bình" is the same slip. */
export function mixedToneWords(report: Report, preferred: ToneStyle): MixedToneWord[] {
  const tally: ToneTally = new Map();
  const forms = new Map<string, Partial<Record<ToneStyle, string>>>();
  walk(report, '', (s) => {
    for (const w of s.normalize('NFC').match(WORD) ?? []) {
      const t = toneWord(w);
      if (!t) continue;
      addToTally(tally, [t]);
      const f = forms.get(t.key) ?? {};
      f[t.style] ??= t.word.toLowerCase();
      forms.set(t.key, f);
    }
    return s;
  });
  const total = (m: MixedToneWord) => m.spellings['first-vowel'].count + m.spellings['second-vowel'].count;
  return [...minorityStyles(tally, preferred)]
    .map(([key, minority]): MixedToneWord => {
      const c = tally.get(key)!;
      const f = forms.get(key)!;
      const spelling = (style: ToneStyle) => ({ form: f[style] ?? toToneStyle(key, style), count: c[style] });
      return {
        key,
        spellings: { 'second-vowel': spelling('second-vowel'), 'first-vowel': spelling('first-vowel') },
        keep: otherToneStyle(minority),
      };
    })
    .sort((a, b) => total(b) - total(a));
}

/**
 * "Thống nhất từng từ": each word written both ways takes its majority spelling (capitals kept); words written
 * one way only, and the rest of the text, are left exactly as they are.
 */
export function applyToneMajority(report: Report, mixed: readonly MixedToneWord[]): Report {
  const keep = new Map(mixed.map((m) => [m.key, m.keep]));
  return walk(report, '', (s) =>
    s.normalize('NFC').replace(WORD, (w) => {
      const t = toneWord(w);
      const style = t ? keep.get(t.key) : undefined;
      return style && t && t.style !== style ? toToneStyle(w, style) : w;
    }),
  ) as Report;
}

/** How many syllables "Thống nhất từng từ" changes. */
export function toneMajorityChanges(mixed: readonly MixedToneWord[]): number {
  return mixed.reduce((n, m) => n + m.spellings[otherToneStyle(m.keep)].count, 0);
}
