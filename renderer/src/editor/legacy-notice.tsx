/** The small notice after a TCVN3/VNI conversion: what was converted, with a one-click "Hoàn tác". */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { LegacyNotice } from './legacy-paste-controller';

const SHOWN_MS = 20_000;

export function LegacyNoticeBar({ notice, onClose }: { notice: LegacyNotice | null; onClose: () => void }) {
  return (
    <Snackbar
      open={notice !== null}
      autoHideDuration={SHOWN_MS}
      // A click elsewhere (back into the text) must not take the offer away before the clerk has read it.
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert
        data-testid="legacy-notice"
        severity={notice?.severity ?? 'success'}
        variant="filled"
        onClose={onClose}
        action={
          notice?.undo ? (
            <Button color="inherit" size="small" onClick={notice.undo}>
              Hoàn tác
            </Button>
          ) : undefined
        }
      >
        {notice?.message}
      </Alert>
    </Snackbar>
  );
}
