/**
 * The rule-set's end mark ("./." for state documents, nothing for Party documents) is appended to the last
 * body paragraph unless the clerk already typed it.
 */
import type { Inline } from '../model/report-schema';
import { inlineText } from '../model/report-text';

export function withEndMark(content: readonly Inline[], endMark: string): Inline[] {
  if (!endMark || inlineText(content).trimEnd().endsWith(endMark)) return [...content];
  return [...content, { type: 'text', text: endMark }];
}
