/**
 * A template is a report outline (đề cương): the chapters and suggested sub-sections, the guidance the
 * wizard shows beside each step, and default wording. Templates are JSON files in assets/templates,
 * validated here, so the province can ship new outlines without new code.
 */
// zod/mini (tree-shakable): the renderer validates built-in and installed templates with this schema.
import { z } from 'zod/mini';
import { SLUG_PATTERN } from '../model/ids';
import { cleanLine, cleanText } from '../text/clean-text';

const line = z.pipe(z.string().check(z.maxLength(2000)), z.transform(cleanLine));
const text = z.pipe(z.string().check(z.maxLength(20_000)), z.transform(cleanText));

export interface OutlineNode {
  key: string;
  heading: string;
  guidance: string;
  /** Paragraphs pre-filled in a new report (may contain "…" for the clerk to complete). */
  defaultParagraphs?: string[] | undefined;
  /** Short suggestions shown under the guidance ("Nêu số liệu so với cùng kỳ"), one line each. */
  hints?: string[] | undefined;
  /** True for a section the clerk may leave out (absent: the outline expects it). */
  optional?: boolean | undefined;
  children?: OutlineNode[] | undefined;
}

export const outlineNodeSchema: z.ZodMiniType<OutlineNode, unknown> = z.lazy(() =>
  z.strictObject({
    key: z.string().check(z.regex(SLUG_PATTERN)),
    heading: line,
    guidance: text,
    defaultParagraphs: z.optional(z.array(text).check(z.maxLength(20))),
    hints: z.optional(z.array(line).check(z.maxLength(20))),
    optional: z.optional(z.boolean()),
    children: z.optional(z.array(outlineNodeSchema).check(z.maxLength(50))),
  }),
);

/** The outline of a report opened from a Word file that matches no other outline. */
export const FREE_OUTLINE_ID = 'tu-do';

export const templateSchema = z
  .strictObject({
    id: z.string().check(z.regex(SLUG_PATTERN)),
    version: z.number().check(z.int(), z.gt(0)),
    name: line,
    description: text,
    docType: line,
    /** The rule-set (thể thức) a new report starts with; absent: the one the organisation profile implies. */
    ruleSet: z.optional(z.string().check(z.regex(SLUG_PATTERN))),
    /** Suggested trích yếu, shown as the placeholder of the title field. */
    titleHint: line,
    header: z.strictObject({ guidance: text }),
    opening: z.strictObject({ guidance: text, defaultParagraphs: z.array(text).check(z.maxLength(10)) }),
    chapters: z.array(outlineNodeSchema).check(z.maxLength(30)),
    closing: z.strictObject({
      guidance: text,
      defaultParagraphs: z.array(text).check(z.maxLength(10)),
      recipients: z.array(line).check(z.maxLength(50)),
      signature: z.strictObject({ authority: line, title: line }),
    }),
  })
  .check(
    // Only the free outline has no chapters: a report opened from a Word file brings its own.
    z.refine((t) => t.chapters.length > 0 || t.id === FREE_OUTLINE_ID, {
      message: 'Đề cương phải có ít nhất một chương',
      path: ['chapters'],
    }),
  );
export type Template = z.infer<typeof templateSchema>;
