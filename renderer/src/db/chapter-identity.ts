/**
 * The autosave checks the whole report with `parseReport` before saving, and zod returns fresh objects. The
 * repository skips chapters by object identity, so this gives the parsed report back the chapter parsed last
 * time wherever the input chapter is the very object parsed then: parsing is deterministic and state is never
 * mutated in place, so it is the same content — the same record the repository already stored.
 */
import type { Report, Section } from '../../../core/model/report-schema';

export interface ParsedReport {
  input: Report;
  parsed: Report;
}

export function keepChapterIdentity(input: Report, parsed: Report, previous: ParsedReport | null): Report {
  if (!previous) return parsed;
  const parsedBefore = new Map<Section, Section>();
  previous.input.sections.forEach((s, i) => {
    const p = previous.parsed.sections[i];
    if (p) parsedBefore.set(s, p);
  });
  let reused = false;
  const sections = parsed.sections.map((s, i) => {
    const same = parsedBefore.get(input.sections[i]!);
    if (!same) return s;
    reused = true;
    return same;
  });
  return reused ? { ...parsed, sections } : parsed;
}
