/**
 * "Nộp qua USB" for one report, shared by the app (IPC) and the CLI: render the .docx, serialise the
 * draft file, build the manifest, write the folder all-or-nothing and verify it. Returns the verified
 * result or throws a FileWriteError whose message is the Vietnamese sentence to show.
 */
import { bundleNames } from '../../core/submission/bundle-names';
import { buildManifest, serializeManifest } from '../../core/submission/manifest';
import { serializeDraftFile, type DraftFileMeta } from '../../core/draft-file/draft-file-format';
import type { Report } from '../../core/model/report-schema';
import { writeSubmissionBundle, type BundleOptions, type BundleResult } from './write-bundle';
import type { SubmissionFs } from '../files/verified-write-fs';

export interface SubmitReportInput {
  report: Report;
  templateId: string;
  destDir: string;
  /** Carried into the .baocao.json so the receiving office can re-open the exact draft. */
  meta?: Omit<DraftFileMeta, 'templateId' | 'savedAt'>;
}

export interface SubmitReportDeps {
  renderDocx(report: Report): Promise<Uint8Array>;
  fsx: SubmissionFs;
  /** The current instant (injected: tests and the manifest use the same clock). */
  now(): Date;
  /** "Soạn Báo Cáo 0.1.0", written into the manifest. */
  appLabel: string;
}

export interface SubmitReportResult extends BundleResult {
  createdAt: string;
}

const encoder = new TextEncoder();

export async function submitReport(
  input: SubmitReportInput,
  deps: SubmitReportDeps,
  options: Pick<BundleOptions, 'onProgress' | 'platform' | 'sleep'> = {},
): Promise<SubmitReportResult> {
  const now = deps.now();
  const createdAt = now.toISOString();
  const names = bundleNames(input.report, localIsoDate(now));
  const docx = await deps.renderDocx(input.report);
  const draft = encoder.encode(
    serializeDraftFile(input.templateId, input.report, { ...input.meta, savedAt: createdAt }),
  );
  const result = await writeSubmissionBundle(
    input.destDir,
    names.folder,
    [
      { name: names.docx, data: docx },
      { name: names.draft, data: draft },
    ],
    (written) => ({
      name: names.manifest,
      data: encoder.encode(serializeManifest(buildManifest(input.report, written, createdAt, deps.appLabel))),
    }),
    deps.fsx,
    { ...options, nowMs: now.getTime() },
  );
  return { ...result, createdAt };
}

/** The local calendar day as "YYYY-MM-DD" (not toISOString, which is UTC). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
