/** "Kiểm tra thể thức": the format problems of the draft, errors first; a click opens the step that fixes it. */
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import type { Problem } from '../../../core/check/format-check';

interface FormatCheckerPanelProps {
  problems: Problem[];
  stepLabel: (stepKey: string) => string;
  onOpen: (problem: Problem) => void;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'));
}

export function FormatCheckerPanel({ problems, stepLabel, onOpen }: FormatCheckerPanelProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) {
    return (
      <Alert severity="success" data-testid="format-checker">
        Kiểm tra thể thức: không thấy lỗi nào.
      </Alert>
    );
  }
  return (
    <Paper variant="outlined" data-testid="format-checker" component="section" aria-label="Kiểm tra thể thức">
      <Typography variant="subtitle1" sx={{ px: 2, pt: 1.5, fontWeight: 600 }}>
        Kiểm tra thể thức: {errors > 0 ? `${errors} lỗi` : 'không có lỗi'}
        {warnings > 0 ? `, ${warnings} cảnh báo` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
        Bấm vào từng dòng để mở đúng chỗ cần sửa.
      </Typography>
      <List dense aria-label="Các vấn đề về thể thức">
        {sortProblems(problems).map((p) => (
          <ListItemButton key={p.id} onClick={() => onOpen(p)} data-problem-id={p.id}>
            <ListItemIcon sx={{ minWidth: 34 }}>
              {p.severity === 'error' ? (
                <ErrorOutline color="error" fontSize="small" aria-label="Lỗi" />
              ) : (
                <WarningAmber color="warning" fontSize="small" aria-label="Cảnh báo" />
              )}
            </ListItemIcon>
            <ListItemText primary={p.message} secondary={`Sửa ở bước: ${stepLabel(p.stepKey)}`} />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
