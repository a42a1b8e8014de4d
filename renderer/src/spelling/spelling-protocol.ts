/** Messages between the page and the spelling worker (spelling.worker.ts). */
import type { ToneStyle } from '../../../core/text/tone-style';

export type SpellingRequest =
  { id: number; kind: 'check'; words: string[] } | { id: number; kind: 'suggest'; word: string; style: ToneStyle };

export type SpellingAnswer =
  { id: number; kind: 'check'; unknown: string[] } | { id: number; kind: 'suggest'; suggestions: string[] };
