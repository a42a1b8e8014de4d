/**
 * Light body elements whose w:pPr / w:rPr / w:tcPr are shared with every other element of the same format.
 *
 * Why: a 100-page report has ~2 800 paragraphs and ~3 700 runs but only a handful of distinct formats, and
 * docx builds and serialises a property tree per element (most of the export time, with the garbage it leaves).
 * Here each distinct format is made by docx itself, once per export, and its XML reused; runs and paragraphs
 * are plain `w:r` / `w:p` components holding it. The XML written is byte for byte what docx's own Paragraph and
 * TextRun write for the same options (the export tests compare the XML).
 */
import {
  FileChild, ParagraphProperties, RunProperties, Tab, TableCell, XmlComponent,
  type IContext, type IParagraphOptions, type IRunOptions, type ITableCellOptions, type IXmlableObject,
} from 'docx';
import { cleanText } from '../text/clean-text';

/** Writes the XML its inner component gave the first time, every time (the inner one depends on options only). */
class MemoizedXml extends XmlComponent {
  private written: { xml: IXmlableObject | undefined } | undefined;

  public constructor(private readonly inner: XmlComponent) {
    super('memoized');
  }

  public override prepForXml(context: IContext): IXmlableObject | undefined {
    this.written ??= { xml: this.inner.prepForXml(context) };
    return this.written.xml;
  }
}

/** The shared property components of one export, by format: one per `buildDocument` call. */
export class SharedProperties {
  private readonly byKey = new Map<string, MemoizedXml>();

  /** The shared component for `key`, made from `properties` the first time the key is seen. */
  public shared(key: string, properties: () => XmlComponent): MemoizedXml {
    let found = this.byKey.get(key);
    if (found === undefined) {
      found = new MemoizedXml(properties());
      this.byKey.set(key, found);
    }
    return found;
  }
}

/** `w:t` as docx's TextRun writes a string child: spaces preserved. */
class PreservedText extends XmlComponent {
  public constructor(private readonly text: string) {
    super('w:t');
  }

  public override prepForXml(): IXmlableObject {
    return { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, this.text] };
  }
}

/** `w:br`, as docx writes a run's `break`. */
class LineBreak extends XmlComponent {
  public constructor() {
    super('w:br');
  }

  public override prepForXml(): IXmlableObject {
    return { 'w:br': {} };
  }
}

/** A `w:r` whose w:rPr is shared; children in docx's order: properties, break, then text and tabs. */
export class SharedFormatRun extends XmlComponent {
  public constructor(properties: XmlComponent, lineBreak: boolean, children: readonly (string | Tab)[]) {
    super('w:r');
    this.root.push(properties);
    if (lineBreak) this.root.push(new LineBreak());
    for (const child of children) this.root.push(typeof child === 'string' ? new PreservedText(child) : child);
  }
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Runs for one piece of text with the given formatting (as `textRuns` in text-runs.ts, same XML): empty text
 * gives no run; line breaks become w:br and tabs w:tab. Unlike docx's TextRun, a piece of text that reads
 * exactly "CURRENT" or "TOTAL_PAGES" stays text instead of turning into a page-number field.
 */
export function sharedTextRuns(text: string, format: IRunOptions, shared: SharedProperties): SharedFormatRun[] {
  const clean = cleanText(text);
  if (clean === '') return [];
  const properties = shared.shared(`r${JSON.stringify(format)}`, () => new RunProperties(format));
  return clean.split(LINE_BREAK).map((line, i) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    return new SharedFormatRun(properties, i > 0, children);
  });
}

/** Paragraph options without the content: what w:pPr is made of. */
export type ParagraphFormat = Omit<IParagraphOptions, 'children' | 'text'>;

/** A body `w:p` whose w:pPr is shared with every paragraph of the same format. */
export class SharedFormatParagraph extends FileChild {
  public constructor(shared: SharedProperties, format: ParagraphFormat, children: readonly XmlComponent[]) {
    super('w:p');
    this.root.push(shared.shared(`p${JSON.stringify(format)}`, () => new ParagraphProperties(format)), ...children);
  }
}

/** A table cell whose w:tcPr is shared with every cell of the same width and span (its width is its own, so docx never changes it). */
export class SharedFormatCell extends TableCell {
  public constructor(shared: SharedProperties, format: Omit<ITableCellOptions, 'children'>, children: ITableCellOptions['children']) {
    super({ ...format, children });
    this.root[0] = shared.shared(`c${JSON.stringify(format)}`, () => this.root[0] as XmlComponent);
  }
}
