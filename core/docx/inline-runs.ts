/** The inline content of a body paragraph (text runs and footnote references) as docx runs. */
import type { FootnoteReferenceRun } from 'docx';
import type { Inline } from '../model/report-schema';
import type { FootnoteNumbering } from './footnotes';
import { sharedTextRuns, type SharedFormatRun, type SharedProperties } from './shared-properties';
import { emphasisFormat } from './text-runs';
import { ptToHalfPoints } from './units';

export function inlineRuns(
  content: readonly Inline[],
  sizePt: number,
  footnotes: FootnoteNumbering,
  shared: SharedProperties,
): (SharedFormatRun | FootnoteReferenceRun)[] {
  const size = ptToHalfPoints(sizePt);
  return content.flatMap((inline) => {
    if (inline.type === 'footnote') return [footnotes.reference(inline)];
    return sharedTextRuns(inline.text, { size, ...emphasisFormat(inline) }, shared);
  });
}
