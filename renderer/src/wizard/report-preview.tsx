/**
 * A readable preview of the whole report built from the model with React elements (never raw HTML): header,
 * headings with computed markers, footnotes numbered in reading order and listed at the end, Nơi nhận and
 * signature. Close to print, not a page-exact rendering; the DOCX is the document of record.
 */
import { Fragment, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { siblingNumbering, type MarkerContext } from '../../../core/model/markers';
import type { Block, Inline, PlainParagraph, Report, Section, TextRun } from '../../../core/model/report-schema';
import { appendixAttachedLine, appendixLabel } from '../../../core/model/appendix-attached-line';
import { ruleSetForDisplay } from '../../../core/rules/rule-set-registry';
import { DOCUMENT_FONT } from '../app/theme';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { HeaderPreview } from './header-preview';

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text;
  if (run.underline) node = <u>{node}</u>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  return <>{node}</>;
}

/** Collects footnotes in reading order as the preview renders, so the numbers match the DOCX. */
class FootnoteCollector {
  readonly notes: PlainParagraph[][] = [];
  add(paragraphs: PlainParagraph[]): number {
    this.notes.push(paragraphs);
    return this.notes.length;
  }
}

function inlines(content: readonly Inline[], notes: FootnoteCollector): ReactNode {
  return content.map((inline, i) =>
    inline.type === 'text' ? (
      <Run key={i} run={inline} />
    ) : inline.type === 'break' ? (
      <br key={i} />
    ) : (
      <sup key={i} className="footnote-ref">
        {notes.add(inline.paragraphs)}
      </sup>
    ),
  );
}

const bodyP = { textAlign: 'justify' as const, textIndent: '28px', m: 0, mb: 0.75 };

function blocks(list: readonly Block[], notes: FootnoteCollector): ReactNode {
  let numbered = 0;
  return list.map((b, i) => {
    switch (b.type) {
      case 'paragraph':
        return (
          <Box component="p" key={i} sx={bodyP}>
            {inlines(b.content, notes)}
          </Box>
        );
      case 'dash':
        return (
          <Box component="p" key={i} sx={bodyP}>
            {b.level === 2 ? '+ ' : '- '}
            {inlines(b.content, notes)}
          </Box>
        );
      case 'numbered':
        numbered++;
        return (
          <Box component="p" key={i} sx={bodyP}>
            {`${numbered}. `}
            {inlines(b.content, notes)}
          </Box>
        );
      case 'table':
        // The model lists cells as HTML does (a row holds the cells that start in it), so spans carry over as they are.
        return (
          <Fragment key={i}>
            {b.caption && (
              <Box component="p" sx={{ textAlign: 'center', fontWeight: 700, m: 0, mt: 1 }}>
                {b.caption}
              </Box>
            )}
            {b.unit && (
              <Box component="p" sx={{ textAlign: 'right', fontStyle: 'italic', m: 0 }}>
                {b.unit}
              </Box>
            )}
            <table>
              <tbody>
                {b.rows.map((row, r) => (
                  <tr key={r} style={row.total ? { fontWeight: 700 } : undefined}>
                    {row.cells.map((cell, c) => {
                      const Cell = r < b.headerRows ? 'th' : 'td';
                      return (
                        <Cell
                          key={c}
                          colSpan={cell.colSpan}
                          rowSpan={cell.rowSpan}
                          style={cell.align ? { textAlign: cell.align } : undefined}
                        >
                          {cell.paragraphs.map((p, k) => (
                            <p key={k}>{inlines(p.content, notes)}</p>
                          ))}
                        </Cell>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </Fragment>
        );
    }
  });
}

const HEADING_SX = [
  {},
  { fontWeight: 700, textTransform: 'uppercase' as const },
  { fontWeight: 700 },
  { fontWeight: 700, fontStyle: 'italic' },
  { fontStyle: 'italic' },
];

/** Headings numbered and styled by their printed level, as the DOCX writer does ("a)" may sit under "1."). */
function sections(list: readonly Section[], context: MarkerContext, notes: FootnoteCollector): ReactNode {
  const numbering = siblingNumbering(list, context);
  return list.map((s, i) => {
    const { level, marker, children } = numbering[i]!;
    return (
      <Fragment key={s.id}>
        <Box component="p" sx={{ ...bodyP, textAlign: 'left', mt: 1, ...HEADING_SX[level] }}>
          {marker}{' '}
          {s.heading || (
            <Box component="span" sx={{ color: 'error.main' }}>
              (chưa có tiêu đề)
            </Box>
          )}
        </Box>
        {blocks(s.blocks, notes)}
        {sections(s.children, children, notes)}
      </Fragment>
    );
  });
}

export function ReportPreview({ report }: { report: Report }) {
  const ruleSet = ruleSetForDisplay(useRuleSetRegistry(), report).ruleSet;
  const rules = ruleSet.closing;
  const notes = new FootnoteCollector();
  const body = (
    <>
      {blocks(report.opening, notes)}
      {sections(report.sections, { parentLevel: 0 }, notes)}
      {blocks(report.closing, notes)}
    </>
  );
  const appendices = report.appendices ?? [];
  const generatedLine = appendices.length ? appendixAttachedLine(report, ruleSet) : '';
  // After the signature, as printed; rendered here so their footnotes are numbered after the body's.
  const appendixParts = appendices.map((a, i) => (
    <Box
      key={a.id}
      component="section"
      aria-label={appendixLabel(i, appendices.length)}
      sx={{ mt: 4, pt: 2, borderTop: '1px dashed', borderColor: 'divider' }}
    >
      <Box sx={{ textAlign: 'center', mb: 2 }}>
        <Typography sx={{ fontFamily: 'inherit', fontWeight: 700 }}>{appendixLabel(i, appendices.length)}</Typography>
        <Typography sx={{ fontFamily: 'inherit', fontWeight: 700, whiteSpace: 'pre-line' }}>
          {a.title.toLocaleUpperCase('vi')}
        </Typography>
        <Typography sx={{ fontFamily: 'inherit', fontStyle: 'italic' }}>{a.attachedLine ?? generatedLine}</Typography>
        {a.orientation === 'landscape' && (
          <Typography variant="caption" color="text.secondary">
            (in trang ngang)
          </Typography>
        )}
      </Box>
      {blocks(a.blocks, notes)}
    </Box>
  ));
  const last = report.recipients.length - 1;
  return (
    <Box
      className="doc-preview"
      data-testid="report-preview"
      sx={{ fontFamily: DOCUMENT_FONT, fontSize: 17, lineHeight: 1.5, color: '#1d2733' }}
    >
      <HeaderPreview header={report.header} ruleSetId={report.ruleSet} />
      <Box sx={{ textAlign: 'center', mt: 3, mb: 2 }}>
        <Typography sx={{ fontFamily: 'inherit', fontWeight: 700, fontSize: 19 }}>
          {report.docType.toLocaleUpperCase('vi')}
        </Typography>
        <Typography sx={{ fontFamily: 'inherit', fontWeight: 700, fontSize: 17, px: 4, whiteSpace: 'pre-line' }}>
          {report.title}
        </Typography>
        <Typography sx={{ fontFamily: 'inherit' }}>-----</Typography>
      </Box>
      {body}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', mt: 3, gap: 2 }}>
        <Box>
          <Typography sx={{ fontFamily: 'inherit', textDecoration: 'underline', fontSize: 16 }}>
            {rules.recipientsLabel}
          </Typography>
          {report.recipients.map((r, i) => (
            <Typography key={i} sx={{ fontFamily: 'inherit', fontSize: 14 }}>
              - {r}
              {i === last ? rules.recipientTerminator : rules.recipientSeparator}
            </Typography>
          ))}
        </Box>
        <Box sx={{ textAlign: 'center' }}>
          <Typography sx={{ fontFamily: 'inherit', fontWeight: 700, whiteSpace: 'pre-line' }}>
            {report.signature.authority.toLocaleUpperCase('vi')}
          </Typography>
          <Typography sx={{ fontFamily: 'inherit', fontWeight: 700, whiteSpace: 'pre-line' }}>
            {report.signature.title.toLocaleUpperCase('vi')}
          </Typography>
          <Box sx={{ height: 72 }} />
          <Typography sx={{ fontFamily: 'inherit', fontWeight: 700 }}>{report.signature.name}</Typography>
        </Box>
      </Box>
      {appendixParts}
      {notes.notes.length > 0 && (
        <Box
          component="footer"
          aria-label="Chú thích cuối trang"
          data-testid="preview-footnotes"
          sx={{ mt: 3, pt: 1, borderTop: 1, borderColor: 'divider', fontSize: 14 }}
        >
          {notes.notes.map((paragraphs, i) => (
            <Box key={i} sx={{ display: 'flex', gap: 1, mb: 0.5 }}>
              <sup>{i + 1}</sup>
              <Box>
                {paragraphs.map((p, k) => (
                  <Box component="p" key={k} sx={{ m: 0 }}>
                    {inlines(p.content, notes)}
                  </Box>
                ))}
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
