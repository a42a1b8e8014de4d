/**
 * The screens that are not the wizard, each a chunk of its own so that opening the app straight onto a draft
 * (a reload, reopening the app) does not evaluate them before the first step: the home screen (with its
 * dialogs, trash, updates and template packs), the organisation profiles, the outline (đề cương) editor, "Nhận báo cáo" and the
 * start-up recovery screen.
 * app-start.ts loads the one the launch route needs before the first render (no spinner), and the others on
 * idle once the first screen is up, so going back to the list never waits for the network either.
 */
import { lazyChunk } from './lazy-chunk';

export const homeChunk = lazyChunk(() => import('../home/home-screen'));
export const profilesChunk = lazyChunk(() => import('../profiles/profiles-screen'));
export const outlinesChunk = lazyChunk(() => import('../outlines/outlines-screen'));
export const inboxChunk = lazyChunk(() => import('../inbox/inbox-screen'));
export const recoveryChunk = lazyChunk(() => import('../recovery/recovery-screen'));

/** Fetches and evaluates the screens the clerk may go to next, when the main thread has nothing else to do. */
export function preloadScreensOnIdle(): void {
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200);
  idle(() => {
    // A failure shows up (with its Vietnamese message) when the screen is actually opened: useChunk retries.
    void homeChunk.load().catch(() => undefined);
    void profilesChunk.load().catch(() => undefined);
  });
}
