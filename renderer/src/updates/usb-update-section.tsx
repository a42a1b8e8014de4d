/**
 * "Cập nhật từ USB…": main opens the file dialog, copies the package in and verifies the copy; the clerk
 * then confirms, and main backs up the drafts and starts the verified installer (the app closes).
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Usb from '@mui/icons-material/Usb';
import type { RendererApi, UsbUpdateInstallResponse, UsbUpdatePickResponse } from '../../../electron/ipc/channels';
import { releaseDate } from './update-status-text';

const UNREACHABLE = 'Không liên lạc được với phần xử lý cập nhật của ứng dụng. Hãy đóng hộp thoại rồi thử lại.';

export function UsbUpdateSection({ api }: { api: RendererApi }) {
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<UsbUpdatePickResponse | null>(null);
  const [result, setResult] = useState<UsbUpdateInstallResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async () => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setPicked(await api.updateUsbPick());
    } catch {
      setError(UNREACHABLE);
    } finally {
      setBusy(false);
    }
  };
  const install = async (token: string) => {
    setBusy(true);
    try {
      setResult(await api.updateUsbInstall({ token }));
      setPicked(null);
    } catch {
      setError(UNREACHABLE);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="update-usb-title">
      <Typography id="update-usb-title" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        Từ USB
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Chọn tệp gói cập nhật (.goi-cap-nhat) do Văn phòng Tỉnh ủy gửi. Ứng dụng chép gói vào máy và kiểm tra chữ ký số
        trước khi cài.
      </Typography>
      <Button variant="outlined" startIcon={<Usb />} disabled={busy} onClick={() => void pick()}>
        Cập nhật từ USB…
      </Button>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {picked && (picked.status === 'refused' || picked.status === 'error') && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="usb-update-refused">
          {picked.message}
        </Alert>
      )}
      {picked?.status === 'verified' && (
        <Alert severity="success" sx={{ mt: 1 }} data-testid="usb-update-verified">
          Gói hợp lệ, đã kiểm tra chữ ký số: phiên bản {picked.version} (đang dùng {picked.currentVersion}), phát hành
          ngày {releaseDate(picked.releasedAt)}. Khi cài, ứng dụng sao lưu các bản nháp rồi đóng lại để bộ cài thay
          phiên bản mới.
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button variant="contained" disabled={busy} onClick={() => void install(picked.token)}>
              Sao lưu và cài đặt
            </Button>
            <Button disabled={busy} onClick={() => setPicked(null)}>
              Để sau
            </Button>
          </Stack>
        </Alert>
      )}
      {result?.status === 'installing' && (
        <Alert severity="info" sx={{ mt: 1 }}>
          Đang mở bộ cài phiên bản {result.version}; ứng dụng sẽ đóng lại.
        </Alert>
      )}
      {result?.status === 'saved' && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {result.message}
        </Alert>
      )}
      {result && (result.status === 'refused' || result.status === 'error') && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {result.message}
        </Alert>
      )}
    </Box>
  );
}
