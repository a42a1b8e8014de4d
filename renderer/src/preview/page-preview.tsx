/**
 * "Xem trước trang in": the A4 pages of the DOCX that export would write, laid out page by page (margins, page
 * numbers from page 2, footnotes at the foot of their page), redrawn 800 ms after the last edit. Drawing happens
 * off-screen and is swapped in when done, so the old pages stay readable meanwhile.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Report } from '../../../core/model/report-schema';
import type { RuleSet } from '../../../core/rules/rule-set-schema';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { analysePagination, PAGE_SELECTOR, signaturePage } from './pagination-analysis';
import { publishPagination, type PaginationResult } from './pagination-result';
import { createPreviewScheduler, type PreviewState } from './preview-scheduler';
import { PreviewPrintActions } from './preview-print-actions';
import { showInPrintView } from './print-view';
import { renderPagePreview, type PreviewDrawing } from './render-page-preview';

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

/** An A4 sheet (794 px wide, portrait) and the grey margin on each side of it. */
const A4_WIDTH_PX = 794;
const FRAME_MARGIN_PX = 24;

/**
 * "Trang 9/12" counts the sheets; where the number printed on the sheet differs (a Phụ lục numbered from 1
 * again, or without numbers), the indicator says so too.
 */
function pageLabel(page: number, total: number, printed: PaginationResult['printedPages']): string {
  const n = Math.min(page, total);
  const info = printed[n - 1];
  const base = `Trang ${n}/${total}`;
  if (!info?.apart || info.number === n) return base;
  return info.number === null ? `${base} · trang không in số` : `${base} · số in trên trang: ${info.number}`;
}

/** The page at the middle of the part of the frame that is on screen (the frame or the window scrolls). */
function visiblePage(frame: HTMLElement, pages: readonly Element[]): number {
  const box = frame.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  const probe = top + Math.max(0, bottom - top) / 2;
  let current = 1;
  pages.forEach((page, i) => {
    if (page.getBoundingClientRect().top <= probe) current = i + 1;
  });
  return current;
}

export function PagePreview({ report, scale, maxHeight }: PagePreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const drawing = useRef<PreviewDrawing | null>(null);
  const leavePrintView = useRef<(() => void) | null>(null);
  const [fit, setFit] = useState(1);
  // The widest sheet decides the fit: a landscape Phụ lục must not be cut off at the frame's edge.
  const [sheetWidth, setSheetWidth] = useState(A4_WIDTH_PX);
  useEffect(() => {
    const el = frame.current;
    if (scale !== undefined || !el) return;
    const observer = new ResizeObserver(([entry]) => {
      const needed = sheetWidth + 2 * FRAME_MARGIN_PX;
      if (entry) setFit(Math.min(1, Math.floor((entry.contentRect.width / needed) * 100) / 100));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scale, sheetWidth]);
  const zoom = scale ?? fit;
  const [state, setState] = useState<PreviewState['state']>('waiting');
  const [message, setMessage] = useState('');
  const [pagination, setPagination] = useState<PaginationResult | null>(null);
  const [signatureOn, setSignatureOn] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [scheduler, setScheduler] = useState<ReturnType<typeof createPreviewScheduler<PreviewJob>> | null>(null);
  // The rule-set export will use; a rule-set missing on this machine is said in words, not drawn with another.
  const lookup = useRuleSetRegistry().get(report.ruleSet);
  const ruleSet = lookup.ok ? lookup.ruleSet : null;
  const job = useMemo(() => (ruleSet ? { report, ruleSet } : null), [report, ruleSet]);

  const onScroll = useCallback(() => {
    const el = frame.current;
    const pages = drawing.current?.pages;
    if (el && pages) setPage(visiblePage(el, Array.from(pages.querySelectorAll(PAGE_SELECTOR))));
  }, []);

  // Created in an effect (not during render) so React's double mounting in development disposes it cleanly.
  useEffect(() => {
    const s = createPreviewScheduler<PreviewJob>({
      delayMs: PREVIEW_DELAY_MS,
      onState: (st) => {
        setState(st.state);
        if (st.state === 'error') setMessage(st.message);
      },
      render: async (j) => {
        const drawn = await renderPagePreview(j.report, j.ruleSet);
        return {
          commit: () => {
            drawing.current?.dispose();
            drawing.current = drawn;
            host.current?.replaceChildren(drawn.root);
            leavePrintView.current?.();
            leavePrintView.current = showInPrintView(drawn.root);
            const result = analysePagination(drawn.pages, j.report);
            setPagination(result);
            setSignatureOn(signaturePage(drawn.pages));
            const widths = Array.from(drawn.pages.querySelectorAll<HTMLElement>(PAGE_SELECTOR), (p) => p.offsetWidth);
            setSheetWidth(Math.max(A4_WIDTH_PX, ...widths));
            publishPagination(result);
            onScroll();
          },
        };
      },
    });
    setScheduler(s);
    return () => {
      s.dispose();
      drawing.current?.dispose();
      drawing.current = null;
      leavePrintView.current?.();
      publishPagination(null);
    };
  }, [onScroll]);
  // In the review step the window scrolls, not the frame.
  useEffect(() => {
    document.addEventListener('scroll', onScroll, { passive: true });
    return () => document.removeEventListener('scroll', onScroll);
  }, [onScroll]);
  useEffect(() => {
    if (job) scheduler?.changed(job);
  }, [scheduler, job]);

  const busy = state === 'rendering' || state === 'waiting';
  const total = pagination?.pageCount ?? 0;
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
      {pagination?.signatureAlone && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="signature-alone">
          Khối chữ ký (Nơi nhận và người ký) bắt đầu một trang riêng{signatureOn ? ` (trang ${signatureOn})` : ''},
          không có đoạn nào của báo cáo phía trên. Hãy thêm hoặc rút bớt vài dòng ở phần cuối để chữ ký đi cùng đoạn
          kết.
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', my: 0.5 }}>
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ flex: 1, minWidth: 200 }}
          aria-live="polite"
          data-testid="page-preview-status"
        >
          {state === 'rendering'
            ? 'Đang dựng lại trang in…'
            : state === 'waiting'
              ? 'Sẽ cập nhật khi bạn ngừng gõ…'
              : state === 'ready'
                ? `Trang in đúng như tệp DOCX sẽ xuất: ${total} trang A4.`
                : ''}
        </Typography>
        <PreviewPrintActions report={report} disabled={state !== 'ready'} />
      </Box>
      <Box sx={{ position: 'relative' }}>
        {/* Sticky, so it stays in view whether the frame (drawer) or the window (review step) scrolls. */}
        <Box
          sx={{
            position: 'sticky',
            top: maxHeight === undefined ? 112 : 8,
            height: 0,
            zIndex: 2,
            display: 'flex',
            justifyContent: 'flex-end',
            pr: 3,
          }}
        >
          {total > 0 && (
            <Chip
              size="small"
              label={pageLabel(page, total, pagination?.printedPages ?? [])}
              data-testid="page-indicator"
              sx={{ mt: 1, bgcolor: 'rgba(0,0,0,0.72)', color: 'white', fontWeight: 500 }}
            />
          )}
        </Box>
        <Box ref={frame} onScroll={onScroll} sx={{ overflow: 'auto', maxHeight, bgcolor: 'grey.600', borderRadius: 1 }}>
          <Box
            ref={host}
            data-testid="page-preview-pages"
            sx={{
              zoom,
              py: 3,
              '& .pagedjs_pages': { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '24px' },
              '& .pagedjs_page': { bgcolor: 'white', boxShadow: '0 0 10px rgba(0, 0, 0, 0.5)' },
            }}
          />
        </Box>
      </Box>
    </Box>
  );
}
