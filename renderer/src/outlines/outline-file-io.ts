/**
 * "Xuất tệp đề cương" / "Nhập tệp đề cương" (.decuong.json), the same in both builds: the page makes the file
 * itself (a download: the browser's Tải về folder, or the desktop app's save dialog, which lets the page's own
 * blob downloads through) and reads a picked file with the core parser. The file is small and holds no draft,
 * so it needs neither the journal nor main's draft-file channels.
 */
import {
  OUTLINE_FILE_EXTENSION,
  OUTLINE_FILE_MAX_BYTES,
  OUTLINE_FILE_MESSAGES,
  readOutlineFileBytes,
  serializeOutlineFile,
  type OutlineFileResult,
} from '../../../core/templates/outline-file';
import { isLocalOutlineId, newLocalOutlineId } from '../../../core/templates/local-outline-id';
import type { Template } from '../../../core/templates/template-schema';
import { safeFileName } from '../../../core/text/safe-file-name';

export function outlineFileName(template: Pick<Template, 'name'>): string {
  return safeFileName(template.name.trim() || 'de-cuong', 'docx').replace(/\.docx$/, OUTLINE_FILE_EXTENSION);
}

export function downloadOutlineFile(template: Template): string {
  const text = serializeOutlineFile(template, new Date().toISOString());
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = outlineFileName(template);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return a.download;
}

/** The size is checked before a single byte is read, so a huge file picked by mistake costs nothing. */
export async function readOutlineFile(file: File): Promise<OutlineFileResult> {
  if (file.size > OUTLINE_FILE_MAX_BYTES)
    return { ok: false, message: OUTLINE_FILE_MESSAGES.tooLarge(OUTLINE_FILE_MAX_BYTES) };
  return readOutlineFileBytes(new Uint8Array(await file.arrayBuffer()));
}

export const newOutlineId = () => newLocalOutlineId(() => crypto.randomUUID());

/**
 * What importing `template` means here: a file always becomes a local outline, so an id outside the local
 * namespace (a hand-made file naming a built-in outline) gets a fresh one; an id an outline on this machine
 * already has needs the clerk's choice (see `keepBoth`).
 */
export function importPlan(
  template: Template,
  localIds: ReadonlySet<string>,
): { kind: 'new'; template: Template } | { kind: 'collision'; template: Template } {
  if (!isLocalOutlineId(template.id)) return { kind: 'new', template: { ...template, id: newOutlineId() } };
  return localIds.has(template.id) ? { kind: 'collision', template } : { kind: 'new', template };
}

/** "Giữ cả hai": the imported outline under a new id and a name that tells the two apart. */
export function keepBoth(template: Template): Template {
  return { ...template, id: newOutlineId(), name: `${template.name} (bản nhập)` };
}
