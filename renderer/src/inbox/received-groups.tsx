/**
 * The reports this office has received, by outline and period (read-only): each unit's latest version, who
 * on the office's list has not sent one yet ("Chưa nộp", downloadable as CSV or as a Word list for the reminder
 * round), and "Tổng hợp" over the reports the clerk ticks (all by default; a unit received later is ticked).
 */
import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { missingUnitsCsv, submissionRoster } from '../../../core/submission/submission-roster';
import { safeFileName } from '../../../core/text/safe-file-name';
import type { ExportOutcome } from '../export/export-report';
import type { OrgProfile } from '../profiles/org-profile';
import { exportMissingUnits } from './export-missing-units';
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
  office,
  outlineTitle,
  onCompile,
  onView,
}: {
  group: ReceivedGroup;
  expectedUnits: readonly string[];
  /** This office (default profile): the header of the Word list of missing units. */
  office: OrgProfile | null;
  outlineTitle: string;
  onCompile: (group: ReceivedGroup, unitKeys: ReadonlySet<string>) => void;
  onView: (report: ReceivedReport) => void;
}) {
  const roster = submissionRoster(expectedUnits, group.all.map(identityOf), group.templateId, group.periodKey);
  const heading = `${outlineTitle} — ${group.periodLabel}`;
  // The units unticked rather than those ticked, so a report received while the screen is open is ticked.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const chosen = new Set(group.latest.map((r) => r.unitKey).filter((k) => !unticked.has(k)));
  const toggle = (unitKey: string) =>
    setUnticked((old) => {
      const next = new Set(old);
      if (!next.delete(unitKey)) next.add(unitKey);
      return next;
    });
  const [exported, setExported] = useState<ExportOutcome | 'busy' | null>(null);
  const exportWord = async () => {
    setExported('busy');
    setExported(await exportMissingUnits(roster, { periodLabel: group.periodLabel, outlineTitle }, office));
  };
  const reasonId = useId();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={heading}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="h6" component="h3" sx={{ flexGrow: 1 }}>
          {heading}
        </Typography>
        <Button
          variant="contained"
          disabled={chosen.size === 0}
          aria-describedby={reasonId}
          onClick={() => onCompile(group, chosen)}
        >
          Tổng hợp
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <FormControlLabel
          label="Chọn tất cả"
          control={
            <Checkbox
              checked={chosen.size === group.latest.length}
              indeterminate={chosen.size > 0 && chosen.size < group.latest.length}
              onChange={(e) => setUnticked(e.target.checked ? new Set() : new Set(group.latest.map((r) => r.unitKey)))}
            />
          }
        />
        <Typography id={reasonId} variant="body2" color={chosen.size === 0 ? 'error' : 'text.secondary'}>
          {chosen.size === 0
            ? 'Chưa chọn báo cáo nào nên chưa tổng hợp được: hãy đánh dấu ít nhất một báo cáo.'
            : `Đã chọn ${chosen.size} / ${group.latest.length} báo cáo để tổng hợp.`}
        </Typography>
      </Stack>
      <List dense aria-label={`Báo cáo đã nhận ${group.periodLabel}`}>
        {group.latest.map((r) => {
          const versions = group.all.filter((v) => v.unitKey === r.unitKey).length;
          return (
            <ListItem key={r.id}>
              <Checkbox
                edge="start"
                checked={chosen.has(r.unitKey)}
                onChange={() => toggle(r.unitKey)}
                slotProps={{ input: { 'aria-label': `Tổng hợp báo cáo của ${r.unit}` } }}
              />
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
              <Button disabled={exported === 'busy'} onClick={() => void exportWord()}>
                Tải danh sách (Word)
              </Button>
              {exported !== null && exported !== 'busy' && exported.status !== 'canceled' && (
                <Alert
                  severity={exported.status === 'saved' ? 'success' : 'error'}
                  onClose={() => setExported(null)}
                  sx={{ mt: 1 }}
                >
                  {exported.message}
                </Alert>
              )}
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
