/**
 * Start-up work that does not need React, begun the moment the main bundle runs. main.tsx imports this module
 * first, so it is evaluated before React and MUI are: IndexedDB opens, the start-up recovery check (D-05…D-07)
 * runs, and when the app opens straight onto a draft (a reload, reopening the app) the draft's read and the
 * wizard's chunk start too — all in parallel with the rest of the bundle's evaluation, not one after another
 * behind the first render.
 */
import { openDraftsDb } from '../db/drafts-db';
import { createDraftsRepository, randomId, type DraftsRepository } from '../db/drafts-repository';
import { withJournal } from '../journal/durable-repository';
import { browserSlotStorage, pendingEditsSlot } from '../autosave/pending-edits-slot';
import { withPendingEdits } from '../autosave/with-pending-edits';
import { journalApi } from '../journal/journal-api';
import { createProfilesRepository } from '../profiles/profiles-repository';
import { checkAtStartup } from '../recovery/recovery-check';
import { parseHash } from '../routing/hash-route';
import { settle, type Settled } from './settled';
import { wizardChunk } from './wizard-chunk';
import { homeChunk, inboxChunk, outlinesChunk, profilesChunk, recoveryChunk } from './screen-chunks';
import { chapterStepChunk, reviewStepChunk } from '../wizard/step-chunks';

export type DraftLoad = Settled<Awaited<ReturnType<DraftsRepository['getDraft']>>>;

/** How long the first render may wait for the first screen's data before it shows spinners instead. */
const FIRST_SCREEN_WAIT_MS = 1500;

export const db = openDraftsDb();
// In the desktop app every save also goes to main's journal on disk; main's quit waits for our flush.
export const api = journalApi();
// A draft opens with the edits its page kept in Web Storage while going away, when IndexedDB did not get them.
export const repository = withPendingEdits(
  withJournal(createDraftsRepository({ db, now: () => Date.now(), newId: randomId }), db, api),
  pendingEditsSlot(browserSlotStorage()),
);
export const profiles = createProfilesRepository({ db, now: () => Date.now(), newId: randomId });

export const startupCheck = settle(checkAtStartup(db, api));

const route = typeof window !== 'undefined' ? parseHash(window.location.hash) : ({ name: 'home' } as const);
let earlyDraft: { id: string; load: DraftLoad } | null = null;
let wizardLoad: Promise<unknown> | null = null;
if (route.name === 'draft') {
  const load = settle(repository.getDraft(route.draftId));
  earlyDraft = { id: route.draftId, load };
  // The step shown is the one in the URL, else the one the clerk was on; a chapter or the review brings its chunk.
  const step =
    route.stepKey !== undefined
      ? Promise.resolve(route.stepKey)
      : load.promise.then((res) => (res.ok ? res.draft.lastStepKey : ''));
  const stepChunk = step.then((key): Promise<unknown> | null =>
    key.startsWith('chapter:') ? chapterStepChunk.load() : key === 'review' ? reviewStepChunk.load() : null,
  );
  // Failures are reported by the screens themselves (useChunk, wizard-screen); here they only end the wait.
  wizardLoad = Promise.all([wizardChunk.load(), stepChunk]).catch(() => undefined);
}
// Not the wizard: the screen of the route (screen-chunks.ts), so the first render shows it, not a spinner.
const screenLoad: Promise<unknown> | null =
  route.name === 'home'
    ? homeChunk.load().catch(() => undefined)
    : route.name === 'profiles'
      ? profilesChunk.load().catch(() => undefined)
      : route.name === 'outlines'
        ? outlinesChunk.load().catch(() => undefined)
        : route.name === 'inbox'
          ? inboxChunk.load().catch(() => undefined)
          : null;
// A recovery (D-05…D-07) replaces every screen; only then is its chunk needed, before the first render too.
const recoveryLoad = startupCheck.promise
  .then((c) => (c.kind === 'recover' && api ? recoveryChunk.load() : null))
  .catch(() => undefined);

/**
 * The read started at launch, for the draft the app opened onto — once, and only when the start-up check let
 * the app start as it was: after a recovery from the journal the record may have been replaced, so it is read again.
 */
export function takeEarlyDraft(id: string): DraftLoad | null {
  const early = earlyDraft;
  earlyDraft = null;
  const check = startupCheck.outcome;
  if (!early || early.id !== id || !check?.ok || check.value.kind === 'recover') return null;
  return early.load;
}

/**
 * Resolves when the first render can show the first screen complete (check done; on a draft, its record read
 * and the wizard chunk loaded), or after FIRST_SCREEN_WAIT_MS if something hangs (e.g. IndexedDB blocked by
 * another window): then the screens show their own spinners and messages as before.
 */
export function firstScreenReady(): Promise<void> {
  const waits: Promise<unknown>[] = [startupCheck.promise.catch(() => undefined), recoveryLoad];
  if (screenLoad) waits.push(screenLoad);
  if (earlyDraft) waits.push(earlyDraft.load.promise.catch(() => undefined));
  if (wizardLoad) waits.push(wizardLoad);
  return Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]).then(
    () => undefined,
  );
}
