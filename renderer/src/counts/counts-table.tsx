/**
 * Words, characters, footnotes and pages per part of the report and in total. Pages come from the paginated
 * preview when it has laid the report out (`pages`, see core/text/counts/page-counts.ts); until then the
 * column shows "—" and says how to get them.
 */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReportCounts } from '../../../core/text/counts/report-counts';
import type { ReportPages } from '../../../core/text/counts/page-counts';
import { formatViNumber } from '../../../core/text/vi-number';

interface CountsTableProps {
  counts: ReportCounts;
  pages?: ReportPages | null | undefined;
  /** Makes a row a link to its step. */
  onGoToStep?: ((stepKey: string) => void) | undefined;
}

const n = (value: number) => formatViNumber(value);

export const NO_PAGES_HINT = 'Mở bản xem trước để đếm trang.';

export function CountsTable({ counts, pages, onGoToStep }: CountsTableProps) {
  const pageCell = (id: string) => {
    const p = pages?.parts.get(id);
    if (!p) return '—';
    return p.from === p.to ? `${n(p.count)} (tr. ${n(p.from)})` : `${n(p.count)} (tr. ${n(p.from)}–${n(p.to)})`;
  };
  return (
    <>
      <Table size="small" aria-label="Số từ, ký tự, chú thích và trang theo từng phần" data-testid="counts-table">
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>Phần</TableCell>
            <TableCell align="right">Số từ</TableCell>
            <TableCell align="right">Ký tự</TableCell>
            <TableCell align="right">Không kể khoảng trắng</TableCell>
            <TableCell align="right">Chú thích</TableCell>
            <TableCell align="right">Trang</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {counts.parts.map((p) => (
            <TableRow
              key={p.id}
              hover={onGoToStep !== undefined}
              onClick={onGoToStep ? () => onGoToStep(p.stepKey) : undefined}
              sx={onGoToStep ? { cursor: 'pointer' } : undefined}
            >
              <TableCell component="th" scope="row">
                {p.label}
              </TableCell>
              <TableCell align="right">{n(p.words)}</TableCell>
              <TableCell align="right">{n(p.characters)}</TableCell>
              <TableCell align="right">{n(p.charactersNoSpaces)}</TableCell>
              <TableCell align="right">{n(p.footnotes)}</TableCell>
              <TableCell align="right">{pageCell(p.id)}</TableCell>
            </TableRow>
          ))}
          <TableRow data-testid="counts-total" sx={{ '& > *': { fontWeight: 700 } }}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
              Cả báo cáo
            </TableCell>
            <TableCell align="right">{n(counts.total.words)}</TableCell>
            <TableCell align="right">{n(counts.total.characters)}</TableCell>
            <TableCell align="right">{n(counts.total.charactersNoSpaces)}</TableCell>
            <TableCell align="right">{n(counts.total.footnotes)}</TableCell>
            <TableCell align="right">{pages ? n(pages.total) : '—'}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        Mỗi tiếng (âm tiết) là một từ, như “Huyện ủy” là 2 từ; số như “1.284” là một từ. Chú thích cuối trang được tính
        vào phần chứa nó.{pages ? '' : ` Trang: ${NO_PAGES_HINT}`}
      </Typography>
    </>
  );
}
