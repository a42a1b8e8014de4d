/**
 * The unknown words of a one-line field (a section heading, the trích yếu): the same tokenizer and exception
 * rules as the body (names, abbreviations and symbols are never flagged), the same dictionary, office words and
 * "Bỏ qua". Pure over the session, so a unit test drives it with the real dictionary.
 */
import { paragraphWords } from '../../../core/text/spelling/paragraph-words';
import { occurrenceCounter, occurrenceKey } from './draft-ignores';
import type { SpellingSession } from './spelling-session';

export interface FieldFlag {
  word: string;
  from: number;
  to: number;
  /** Where this occurrence is, for "Bỏ qua" (draft-ignores.ts `occurrenceKey` over the field's text). */
  occurrence: string;
}

export async function fieldFlags(session: SpellingSession, text: string): Promise<FieldFlag[]> {
  if (!session.enabled() || !text.trim()) return [];
  const words = paragraphWords(text).toCheck;
  await session.lookUp(words.map((w) => w.text));
  const nth = occurrenceCounter();
  return words
    .map(({ text: word, from, to }) => ({ word, from, to, occurrence: occurrenceKey(text, word, nth(word)) }))
    .filter(
      (w) =>
        session.known(w.word) === false &&
        !session.isOfficeWord(w.word) &&
        !session.isIgnored(w.word) &&
        !session.isIgnoredOnce(w.occurrence),
    );
}

/** The field's text with one flagged word replaced, or null when the text changed under the flag. */
export function replaceFlag(text: string, flag: FieldFlag, replacement: string): string | null {
  if (text.slice(flag.from, flag.to) !== flag.word) return null;
  return text.slice(0, flag.from) + replacement + text.slice(flag.to);
}
