/** "Qua mạng": status, progress, check and download; the verified installer starts when the app closes or on "Cài đặt và khởi động lại". */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RendererApi, UpdateCommandResponse, UpdateStatusResponse } from '../../../electron/ipc/channels';
import { onlineStatusText } from './update-status-text';

interface Props {
  api: RendererApi;
  status: UpdateStatusResponse;
  onStatus: (next: UpdateStatusResponse) => void;
}

export function OnlineUpdateSection({ api, status, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [installing, setInstalling] = useState<string | null>(null);
  const { online } = status;
  const runCommand = async (command: () => Promise<UpdateCommandResponse>) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await command();
      if (answer.status === 'ok') onStatus({ ...status, online: answer.online });
      else setError(answer.message);
    } catch {
      setError('Không liên lạc được với phần xử lý cập nhật của ứng dụng. Hãy đóng hộp thoại rồi thử lại.');
    } finally {
      setBusy(false);
    }
  };
  // A click handler for `command`: every failure ends in `error`, so nothing needs its promise.
  const run = (command: () => Promise<UpdateCommandResponse>) => () => void runCommand(command);
  // The app closes (drafts saved first) and the verified installer opens; nothing is left to do here.
  const installNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.updateInstallNow();
      if (answer.status === 'installing') setInstalling(`Đang đóng ứng dụng để cài phiên bản ${answer.version}…`);
      else setError(answer.message);
    } catch {
      setError('Không liên lạc được với phần xử lý cập nhật của ứng dụng. Hãy đóng hộp thoại rồi thử lại.');
    } finally {
      setBusy(false);
    }
  };
  const severity =
    online.phase === 'refused' || online.phase === 'error' ? 'warning' : online.phase === 'ready' ? 'success' : 'info';
  return (
    <Box component="section" aria-labelledby="update-online-title">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id="update-online-title" variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>
          Qua mạng
        </Typography>
        {online.phase === 'ready' && <Chip color="success" size="small" label="Cài khi đóng ứng dụng" />}
      </Stack>
      <Alert severity={severity} data-testid="online-update-status">
        {onlineStatusText(online)}
      </Alert>
      {online.phase === 'downloading' && (
        <LinearProgress
          variant="determinate"
          value={online.percent}
          aria-label="Tiến độ tải bản cập nhật"
          sx={{ mt: 1 }}
        />
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {online.phase === 'ready' && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button variant="contained" disabled={busy || installing !== null} onClick={() => void installNow()}>
            Cài đặt và khởi động lại
          </Button>
        </Stack>
      )}
      {installing && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {installing}
        </Alert>
      )}
      {online.phase !== 'disabled' && online.phase !== 'ready' && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            disabled={busy || online.phase === 'checking' || online.phase === 'downloading'}
            onClick={run(() => api.updateCheck())}
          >
            Kiểm tra bản mới
          </Button>
          {online.phase === 'available' && (
            <Button variant="contained" disabled={busy} onClick={run(() => api.updateDownload())}>
              Tải bản cập nhật
            </Button>
          )}
        </Stack>
      )}
    </Box>
  );
}
