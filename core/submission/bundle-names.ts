/**
 * Names of a USB submission: the folder "2023-06-15 - Số 12-BC-HU - Báo cáo sơ kết …" and the files in it.
 * The ISO date leads so a stick's folders sort by submission; everything goes through `safeFileName`
 * so FAT/NTFS accept it (M-06). Lengths are capped so "E:\<folder> (2)\<file>.baocao.json" stays
 * under Windows' 260-character MAX_PATH.
 */
import { exportFileStem } from '../model/export-name';
import type { Report } from '../model/report-schema';
import { safeFileName } from '../text/safe-file-name';
import { cutOnWord } from '../text/truncate';

/** Folder stems are cut on a word before this many UTF-16 units. */
export const MAX_FOLDER_UNITS = 80;
export const MANIFEST_NAME = 'manifest.json';
export const DRAFT_SUFFIX = '.baocao.json';

export interface BundleNames {
  folder: string;
  docx: string;
  draft: string;
  manifest: string;
}

/** `todayIso` ("YYYY-MM-DD") is used when the report has no date yet. */
export function bundleNames(report: Report, todayIso: string): BundleNames {
  // NFC before any length cut, so NFD and NFC spellings of a title give the same names.
  const { header } = report;
  const nfc = (t: string) => t.normalize('NFC');
  const stem = exportFileStem({
    ...report,
    docType: nfc(report.docType),
    title: nfc(report.title),
    header: {
      ...header,
      number: nfc(header.number),
      docTypeCode: nfc(header.docTypeCode),
      issuerCode: nfc(header.issuerCode),
    },
  });
  const date = report.header.date === '' ? todayIso : report.header.date;
  const folderStem = cutOnWord(`${date} - ${stem}`, MAX_FOLDER_UNITS);
  const fileStem = safeFileName(stem, '');
  return {
    folder: safeFileName(folderStem, ''),
    docx: `${fileStem}.docx`,
    draft: `${fileStem}${DRAFT_SUFFIX}`,
    manifest: MANIFEST_NAME,
  };
}

/**
 * Key under which FAT/NTFS consider two names the same: they ignore case, and Windows compares
 * names as given, so NFC and NFD spellings of the same Vietnamese word are folded too.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/**
 * A name not yet taken in `existing`: "Báo cáo.docx" → "Báo cáo (2).docx" (M-07, never overwrite
 * silently). `extension` is the part kept at the end (".docx", ".baocao.json", or "" for folders).
 */
export function uniqueName(existing: readonly string[], wanted: string, extension = extensionOf(wanted)): string {
  const taken = new Set(existing.map(nameKey));
  if (!taken.has(nameKey(wanted))) return wanted;
  const stem = wanted.slice(0, wanted.length - extension.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${extension}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

function extensionOf(name: string): string {
  if (name.toLowerCase().endsWith(DRAFT_SUFFIX)) return name.slice(-DRAFT_SUFFIX.length);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}
