/**
 * The dictionary and nspell off the main thread: building the checker and judging a chapter's words must not
 * delay a keystroke. The dictionary files are bundled into this worker's own chunk, which is fetched only when
 * the first editor asks (never at start-up, never over the network).
 */
import aff from '../../../node_modules/dictionary-vi/index.aff?raw';
import dic from '../../../node_modules/dictionary-vi/index.dic?raw';
import { createSpellChecker, type SpellChecker } from './spell-checker';
import type { SpellingAnswer, SpellingRequest } from './spelling-protocol';

let checker: SpellChecker | null = null;

globalThis.addEventListener('message', (event: MessageEvent<SpellingRequest>) => {
  const request = event.data;
  checker ??= createSpellChecker(aff, dic);
  const answer: SpellingAnswer =
    request.kind === 'check'
      ? { id: request.id, kind: 'check', unknown: request.words.filter((w) => !checker!.isKnown(w)) }
      : { id: request.id, kind: 'suggest', suggestions: checker.suggest(request.word, request.style) };
  globalThis.postMessage(answer);
});
