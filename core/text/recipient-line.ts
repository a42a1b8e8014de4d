/**
 * A recipient as the clerk typed it, without the "- " and the ",;." the rule-set adds itself. Kept apart from
 * the DOCX writer so the format checker (which runs in the editor) does not pull the writer library in.
 */

// Linear: one anchored character class each, no nested quantifiers.
const TYPED_LEADING_MARK = /^[\s\-–—+•]+/u;
const TYPED_TRAILING_PUNCTUATION = /[\s,;.]+$/u;

export function bareRecipient(text: string): string {
  return text.replace(TYPED_LEADING_MARK, '').replace(TYPED_TRAILING_PUNCTUATION, '');
}
