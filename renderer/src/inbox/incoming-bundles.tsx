/**
 * What a stick or folder holds, as main verified it: one row per bundle with the unit, trích yếu, period,
 * số/ký hiệu, date and what receiving it would mean (new, already received, newer or older version), or why
 * it is damaged. Damaged bundles are listed so the clerk can ask the unit again, never stored.
 */
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { InboxListEntry } from '../../../electron/ipc/channels';
import { RECEIVE_STATUS_LABELS, type ReceiveStatus } from '../../../core/submission/bundle-identity';
import { parseIsoDate, shortDate } from '../../../core/text/date-line';

export type IncomingRow =
  | { kind: 'verified'; entry: Extract<InboxListEntry, { status: 'verified' }>; status: ReceiveStatus }
  | { kind: 'damaged'; entry: Extract<InboxListEntry, { status: 'damaged' }> };

const CHIP_COLOR: Record<ReceiveStatus, 'success' | 'default' | 'info' | 'warning'> = {
  new: 'success',
  'already-received': 'default',
  'newer-version': 'info',
  'older-version': 'warning',
};

export function viDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? shortDate(d) : '—';
}

export function IncomingBundles({ rows }: { rows: readonly IncomingRow[] }) {
  if (rows.length === 0)
    return (
      <Alert severity="info">
        Không tìm thấy bộ báo cáo nào ở nơi đã chọn. Hãy kiểm tra USB có thư mục báo cáo do cấp dưới nộp (tệp Word, tệp
        .baocao.json và manifest.json) rồi đọc lại.
      </Alert>
    );
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Báo cáo trên USB">
        <TableHead>
          <TableRow>
            <TableCell>Đơn vị</TableCell>
            <TableCell>Báo cáo</TableCell>
            <TableCell>Kỳ báo cáo</TableCell>
            <TableCell>Số/ký hiệu</TableCell>
            <TableCell>Ngày</TableCell>
            <TableCell>Tình trạng</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) =>
            row.kind === 'damaged' ? (
              <TableRow key={`damaged:${row.entry.folder}`}>
                <TableCell colSpan={5}>
                  <Typography variant="body2">Thư mục “{row.entry.folder}”</Typography>
                  <Typography variant="body2" color="error">
                    {row.entry.reason}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Chip size="small" color="error" label={RECEIVE_STATUS_LABELS.damaged} />
                </TableCell>
              </TableRow>
            ) : (
              <TableRow key={`ok:${row.entry.folder}:${row.entry.identity.checksum}`}>
                <TableCell>{row.entry.identity.unit}</TableCell>
                <TableCell>{row.entry.identity.title}</TableCell>
                <TableCell>{row.entry.identity.period.label}</TableCell>
                <TableCell>{row.entry.identity.symbol || '—'}</TableCell>
                <TableCell>{viDate(row.entry.identity.date)}</TableCell>
                <TableCell>
                  <Chip size="small" color={CHIP_COLOR[row.status]} label={RECEIVE_STATUS_LABELS[row.status]} />
                </TableCell>
              </TableRow>
            ),
          )}
        </TableBody>
      </Table>
    </Paper>
  );
}
