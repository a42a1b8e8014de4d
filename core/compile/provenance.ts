/**
 * Where each block of a compiled report came from. The printed unit-name line above each unit's text carries it
 * for the reader; this list carries it per block for the app, and holds only while the block is as compiled:
 * once the clerk edits a paragraph (or moves it), its fingerprint no longer matches and it is the office's own.
 * Kept beside the report rather than in it, so the report model and every draft written so far are unchanged.
 */
import type { Block, Report, Section } from '../model/report-schema';

export interface BlockProvenance {
  sectionId: string;
  /** Index of the block in its section as compiled. */
  blockIndex: number;
  /** Display name of the unit ("Đảng ủy xã Nậm Tăm"). */
  unit: string;
  /** A 53-bit hash of the block's JSON as compiled (hex). */
  fingerprint: string;
}

/**
 * Tells an edited block from the compiled one; not a security check, so a fast 53-bit hash (cyrb53) over the
 * JSON, not SHA-256: a compile of 200 reports fingerprints some 60,000 blocks. A block rebuilt with its keys in
 * another order reads as edited, which only drops its provenance early.
 */
export function blockFingerprint(block: Block): string {
  const text = JSON.stringify(block);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The entries still true of `report`, each at the place its block is now: a block unchanged since the compile
 * keeps its unit even when the clerk added or removed other blocks of its section above it (the nearest
 * unchanged copy in the section is taken; one block answers for one entry). An edited block has no entry.
 */
export function liveProvenance(report: Report, provenance: readonly BlockProvenance[]): BlockProvenance[] {
  const sections = new Map<string, Section>();
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      sections.set(s.id, s);
      walk(s.children);
    }
  };
  walk(report.sections);
  const prints = new Map<string, (string | undefined)[]>();
  const claimed = new Map<string, Set<number>>();
  const fingerprintAt = (section: Section, index: number): string => {
    const list = prints.get(section.id) ?? [];
    prints.set(section.id, list);
    return (list[index] ??= blockFingerprint(section.blocks[index]!));
  };
  const live: BlockProvenance[] = [];
  for (const entry of provenance) {
    const section = sections.get(entry.sectionId);
    if (!section || section.blocks.length === 0) continue;
    const taken = claimed.get(section.id) ?? new Set<number>();
    claimed.set(section.id, taken);
    const fits = (i: number) =>
      i >= 0 && i < section.blocks.length && !taken.has(i) && fingerprintAt(section, i) === entry.fingerprint;
    let found = -1;
    for (let d = 0; d < section.blocks.length + entry.blockIndex && found < 0; d++) {
      if (fits(entry.blockIndex + d)) found = entry.blockIndex + d;
      else if (d > 0 && fits(entry.blockIndex - d)) found = entry.blockIndex - d;
    }
    if (found < 0) continue;
    taken.add(found);
    live.push(found === entry.blockIndex ? entry : { ...entry, blockIndex: found });
  }
  return live;
}
