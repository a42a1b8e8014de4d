/**
 * The shape of a BundleIdentity wherever one comes from outside core: a request of the received-reports
 * channels, or a received report's file read back from disk. Every string bounded.
 */
import { z } from 'zod';
import { CHECKSUM_PATTERN } from '../draft-file/report-checksum';
import { SLUG_PATTERN } from '../model/ids';
import type { BundleIdentity } from './bundle-identity';

const line = z.string().max(4000);

export const bundleIdentitySchema = z.strictObject({
  unit: line,
  unitKey: line,
  templateId: z.string().regex(SLUG_PATTERN),
  period: z.strictObject({ key: z.string().max(200), label: z.string().max(200) }),
  symbol: z.string().max(200),
  date: z.string().max(40),
  savedAt: z.string().max(40),
  checksum: z.string().regex(CHECKSUM_PATTERN),
  title: line,
}) satisfies z.ZodType<BundleIdentity>;
