/**
 * Where online updates come from and whether they are allowed (U-07): an admin policy file next to the
 * executable or in ProgramData wins over the user's config in userData. Pure: the files' contents are
 * read elsewhere and passed in; any unreadable or invalid file counts as absent, except that a broken
 * ADMIN file disables updates (an IT lock must not fail open).
 */
import { z } from 'zod';

export const UPDATE_CONFIG_FILE = 'update-config.json';
export const ADMIN_POLICY_FILE = 'soan-bao-cao-policy.json';

/** Only HTTPS feeds: electron-updater's sha512 check is no defence against whoever serves latest.yml. */
const feedUrl = z
  .string()
  .max(500)
  .refine((u) => {
    try {
      const url = new URL(u);
      return url.protocol === 'https:' && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'feed must be an https URL');

export const updateConfigSchema = z.strictObject({ feedUrl: feedUrl.optional(), checkOnline: z.boolean().optional() });
export const adminPolicySchema = z.strictObject({
  updatesEnabled: z.boolean().optional(),
  feedUrl: feedUrl.optional(),
});

export type UpdatePolicy =
  | { enabled: true; feedUrl: string; source: 'admin' | 'user' }
  | { enabled: false; reason: 'admin-disabled' | 'admin-invalid' | 'no-feed' | 'user-disabled' };

function parse<T>(schema: z.ZodType<T>, text: string | null): T | null | 'invalid' {
  if (text === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** `adminTexts`: contents of the admin policy files found (next to the exe, then ProgramData), null if absent. */
export function resolveUpdatePolicy(adminTexts: readonly (string | null)[], userText: string | null): UpdatePolicy {
  let adminFeed: string | undefined;
  for (const text of adminTexts) {
    const admin = parse(adminPolicySchema, text);
    if (admin === 'invalid') return { enabled: false, reason: 'admin-invalid' };
    if (admin === null) continue;
    if (admin.updatesEnabled === false) return { enabled: false, reason: 'admin-disabled' };
    adminFeed ??= admin.feedUrl;
  }
  if (adminFeed) return { enabled: true, feedUrl: adminFeed, source: 'admin' };
  const user = parse(updateConfigSchema, userText);
  if (user === null || user === 'invalid' || !user.feedUrl) return { enabled: false, reason: 'no-feed' };
  if (user.checkOnline === false) return { enabled: false, reason: 'user-disabled' };
  return { enabled: true, feedUrl: user.feedUrl, source: 'user' };
}
