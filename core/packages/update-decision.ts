/**
 * Whether a correctly signed update may be installed (U-04 rollback, U-05 freeze/expiry, minimumVersion).
 * Pure: the installed version, the persisted trust state and the clock are passed in.
 */
import { gt, gte, lt } from 'semver';
import type { UpdateManifest, TemplatePackManifest } from './package-manifest';
import { refuse, type Refusal } from './package-refusal';

/** What the app remembers between runs (persisted atomically in userData). */
export interface TrustState {
  /** Highest version ever accepted; an older signed package is a rollback even after a reinstall. */
  highestSeenVersion: string | null;
  /** Newest `releasedAt` seen (ISO): the clock of an office PC may be behind, this may not go back. */
  newestReleaseSeen: string | null;
  /**
   * Highest version accepted per template pack id: deleting or editing a pack's local state.json must
   * not make an older signed pack installable again.
   */
  packVersions?: Readonly<Record<string, string>>;
  /** Set once the versions named in the packs' state.json files were copied into packVersions. */
  packStateMigrated?: boolean;
}

export const EMPTY_TRUST_STATE: TrustState = { highestSeenVersion: null, newestReleaseSeen: null };

/** "Now" for expiry: never earlier than a release already seen, so turning the clock back does not help. */
export function effectiveNow(nowMs: number, state: TrustState): number {
  const seen = state.newestReleaseSeen ? Date.parse(state.newestReleaseSeen) : Number.NaN;
  return Number.isFinite(seen) ? Math.max(nowMs, seen) : nowMs;
}

export function decideUpdate(
  manifest: UpdateManifest,
  installedVersion: string,
  state: TrustState,
  nowMs: number,
): { ok: true } | Refusal {
  if (lt(manifest.version, installedVersion))
    return refuse('rollback', `${manifest.version} < installed ${installedVersion}`);
  if (!gt(manifest.version, installedVersion)) return refuse('same-version', manifest.version);
  if (state.highestSeenVersion && !gte(manifest.version, state.highestSeenVersion)) {
    return refuse('rollback', `${manifest.version} < seen ${state.highestSeenVersion}`);
  }
  if (lt(installedVersion, manifest.minimumVersion))
    return refuse('too-old-to-update', `needs ${manifest.minimumVersion}`);
  if (Date.parse(manifest.expiresAt) < effectiveNow(nowMs, state)) return refuse('expired', manifest.expiresAt);
  return { ok: true };
}

/** A template pack may replace an installed pack of the same id only with a newer version. */
export function decideTemplatePack(
  manifest: TemplatePackManifest,
  installedVersion: string | null,
  state: TrustState,
  nowMs: number,
): { ok: true } | Refusal {
  if (installedVersion !== null) {
    if (lt(manifest.version, installedVersion))
      return refuse('rollback', `${manifest.version} < installed ${installedVersion}`);
    if (!gt(manifest.version, installedVersion)) return refuse('same-version', manifest.version);
  }
  const highest = state.packVersions?.[manifest.packId];
  if (highest && lt(manifest.version, highest))
    return refuse('rollback', `${manifest.version} < accepted before ${highest}`);
  if (Date.parse(manifest.expiresAt) < effectiveNow(nowMs, state)) return refuse('expired', manifest.expiresAt);
  return { ok: true };
}

/** The trust state after accepting a manifest: versions and release dates only move forward. */
export function advanceTrustState(state: TrustState, accepted: { version: string; releasedAt: string }): TrustState {
  const highest =
    state.highestSeenVersion && gte(state.highestSeenVersion, accepted.version)
      ? state.highestSeenVersion
      : accepted.version;
  const newest =
    state.newestReleaseSeen && Date.parse(state.newestReleaseSeen) >= Date.parse(accepted.releasedAt)
      ? state.newestReleaseSeen
      : accepted.releasedAt;
  return { ...state, highestSeenVersion: highest, newestReleaseSeen: newest };
}

/** Remembers `version` as accepted for `packId` unless a higher one was accepted before. */
export function advancePackVersion(state: TrustState, packId: string, version: string): TrustState {
  const known = state.packVersions?.[packId];
  if (known && gte(known, version)) return state;
  return { ...state, packVersions: { ...state.packVersions, [packId]: version } };
}
