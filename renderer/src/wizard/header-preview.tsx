/** The first-page header as it will print (SPEC §3), so the clerk sees the effect of each field at once. */
import { Box, Paper, Typography } from '@mui/material';
import { documentNumberLine } from '../../../core/docx/document-number';
import type { ReportHeader, RuleSetId } from '../../../core/model/report-schema';
import { ruleSetForDisplay } from '../../../core/rules/rule-set-registry';
import { headerDateLine, parseIsoDate } from '../../../core/text/date-line';
import { DOCUMENT_FONT } from '../app/theme';
import { useRuleSetRegistry } from '../template-packs/template-registry';

export function HeaderPreview({ header, ruleSetId }: { header: ReportHeader; ruleSetId: RuleSetId }) {
  const rules = ruleSetForDisplay(useRuleSetRegistry(), { ruleSet: ruleSetId, header }).ruleSet;
  const h = rules.header;
  const line = (text: string, sx: object = {}, key?: number) => (
    <Typography key={key} sx={{ fontFamily: DOCUMENT_FONT, fontSize: 15, lineHeight: 1.35, textAlign: 'center', whiteSpace: 'pre', ...sx }}>{text || '\u00a0'}</Typography>
  );
  const mark = h.issuerMark;
  return (
    <Paper variant="outlined" data-testid="header-preview" aria-label="Xem trước phần đầu văn bản" sx={{ p: 2, bgcolor: '#fffef9' }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '45% 55%', columnGap: 2 }}>
        <Box>
          {line(header.parentOrg.toLocaleUpperCase('vi'))}
          {line(header.issuer.toLocaleUpperCase('vi'), { fontWeight: 700 })}
          {mark.kind === 'text' && line(mark.text)}
          {mark.kind === 'rule' && <Box sx={{ mx: 'auto', my: 0.5, width: `${mark.widthFraction * 100}%`, borderTop: '1px solid currentColor' }} />}
          {line(documentNumberLine(header, rules), { mt: 0.5 })}
        </Box>
        <Box>
          {h.nationalHeading.map((n, i) =>
            line(n.style.upperCase ? n.text.toLocaleUpperCase('vi') : n.text, { fontWeight: n.style.bold ? 700 : 400, fontSize: 16, textDecoration: n.rule ? 'underline' : 'none', textUnderlineOffset: 4 }, i),
          )}
          {line(headerDateLine(header.place, parseIsoDate(header.date)), { fontStyle: 'italic', mt: 2 })}
        </Box>
      </Box>
    </Paper>
  );
}
