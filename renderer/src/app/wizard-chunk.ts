/**
 * The wizard's lazy chunk (editor, TipTap/ProseMirror). Imported first by main.tsx so that, when the app opens
 * straight onto a draft (reload, reopening), the chunk is fetched and compiled while the rest of the main bundle
 * is still being evaluated and the start-up check reads IndexedDB — not after both. The module loader keeps one
 * copy, so the `lazy` screen in app.tsx gets the same module.
 */
import { parseHash } from '../routing/hash-route';

export const loadWizard = () => import('../wizard/wizard-screen');

if (typeof window !== 'undefined' && parseHash(window.location.hash).name === 'draft') void loadWizard().catch(() => undefined);
