/**
 * Reports received from subordinate units, kept on disk by main beside IndexedDB as drafts are, but in their own
 * folder (`received/`, never `drafts/`), so they are never listed or saved as the office's own drafts. One folder
 * per report (unit, outline, period), named by a hash of those; one file per version, named by the report's
 * checksum. A version, once written, is never rewritten: storing it again leaves the file as it is, a newer
 * version is a new file beside it (the history), and only the clerk's "delete" removes a report, all versions
 * at once. Every file is checked again when read (shape, identity, checksum, report schema): a damaged one is
 * reported in Vietnamese and kept, never read as a report.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { canonicalJson } from '../../core/draft-file/canonical-json';
import { withinDepth } from '../../core/draft-file/json-shape';
import { CHECKSUM_PATTERN } from '../../core/draft-file/report-checksum';
import { MAX_TIME_MS } from '../../core/model/ids';
import { parseReport, type Report } from '../../core/model/report-schema';
import { bundleIdentity, type BundleIdentity } from '../../core/submission/bundle-identity';
import { bundleIdentitySchema } from '../../core/submission/bundle-identity-schema';
import type {
  ReceivedDeleteResponse,
  ReceivedJournalError,
  ReceivedListResponse,
  ReceivedReadResponse,
  ReceivedStoreResponse,
  ReceivedVersionRef,
} from '../../electron/ipc/received-types';
import { writeFileAtomic } from '../files/atomic-write';
import { errorCode } from '../files/file-write-error';
import type { JournalFs } from './journal-fs';
import { JOURNAL_MAX_DRAFT_BYTES } from './split-draft-check';
import { RECEIVED_MESSAGES as M } from './received-messages';

export const RECEIVED_RECORD_VERSION = 1 as const;
export const REPORT_KEY_PATTERN = /^[a-f0-9]{32}$/;
const VERSION_FILE = /^([a-f0-9]{64})\.json$/;

export interface ReceivedJournalLimits {
  /** Bytes of one version's report as JSON (the same cap as a draft). */
  reportMaxBytes: number;
  /** Versions kept of one report (unit, outline, period). */
  maxVersions: number;
  /** Reports (unit, outline, period) in the whole store. */
  maxReports: number;
}

export const RECEIVED_LIMITS: ReceivedJournalLimits = {
  reportMaxBytes: JOURNAL_MAX_DRAFT_BYTES,
  maxVersions: 100,
  maxReports: 20_000,
};

export interface ReceivedInput {
  identity: BundleIdentity;
  report: unknown;
  receivedAt: number;
}

const recordSchema = z.strictObject({
  receivedVersion: z.literal(RECEIVED_RECORD_VERSION),
  identity: bundleIdentitySchema,
  receivedAt: z.number().int().min(0).max(MAX_TIME_MS),
  sha256: z.string().regex(CHECKSUM_PATTERN),
  report: z.unknown(),
});

/** What names one report, whatever its version: unit, outline, period. */
export interface ReportOf {
  unitKey: string;
  templateId: string;
  period: { key: string };
}

const checksumOf = (report: unknown) => createHash('sha256').update(canonicalJson(report), 'utf8').digest('hex');

/** The report a version belongs to: one unit's report for one outline and period. */
export function receivedReportKey(identity: ReportOf): string {
  return createHash('sha256')
    .update(`${identity.templateId}\u0000${identity.period.key}\u0000${identity.unitKey}`, 'utf8')
    .digest('hex')
    .slice(0, 32);
}

const error = (reason: ReceivedJournalError['reason'], message: string): ReceivedJournalError => ({
  status: 'error',
  ...(reason === undefined ? {} : { reason }),
  message,
});

function writeError(cause: unknown): ReceivedJournalError {
  const code = errorCode(cause);
  return code === 'ENOSPC' || code === 'EDQUOT'
    ? error('disk-full', M.diskFull)
    : error('write-failed', M.writeFailed(code));
}

const sameIdentity = (a: BundleIdentity, b: BundleIdentity) => canonicalJson(a) === canonicalJson(b);

export interface ReceivedJournalOptions {
  userData: string;
  fs: JournalFs;
  limits?: Partial<ReceivedJournalLimits>;
  log?(message: string, error?: unknown): void;
}

export function createReceivedJournal(options: ReceivedJournalOptions) {
  const { fs } = options;
  const limits: ReceivedJournalLimits = { ...RECEIVED_LIMITS, ...options.limits };
  const log = options.log ?? ((message: string, cause?: unknown) => console.error(message, cause ?? ''));
  const root = join(options.userData, 'received');
  const folderOf = (reportKey: string) => {
    if (!REPORT_KEY_PATTERN.test(reportKey)) throw new Error('received journal: refused an unsafe report key');
    return join(root, reportKey);
  };
  const fileOf = (ref: ReceivedVersionRef) => {
    if (!CHECKSUM_PATTERN.test(ref.checksum)) throw new Error('received journal: refused an unsafe checksum');
    return join(folderOf(ref.reportKey), `${ref.checksum}.json`);
  };
  /** How the clerk can find a file named in a message: relative to the app's data folder. */
  const shownName = (ref: ReceivedVersionRef) => `received/${ref.reportKey}/${ref.checksum}.json`;

  const names = async (folder: string): Promise<string[]> => {
    try {
      return await fs.readdir(folder);
    } catch (cause) {
      if (errorCode(cause) === 'ENOENT') return [];
      throw cause;
    }
  };
  const versionsIn = async (reportKey: string) =>
    (await names(folderOf(reportKey))).flatMap((name) => {
      const m = VERSION_FILE.exec(name);
      return m ? [m[1]!] : [];
    });

  /** The version's file checked again from scratch; null when it is damaged in any way. */
  async function decode(ref: ReceivedVersionRef): Promise<(ReceivedInput & { report: Report }) | null> {
    const path = fileOf(ref);
    // The record adds its identity and a few fields to the report: a file far past the report's cap is not one.
    if ((await fs.size(path)) > limits.reportMaxBytes + 64 * 1024) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(path)));
    } catch (cause) {
      if (cause instanceof SyntaxError || cause instanceof TypeError) return null;
      throw cause;
    }
    if (!withinDepth(raw)) return null;
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) return null;
    const { identity, receivedAt, sha256, report } = parsed.data;
    if (sha256 !== ref.checksum || identity.checksum !== sha256 || checksumOf(report) !== sha256) return null;
    if (receivedReportKey(identity) !== ref.reportKey) return null;
    const valid = parseReport(report);
    return valid.ok ? { identity, receivedAt, report: valid.value } : null;
  }

  const isMissing = (cause: unknown) => errorCode(cause) === 'ENOENT';

  return {
    /**
     * Keeps one accepted version. The report must pass the report schema and match the identity sent with it
     * (checksum and everything derived from the report), so nothing but what the inbox verified is stored.
     */
    async store(input: ReceivedInput): Promise<ReceivedStoreResponse> {
      let json: string;
      try {
        json = JSON.stringify(input.report) ?? '';
      } catch {
        return error('invalid-report', M.invalid('gốc'));
      }
      if (json.length > limits.reportMaxBytes) return error('too-large', M.tooLarge);
      const valid = parseReport(input.report);
      if (!valid.ok) return error('invalid-report', M.invalid(valid.issues[0]?.path.map(String).join('.') || 'gốc'));
      const { identity } = input;
      const derived = bundleIdentity({
        report: valid.value,
        templateId: identity.templateId,
        savedAt: identity.savedAt,
        checksum: checksumOf(input.report),
      });
      if (!sameIdentity(derived, identity)) return error('invalid-report', M.identityDiffers);
      const ref: ReceivedVersionRef = { reportKey: receivedReportKey(identity), checksum: identity.checksum };
      const path = fileOf(ref);
      try {
        const held = await versionsIn(ref.reportKey);
        if (held.includes(ref.checksum)) {
          if ((await decode(ref)) !== null) return { status: 'kept', version: ref };
          // A damaged copy of this very version: it is set aside (kept for the record), the verified one written.
          await fs.rename(path, `${path}.damaged-${Date.now()}`);
        } else if (held.length >= limits.maxVersions) {
          return error('too-many', M.tooManyVersions(limits.maxVersions));
        } else if (held.length === 0 && (await names(root)).length >= limits.maxReports) {
          return error('too-many', M.tooManyReports(limits.maxReports));
        }
        await fs.mkdir(folderOf(ref.reportKey));
        const record = {
          receivedVersion: RECEIVED_RECORD_VERSION,
          identity,
          receivedAt: input.receivedAt,
          sha256: ref.checksum,
          report: input.report,
        };
        await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(record)), fs);
        return { status: 'stored', version: ref };
      } catch (cause) {
        log('[received] store failed', cause);
        return writeError(cause);
      }
    },

    /** Every version held, by name only (cheap: the page reads just the ones IndexedDB lacks). */
    async list(): Promise<ReceivedListResponse> {
      try {
        const versions: ReceivedVersionRef[] = [];
        const reports = (await names(root)).filter((n) => REPORT_KEY_PATTERN.test(n)).slice(0, limits.maxReports);
        for (const reportKey of reports)
          for (const checksum of (await versionsIn(reportKey)).slice(0, limits.maxVersions))
            versions.push({ reportKey, checksum });
        return { status: 'ok', versions };
      } catch (cause) {
        log('[received] list failed', cause);
        return error(undefined, M.listFailed(errorCode(cause)));
      }
    },

    async read(ref: ReceivedVersionRef): Promise<ReceivedReadResponse> {
      try {
        const record = await decode(ref);
        if (!record) return error('damaged', M.damaged(shownName(ref)));
        return { status: 'ok', ...record };
      } catch (cause) {
        if (isMissing(cause)) return error('not-found', M.notFound);
        log('[received] read failed', cause);
        return error(undefined, M.listFailed(errorCode(cause)));
      }
    },

    /** The clerk's "delete": the whole report, every version, at once. */
    async remove(identity: ReportOf): Promise<ReceivedDeleteResponse> {
      const reportKey = receivedReportKey(identity);
      try {
        const versions = (await versionsIn(reportKey)).length;
        await fs.remove(folderOf(reportKey));
        return { status: 'deleted', versions };
      } catch (cause) {
        log('[received] delete failed', cause);
        return writeError(cause);
      }
    },
  };
}

export type ReceivedJournal = ReturnType<typeof createReceivedJournal>;
