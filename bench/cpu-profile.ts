/** Reading Chromium CPU profiles (CDP `Profiler.stop`) for the profile-* scripts. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "function file:line", the key both scripts print. */
export function frameKey(node: ProfileNode): string {
  const f = node.callFrame;
  return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
}

/** Self time per function (the samples that stood in it), most first. */
export function selfTimes(profile: CpuProfile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = frameKey(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** Prints the `top` functions with most self time, then, with TOTAL=n, the n (or 60) with most inclusive time. */
export function printFunctionTimes(profile: CpuProfile, top: number): void {
  for (const [k, v] of selfTimes(profile).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  if (!process.env.TOTAL) return;
  const limit = Number(process.env.TOTAL) > 1 ? Number(process.env.TOTAL) : 60;
  for (const [k, v] of inclusiveTimes(profile).slice(0, limit))
    console.log(`${v.toFixed(1).padStart(8)} ms  [total] ${k}`);
}

/**
 * Inclusive time per function (itself and what it called, each function counted once per sample), most first:
 * e.g. a component's render with its styles.
 */
export function inclusiveTimes(profile: CpuProfile): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = frameKey(byId.get(cur)!);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      seen.add(key);
    }
  });
  return [...total].sort((a, b) => b[1] - a[1]);
}
