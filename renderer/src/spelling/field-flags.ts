/**
 * The unknown words of a one-line field (a section heading, the trích yếu): the same tokenizer and exception
 * rules as the body (names, abbreviations and symbols are never flagged), the same dictionary, office words and
 * "Bỏ qua". Pure over the session, so a unit test drives it with the real dictionary.
 */
import { paragraphWords } from '../../../core/text/spelling/paragraph-words';
import type { SpellingSession } from './spelling-session';

export interface FieldFlag {
  word: string;
  from: number;
  to: number;
}

export async function fieldFlags(session: SpellingSession, text: string): Promise<FieldFlag[]> {
  if (!session.enabled() || !text.trim()) return [];
  const words = paragraphWords(text).toCheck;
  await session.lookUp(words.map((w) => w.text));
  return words
    .filter((w) => session.known(w.text) === false && !session.isOfficeWord(w.text) && !session.isIgnored(w.text))
    .map(({ text: word, from, to }) => ({ word, from, to }));
}

/** The field's text with one flagged word replaced, or null when the text changed under the flag. */
export function replaceFlag(text: string, flag: FieldFlag, replacement: string): string | null {
  if (text.slice(flag.from, flag.to) !== flag.word) return null;
  return text.slice(0, flag.from) + replacement + text.slice(flag.to);
}
