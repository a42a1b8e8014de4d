/**
 * The block after the body: "Nơi nhận:" with its "- …" lines (stored bare, the rule-set adds "- " and the
 * punctuation) and the signature (authority, title, name), usually side by side in a borderless table,
 * sometimes as plain paragraphs.
 */
import type { Signature } from '../model/report-schema';
import { bareRecipient } from '../text/recipient-line';
import { foldText } from '../text/fold-text';
import type { DocItem, DocParagraph, DocTable } from './docx-document';
import { plainText } from './inline-tools';

// Only the start is folded: paragraphs can be long, and this runs on every one of them.
const isRecipientsLabel = (text: string) => foldText(text.slice(0, 16)).startsWith('noi nhan');
const AUTHORITY = /^(T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|TUQ\.?|Q\.)\s/iu;

const paragraphText = (p: DocParagraph) =>
  plainText(p.inlines)
    .replace(/[ \t]+/g, ' ')
    .trim();

export function cellTexts(t: DocTable): string[][] {
  return t.rows.flatMap((r) => r.cells.map((c) => c.paragraphs.map(paragraphText)));
}

/** Is items[index] where the end block (Nơi nhận and signature) starts? */
export function isEndBlockStart(items: readonly DocItem[], index: number): boolean {
  const item = items[index];
  if (!item) return false;
  if (item.kind === 'p') return isRecipientsLabel(paragraphText(item));
  if (!item.borderless) return false;
  const cells = cellTexts(item);
  if (cells.some((c) => c.some((t) => isRecipientsLabel(t)))) return true;
  // No recipients: the writer leaves the left cell empty; a borderless two-cell table closing the document.
  const rest = items.slice(index + 1).filter((x) => !(x.kind === 'p' && paragraphText(x) === ''));
  const last = rest.length === 0 || (rest[0]?.kind === 'p' && rest[0].pageBreakBefore);
  return (
    last &&
    item.rows.length === 1 &&
    cells.length === 2 &&
    (cells[0] ?? []).every((t) => t === '') &&
    (cells[1] ?? []).some((t) => t !== '')
  );
}

export function recipientsFrom(lines: readonly string[]): string[] {
  const out: string[] = [];
  let afterLabel = false;
  for (const raw of lines) {
    for (let line of raw.split('\n')) {
      line = line.trim();
      if (!afterLabel && isRecipientsLabel(line)) {
        afterLabel = true;
        line = line.replace(/^[^:]*:?/u, '').trim();
      }
      const bare = bareRecipient(line);
      if (bare) out.push(bare);
    }
  }
  return out;
}

/** Authority, title and name from the signature lines (paragraphs; "\n" inside one is kept). */
export function signatureFrom(paragraphs: readonly string[]): { signature: Signature; dropped: string[] } {
  const dropped: string[] = [];
  const lines = paragraphs.filter((t) => {
    if (t === '') return false;
    // "(Đã ký)", "(Ký, đóng dấu)": printed notes, not part of the signer.
    if (/^\(.*\)$/su.test(t)) {
      dropped.push(t);
      return false;
    }
    return true;
  });
  const signature: Signature = { authority: '', title: '', name: '' };
  if (lines.length === 0) return { signature, dropped };
  signature.name = (lines.pop() ?? '').replace(/\n/g, ' ');
  if (lines.length === 1 && AUTHORITY.test(lines[0] ?? '') && /^(T\/M|TM)/iu.test(lines[0] ?? ''))
    signature.authority = lines[0] ?? '';
  else if (lines.length >= 2 && AUTHORITY.test(lines[0] ?? '')) {
    signature.authority = lines[0] ?? '';
    signature.title = lines.slice(1).join('\n');
  } else signature.title = lines.join('\n');
  return { signature, dropped };
}

export interface EndBlock {
  recipients: string[];
  signature: Signature;
  dropped: string[];
}

/** Reads the end block from items[start] up to (not including) items[end]. */
export function readEndBlock(items: readonly DocItem[], start: number, end: number): EndBlock {
  const recipientLines: string[] = [];
  const signatureLines: string[] = [];
  let inRecipients = false;
  for (let i = start; i < end; i++) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === 'table') {
      for (const row of item.rows) {
        for (const cell of row.cells) {
          const texts = cell.paragraphs.map(paragraphText);
          if (texts.some((t) => isRecipientsLabel(t))) recipientLines.push(...texts);
          else signatureLines.push(...texts.filter((t) => t !== '' || signatureLines.length > 0));
        }
      }
      continue;
    }
    const text = paragraphText(item);
    if (isRecipientsLabel(text)) {
      inRecipients = true;
      recipientLines.push(text);
    } else if (
      inRecipients &&
      (/^[-–—+•]/u.test(text) ||
        (item.align !== 'center' &&
          item.align !== 'right' &&
          text !== '' &&
          signatureLines.length === 0 &&
          !AUTHORITY.test(text)))
    ) {
      recipientLines.push(text);
    } else {
      if (text !== '') inRecipients = false;
      signatureLines.push(text);
    }
  }
  const { signature, dropped } = signatureFrom(signatureLines);
  return { recipients: recipientsFrom(recipientLines), signature, dropped };
}
