/**
 * Edits text parts of a packed .docx: unzips it, runs each edit on its part and zips it again with fflate at
 * the DEFLATE level docx itself uses (fflate's default, 6), keeping the order of the parts.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type PartEdits = Readonly<Record<string, (xml: string) => string>>;

export function editPackageParts(docx: Uint8Array, edits: PartEdits): Uint8Array {
  const files = unzipSync(docx);
  for (const [path, edit] of Object.entries(edits)) {
    const data = files[path];
    if (data === undefined)
      throw new Error(`Không tạo được tệp .docx: thiếu phần ${path}. Hãy báo lỗi này cho người phát triển.`);
    files[path] = strToU8(edit(strFromU8(data)));
  }
  return zipSync(files);
}

/** Inserts elements as the last children of the part's root element (e.g. w:footnote entries into w:footnotes). */
export function appendToRoot(xml: string, rootName: string, elements: string): string {
  const end = xml.lastIndexOf(`</${rootName}>`);
  if (end === -1)
    throw new Error(
      `Không tạo được tệp .docx: phần ${rootName} không đúng dạng. Hãy báo lỗi này cho người phát triển.`,
    );
  return xml.slice(0, end) + elements + xml.slice(end);
}
