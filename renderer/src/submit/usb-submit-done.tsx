/** The end of "Nộp qua USB", shown only after main's verification: what was written where, and how to remove the stick. */
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UsbSubmitVerified } from '../../../electron/ipc/channels';

export function UsbSubmitDone({ result }: { result: UsbSubmitVerified }) {
  return (
    <Stack spacing={2}>
      <Alert severity="success">{result.headline}</Alert>
      <Typography>
        Đã ghi thư mục “{result.folderName}” vào {result.location} ({result.files.length} tệp, đã đọc lại và so khớp mã
        SHA-256).
      </Typography>
      <Typography variant="body2">{result.removalHint}</Typography>
    </Stack>
  );
}
