/**
 * The autosave checks the whole report with `parseReport` before saving, and zod returns fresh objects. The
 * repository skips sections by object identity (draft-changes.ts), so this gives the parsed report back the
 * section parsed last time wherever the input section, at any depth, is the very object parsed then: parsing
 * is deterministic and state is never mutated in place, so it is the same content — the same record the
 * repository already stored. An edited section's ancestors come out as new objects holding their unchanged
 * children's old ones, so a save re-serialises only the path down to the edit.
 */
import type { Report, Section } from '../../../core/model/report-schema';

export interface ParsedReport {
  input: Report;
  parsed: Report;
}

export function keepSectionIdentity(input: Report, parsed: Report, previous: ParsedReport | null): Report {
  if (!previous) return parsed;
  const parsedBefore = new Map<Section, Section>();
  const pair = (inputs: readonly Section[], outputs: readonly Section[]) =>
    inputs.forEach((s, i) => {
      const p = outputs[i];
      if (!p) return;
      parsedBefore.set(s, p);
      pair(s.children, p.children);
    });
  pair(previous.input.sections, previous.parsed.sections);

  // Parsing keeps the shape (same arrays, same order), so inputs[i] is the section outputs[i] was parsed from.
  const keep = (inputs: readonly Section[], outputs: Section[]): Section[] => {
    let reused = false;
    const out = outputs.map((p, i) => {
      const from = inputs[i]!;
      const same = parsedBefore.get(from);
      if (same) {
        reused = true;
        return same;
      }
      const children = keep(from.children, p.children);
      if (children === p.children) return p;
      reused = true;
      return { ...p, children };
    });
    return reused ? out : outputs;
  };
  const sections = keep(input.sections, parsed.sections);
  return sections === parsed.sections ? parsed : { ...parsed, sections };
}
