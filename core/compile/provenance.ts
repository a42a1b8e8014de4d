/**
 * Where each block of a compiled report came from. The printed unit-name line above each unit's text carries it
 * for the reader; this list carries it per block for the app, and holds only while the block is as compiled:
 * once the clerk edits a paragraph (or moves it), its fingerprint no longer matches and it is the office's own.
 * Kept beside the report rather than in it, so the report model and every draft written so far are unchanged.
 */
import { reportChecksum } from '../draft-file/report-checksum';
import type { Block, Report, Section } from '../model/report-schema';

export interface BlockProvenance {
  sectionId: string;
  /** Index of the block in its section as compiled. */
  blockIndex: number;
  /** Display name of the unit ("Đảng ủy xã Nậm Tăm"). */
  unit: string;
  /** SHA-256 of the block's canonical JSON as compiled. */
  fingerprint: string;
}

export function blockFingerprint(block: Block): string {
  return reportChecksum(block);
}

/** The entries still true of `report`: the block at that place is unchanged since the compile. */
export function liveProvenance(report: Report, provenance: readonly BlockProvenance[]): BlockProvenance[] {
  const sections = new Map<string, Section>();
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      sections.set(s.id, s);
      walk(s.children);
    }
  };
  walk(report.sections);
  return provenance.filter((p) => {
    const block = sections.get(p.sectionId)?.blocks[p.blockIndex];
    return block !== undefined && blockFingerprint(block) === p.fingerprint;
  });
}
