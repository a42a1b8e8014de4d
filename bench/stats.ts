/** Summary statistics for timing samples (nearest-rank percentiles: no interpolation between samples). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

/** One of our operations timed against pandoc doing the same on the same report (export, import). */
export interface PeerRatioResult {
  pages: number;
  runs: number;
  oursMs: number;
  pandocMs: number;
  /** oursMs / pandocMs, medians. */
  ratio: number;
  oursSamples: number[];
  pandocSamples: number[];
  docxBytes: number;
}
