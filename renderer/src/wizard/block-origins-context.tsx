/**
 * The provenance of the open draft (a compiled one: which unit each block came from), read once when the
 * wizard opens it (draft-provenance.ts), and per section the blocks still as compiled, for the editor's marks.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { liveInSection, type BlockProvenance } from '../../../core/compile/provenance';
import type { Report, Section } from '../../../core/model/report-schema';
import { openProvenance } from '../db/draft-provenance';
import type { BlockOrigin } from '../editor/block-origins';
import { useDurability } from '../journal/durability-context';

const BySection = createContext<ReadonlyMap<string, BlockProvenance[]>>(new Map());
const NONE: readonly BlockOrigin[] = [];

export function BlockOriginsProvider({
  draftId,
  report,
  children,
}: {
  draftId: string;
  /** The draft as opened: entries no longer true of it are dropped for good. */
  report: Report;
  children: ReactNode;
}) {
  const { db } = useDurability();
  const [opened] = useState(report);
  const [bySection, setBySection] = useState<ReadonlyMap<string, BlockProvenance[]>>(new Map());
  useEffect(() => {
    let alive = true;
    openProvenance(db, draftId, opened)
      .then((entries) => {
        const map = new Map<string, BlockProvenance[]>();
        for (const e of entries) map.set(e.sectionId, [...(map.get(e.sectionId) ?? []), e]);
        if (alive) setBySection(map);
      })
      // Only marks are lost; the draft itself is read elsewhere and says so if it cannot be.
      .catch((e: unknown) => console.warn('[provenance] not read', e));
    return () => {
      alive = false;
    };
  }, [db, draftId, opened]);
  return <BySection.Provider value={bySection}>{children}</BySection.Provider>;
}

/** The blocks of `section` still as a unit sent them, by their index now. */
export function useBlockOrigins(section: Pick<Section, 'id' | 'blocks'>): readonly BlockOrigin[] {
  const entries = useContext(BySection).get(section.id);
  const { blocks } = section;
  return useMemo(
    () =>
      entries
        ? liveInSection({ blocks }, entries).flatMap((e) => (e ? [{ index: e.blockIndex, unit: e.unit }] : []))
        : NONE,
    [entries, blocks],
  );
}
