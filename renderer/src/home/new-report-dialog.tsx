/**
 * "Tạo báo cáo mới": pick an outline (đề cương) — built-in, from a signed pack, or made on this machine (marked
 * as not signed) — and the issuing body's profile or explicitly none ("Không dùng hồ sơ": the header, signer and
 * recipients start blank).
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { OutlinedSelect } from '../app/outlined-field';
import type { Template } from '../../../core/templates/template-schema';
import type { OrgProfile } from '../profiles/org-profile';
import { LOCAL_OUTLINE_LABEL } from '../outlines/outline-origin';
import { useTemplateRegistry } from '../template-packs/template-registry';

/** A profile, none by choice, or undefined when this machine has no profile to choose. */
export type ProfileChoice = OrgProfile | 'none' | undefined;

const NO_PROFILE = 'none';

interface NewReportDialogProps {
  templates: Template[];
  profiles: OrgProfile[];
  busy: boolean;
  onCreate: (template: Template, profile: ProfileChoice) => void;
  onClose: () => void;
}

export function NewReportDialog({ templates, profiles, busy, onCreate, onClose }: NewReportDialogProps) {
  const [chosen, setChosen] = useState(templates[0]?.id ?? '');
  const [profileId, setProfileId] = useState(() => (profiles.find((p) => p.isDefault) ?? profiles[0])?.id ?? '');
  const choice: ProfileChoice = profileId === NO_PROFILE ? 'none' : profiles.find((p) => p.id === profileId);
  const template = templates.find((t) => t.id === chosen);
  const { origins } = useTemplateRegistry();
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="new-report-title">
      <DialogTitle id="new-report-title">Tạo báo cáo mới</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Chọn đề cương phù hợp. Các chương và mục gợi ý được tạo sẵn; bạn có thể thêm, bớt, đổi tên sau.
        </Typography>
        <RadioGroup aria-label="Đề cương báo cáo" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {templates.map((t) => (
            <Box
              key={t.id}
              sx={{
                border: 1,
                borderColor: chosen === t.id ? 'primary.main' : 'divider',
                bgcolor: chosen === t.id ? 'primary.light' : 'transparent',
                borderRadius: 1,
                px: 1.5,
                py: 1,
                mb: 1,
              }}
            >
              <FormControlLabel
                value={t.id}
                control={<Radio />}
                label={
                  <Box>
                    <Typography sx={{ fontWeight: 600 }}>{t.name}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t.description}
                    </Typography>
                    {origins.get(t.id) === 'local' && (
                      <Typography variant="caption" color="warning.dark">
                        {LOCAL_OUTLINE_LABEL}
                      </Typography>
                    )}
                  </Box>
                }
                sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 }, m: 0, width: '100%' }}
              />
            </Box>
          ))}
        </RadioGroup>
        {profiles.length > 0 && (
          <OutlinedSelect
            label="Cơ quan ban hành (hồ sơ)"
            value={profileId}
            onChange={(e) => setProfileId(e.target.value)}
            sx={{ mt: 2 }}
            fullWidth
            helperText={
              choice === 'none'
                ? 'Tên cơ quan, ký hiệu, địa danh, người ký và nơi nhận để trống; bạn điền ở bước Thông tin chung.'
                : 'Tên cơ quan, ký hiệu, địa danh, người ký và nơi nhận được điền sẵn từ hồ sơ này.'
            }
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
                {p.isDefault ? ' (mặc định)' : ''}
              </option>
            ))}
            <option value={NO_PROFILE}>Không dùng hồ sơ</option>
          </OutlinedSelect>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Hủy</Button>
        <Button variant="contained" disabled={!template || busy} onClick={() => template && onCreate(template, choice)}>
          Tạo báo cáo
        </Button>
      </DialogActions>
    </Dialog>
  );
}
