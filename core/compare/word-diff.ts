/**
 * Word-level difference of two texts, for "So sánh với hiện tại" in the version history. A Vietnamese word is
 * a run of syllables separated by spaces, so the unit compared is one syllable with the punctuation written
 * against it ("2023," and "(Kết" are one token) and the spaces after it; a text is exactly the concatenation of
 * its tokens, so the parts of a difference always rebuild both texts. The longest-common-subsequence search is
 * jsdiff's Myers implementation, bounded: past `MAX_TOKENS` or `MAX_EDITS` the text is reported as replaced
 * whole, which is what a clerk reads anyway when nearly every word changed.
 */
import { diffArrays } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface TextDiff {
  parts: DiffPart[];
  /** Runs of added and/or removed words between two unchanged stretches: what a reader counts as one change. */
  changes: number;
  /** True when the texts were too large or too different to align word by word. */
  replacedWhole: boolean;
}

/** Tokens of the two texts together; beyond this the comparison is not worth its time. */
export const MAX_TOKENS = 40_000;
/** Edits (tokens added + removed) the search explores before giving up; keeps a 100-page report well under 1 s. */
export const MAX_EDITS = 1_500;

/** Words and the runs of spaces (or line breaks) between them, each a token. */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|\S+/gu) ?? [];
}

function countChanges(parts: readonly DiffPart[]): number {
  let changes = 0;
  let inChange = false;
  for (const part of parts) {
    if (part.kind === 'same') inChange = false;
    else if (!inChange) {
      changes++;
      inChange = true;
    }
  }
  return changes;
}

function merged(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

function replaced(before: string, after: string): TextDiff {
  const parts = merged([
    { kind: 'removed', text: before },
    { kind: 'added', text: after },
  ]);
  return { parts, changes: countChanges(parts), replacedWhole: true };
}

export function diffWords(before: string, after: string): TextDiff {
  if (before === after)
    return { parts: before ? [{ kind: 'same', text: before }] : [], changes: 0, replacedWhole: false };
  if (!before || !after) return { ...replaced(before, after), replacedWhole: false };
  const old = wordTokens(before);
  const now = wordTokens(after);
  if (old.length + now.length > MAX_TOKENS) return replaced(before, after);
  const changes = diffArrays(old, now, { maxEditLength: MAX_EDITS });
  if (!changes) return replaced(before, after);
  const parts = grouped(
    changes.map((c) => ({
      kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
      text: c.value.join(''),
    })),
  );
  return { parts, changes: countChanges(parts), replacedWhole: false };
}

const isSpace = (part: DiffPart) => part.kind === 'same' && /^\s+$/u.test(part.text);

/**
 * One change per stretch of changed words: a space kept between two changed words belongs to the change (else
 * "a b c" → "x y z" would read as three changes), and inside a stretch the removed words come first, then the
 * added ones, as a reader expects ("cũ" struck through, then "mới").
 */
function grouped(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const close = () => {
    out.push({ kind: 'removed', text: removed }, { kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, i) => {
    const inStretch = removed !== '' || added !== '';
    const next = parts[i + 1];
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if (inStretch && isSpace(part) && next && next.kind !== 'same') {
      removed += part.text;
      added += part.text;
    } else {
      if (inStretch) close();
      out.push(part);
    }
  });
  if (removed || added) close();
  return merged(out);
}

/** The text a difference was computed from (`before`) or to (`after`). */
export function sideText(diff: TextDiff, side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'added' : 'removed';
  return diff.parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');
}
