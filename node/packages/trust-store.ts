/**
 * Persists the update trust state (highest version and newest release ever accepted, U-04/U-05, and
 * the highest version accepted per template pack) in
 * userData. A missing or unreadable file counts as empty: the built-in version check still refuses
 * anything older than the installed app, so failing open here only loses the "seen" memory.
 */
import { valid } from 'semver';
import { z } from 'zod';
import { SLUG_PATTERN } from '../../core/model/ids';
import { EMPTY_TRUST_STATE, type TrustState } from '../../core/packages/update-decision';

export const TRUST_FILE = 'update-trust.json';

const trustStateSchema = z.strictObject({
  highestSeenVersion: z.string().max(64).nullable(),
  newestReleaseSeen: z.string().max(64).nullable(),
  packVersions: z
    .record(
      z.string().regex(SLUG_PATTERN),
      z
        .string()
        .max(64)
        .refine((v) => valid(v) === v),
    )
    .exactOptional(),
  packStateMigrated: z.boolean().exactOptional(),
});

export interface TrustStoreFs {
  readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
}

export function createTrustStore(path: string, fsx: TrustStoreFs) {
  return {
    async load(): Promise<TrustState> {
      try {
        const data = await fsx.readFileCapped(path, 4096);
        if (data === 'too-large') return EMPTY_TRUST_STATE;
        const parsed = trustStateSchema.safeParse(JSON.parse(new TextDecoder().decode(data)));
        return parsed.success ? parsed.data : EMPTY_TRUST_STATE;
      } catch {
        return EMPTY_TRUST_STATE;
      }
    },
    async save(state: TrustState): Promise<void> {
      await fsx.writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(state, null, 2)}\n`));
    },
  };
}
export type TrustStore = ReturnType<typeof createTrustStore>;
