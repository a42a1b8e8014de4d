/**
 * Find and replace over the whole report model. `findInReport` lists every match in reading order with its
 * slot (see report-slots.ts) and the matched text; `replaceInReport` is one pure transformation returning the
 * new report and how many places changed, so undoing a "Thay tất cả" is putting the previous report back.
 *
 * A paragraph is searched as one string in which a hard line break reads "\n" and a footnote reference reads
 * U+FFFC: a query (one line of typed text) can match neither, so no match spans a break or swallows a
 * footnote. A match may span runs of different formatting ("Huyện **ủy**"): the replacement takes the
 * formatting of the run where the match begins, the rest of the match is cut from the runs after it, and runs
 * left empty are dropped. Footnotes are never merged, moved or lost.
 */
import { cleanLine } from '../clean-text';
import type { Inline, PlainInline, Report } from '../../model/report-schema';
import { findInText, preparedNeedle, type FindQuery, type TextRange } from './find-in-text';
import { mapReportSlots, slotId, type Slot } from './report-slots';

export type { FindQuery } from './find-in-text';

/** What a footnote reference reads as in a searched paragraph: one character no typed query contains. */
export const FOOTNOTE_MARK = '\uFFFC';

export interface ReportMatch {
  /** Stable while the report is unchanged: the slot's id and the start offset. */
  id: string;
  slot: Slot;
  start: number;
  end: number;
  /** The matched text as written, and a few words around it for the list. */
  text: string;
  before: string;
  after: string;
}

export function inlineSearchText(content: readonly (Inline | PlainInline)[]): string {
  let out = '';
  for (const inline of content)
    out += inline.type === 'text' ? inline.text : inline.type === 'break' ? '\n' : FOOTNOTE_MARK;
  return out;
}

const CONTEXT = 30;

function contextOf(text: string, range: TextRange): Pick<ReportMatch, 'before' | 'after'> {
  const clean = (s: string) => s.replace(/[\n\uFFFC]/gu, ' ');
  return {
    before: clean(text.slice(Math.max(0, range.start - CONTEXT), range.start)),
    after: clean(text.slice(range.end, range.end + CONTEXT)),
  };
}

/**
 * Matches of the last query per paragraph, by the paragraph's runs array: an edit builds new objects only on the
 * path it changed, so searching again after typing searches one paragraph and looks the others up.
 */
let paragraphMatches: { key: string; ranges: WeakMap<readonly (Inline | PlainInline)[], TextRange[]> } | null = null;

function cachedRanges(key: string): WeakMap<readonly (Inline | PlainInline)[], TextRange[]> {
  if (paragraphMatches?.key !== key) paragraphMatches = { key, ranges: new WeakMap() };
  return paragraphMatches.ranges;
}

/** Every match of the query in the report, in reading order (the wizard's step order). */
export function findInReport(report: Report, query: FindQuery): ReportMatch[] {
  const needle = preparedNeedle(query);
  if (needle === null) return [];
  const cache = cachedRanges(JSON.stringify([needle, query.matchCase, query.matchDiacritics, query.wholeWord]));
  const out: ReportMatch[] = [];
  const collect = (slot: Slot, text: string, ranges = findInText(text, query, needle)) => {
    for (const range of ranges) {
      out.push({
        id: `${slotId(slot)}@${range.start}`,
        slot,
        ...range,
        text: text.slice(range.start, range.end),
        ...contextOf(text, range),
      });
    }
  };
  mapReportSlots(report, {
    text: (slot, value) => (collect(slot, value), value),
    inlines: (slot, content) => {
      let ranges = cache.get(content);
      if (ranges?.length === 0) return content;
      const text = inlineSearchText(content);
      if (!ranges) cache.set(content, (ranges = findInText(text, query, needle)));
      collect(slot, text, ranges);
      return content;
    },
  });
  return out;
}

/** `ranges` (sorted, not overlapping) of a plain string replaced by `replacement`. */
export function replaceRanges(text: string, ranges: readonly TextRange[], replacement: string): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + replacement;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * `ranges` of a paragraph's search text (inlineSearchText) replaced in its runs: each replacement goes into the
 * run where its match starts, keeping that run's formatting.
 */
export function replaceInInlines<T extends Inline | PlainInline>(
  content: T[],
  ranges: readonly TextRange[],
  replacement: string,
): T[] {
  const out: T[] = [];
  let offset = 0;
  for (const inline of content) {
    if (inline.type !== 'text') {
      out.push(inline);
      offset += 1;
      continue;
    }
    const runStart = offset;
    const runEnd = offset + inline.text.length;
    offset = runEnd;
    const touching = ranges.filter((r) => r.start < runEnd && r.end > runStart);
    if (touching.length === 0) {
      out.push(inline);
      continue;
    }
    let text = '';
    let at = runStart;
    for (const r of touching) {
      if (r.start >= at) text += inline.text.slice(at - runStart, r.start - runStart);
      if (r.start >= runStart) text += replacement;
      at = Math.min(runEnd, r.end);
    }
    text += inline.text.slice(at - runStart);
    if (text.length > 0) out.push({ ...inline, text });
  }
  return out;
}

export interface ReplaceOutcome {
  report: Report;
  /** How many matches were replaced. */
  count: number;
}

/**
 * Replaces the matches of the query, all of them or only those whose id is in `only` (a "Thay" of the match
 * on screen). The replacement is cleaned like any typed line (NFC, one line). Unchanged parts of the report
 * keep their identity; with nothing replaced the report itself is returned.
 */
export function replaceInReport(
  report: Report,
  query: FindQuery,
  replacement: string,
  only?: ReadonlySet<string>,
): ReplaceOutcome {
  const needle = preparedNeedle(query);
  if (needle === null) return { report, count: 0 };
  const clean = cleanLine(replacement);
  let count = 0;
  const rangesOf = (slot: Slot, text: string): TextRange[] => {
    const found = findInText(text, query, needle);
    const id = slotId(slot);
    const picked = only ? found.filter((r) => only.has(`${id}@${r.start}`)) : found;
    count += picked.length;
    return picked;
  };
  const next = mapReportSlots(report, {
    text: (slot, value) => {
      const ranges = rangesOf(slot, value);
      return ranges.length ? replaceRanges(value, ranges, clean) : value;
    },
    inlines: (slot, content) => {
      const ranges = rangesOf(slot, inlineSearchText(content));
      return ranges.length ? replaceInInlines(content, ranges, clean) : content;
    },
  });
  return { report: next, count };
}
