/**
 * The wizard's step list with the progress bar (left column). Memoised on what it shows: a keystroke's report
 * update makes new step objects but rarely changes a label or a tick, and re-rendering the MUI stepper (a
 * ButtonBase, label and icon per step) cost a few milliseconds of every keystroke's update in a long report.
 */
import { memo } from 'react';
import './wizard-layout.css';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';

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
  a.length === b.length &&
  a.every((x, i) => x.key === b[i]!.key && x.label === b[i]!.label && x.completed === b[i]!.completed);

export const StepNav = memo(
  StepNavView,
  (a, b) =>
    a.currentKey === b.currentKey && a.progress === b.progress && a.onGo === b.onGo && sameItems(a.items, b.items),
);

function StepNavView({ items, currentKey, progress, onGo }: StepNavProps) {
  return (
    <Paper variant="outlined" component="nav" aria-label="Các bước" className="wz-steps">
      <Box className="wz-progress">
        <Typography variant="caption" color="text.secondary">
          Đã hoàn thành {progress}%
        </Typography>
        <LinearProgress
          variant="determinate"
          value={progress}
          className="wz-progress-bar"
          aria-label={`Đã hoàn thành ${progress}%`}
        />
      </Box>
      <Stepper nonLinear activeStep={items.findIndex((s) => s.key === currentKey)} orientation="vertical">
        {items.map((s) => (
          <Step key={s.key} completed={s.completed}>
            <StepButton
              onClick={() => onGo(s.key)}
              aria-label={s.label}
              aria-current={s.key === currentKey ? 'step' : undefined}
              className={s.key === currentKey ? 'wz-step wz-step-current' : 'wz-step'}
            >
              <StepLabel>{s.label}</StepLabel>
            </StepButton>
          </Step>
        ))}
      </Stepper>
    </Paper>
  );
}
