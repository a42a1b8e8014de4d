/**
 * Where each block of a compiled report came from. The printed unit-name line above each unit's text carries it
 * for the reader; this list carries it per block for the app, and holds only while the block is as compiled:
 * once the clerk edits a paragraph (or moves it to another section), its fingerprint no longer matches there and
 * it is the office's own.
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
  const bySection = new Map<string, BlockProvenance[]>();
  for (const entry of provenance) bySection.set(entry.sectionId, [...(bySection.get(entry.sectionId) ?? []), entry]);
  const moved = new Map<BlockProvenance, BlockProvenance>();
  for (const [id, entries] of bySection) {
    const section = sections.get(id);
    if (!section) continue;
    const found = liveInSection(section, entries);
    entries.forEach((entry, i) => {
      const now = found[i];
      if (now) moved.set(entry, now);
    });
  }
  // In the order given, as the list was stored.
  return provenance.flatMap((entry) => moved.get(entry) ?? []);
}

/**
 * For one section, each entry (all of that section) at its block's place now, or null when its block was
 * edited, in the order of `entries`.
 */
export function liveInSection(
  section: Pick<Section, 'blocks'>,
  entries: readonly BlockProvenance[],
): (BlockProvenance | null)[] {
  const prints: (string | undefined)[] = [];
  const fingerprintAt = (index: number): string => (prints[index] ??= blockFingerprint(section.blocks[index]!));
  const taken = new Set<number>();
  const count = section.blocks.length;
  return entries.map((entry) => {
    const fits = (i: number) => i >= 0 && i < count && !taken.has(i) && fingerprintAt(i) === entry.fingerprint;
    let found = -1;
    for (let d = 0; d < count + entry.blockIndex && found < 0; d++) {
      if (fits(entry.blockIndex + d)) found = entry.blockIndex + d;
      else if (d > 0 && fits(entry.blockIndex - d)) found = entry.blockIndex - d;
    }
    if (found < 0) return null;
    taken.add(found);
    return found === entry.blockIndex ? entry : { ...entry, blockIndex: found };
  });
}
