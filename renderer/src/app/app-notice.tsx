/**
 * A short confirmation that must outlive the screen that caused it: opening a draft file leaves the home screen
 * for the wizard at once, and "Đã thêm 3 từ vào từ điển của đơn vị" is said on arrival.
 */
import { useSyncExternalStore } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

let notice: string | null = null;
const listeners = new Set<() => void>();

function set(next: string | null): void {
  notice = next;
  for (const l of listeners) l();
}

export function showAppNotice(message: string): void {
  set(message);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function AppNotice() {
  const message = useSyncExternalStore(subscribe, () => notice);
  return (
    <Snackbar
      open={message !== null}
      autoHideDuration={10_000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      onClose={(_, reason) => reason !== 'clickaway' && set(null)}
    >
      <Alert severity="success" variant="filled" onClose={() => set(null)} sx={{ maxWidth: 720 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
