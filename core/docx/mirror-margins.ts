/**
 * Duplex printing (SPEC §1 ○): w:mirrorMargins in settings.xml swaps left/right margins on the back pages.
 * docx 9 has no option for it, so the element is inserted into its Settings component, in the position
 * CT_Settings requires (right after w:displayBackgroundShape / w:embedTrueTypeFonts) — Word rejects
 * settings whose children are out of order.
 */
import { OnOffElement, type Document } from 'docx';

/** docx keeps children in a protected `root` array and names each element by a protected `rootKey`. */
interface ComponentInternals {
  root: unknown[];
}
const keyOf = (c: unknown): string | undefined => (c as { rootKey?: unknown }).rootKey as string | undefined;

const PRECEDING = new Set(['w:displayBackgroundShape', 'w:embedTrueTypeFonts']);

export function addMirrorMargins(document: Document): void {
  const settings = document.Settings as unknown as ComponentInternals;
  let at = 0;
  settings.root.forEach((c, i) => {
    if (PRECEDING.has(keyOf(c) ?? '')) at = i + 1;
  });
  if (at === 0) throw new Error('docx settings layout changed: w:displayBackgroundShape not found');
  settings.root.splice(at, 0, new OnOffElement('w:mirrorMargins', true));
}
