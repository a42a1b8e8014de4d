/** Similarity of two texts as 1 − edit distance / longer length (1 = identical), for reporting how close a match is. */
export function similarityRatio(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // Two-row Levenshtein over code units: O(|a|·|b|) time, O(|b|) memory.
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let curr = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return 1 - prev[b.length]! / longer;
}

/** Text with all whitespace removed, for comparisons where only line and page breaks differ. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** The first position where two strings differ, with some context, for a readable failure. */
export function firstDifference(a: string, b: string, context = 40): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'identical';
  return `at ${i}: expected …${a.slice(Math.max(0, i - context), i + context)}… got …${b.slice(Math.max(0, i - context), i + context)}…`;
}
