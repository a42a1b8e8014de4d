/** "Cập nhật": online updates, updates from USB and template packs — or, in a browser, why there are none. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RendererApi } from '../../../electron/ipc/channels';
import { TemplatePackSection } from '../template-packs/template-pack-section';
import { OnlineUpdateSection } from './online-update-section';
import { DESKTOP_ONLY_MESSAGE } from './update-status-text';
import { UsbUpdateSection } from './usb-update-section';
import { useUpdateStatus } from './use-update-status';

export function UpdateDialog({ api, onClose }: { api: RendererApi | undefined; onClose: () => void }) {
  const [status, setStatus, error] = useUpdateStatus(api);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="update-dialog-title">
      <DialogTitle id="update-dialog-title">Cập nhật</DialogTitle>
      <DialogContent>
        {!api ? (
          <Alert severity="info" data-testid="update-desktop-only">
            {DESKTOP_ONLY_MESSAGE}
          </Alert>
        ) : (
          <Stack spacing={2.5} divider={<hr className="divider" />}>
            {status && (
              <Typography variant="body2">
                Phiên bản đang dùng: <strong>{status.currentVersion}</strong>
              </Typography>
            )}
            {error && <Alert severity="error">{error}</Alert>}
            {status && <OnlineUpdateSection api={api} status={status} onStatus={setStatus} />}
            <UsbUpdateSection api={api} />
            <TemplatePackSection api={api} />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
