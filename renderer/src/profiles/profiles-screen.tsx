/** "Hồ sơ cơ quan": the issuing bodies this machine writes for; one is the default for new drafts. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Tooltip } from '../app/tooltip';
import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Edit from '@mui/icons-material/Edit';
import { useProfiles } from '../app/profiles-context';
import type { Route } from '../routing/hash-route';
import { ConfirmDialog } from '../wizard/confirm-dialog';
import { FAMILY_LABELS, emptyProfileInput, type OrgProfile, type OrgProfileInput } from './org-profile';
import { TONE_LABELS, toneStyleOf } from './profile-tone-style';
import { ProfileFormDialog } from './profile-form-dialog';
import { OfficeWordsDialog } from '../spelling/office-words-dialog';

function inputOf({ id: _id, isDefault: _d, updatedAt: _u, ...input }: OrgProfile): OrgProfileInput {
  return input;
}

export function ProfilesScreen({ navigate }: { navigate: (route: Route) => void }) {
  const repo = useProfiles();
  const profiles = useLiveQuery(() => repo.listProfiles(), [repo]);
  const [editing, setEditing] = useState<OrgProfile | 'new' | null>(null);
  const [deleting, setDeleting] = useState<OrgProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [officeWords, setOfficeWords] = useState(false);
  const act = (fn: () => Promise<unknown>) =>
    void fn().catch(() => setError('Không cập nhật được hồ sơ cơ quan trong bộ nhớ của ứng dụng. Hãy thử lại.'));

  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar sx={{ gap: 1.5 }}>
          <Tooltip title="Về danh sách bản nháp">
            <IconButton
              edge="start"
              color="inherit"
              aria-label="Về danh sách bản nháp"
              onClick={() => navigate({ name: 'home' })}
            >
              <ArrowBack />
            </IconButton>
          </Tooltip>
          <Typography variant="h6" component="div">
            Hồ sơ cơ quan
          </Typography>
        </Toolbar>
      </AppBar>
      <Box className="page-container">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
            Cơ quan ban hành
          </Typography>
          <Button onClick={() => setOfficeWords(true)}>Từ điển của đơn vị…</Button>
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
            Thêm hồ sơ
          </Button>
        </Stack>
        {officeWords && <OfficeWordsDialog onClose={() => setOfficeWords(false)} />}
        <Typography color="text.secondary" sx={{ mb: 2.5 }}>
          Báo cáo mới được điền sẵn từ hồ sơ bạn chọn. Sửa hồ sơ không làm thay đổi các bản nháp đã có; muốn cập nhật
          một bản nháp, dùng “Áp dụng hồ sơ” ở bước Thông tin chung.
        </Typography>
        {error && (
          <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {profiles === undefined ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
            <CircularProgress aria-label="Đang tải hồ sơ" />
          </Box>
        ) : profiles.length === 0 ? (
          <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
            <Typography variant="h6">Chưa có hồ sơ cơ quan nào</Typography>
            <Typography color="text.secondary" sx={{ my: 1.5 }}>
              Thêm hồ sơ để mỗi báo cáo mới có sẵn tên cơ quan, ký hiệu, địa danh, người ký và nơi nhận.
            </Typography>
            <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
              Thêm hồ sơ
            </Button>
          </Paper>
        ) : (
          <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }} aria-label="Danh sách hồ sơ cơ quan">
            {profiles.map((p) => (
              <Card
                key={p.id}
                variant="outlined"
                component="li"
                aria-label={p.label}
                sx={{ listStyle: 'none', p: 2, display: 'flex', gap: 2, alignItems: 'center' }}
              >
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography sx={{ fontWeight: 600 }}>{p.label}</Typography>
                    {p.isDefault && <Chip size="small" color="primary" label="Mặc định" />}
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {[p.parentOrg, p.issuer].filter(Boolean).join(' · ')}
                    {p.issuerCode ? ` · ${p.issuerCode}` : ''}
                    {p.place ? ` · ${p.place}` : ''}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {FAMILY_LABELS[p.family]} · {TONE_LABELS[toneStyleOf(p.toneStyle)]}
                    {p.signerName ? ` · Người ký: ${p.signerName}` : ''}
                  </Typography>
                </Box>
                {!p.isDefault && (
                  <Button
                    size="small"
                    onClick={() => act(() => repo.setDefaultProfile(p.id))}
                    aria-label={`Đặt ${p.label} làm mặc định`}
                  >
                    Đặt làm mặc định
                  </Button>
                )}
                <Tooltip title="Sửa">
                  <IconButton aria-label={`Sửa ${p.label}`} onClick={() => setEditing(p)}>
                    <Edit fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title="Xóa">
                  <IconButton aria-label={`Xóa ${p.label}`} onClick={() => setDeleting(p)}>
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Card>
            ))}
          </Stack>
        )}
      </Box>
      {editing && (
        <ProfileFormDialog
          initial={editing === 'new' ? emptyProfileInput() : inputOf(editing)}
          editing={editing !== 'new'}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            await repo.saveProfile(input, editing === 'new' ? undefined : editing.id);
            setEditing(null);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Xóa hồ sơ cơ quan?"
          message={`Hồ sơ “${deleting.label}” sẽ bị xóa. Các bản nháp đã tạo từ hồ sơ này vẫn giữ nguyên thông tin.`}
          confirmLabel="Xóa hồ sơ"
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            act(() => repo.deleteProfile(id));
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </Box>
  );
}
