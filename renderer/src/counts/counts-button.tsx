/**
 * The report's word count in the wizard's app bar ("1.234 từ"); a click opens the table per part. Shown from
 * the first count on, which runs once the wizard has painted.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import type { Report } from '../../../core/model/report-schema';
import type { ReportPages } from '../../../core/text/counts/page-counts';
import { formatViNumber } from '../../../core/text/vi-number';
import { Tooltip } from '../app/tooltip';
import { CountsTable } from './counts-table';
import { useReportCounts } from './use-report-counts';

interface CountsButtonProps {
  report: Report;
  pages?: ReportPages | null | undefined;
  onGoToStep: (stepKey: string) => void;
}

export function CountsButton({ report, pages, onGoToStep }: CountsButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const counts = useReportCounts(report);
  if (!counts) return null;
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
}
