/**
 * What the spell check needs from one paragraph: the words a dictionary must judge (exceptions.ts left them
 * in) and the words whose tone-mark style counts towards the report's majority. Pure and per paragraph, so an
 * edit recomputes only the paragraph it touched.
 */
import { isCheckable } from './exceptions';
import { tokenizeParagraph, type WordToken } from './tokenize';
import { toneWord, type ToneWord } from './tone-mix';

export interface PlacedToneWord extends ToneWord {
  from: number;
  to: number;
}

export interface ParagraphWords {
  toCheck: WordToken[];
  tone: PlacedToneWord[];
}

export function paragraphWords(text: string): ParagraphWords {
  const toCheck: WordToken[] = [];
  const tone: PlacedToneWord[] = [];
  const tokens = tokenizeParagraph(text);
  tokens.forEach((token, i) => {
    const checkable = isCheckable(token, tokens[i + 1]);
    if (checkable) toCheck.push(token);
    // Names count too ("Hoà Bình" and "Hòa Bình" in one report is the same slip), abbreviations and symbols do not.
    if (checkable || !/\p{Lu}/u.test(token.text.slice(1))) {
      const t = toneWord(token.text);
      if (t) tone.push({ ...t, from: token.from, to: token.to });
    }
  });
  return { toCheck, tone };
}
