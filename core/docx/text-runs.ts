/**
 * Text → docx runs. Text is cleaned again here (NFC, no XML-invalid characters) because a Report built in
 * code never went through the schema; line breaks become w:br and tabs w:tab so nothing is lost.
 */
import { Tab, TextRun, UnderlineType, type IRunOptions } from 'docx';
import { cleanText } from '../text/clean-text';

const LINE_BREAK = /\r\n|\r|\n/;

/** Runs for one piece of text with the given formatting; empty text gives no run at all. */
export function textRuns(text: string, format: IRunOptions = {}): TextRun[] {
  const clean = cleanText(text);
  if (clean === '') return [];
  return clean.split(LINE_BREAK).map((line, i) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    return new TextRun({ ...format, ...(i > 0 ? { break: 1 } : {}), children });
  });
}

/** Bold/italic/underline flags as run options, written only when on (keeps the XML small). */
export function emphasisFormat(flags: {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
}): IRunOptions {
  return {
    ...(flags.bold ? { bold: true } : {}),
    ...(flags.italic ? { italics: true } : {}),
    ...(flags.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}
