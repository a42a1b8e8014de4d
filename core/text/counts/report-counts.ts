/**
 * Words, characters and footnotes of a report, per part and in total. The parts follow the wizard's steps:
 * "Phần đầu" (header, tên loại, trích yếu, opening), each chapter with its headings and sub-sections at every
 * depth, "Phần kết" (closing, Nơi nhận, signature) and each appendix. Footnote text counts with the part it is
 * in, as Word counts it with "Bao gồm chú thích" ticked.
 */
import type { Report } from '../../model/report-schema';
import { chapterMarker } from '../../model/wizard-steps';
import { inlineSearchText } from '../find/report-find';
import { mapReportSlots, type Slot } from '../find/report-slots';
import type { Inline, PlainInline } from '../../model/report-schema';
import { addCounts, countText, ZERO_COUNTS, type TextCounts } from './text-counts';

/**
 * Counts of a paragraph's runs, by the runs array: an edit builds new objects only on the path it changed, so a
 * recount after typing counts one paragraph again and looks the others up.
 */
const paragraphCounts = new WeakMap<readonly (Inline | PlainInline)[], TextCounts>();

function countInlines(content: readonly (Inline | PlainInline)[]): TextCounts {
  let counts = paragraphCounts.get(content);
  if (!counts) {
    counts = countText(inlineSearchText(content));
    paragraphCounts.set(content, counts);
  }
  return counts;
}

export interface PartCounts extends TextCounts {
  /** The wizard step the part is edited in, and the part's id (a chapter's or appendix's id, else the step). */
  stepKey: string;
  id: string;
  label: string;
  footnotes: number;
}

export interface ReportCounts {
  parts: PartCounts[];
  total: TextCounts & { footnotes: number };
}

const name = (text: string, fallback: string) => text.trim().replace(/\s+/gu, ' ') || fallback;

function partIdOf(slot: Slot): string {
  if (slot.kind !== 'field') return slot.place.kind === 'appendix' ? slot.place.appendixId : slot.stepKey;
  const appendix = /^appendix-(?:title|attached):(.+)$/u.exec(slot.field);
  return appendix ? appendix[1]! : slot.stepKey;
}

/** Paragraphs counted per slice of `warmReportCounts` even when the slice has no time left. */
const MIN_PER_SLICE = 20;

/**
 * Counts the paragraphs not counted yet while `hasTime()` says so (at least a few), so the first count of a long
 * report can be spread over several idle moments; true when every paragraph is counted and `reportCounts` only
 * adds up.
 */
export function warmReportCounts(report: Report, hasTime: () => boolean): boolean {
  let done = true;
  let counted = 0;
  mapReportSlots(report, {
    text: (_slot, value) => value,
    inlines: (_slot, content) => {
      if (!done || paragraphCounts.has(content)) return content;
      if (counted >= MIN_PER_SLICE && !hasTime()) done = false;
      else {
        countInlines(content);
        counted++;
      }
      return content;
    },
  });
  return done;
}

export function reportCounts(report: Report): ReportCounts {
  const parts: PartCounts[] = [
    { stepKey: 'general', id: 'general', label: 'Phần đầu (thông tin chung, mở đầu)', footnotes: 0, ...ZERO_COUNTS },
    ...report.sections.map((s, i) => ({
      stepKey: `chapter:${s.id}`,
      id: `chapter:${s.id}`,
      label: `${chapterMarker(report.sections, i)} ${name(s.heading, 'Chương chưa đặt tên')}`,
      footnotes: 0,
      ...ZERO_COUNTS,
    })),
    { stepKey: 'closing', id: 'closing', label: 'Phần kết (nơi nhận, chữ ký)', footnotes: 0, ...ZERO_COUNTS },
    ...(report.appendices ?? []).map((a, i) => ({
      stepKey: 'appendices',
      id: a.id,
      label: `Phụ lục ${i + 1}: ${name(a.title, 'chưa đặt tên')}`,
      footnotes: 0,
      ...ZERO_COUNTS,
    })),
  ];
  const byId = new Map(parts.map((p) => [p.id, p]));
  const add = (slot: Slot, counts: TextCounts) => {
    const part = byId.get(partIdOf(slot));
    if (!part) return;
    Object.assign(part, addCounts(part, counts));
    if (slot.kind === 'inline' && slot.footnote?.paragraph === 0) part.footnotes++;
  };
  mapReportSlots(report, {
    text: (slot, value) => (add(slot, countText(value)), value),
    inlines: (slot, content) => (add(slot, countInlines(content)), content),
  });
  const total = parts.reduce((sum, p) => ({ ...addCounts(sum, p), footnotes: sum.footnotes + p.footnotes }), {
    ...ZERO_COUNTS,
    footnotes: 0,
  });
  return { parts, total };
}
