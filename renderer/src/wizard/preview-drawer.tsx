/**
 * The page preview beside the form: the real A4 pages at 62 % in a persistent side drawer. The drawer is not
 * mounted before its first opening: its slide transition measures the page on mount, a forced layout of the
 * whole step in the middle of the first render (57–70 ms in CPU profiles of the 100-page cold start). Once
 * opened it stays mounted, so closing and reopening slides; the pages themselves are drawn only while open,
 * and a closed drawer does not render again when the report changes.
 */
import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import type { Report } from '../../../core/model/report-schema';
import { PagePreview } from '../preview/page-preview';

/** An A4 page (794 px) at 62 % plus the grey margin around it. */
const DRAWER_WIDTH = 540;

interface PreviewDrawerProps {
  open: boolean;
  report: Report;
  onClose: () => void;
}

export const PreviewDrawer = memo(
  PreviewDrawerView,
  (a, b) => a.open === b.open && a.onClose === b.onClose && (a.report === b.report || !b.open),
);

function PreviewDrawerView({ open, report, onClose }: PreviewDrawerProps) {
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);
  if (!used && !open) return null;
  return (
    <Drawer
      anchor="right"
      variant="persistent"
      open={open}
      slotProps={{
        paper: {
          sx: { width: { xs: '100%', md: DRAWER_WIDTH }, p: 1.5, boxShadow: 6 },
          'aria-label': 'Xem trước trang in',
        } as object,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 0.5 }}>
        <Typography variant="subtitle1" sx={{ flexGrow: 1, fontWeight: 600 }}>
          Xem trước trang in
        </Typography>
        <IconButton aria-label="Đóng bản xem trước trang in" onClick={onClose}>
          <Close />
        </IconButton>
      </Box>
      {open && <PagePreview report={report} scale={0.62} maxHeight="calc(100vh - 110px)" />}
    </Drawer>
  );
}
