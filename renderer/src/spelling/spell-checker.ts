/**
 * The dictionary side of the spell check, the same in the worker (spelling.worker.ts) and in the unit tests:
 * nspell over the Hunspell Vietnamese dictionary (dictionary-vi, one syllable a word) decides what is known,
 * and suggestions come from an edit-distance scan made for syllables (core/text/spelling/suggest-syllables.ts).
 * The dictionary writes "hoà, uỷ" (old style), so a word is also tried in that style: either style is correct
 * spelling; mixing them in one report is a separate check (core/text/spelling/tone-mix.ts).
 */
import nspell from 'nspell';
import { COMMON_LOANWORDS } from '../../../core/text/spelling/common-loanwords';
import { suggestSyllables, syllableIndex } from '../../../core/text/spelling/suggest-syllables';
import { toToneStyle, type ToneStyle } from '../../../core/text/tone-style';

export interface SpellChecker {
  isKnown(word: string): boolean;
  /** Suggestions written in the given tone-mark style. */
  suggest(word: string, style: ToneStyle): string[];
}

/** The .dic file: a count line, then one entry a line ("word" or "word/FLAGS"). */
function dictionaryWords(dic: string): string[] {
  return dic
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0]!.trim())
    .filter(Boolean);
}

export function createSpellChecker(aff: string, dic: string): SpellChecker {
  const spell = nspell(aff, dic);
  const index = syllableIndex(dictionaryWords(dic).map((w) => toToneStyle(w, 'first-vowel')));
  const known = new Map<string, boolean>();
  const isKnown = (word: string): boolean => {
    let answer = known.get(word);
    if (answer === undefined) {
      const lower = word.toLowerCase();
      answer =
        COMMON_LOANWORDS.has(lower) ||
        spell.correct(word) ||
        spell.correct(toToneStyle(word, 'second-vowel')) ||
        spell.correct(toToneStyle(lower, 'second-vowel'));
      if (known.size < 100_000) known.set(word, answer);
    }
    return answer;
  };
  return {
    isKnown,
    suggest: (word, style) => [
      ...new Set(suggestSyllables(index, toToneStyle(word, 'first-vowel')).map((s) => toToneStyle(s, style))),
    ],
  };
}
