/**
 * Received bundles for the inbox, compile and CLI tests: the reports of received-reports.ts written with the
 * app's real writer (`submitReport`: real DOCX, draft file and manifest), including one unit's later
 * re-submission.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDocx } from '../core/docx/render-docx';
import type { Report } from '../core/model/report-schema';
import { realSubmissionFs } from '../node/files/verified-write-fs';
import { submitReport } from '../node/submission/submit-report';
import { otherOutlineReport, unitReport, UNITS } from './received-reports';

export * from './received-reports';

export interface WrittenBundle {
  folderPath: string;
  folderName: string;
}

/** Writes one bundle with the app's own writer into `dir` (created if needed). */
export async function writeBundle(
  dir: string,
  report: Report,
  templateId = 'dinh-ky',
  at = new Date('2025-06-21T02:00:00Z'),
): Promise<WrittenBundle> {
  await mkdir(dir, { recursive: true });
  const result = await submitReport(
    { report, templateId, destDir: dir },
    { renderDocx, fsx: realSubmissionFs, now: () => at, appLabel: 'Soạn Báo Cáo (kiểm thử)' },
  );
  return { folderPath: result.folderPath, folderName: result.folderName };
}

/** The received stick of the tests: three units, Bản Bo twice (re-submission later), one other outline. */
export async function writeReceivedStick(dir: string): Promise<{ folders: Record<string, string> }> {
  const namTam = await writeBundle(join(dir, 'Nam Tam'), unitReport(UNITS.namTam));
  const banBo = await writeBundle(dir, unitReport(UNITS.banBo));
  const khunHa = await writeBundle(dir, unitReport(UNITS.khunHa, { extraColumn: true }));
  const banBoFixed = { ...UNITS.banBo, figures: { ...UNITS.banBo.figures, admitted: [15, 10] as [number, number] } };
  const banBo2 = await writeBundle(
    join(dir, 'Nop lai'),
    unitReport(banBoFixed, { revision: ' (bổ sung số liệu)' }),
    'dinh-ky',
    new Date('2025-06-23T08:30:00Z'),
  );
  const other = await writeBundle(join(dir, 'So ket'), otherOutlineReport(), 'so-ket-tong-ket');
  return {
    folders: {
      namTam: namTam.folderPath,
      banBo: banBo.folderPath,
      khunHa: khunHa.folderPath,
      banBo2: banBo2.folderPath,
      other: other.folderPath,
    },
  };
}
