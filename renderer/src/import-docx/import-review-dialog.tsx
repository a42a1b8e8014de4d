/**
 * The review before a draft is made from a Word report: what was recognised, the outline attached (with the
 * other outlines that match, and the free outline), and everything that could not be carried over, each with
 * the parser's Vietnamese sentence. Nothing is stored until "Tạo bản nháp".
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import type { OutlineChoice, WordImport } from './read-word-report';
import { importSummaryLines } from './import-summary-lines';

interface Props {
  fileName: string;
  result: WordImport & { outlines: OutlineChoice[] };
  ruleSetName: string | undefined;
  busy: boolean;
  error: string | null;
  onCreate(choice: OutlineChoice): void;
  onCancel(): void;
}

export function ImportReviewDialog({ fileName, result, ruleSetName, busy, error, onCreate, onCancel }: Props) {
  const [chosen, setChosen] = useState(0);
  const lines = importSummaryLines(result.summary, result.report.signature.name, ruleSetName);
  const choice = result.outlines[chosen] ?? result.outlines[0]!;
  return (
    <Dialog
      open
      onClose={busy ? undefined : onCancel}
      maxWidth="lg"
      fullWidth
      aria-labelledby="import-review-title"
      scroll="paper"
    >
      <DialogTitle id="import-review-title">Mở báo cáo Word: {fileName}</DialogTitle>
      <DialogContent dividers>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
          <Box component="section" aria-labelledby="import-recognised" sx={{ flex: 1, minWidth: 0 }}>
            <Typography id="import-recognised" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              Đã nhận ra
            </Typography>
            <Box
              component="dl"
              data-testid="import-summary"
              sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}
            >
              {lines.map((l) => (
                <Box key={l.label} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {l.label}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0, color: l.warn ? 'warning.dark' : undefined }}>
                    {l.value}
                  </Typography>
                </Box>
              ))}
            </Box>
            <FormControl sx={{ mt: 2.5 }}>
              <FormLabel id="import-outline-label" sx={{ fontWeight: 600, color: 'text.primary' }}>
                Đề cương gắn với bản nháp
              </FormLabel>
              {result.outlines.length > 1 ? (
                <RadioGroup
                  aria-labelledby="import-outline-label"
                  value={String(chosen)}
                  onChange={(e) => setChosen(Number(e.target.value))}
                >
                  {result.outlines.map((o, i) => (
                    <FormControlLabel
                      key={o.templateId}
                      value={String(i)}
                      control={<Radio size="small" />}
                      label={i === 0 ? `${o.name} (khớp nhất)` : o.name}
                    />
                  ))}
                </RadioGroup>
              ) : (
                <Typography variant="body2" sx={{ mt: 0.5 }}>
                  {choice.name}
                </Typography>
              )}
              <Typography variant="caption" color="text.secondary" sx={{ mt: 0.5 }}>
                Các chương, mục lấy theo tệp Word; đề cương chỉ gợi ý nội dung cần viết ở từng chương.
              </Typography>
            </FormControl>
          </Box>
          <Box component="section" aria-labelledby="import-not-carried" sx={{ flex: 1, minWidth: 0 }}>
            <Typography id="import-not-carried" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              {result.notes.length ? `Chưa mang sang được (${result.notes.length})` : 'Chưa mang sang được'}
            </Typography>
            {result.notes.length === 0 ? (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <CheckCircleOutline color="success" fontSize="small" />
                <Typography variant="body2">Mọi nội dung của tệp đã được mang sang bản nháp.</Typography>
              </Stack>
            ) : (
              <Stack
                component="ul"
                data-testid="import-notes"
                spacing={1}
                sx={{ p: 0, m: 0, listStyle: 'none', maxHeight: 360, overflowY: 'auto' }}
              >
                {result.notes.map((n, i) => (
                  <Stack component="li" key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                    <WarningAmber color="warning" fontSize="small" sx={{ mt: 0.25 }} />
                    <Typography variant="body2">
                      {n.where && (
                        <Box component="span" sx={{ fontWeight: 600 }}>
                          {n.where}:{' '}
                        </Box>
                      )}
                      {n.message}
                    </Typography>
                  </Stack>
                ))}
              </Stack>
            )}
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              Tệp Word không bị thay đổi. Sau khi tạo, bản nháp mở ở bước đầu để bạn kiểm tra và sửa từng phần.
            </Typography>
          </Box>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onCancel} disabled={busy}>
          Hủy
        </Button>
        <Button
          variant="contained"
          onClick={() => onCreate(choice)}
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          Tạo bản nháp
        </Button>
      </DialogActions>
    </Dialog>
  );
}
