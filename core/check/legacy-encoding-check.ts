/**
 * Text still in TCVN3 or VNI (typed with the old .VnTime or VNI-Times fonts and pasted without conversion)
 * prints as "Uû ban nh©n d©n": each field of the report is read on its own, and every place where such text
 * is found gets one warning that quotes it, says what it probably reads, and how to convert it.
 */
import type { Report } from '../model/report-schema';
import { legacyToUnicode } from '../text/legacy/legacy-decode';
import { detectLegacyEncoding, type LegacyDetection } from '../text/legacy/legacy-detect';
import type { Problem } from './problem';
import { reportTextFields, type TextField } from './report-text-fields';

const ENCODING_NAME = { tcvn3: 'mã TCVN3 (phông .VnTime)', vni: 'mã VNI (phông VNI-Times)' } as const;
const PREVIEW_LENGTH = 60;

function preview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= PREVIEW_LENGTH ? flat : `${flat.slice(0, PREVIEW_LENGTH).trim()}…`;
}

function message(field: TextField, found: LegacyDetection & { encoding: 'tcvn3' | 'vni' }, count: number): string {
  const what = count > 1 ? `${count} đoạn, ví dụ “${found.sample}”,` : `đoạn “${found.sample}”`;
  const reads = preview(legacyToUnicode(found.sample, found.encoding));
  const how = field.rich
    ? 'Hãy chọn đoạn đó rồi bấm nút “Chuyển mã TCVN3/VNI → Unicode” trên thanh công cụ của ô soạn thảo.'
    : 'Hãy sửa lại nội dung ô này bằng chữ Unicode.';
  return `${field.where}: ${what} có vẻ còn ở ${ENCODING_NAME[found.encoding]}, khi in sẽ thành chữ lạ (đúng ra có thể là “${reads}”). ${how}`;
}

export function checkLegacyEncoding(report: Report): Problem[] {
  const groups = new Map<
    string,
    { field: TextField; found: LegacyDetection & { encoding: 'tcvn3' | 'vni' }; count: number }
  >();
  for (const field of reportTextFields(report)) {
    if (field.text.trim() === '') continue;
    const found = detectLegacyEncoding(field.text);
    if (found.encoding === null) continue;
    const group = groups.get(field.key);
    if (group) group.count++;
    else groups.set(field.key, { field, found: { ...found, encoding: found.encoding }, count: 1 });
  }
  return [...groups.entries()].map(([key, { field, found, count }]) => ({
    id: `legacy-encoding-${key}`,
    severity: 'warning',
    message: message(field, found, count),
    stepKey: field.stepKey,
    ...(field.target ? { target: field.target } : {}),
  }));
}
