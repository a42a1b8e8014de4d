/**
 * Recognises the files an office is likely to pick instead of a .docx — the old Word 97–2003 .doc (an OLE
 * compound file), an OpenDocument .odt, a PDF, an RTF — so the user is told how to save it as .docx instead of
 * being shown a parser error.
 */

const SAVE_AS_DOCX =
  'Hãy mở tệp bằng Word, chọn Tệp > Lưu thành > Word Document (.docx); hoặc trong LibreOffice chọn Tệp > Lưu thành, kiểu tệp “Word 2007-365 (.docx)”, rồi mở lại tệp .docx đó.';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  let out = '';
  for (let i = offset; i < Math.min(bytes.length, offset + length); i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * A Vietnamese message for a file that is not a .docx this app can open, or null when the bytes look like a
 * zip (a .docx is checked further by importDocx). `name` is only used for its extension.
 */
export function describeUnsupportedFile(bytes: Uint8Array, name: string): string | null {
  const lower = name.toLowerCase();
  if (startsWith(bytes, OLE)) {
    return `Tệp “${name}” là văn bản Word 97–2003 (.doc) hoặc tệp Office đời cũ, ứng dụng chỉ mở được tệp .docx. ${SAVE_AS_DOCX}`;
  }
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument package stores its type uncompressed as the first entry, "mimetype", at offset 30.
    if (asciiAt(bytes, 30, 8) === 'mimetype') {
      const mime = asciiAt(bytes, 38, 60);
      if (mime.startsWith('application/vnd.oasis.opendocument')) {
        return `Tệp “${name}” là văn bản OpenDocument (.odt), ứng dụng chỉ mở được tệp .docx. ${SAVE_AS_DOCX}`;
      }
    }
    return null;
  }
  if (asciiAt(bytes, 0, 5) === '%PDF-') {
    return `Tệp “${name}” là tệp PDF, không sửa được thành bản nháp. Hãy mở tệp Word (.docx) gốc của báo cáo.`;
  }
  if (asciiAt(bytes, 0, 5) === '{\\rtf') {
    return `Tệp “${name}” là tệp RTF, ứng dụng chỉ mở được tệp .docx. ${SAVE_AS_DOCX}`;
  }
  if (lower.endsWith('.doc')) return `Tệp “${name}” không phải tệp .docx. ${SAVE_AS_DOCX}`;
  if (lower.endsWith('.odt') || lower.endsWith('.fodt')) {
    return `Tệp “${name}” là văn bản OpenDocument, ứng dụng chỉ mở được tệp .docx. ${SAVE_AS_DOCX}`;
  }
  return `Tệp “${name}” không phải tệp Word (.docx): nội dung không phải một gói .docx. Hãy chọn đúng tệp báo cáo .docx; nếu tệp là định dạng khác, ${SAVE_AS_DOCX.charAt(0).toLowerCase()}${SAVE_AS_DOCX.slice(1)}`;
}
