/**
 * Splits a paragraph's text into the words a spell check looks at. Vietnamese is written one syllable a word,
 * so a word is a run of letters (with their combining marks, for text that reached us in NFD); each word keeps
 * the whitespace-delimited chunk it came from ("06-NQ/TU", "KT-XH", "a)") and whether a sentence starts with
 * it, which the exception rules (exceptions.ts) need to tell a name or a symbol from a typo.
 */

export interface WordToken {
  /** The word as written. */
  text: string;
  /** UTF-16 offsets into the paragraph text: what ProseMirror positions count. */
  from: number;
  to: number;
  /** The whitespace-delimited run holding the word, outer punctuation (quotes, brackets, commas) removed. */
  chunk: string;
  /** Where `chunk` starts in the paragraph text. */
  chunkFrom: number;
  /** First word of the paragraph, or the first after ". ! ? : …", a list marker or a line break. */
  sentenceStart: boolean;
}

const CHUNK = /\S+/gu;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** Punctuation a chunk may be wrapped in, e.g. “tự diễn biến”, (khóa XII), 4/4, ; not part of a symbol. */
const OUTER = /^[\p{Ps}\p{Pi}\p{Pf}\p{Pe}"'.,;:!?…*•·–—-]+|[\p{Ps}\p{Pi}\p{Pf}\p{Pe}"'.,;:!?…*•·–—\-\p{No}]+$/gu;
const PLAIN_WORD = /^\p{L}[\p{L}\p{M}]*$/u;
const SENTENCE_END = /[.!?:…\n]/u;
/** "a)", "đ)", "1.", "2.1.", "3)": a list marker opens a sentence and is no word. */
const LIST_MARKER = /^(?:[a-zđ]\)|(?:\d{1,3}\.)*\d{1,3}[.)])$/u;
/** "a.", "-", "+", "•" are markers only where a line starts; elsewhere "a." may end a sentence, "-" joins names. */
const LINE_START_MARKER = /^(?:[a-zđ]\.|[-+•–—*])$/u;

export function tokenizeParagraph(text: string): WordToken[] {
  const out: WordToken[] = [];
  // Did a sentence end (or the paragraph or a line start) since the last word?
  let sentenceStart = true;
  let lineStart = true;
  let newline = text.indexOf('\n');
  for (const m of text.matchAll(CHUNK)) {
    const raw = m[0];
    const rawFrom = m.index;
    if (newline !== -1 && newline < rawFrom) {
      sentenceStart = true;
      lineStart = true;
      newline = text.indexOf('\n', rawFrom);
    }
    if (LIST_MARKER.test(raw) || (lineStart && LINE_START_MARKER.test(raw))) {
      sentenceStart = true;
      lineStart = false;
      continue;
    }
    lineStart = false;
    // Most chunks are one plain word: no punctuation to strip, nothing to split.
    if (PLAIN_WORD.test(raw)) {
      out.push({ text: raw, from: rawFrom, to: rawFrom + raw.length, chunk: raw, chunkFrom: rawFrom, sentenceStart });
      sentenceStart = false;
      continue;
    }
    const stripped = raw.replace(OUTER, '');
    const offset = raw.indexOf(stripped);
    const chunkFrom = rawFrom + offset;
    for (const w of stripped.matchAll(WORD)) {
      const from = chunkFrom + w.index;
      out.push({ text: w[0], from, to: from + w[0].length, chunk: stripped, chunkFrom, sentenceStart });
      sentenceStart = false;
    }
    // "năm 2023. Trong", "như sau: Một": punctuation after the chunk ends the sentence.
    if (SENTENCE_END.test(raw.slice(offset + stripped.length)) || (stripped === '' && SENTENCE_END.test(raw)))
      sentenceStart = true;
  }
  return out;
}
