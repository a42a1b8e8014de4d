/**
 * "Xem trước trang in": the A4 pages of the DOCX that export would write, redrawn 800 ms after the last edit.
 * Drawing happens into a detached element and is swapped in when done, so the old pages stay readable meanwhile.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import type { Report } from '../../../core/model/report-schema';
import type { RuleSet } from '../../../core/rules/rule-set-schema';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { createPreviewScheduler, type PreviewState } from './preview-scheduler';
import { renderPagePreview } from './render-page-preview';

export const PREVIEW_DELAY_MS = 800;

interface PagePreviewProps {
  report: Report;
  /** 1 = real size (A4 is 794 px wide). Without it the pages are shrunk to fit the available width. */
  scale?: number;
  maxHeight?: number | string;
}

interface PreviewJob {
  report: Report;
  ruleSet: RuleSet;
}

/** An A4 sheet (794 px) plus docx-preview's grey margin on both sides. */
const SHEET_WITH_MARGIN_PX = 794 + 2 * 30;

export function PagePreview({ report, scale, maxHeight }: PagePreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(1);
  useEffect(() => {
    const el = frame.current;
    if (scale !== undefined || !el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setFit(Math.min(1, Math.floor((entry.contentRect.width / SHEET_WITH_MARGIN_PX) * 100) / 100));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scale]);
  const zoom = scale ?? fit;
  const [state, setState] = useState<PreviewState['state']>('waiting');
  const [message, setMessage] = useState('');
  const [scheduler, setScheduler] = useState<ReturnType<typeof createPreviewScheduler<PreviewJob>> | null>(null);
  // The rule-set export will use; a rule-set missing on this machine is said in words, not drawn with another.
  const lookup = useRuleSetRegistry().get(report.ruleSet);
  const ruleSet = lookup.ok ? lookup.ruleSet : null;
  const job = useMemo(() => (ruleSet ? { report, ruleSet } : null), [report, ruleSet]);

  // Created in an effect (not during render) so React's double mounting in development disposes it cleanly.
  useEffect(() => {
    const s = createPreviewScheduler<PreviewJob>({
      delayMs: PREVIEW_DELAY_MS,
      onState: (st) => {
        setState(st.state);
        if (st.state === 'error') setMessage(st.message);
      },
      render: async (j) => {
        const offscreen = document.createElement('div');
        await renderPagePreview(j.report, j.ruleSet, offscreen);
        return { commit: () => host.current?.replaceChildren(...offscreen.childNodes) };
      },
    });
    setScheduler(s);
    return () => s.dispose();
  }, []);
  useEffect(() => {
    if (job) scheduler?.changed(job);
  }, [scheduler, job]);

  const busy = state === 'rendering' || state === 'waiting';
  return (
    <Box data-testid="page-preview" aria-busy={busy} sx={{ position: 'relative' }}>
      <Box sx={{ height: 4 }}>
        {state === 'rendering' && <LinearProgress aria-label="Đang dựng bản xem trước trang in" />}
      </Box>
      {!lookup.ok && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="rule-set-missing">
          {lookup.message}
        </Alert>
      )}
      {state === 'error' && (
        <Alert
          severity="error"
          sx={{ my: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => scheduler?.retry()}>
              Thử lại
            </Button>
          }
        >
          {message}
        </Alert>
      )}
      <Typography
        variant="caption"
        color="text.secondary"
        component="p"
        sx={{ my: 0.5 }}
        aria-live="polite"
        data-testid="page-preview-status"
      >
        {state === 'rendering'
          ? 'Đang dựng lại trang in…'
          : state === 'waiting'
            ? 'Sẽ cập nhật khi bạn ngừng gõ…'
            : state === 'ready'
              ? 'Trang in đúng như tệp DOCX sẽ xuất.'
              : ''}
      </Typography>
      <Box ref={frame} sx={{ overflow: 'auto', maxHeight, bgcolor: 'grey.600', borderRadius: 1 }}>
        <Box
          ref={host}
          data-testid="page-preview-pages"
          sx={{ zoom, '& .trang-in-wrapper': { bgcolor: 'grey.600' } }}
        />
      </Box>
    </Box>
  );
}
