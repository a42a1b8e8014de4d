/** The first-page header as it will print (SPEC §3), so the clerk sees the effect of each field at once. */
import type { CSSProperties } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { documentNumberLine } from '../../../core/docx/document-number';
import type { ReportHeader, RuleSetId } from '../../../core/model/report-schema';
import { ruleSetForDisplay } from '../../../core/rules/rule-set-registry';
import { headerDateLine, parseIsoDate } from '../../../core/text/date-line';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import './wizard-layout.css';

export function HeaderPreview({ header, ruleSetId }: { header: ReportHeader; ruleSetId: RuleSetId }) {
  const rules = ruleSetForDisplay(useRuleSetRegistry(), { ruleSet: ruleSetId, header }).ruleSet;
  const h = rules.header;
  // Class + inline style rather than `sx`: nothing for MUI to resolve against the theme on each render.
  const line = (text: string, style: CSSProperties = {}, key?: number) => (
    <Typography key={key} className="hp-line" style={style}>
      {text || '\u00a0'}
    </Typography>
  );
  const mark = h.issuerMark;
  return (
    <Paper variant="outlined" data-testid="header-preview" aria-label="Xem trước phần đầu văn bản" className="hp">
      <Box className="hp-columns">
        <Box>
          {line(header.parentOrg.toLocaleUpperCase('vi'))}
          {line(header.issuer.toLocaleUpperCase('vi'), { fontWeight: 700 })}
          {mark.kind === 'text' && line(mark.text)}
          {mark.kind === 'rule' && <Box className="hp-rule" style={{ width: `${mark.widthFraction * 100}%` }} />}
          {line(documentNumberLine(header, rules), { marginTop: 4 })}
        </Box>
        <Box>
          {h.nationalHeading.map((n, i) =>
            line(
              n.style.upperCase ? n.text.toLocaleUpperCase('vi') : n.text,
              {
                fontWeight: n.style.bold ? 700 : 400,
                fontSize: 16,
                textDecoration: n.rule ? 'underline' : 'none',
                textUnderlineOffset: 4,
              },
              i,
            ),
          )}
          {line(headerDateLine(header.place, parseIsoDate(header.date)), { fontStyle: 'italic', marginTop: 16 })}
        </Box>
      </Box>
    </Paper>
  );
}
