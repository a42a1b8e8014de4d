/**
 * The wizard's chunk. When the app opens straight onto a draft (reload, reopening), app-start.ts starts
 * fetching it before React is even evaluated, and app.tsx renders the screen directly (see lazy-chunk.ts).
 */
import { lazyChunk } from './lazy-chunk';

export const wizardChunk = lazyChunk(() => import('../wizard/wizard-screen'));
