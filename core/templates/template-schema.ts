/**
 * A template is a report outline (đề cương): the chapters and suggested sub-sections, the guidance the
 * wizard shows beside each step, and default wording. Templates are JSON files in assets/templates,
 * validated here, so the province can ship new outlines without new code.
 */
import { z } from 'zod';
import { cleanLine, cleanText } from '../text/clean-text';

const line = z.string().max(2000).transform(cleanLine);
const text = z.string().max(20_000).transform(cleanText);

export interface OutlineNode {
  key: string;
  heading: string;
  guidance: string;
  /** Paragraphs pre-filled in a new report (may contain "…" for the clerk to complete). */
  defaultParagraphs?: string[] | undefined;
  children?: OutlineNode[] | undefined;
}

export const outlineNodeSchema: z.ZodType<OutlineNode, unknown> = z.lazy(() =>
  z.strictObject({
    key: z.string().regex(/^[a-z0-9-]{1,60}$/),
    heading: line,
    guidance: text,
    defaultParagraphs: z.array(text).max(20).optional(),
    children: z.array(outlineNodeSchema).max(50).optional(),
  }),
);

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  version: z.number().int().positive(),
  name: line,
  description: text,
  docType: line,
  /** Suggested trích yếu, shown as the placeholder of the title field. */
  titleHint: line,
  header: z.strictObject({ guidance: text }),
  opening: z.strictObject({ guidance: text, defaultParagraphs: z.array(text).max(10) }),
  chapters: z.array(outlineNodeSchema).min(1).max(30),
  closing: z.strictObject({
    guidance: text,
    defaultParagraphs: z.array(text).max(10),
    recipients: z.array(line).max(50),
    signature: z.strictObject({ authority: line, title: line }),
  }),
});
export type Template = z.infer<typeof templateSchema>;
