/**
 * Pure edits of the report's Phụ lục list for the appendix step: each returns a new list and leaves its input
 * alone. Optional fields are removed rather than set to their default, so "absent = generated / portrait /
 * continue" stays the one way a default is stored.
 */
import type { Appendix, AppendixPageNumbers } from '../../../core/model/report-schema';

/** At most this many appendices (the schema's cap). */
export const MAX_APPENDICES = 20;

export function newAppendix(id: string): Appendix {
  return { id, title: '', blocks: [] };
}

export function addAppendix(list: readonly Appendix[], appendix: Appendix): Appendix[] {
  return list.length >= MAX_APPENDICES ? [...list] : [...list, appendix];
}

export function removeAppendix(list: readonly Appendix[], id: string): Appendix[] {
  return list.filter((a) => a.id !== id);
}

/** Moves an appendix up (-1) or down (+1); no-op at either end. */
export function moveAppendix(list: readonly Appendix[], id: string, delta: -1 | 1): Appendix[] {
  const i = list.findIndex((a) => a.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export function updateAppendix(list: readonly Appendix[], id: string, change: (a: Appendix) => Appendix): Appendix[] {
  return list.map((a) => (a.id === id ? change(a) : a));
}

/**
 * The "(Kèm theo …)" line as typed. Typed back to exactly the generated text, the line is generated again (so it
 * follows later changes of số, ngày and cơ quan); `null` ("Dùng dòng tự động") always goes back to it.
 */
export function withAttachedLine(appendix: Appendix, typed: string | null, generated: string): Appendix {
  const { attachedLine: _old, ...rest } = appendix;
  return typed === null || typed === generated ? rest : { ...rest, attachedLine: typed };
}

/**
 * On leaving the field: a line left blank goes back to the generated one, which the DOCX prints for a blank line
 * too (an appendix always says what it is attached to), so the field shows what will be printed.
 */
export function settleAttachedLine(appendix: Appendix): Appendix {
  return appendix.attachedLine !== undefined && appendix.attachedLine.trim() === ''
    ? withAttachedLine(appendix, null, '')
    : appendix;
}

export function withOrientation(appendix: Appendix, orientation: 'portrait' | 'landscape'): Appendix {
  const { orientation: _old, ...rest } = appendix;
  return orientation === 'portrait' ? rest : { ...rest, orientation };
}

export function withPageNumbers(appendix: Appendix, pageNumbers: AppendixPageNumbers): Appendix {
  const { pageNumbers: _old, ...rest } = appendix;
  return pageNumbers === 'continue' ? rest : { ...rest, pageNumbers };
}
