/**
 * Turns a rule-set run style (size, bold, italic, underline, upper-case) into docx run options, so every
 * element of the document takes its look from the rule-set data and nothing else.
 */
import type { IRunOptions, TextRun } from 'docx';
import type { RunStyle } from '../rules/rule-set-schema';
import { emphasisFormat, textRuns } from './text-runs';
import { ptToHalfPoints } from './units';

/** Vietnamese upper-casing ("ủy" → "ỦY"); the locale matters for no letter today but states the intent. */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** Applies the style's case rule to the text. */
export function styledText(text: string, style: Pick<RunStyle, 'upperCase'>): string {
  return style.upperCase ? upperVi(text) : text;
}

/** Formatting part of run options for a style (no text). */
export function runFormat(style: RunStyle): IRunOptions {
  return {
    size: ptToHalfPoints(style.size),
    ...emphasisFormat(style),
  };
}

/** Runs of text in the given style (upper-cased when the style says so). */
export function styledRuns(text: string, style: RunStyle): TextRun[] {
  return textRuns(styledText(text, style), runFormat(style));
}
