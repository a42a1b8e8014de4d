/**
 * The body is written as XML text (body-xml.ts) while docx builds the rest of the document. docx gets one
 * placeholder element per piece of body text, `<sbc:part n="0"/>`, and the piece replaces it in docx's
 * word/document.xml. Nothing typed can produce the placeholder: docx escapes every "<" of the text it writes.
 */
import { FileChild, type IXmlableObject } from 'docx';

const PLACEHOLDER = 'sbc:part';
const PLACEHOLDERS = /<sbc:part n="(\d+)"\/>/g;

export class BodyPlaceholder extends FileChild {
  public constructor(private readonly index: number) {
    super(PLACEHOLDER);
  }

  public override prepForXml(): IXmlableObject {
    return { [PLACEHOLDER]: { _attr: { n: this.index } } };
  }
}

/** docx's document.xml with each placeholder replaced by its piece; every piece must be used exactly once. */
export function fillPlaceholders(documentXml: string, pieces: readonly string[]): string {
  const used = new Set<number>();
  const filled = documentXml.replace(PLACEHOLDERS, (_, n: string) => {
    const index = Number(n);
    const piece = pieces[index];
    if (piece === undefined || used.has(index))
      throw new Error(`Không tạo được tệp .docx: phần thân ${index} không khớp. Hãy báo lỗi này cho người phát triển.`);
    used.add(index);
    return piece;
  });
  if (used.size !== pieces.length)
    throw new Error('Không tạo được tệp .docx: thiếu một phần thân văn bản. Hãy báo lỗi này cho người phát triển.');
  return filled;
}
