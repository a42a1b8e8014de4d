/**
 * The "choose" stage of "Nộp qua USB": the drives and picked folder to write to (a write-protected stick is
 * listed but cannot be chosen), "Làm mới" and "Chọn thư mục khác…".
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UsbTarget } from '../../../electron/ipc/channels';
import { formatBytes } from './submit-labels';
import type { UsbTargets } from './use-usb-targets';

/** File system or folder location, and the free space when known. */
function targetDetails(t: UsbTarget): string {
  if (t.readOnly) return 'USB đang chống ghi (chỉ đọc)';
  return [
    t.kind === 'folder' ? t.location : t.fileSystem,
    t.freeBytes === null ? '' : `còn trống ${formatBytes(t.freeBytes)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function UsbTargetChoice({
  targets,
  selected,
  select,
  refresh,
  pickFolder,
  prompt = 'Chọn USB để ghi báo cáo (tệp Word, tệp bản nháp và tệp kiểm tra manifest.json):',
  listLabel = 'Nơi nộp',
}: UsbTargets & { prompt?: string; listLabel?: string }) {
  return (
    <Stack spacing={2}>
      <Typography>{prompt}</Typography>
      {targets.length === 0 ? (
        <Alert severity="info">
          Chưa thấy USB nào. Hãy cắm USB vào máy (danh sách tự cập nhật) hoặc chọn thư mục khác.
        </Alert>
      ) : (
        <List dense aria-label={listLabel}>
          {targets.map((t) => (
            <ListItemButton key={t.id} selected={selected === t.id} onClick={() => select(t.id)} disabled={t.readOnly}>
              <ListItemText primary={t.label} secondary={targetDetails(t)} />
            </ListItemButton>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1}>
        <Button onClick={() => void refresh()}>Làm mới</Button>
        <Button onClick={() => void pickFolder()}>Chọn thư mục khác…</Button>
      </Stack>
    </Stack>
  );
}
