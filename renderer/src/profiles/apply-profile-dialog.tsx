/**
 * "Áp dụng hồ sơ" in an open draft: pick a profile, see field by field what will change, then apply. This is
 * the only way a profile reaches an existing draft.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { OutlinedSelect } from '../app/outlined-field';
import type { Report } from '../../../core/model/report-schema';
import { useProfiles } from '../app/profiles-context';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { applyProfile, profileChanges, type OrgProfile } from './org-profile';

interface ApplyProfileDialogProps {
  report: Report;
  onApply: (change: (r: Report) => Report) => void;
  onClose: () => void;
}

export function ApplyProfileDialog({ report, onApply, onClose }: ApplyProfileDialogProps) {
  const repo = useProfiles();
  const profiles = useLiveQuery(() => repo.listProfiles(), [repo]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const profile: OrgProfile | undefined =
    profiles?.find((p) => p.id === chosenId) ?? profiles?.find((p) => p.isDefault) ?? profiles?.[0];
  const ruleSets = useRuleSetRegistry();
  const changes = profile ? profileChanges(report, profile, ruleSets) : [];

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="apply-profile-title">
      <DialogTitle id="apply-profile-title">Áp dụng hồ sơ cơ quan</DialogTitle>
      <DialogContent>
        {profiles && profiles.length === 0 ? (
          <Alert severity="info">
            Chưa có hồ sơ cơ quan nào. Hãy thêm hồ sơ ở màn hình “Hồ sơ cơ quan” (từ danh sách bản nháp).
          </Alert>
        ) : (
          <>
            <OutlinedSelect
              label="Hồ sơ"
              value={profile?.id ?? ''}
              onChange={(e) => setChosenId(e.target.value)}
              fullWidth
              sx={{ mt: 1, mb: 2 }}
            >
              {(profiles ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                  {p.isDefault ? ' (mặc định)' : ''}
                </option>
              ))}
            </OutlinedSelect>
            {changes.length === 0 ? (
              <Typography>Bản nháp đã khớp với hồ sơ này; không có gì thay đổi.</Typography>
            ) : (
              <>
                <Typography sx={{ mb: 1 }}>
                  Các trường sau của bản nháp sẽ được thay bằng thông tin trong hồ sơ:
                </Typography>
                <Table size="small" aria-label="Những thay đổi khi áp dụng hồ sơ">
                  <TableHead>
                    <TableRow>
                      <TableCell>Trường</TableCell>
                      <TableCell>Hiện tại</TableCell>
                      <TableCell>Sau khi áp dụng</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {changes.map((c) => (
                      <TableRow key={c.label}>
                        <TableCell sx={{ fontWeight: 600 }}>{c.label}</TableCell>
                        <TableCell sx={{ color: 'text.secondary' }}>{c.from || '(trống)'}</TableCell>
                        <TableCell>{c.to || '(trống)'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Hủy</Button>
        <Button
          variant="contained"
          disabled={!profile || changes.length === 0}
          onClick={() => {
            if (profile) onApply((r) => applyProfile(r, profile, ruleSets));
            onClose();
          }}
        >
          Áp dụng
        </Button>
      </DialogActions>
    </Dialog>
  );
}
