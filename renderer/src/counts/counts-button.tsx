/**
 * The report's word count in the wizard's app bar ("1.234 từ"); a click opens the table per part. Shown from
 * the first count on, which runs once the wizard has painted. The report on screen changes with every
 * keystroke but the counts only after a quiet moment (use-report-counts.ts), so the button and its popover
 * render again only when the counts or pages do.
 */
import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import type { ReportPages } from '../../../core/text/counts/page-counts';
import { formatViNumber } from '../../../core/text/vi-number';
import { Tooltip } from '../app/tooltip';
import { useReportOnScreen } from '../wizard/report-on-screen';
import { CountsTable } from './counts-table';
import { useReportCounts } from './use-report-counts';
import type { ReportCounts } from '../../../core/text/counts/report-counts';

interface CountsButtonProps {
  pages?: ReportPages | null | undefined;
  onGoToStep: (stepKey: string) => void;
}

export function CountsButton({ pages, onGoToStep }: CountsButtonProps) {
  const counts = useReportCounts(useReportOnScreen());
  if (!counts) return null;
  return <CountsView counts={counts} pages={pages} onGoToStep={onGoToStep} />;
}

const CountsView = memo(function CountsView({
  counts,
  pages,
  onGoToStep,
}: CountsButtonProps & { counts: ReportCounts }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const words = `${formatViNumber(counts.total.words)} từ`;
  const pageText = pages ? ` · ${formatViNumber(pages.total)} trang` : '';
  return (
    <>
      <Tooltip title="Số từ, ký tự, chú thích từng phần">
        <Button
          color="inherit"
          size="small"
          data-testid="word-count"
          aria-haspopup="dialog"
          onClick={(e) => setAnchor(e.currentTarget)}
          sx={{ textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 }}
        >
          {words}
          {pageText}
        </Button>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': 'Thống kê số từ' } }}
      >
        <Box sx={{ p: 2, maxWidth: 760 }}>
          <CountsTable
            counts={counts}
            pages={pages}
            onGoToStep={(key) => {
              setAnchor(null);
              onGoToStep(key);
            }}
          />
        </Box>
      </Popover>
    </>
  );
});
