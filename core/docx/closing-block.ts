/**
 * The closing block (SPEC §8): a borderless 1×2 table. Left: "Nơi nhận:" and the recipients, each written
 * "- …," and the last "- ….". Right: authority, title, room for signature and seal, name. The row cannot
 * split, so the block stays on one page.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Signature } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { layoutTable } from './layout-table';
import { twoColumns } from './page-setup';
import { compactFormat } from './paragraph-formats';
import { runFormat, styledRuns } from './run-style';
import { bareRecipient } from '../text/recipient-line';

export { bareRecipient };

/** The recipient lines as printed: "- Thường trực Tỉnh ủy," … "- Lưu.". Empty entries are dropped. */
export function recipientLines(recipients: readonly string[], ruleSet: RuleSet): string[] {
  const c = ruleSet.closing;
  const bare = recipients.map(bareRecipient).filter((r) => r !== '');
  return bare.map((r, i) => `- ${r}${i === bare.length - 1 ? c.recipientTerminator : c.recipientSeparator}`);
}

export function closingBlock(recipients: readonly string[], signature: Signature, ruleSet: RuleSet): Table {
  const c = ruleSet.closing;
  const spaceBefore = ruleSet.body.spaceBeforePt;
  const lines = recipientLines(recipients, ruleSet);
  const left: Paragraph[] = lines.length
    ? [
        new Paragraph({
          ...compactFormat(AlignmentType.LEFT, spaceBefore),
          children: styledRuns(c.recipientsLabel, c.recipientsLabelStyle),
        }),
        ...lines.map(
          (line) =>
            new Paragraph({ ...compactFormat(AlignmentType.LEFT), children: styledRuns(line, c.recipientStyle) }),
        ),
      ]
    : [new Paragraph({})];

  const centred = (text: string, style: Parameters<typeof styledRuns>[1], before = 0) =>
    new Paragraph({ ...compactFormat(AlignmentType.CENTER, before), children: styledRuns(text, style) });
  const signatureLines = [
    ...(signature.authority.trim() ? [{ text: signature.authority, style: c.authorityStyle }] : []),
    ...(signature.title.trim() ? [{ text: signature.title, style: c.titleStyle }] : []),
  ];
  const right: Paragraph[] = [
    ...signatureLines.map((l, i) => centred(l.text, l.style, i === 0 ? spaceBefore : 0)),
    // Empty lines at the name's size leave room for the signature and the seal.
    ...Array.from(
      { length: c.signatureSpaceLines },
      () => new Paragraph({ ...compactFormat(AlignmentType.CENTER), run: runFormat(c.nameStyle) }),
    ),
    centred(signature.name, c.nameStyle),
  ];

  return layoutTable(twoColumns(ruleSet, c.leftColumnMm), [[left, right]], { cantSplit: true });
}
