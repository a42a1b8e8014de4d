/**
 * The reports this office has received, by outline and period (read-only): each unit's latest version, who
 * on the office's list has not sent one yet ("Chưa nộp", downloadable as CSV for the reminder round), and
 * "Tổng hợp" over the group.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { missingUnitsCsv, submissionRoster } from '../../../core/submission/submission-roster';
import { safeFileName } from '../../../core/text/safe-file-name';
import { identityOf, type ReceivedReport } from './received-report';
import type { ReceivedGroup } from './received-store';
import { viDate } from './incoming-bundles';

function downloadCsv(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReceivedGroupCard({
  group,
  expectedUnits,
  outlineTitle,
  onCompile,
  onView,
}: {
  group: ReceivedGroup;
  expectedUnits: readonly string[];
  outlineTitle: string;
  onCompile: (group: ReceivedGroup) => void;
  onView: (report: ReceivedReport) => void;
}) {
  const roster = submissionRoster(expectedUnits, group.all.map(identityOf), group.templateId, group.periodKey);
  const heading = `${outlineTitle} — ${group.periodLabel}`;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={heading}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="h6" component="h3" sx={{ flexGrow: 1 }}>
          {heading}
        </Typography>
        <Button variant="contained" onClick={() => onCompile(group)}>
          Tổng hợp
        </Button>
      </Stack>
      <List dense aria-label={`Báo cáo đã nhận ${group.periodLabel}`}>
        {group.latest.map((r) => {
          const versions = group.all.filter((v) => v.unitKey === r.unitKey).length;
          return (
            <ListItem key={r.id}>
              <ListItemText
                primary={r.unit}
                secondary={[r.symbol || 'chưa có số', viDate(r.date), r.title].join(' · ')}
              />
              {versions > 1 && <Chip size="small" label={`${versions} phiên bản`} />}
              <Button size="small" sx={{ ml: 1 }} onClick={() => onView(r)} aria-label={`Xem báo cáo của ${r.unit}`}>
                Xem
              </Button>
            </ListItem>
          );
        })}
      </List>
      {expectedUnits.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Để biết đơn vị nào chưa nộp, hãy ghi danh sách đơn vị cấp dưới trong Hồ sơ cơ quan.
        </Typography>
      ) : (
        <Box component="section" aria-label="Chưa nộp">
          <Typography variant="subtitle2">
            Chưa nộp: {roster.missing.length} / {roster.submitted.length + roster.missing.length} đơn vị
          </Typography>
          {roster.missing.length === 0 ? (
            <Alert severity="success">Tất cả đơn vị trong danh sách đã nộp báo cáo kỳ này.</Alert>
          ) : (
            <>
              <List dense aria-label="Đơn vị chưa nộp">
                {roster.missing.map((line) => (
                  <ListItem key={line.unit}>
                    <ListItemText primary={line.unit} />
                  </ListItem>
                ))}
              </List>
              <Button
                onClick={() =>
                  downloadCsv(
                    missingUnitsCsv(roster, group.periodLabel),
                    safeFileName(`Đơn vị chưa nộp ${group.periodLabel}`, 'csv'),
                  )
                }
              >
                Tải danh sách (CSV)
              </Button>
            </>
          )}
          {roster.unlisted.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              Đã nộp nhưng không có trong danh sách đơn vị: {roster.unlisted.join(', ')}.
            </Typography>
          )}
        </Box>
      )}
    </Paper>
  );
}
