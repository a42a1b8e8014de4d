/**
 * The wizard's step list with the progress bar (left column). Memoised on what it shows: a keystroke's report
 * update makes new step objects but rarely changes a label or a tick, and re-rendering the MUI stepper (a
 * ButtonBase, label and icon per step) cost a few milliseconds of every keystroke's update in a long report.
 */
import { memo } from 'react';
import { Box, LinearProgress, Paper, Step, StepButton, StepLabel, Stepper, Typography } from '@mui/material';

export interface StepNavItem {
  key: string;
  label: string;
  completed: boolean;
}

interface StepNavProps {
  items: StepNavItem[];
  currentKey: string;
  progress: number;
  onGo: (key: string) => void;
}

const sameItems = (a: StepNavItem[], b: StepNavItem[]) =>
  a.length === b.length && a.every((x, i) => x.key === b[i]!.key && x.label === b[i]!.label && x.completed === b[i]!.completed);

export const StepNav = memo(StepNavView, (a, b) =>
  a.currentKey === b.currentKey && a.progress === b.progress && a.onGo === b.onGo && sameItems(a.items, b.items));

function StepNavView({ items, currentKey, progress, onGo }: StepNavProps) {
  return (
    <Paper variant="outlined" component="nav" aria-label="Các bước" sx={{ p: 1.5, position: { md: 'sticky' }, top: { md: 88 } }}>
      <Box sx={{ px: 1, pb: 1.5 }}>
        <Typography variant="caption" color="text.secondary">Đã hoàn thành {progress}%</Typography>
        <LinearProgress variant="determinate" value={progress} sx={{ mt: 0.5, height: 6, borderRadius: 3 }} aria-label={`Đã hoàn thành ${progress}%`} />
      </Box>
      <Stepper nonLinear activeStep={items.findIndex((s) => s.key === currentKey)} orientation="vertical">
        {items.map((s) => (
          <Step key={s.key} completed={s.completed}>
            <StepButton
              onClick={() => onGo(s.key)}
              aria-label={s.label}
              aria-current={s.key === currentKey ? 'step' : undefined}
              sx={{ borderRadius: 1, mx: -1, px: 1, py: 0.5, ...(s.key === currentKey ? { bgcolor: 'primary.light', '& .MuiStepLabel-label': { fontWeight: 700, color: 'primary.dark' } } : {}) }}
            >
              <StepLabel sx={{ '& .MuiStepLabel-label': { fontSize: 13.5, lineHeight: 1.3 } }}>{s.label}</StepLabel>
            </StepButton>
          </Step>
        ))}
      </Stepper>
    </Paper>
  );
}
