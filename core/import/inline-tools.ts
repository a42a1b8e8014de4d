/** Small operations on imported inline content: tidy runs, strip a typed marker, plain text. */
import type { Inline } from '../model/report-schema';

/** Merges neighbouring runs with the same formatting, drops empty ones and trims the paragraph's ends. */
export function tidyInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    const text = inline.text.replace(/\t/g, ' ');
    if (text === '') continue;
    const last = out[out.length - 1];
    if (
      last?.type === 'text' &&
      !!last.bold === !!inline.bold &&
      !!last.italic === !!inline.italic &&
      !!last.underline === !!inline.underline
    ) {
      out[out.length - 1] = { ...last, text: last.text + text };
    } else out.push({ ...inline, text });
  }
  // Leading and trailing spaces carry no meaning in a justified paragraph; a run of only spaces at the ends goes.
  while (out[0]?.type === 'text' && out[0].text.trim() === '') out.shift();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && last.text.trim() === '') out.pop();
    else if (last?.type === 'break') out.pop();
    else break;
  }
  const end = out[out.length - 1];
  if (end?.type === 'text') out[out.length - 1] = { ...end, text: end.text.replace(/\s+$/, '') };
  return out;
}

/** Text up to the first line break or footnote: where a typed marker ("I.", "- ", "a)") can be. */
export function leadingText(inlines: readonly Inline[]): string {
  let text = '';
  for (const i of inlines) {
    if (i.type !== 'text') break;
    text += i.text;
  }
  return text;
}

/** Removes the first `count` characters of text (a marker the rule-set prints itself), then leading spaces. */
export function stripLeading(inlines: readonly Inline[], count: number): Inline[] {
  const out: Inline[] = [];
  let left = count;
  let trimming = true;
  for (const i of inlines) {
    if (i.type !== 'text' || !trimming) {
      if (i.type !== 'text') trimming = false;
      out.push(i);
      continue;
    }
    let text = i.text;
    if (left > 0) {
      const cut = Math.min(left, text.length);
      text = text.slice(cut);
      left -= cut;
    }
    if (left === 0) {
      text = text.replace(/^\s+/, '');
      if (text !== '') trimming = false;
    }
    if (text !== '') out.push({ ...i, text });
  }
  return out;
}

/** The paragraph's text with line breaks as "\n" (footnotes left out). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? '\n' : '')).join('');
}
