/**
 * "Gói đề cương từ USB…": verify a pack (in main), show what it changes, install on confirmation; list
 * installed packs with "Quay lại bản trước". Installs update the template registry at once.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Usb from '@mui/icons-material/Usb';
import type { RendererApi, TemplatePackChangeResponse, TemplatePackPickResponse } from '../../../electron/ipc/channels';
import { applyTemplatesList, useTemplateRegistry } from './template-registry';

const UNREACHABLE = 'Không liên lạc được với phần xử lý gói đề cương của ứng dụng. Hãy đóng hộp thoại rồi thử lại.';

export function TemplatePackSection({ api }: { api: RendererApi }) {
  const { packs, problems } = useTemplateRegistry();
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<TemplatePackPickResponse | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const handleChange = (answer: TemplatePackChangeResponse, done: string) => {
    if (answer.status === 'installed') {
      applyTemplatesList(answer.list);
      setMessage({ severity: 'success', text: done });
    } else setMessage({ severity: 'error', text: answer.message });
  };
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch {
      setMessage({ severity: 'error', text: UNREACHABLE });
    } finally {
      setBusy(false);
    }
  };
  // A click handler for `work`: every failure ends in the message above, so nothing needs its promise.
  const guard = (work: () => Promise<void>) => () => void attempt(work);

  return (
    <Box component="section" aria-labelledby="template-pack-title">
      <Typography id="template-pack-title" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        Gói đề cương
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Đề cương báo cáo và bộ quy tắc thể thức mới do Văn phòng Tỉnh ủy phát hành (tệp .goi-de-cuong, có chữ ký số).
      </Typography>
      {problems.map((p) => (
        <Alert key={p} severity="warning" sx={{ mb: 1 }}>
          {p}
        </Alert>
      ))}
      {packs.length > 0 && (
        <List dense aria-label="Gói đề cương đã cài">
          {packs.map((p) => (
            <ListItem
              key={p.packId}
              secondaryAction={
                p.previousVersion && (
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={guard(async () =>
                      handleChange(
                        await api.templatePackRollback({ packId: p.packId }),
                        `Đã quay lại bản ${p.previousVersion ?? ''} của “${p.name}”.`,
                      ),
                    )}
                  >
                    Quay lại bản {p.previousVersion}
                  </Button>
                )
              }
            >
              <ListItemText
                primary={`${p.name} — phiên bản ${p.activeVersion}`}
                secondary={[...p.templateNames, ...p.ruleSetNames].join('; ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Button
        variant="outlined"
        startIcon={<Usb />}
        disabled={busy}
        onClick={guard(async () => setPicked(await api.templatePackPick()))}
      >
        Gói đề cương từ USB…
      </Button>
      {picked && (picked.status === 'refused' || picked.status === 'error') && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="template-pack-refused">
          {picked.message}
        </Alert>
      )}
      {picked?.status === 'verified' && (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="template-pack-verified">
          “{picked.name}” phiên bản {picked.version}
          {picked.installedVersion
            ? ` (đang cài ${picked.installedVersion}; bản này được giữ lại để có thể quay lại)`
            : ''}{' '}
          đã được kiểm tra chữ ký số. Thay đổi:
          <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
            {picked.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </Box>
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              disabled={busy}
              onClick={guard(async () => {
                handleChange(
                  await api.templatePackInstall({ token: picked.token }),
                  `Đã cài “${picked.name}” phiên bản ${picked.version}. Đề cương mới có trong “Tạo báo cáo mới”.`,
                );
                setPicked(null);
              })}
            >
              Cài gói đề cương
            </Button>
            <Button disabled={busy} onClick={() => setPicked(null)}>
              Hủy
            </Button>
          </Stack>
        </Alert>
      )}
      {message && (
        <Alert severity={message.severity} sx={{ mt: 1 }}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}
