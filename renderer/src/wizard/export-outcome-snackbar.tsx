/** How the last export ended, at the bottom of the wizard: a success fades out, an error stays until closed. */
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { ExportOutcome } from '../export/export-report';

export function ExportOutcomeSnackbar({ outcome, onClose }: { outcome: ExportOutcome | null; onClose: () => void }) {
  // A canceled save dialog needs no message: the clerk chose it.
  if (!outcome || outcome.status === 'canceled') return null;
  return (
    <Snackbar
      open
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      autoHideDuration={outcome.status === 'error' ? null : 8000}
    >
      <Alert
        severity={outcome.status === 'saved' ? 'success' : 'error'}
        onClose={onClose}
        variant="filled"
        sx={{ maxWidth: 720 }}
      >
        {outcome.message}
      </Alert>
    </Snackbar>
  );
}
