/**
 * The name the clerk confirmed in a save dialog is written exactly as confirmed, or not at all (M-07): the
 * safe name and the extension are put in the name the dialog *offers* (M-08), and a confirmed name that cannot
 * be written as it is — a character Windows or a FAT USB stick refuses, a reserved device name, no or the
 * wrong extension — comes back with a Vietnamese sentence and a corrected suggestion, so the dialog is shown
 * again instead of the file silently appearing under another name. Only NFC composition is applied: it changes
 * no visible character (the rule for every input path).
 */
import { basename, dirname, join } from 'node:path';
import { safeFileName } from '../../core/text/safe-file-name';

export interface FileKind {
  /** Accepted endings, lower case with their dot: ['.docx'] or ['.json']. */
  endings: readonly string[];
  /** What the dialog offers when the ending is missing, e.g. 'docx' or 'baocao.json'. */
  defaultExtension: string;
  /** "tệp Word (.docx)" — used in the message. */
  label: string;
}

export type NameCheck = { ok: true; path: string } | { ok: false; message: string; suggestedPath: string };

// What Windows refuses in a name, which FAT/exFAT sticks refuse on every system; controls and invisible format
// characters (bidi overrides) too, so a name can never pretend to have another extension.
const REFUSED = /[<>:"/\\|?*\p{Cc}\p{Cf}]/u;
const RESERVED_BASE = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

function shown(char: string): string {
  return /[\p{Cc}\p{Cf}]/u.test(char) ? 'ký tự ẩn' : `ký tự “${char}”`;
}

/** The stem of `name` once `kind`'s ending is taken off (or the whole name when it has none of them). */
function stemOf(name: string, kind: FileKind): string {
  const lower = name.toLowerCase();
  const withDefault = `.${kind.defaultExtension}`;
  if (lower.endsWith(withDefault)) return name.slice(0, -withDefault.length);
  const ending = kind.endings.find((e) => lower.endsWith(e));
  return ending ? name.slice(0, -ending.length) : name;
}

/** Checks the path a save dialog returned; never changes it beyond NFC. */
export function checkConfirmedName(filePath: string, kind: FileKind): NameCheck {
  const path = filePath.normalize('NFC');
  const dir = dirname(path);
  const name = basename(path);
  const stem = stemOf(name, kind);
  const suggestedPath = join(dir, `${safeFileName(stem, '')}.${kind.defaultExtension}`);
  const refuse = (why: string): NameCheck => ({
    ok: false,
    message: `Không lưu được với tên “${name}”: ${why} Hãy đặt lại tên trong hộp thoại (gợi ý: “${basename(suggestedPath)}”).`,
    suggestedPath,
  });

  const bad = REFUSED.exec(name);
  if (bad) return refuse(`tên tệp có ${shown(bad[0])}, Windows và USB không cho phép trong tên tệp.`);
  const base = name.split('.')[0]!.trimEnd();
  if (RESERVED_BASE.test(base))
    return refuse(`“${base}” là tên Windows dành riêng cho thiết bị, không dùng được làm tên tệp.`);
  if (!kind.endings.some((e) => name.toLowerCase().endsWith(e))) {
    return refuse(`tên tệp phải có đuôi ${kind.endings.join(' hoặc ')} để mở lại được như ${kind.label}.`);
  }
  if (stem.trim() === '' || /^[.\s]|[.\s]$/.test(stem)) {
    return refuse(
      'tên tệp không được trống, bắt đầu hay kết thúc bằng dấu chấm hoặc khoảng trắng (Windows sẽ tự đổi tên đó).',
    );
  }
  return { ok: true, path };
}

/**
 * Shows the save dialog until the clerk confirms a name that can be written as is, or cancels. A refused
 * name is explained (`explain`) and offered again in corrected form.
 */
export async function confirmSavePath<O extends { defaultPath: string }>(
  show: (options: O) => Promise<{ canceled: boolean; filePath?: string | undefined }>,
  options: O,
  kind: FileKind,
  explain: (message: string) => Promise<void>,
): Promise<string | null> {
  let offer = options;
  for (;;) {
    const choice = await show(offer);
    if (choice.canceled || !choice.filePath) return null;
    const checked = checkConfirmedName(choice.filePath, kind);
    if (checked.ok) return checked.path;
    await explain(checked.message);
    offer = { ...options, defaultPath: checked.suggestedPath };
  }
}
