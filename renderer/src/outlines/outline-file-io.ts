/**
 * "Xuất tệp đề cương" / "Nhập tệp đề cương" (.decuong.json). The page makes the file's text and reads a picked
 * file with the core parser in both builds. Saving differs: the desktop app asks main, which shows the save
 * dialog and writes atomically, reading the file back before it says "saved" (a USB stick pulled mid-write
 * must not leave half an outline); the browser build downloads it into the Tải về folder. The file holds no
 * draft, so it needs no journal.
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

export type OutlineExport =
  | { status: 'downloaded'; name: string }
  | { status: 'saved'; filePath: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/** Saves the outline as a file: main's dialog and verified write in the desktop app, a download otherwise. */
export async function exportOutlineFile(template: Template): Promise<OutlineExport> {
  const text = serializeOutlineFile(template, new Date().toISOString());
  const desktop = window.soanBaoCao;
  if (!desktop) return { status: 'downloaded', name: downloadOutlineText(text, outlineFileName(template)) };
  try {
    const result = await desktop.outlineFileSave({ text, suggestedName: outlineFileName(template) });
    return result.status === 'saved' ? { status: 'saved', filePath: result.filePath } : result;
  } catch {
    return { status: 'error', message: OUTLINE_EXPORT_FAILED };
  }
}

const OUTLINE_EXPORT_FAILED =
  'Không lưu được tệp đề cương vì ứng dụng không trả lời. Đề cương vẫn còn nguyên trong máy; hãy thử lại.';

/** What the clerk is told after an export, or null when there is nothing to say (cancelled). */
export function outlineExportNotice(result: OutlineExport): string | null {
  switch (result.status) {
    case 'downloaded':
      return `Đã xuất tệp “${result.name}” vào thư mục Tải về.`;
    case 'saved':
      return `Đã lưu tệp đề cương: ${result.filePath}`;
    case 'canceled':
      return null;
    case 'error':
      return result.message;
  }
}

function downloadOutlineText(text: string, name: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
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
