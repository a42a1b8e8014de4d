/** Create or edit one organisation profile. Everything is cleaned (NFC, one line) as it is typed. */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ISSUERS } from '../../../core/text/document-symbol';
import { AbbreviationField } from '../wizard/abbreviation-field';
import { bareRecipient } from '../wizard/recipient-text';
import { LineField } from '../wizard/line-field';
import { FAMILY_LABELS, type OrgProfileInput } from './org-profile';
import { TONE_LABELS, TONE_STYLES, storedToneStyle, toneStyleOf } from './profile-tone-style';
import { OutlinedField } from '../app/outlined-field';

interface ProfileFormDialogProps {
  initial: OrgProfileInput;
  editing: boolean;
  onSave: (input: OrgProfileInput) => Promise<void>;
  onClose: () => void;
}

export function ProfileFormDialog({ initial, editing, onSave, onClose }: ProfileFormDialogProps) {
  const [p, setP] = useState<OrgProfileInput>(initial);
  const [recipientsText, setRecipientsText] = useState(initial.recipients.join('\n'));
  const [unitsText, setUnitsText] = useState((initial.units ?? []).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<OrgProfileInput>) => setP((x) => ({ ...x, ...patch }));

  const save = async () => {
    if (!p.issuer.trim()) {
      setError('Hãy nhập tên cơ quan ban hành trước khi lưu hồ sơ.');
      return;
    }
    setBusy(true);
    try {
      const recipients = recipientsText.normalize('NFC').split('\n').map(bareRecipient).filter(Boolean);
      const units = unitsText
        .normalize('NFC')
        .split('\n')
        .map((u) => u.replace(/\s+/gu, ' ').trim())
        .filter(Boolean);
      await onSave({ ...p, label: p.label.trim() || p.issuer.trim().replace(/\s*\n\s*/g, ' '), recipients, units });
    } catch {
      setError(
        'Không lưu được hồ sơ cơ quan vào bộ nhớ của ứng dụng. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại ứng dụng.',
      );
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="profile-form-title">
      <DialogTitle id="profile-form-title">{editing ? 'Sửa hồ sơ cơ quan' : 'Thêm hồ sơ cơ quan'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {error && <Alert severity="error">{error}</Alert>}
          <LineField
            label="Tên gọi của hồ sơ"
            value={p.label}
            onValue={(v) => set({ label: v })}
            maxLength={200}
            helperText="Để phân biệt khi có nhiều hồ sơ, ví dụ: Huyện ủy Tam Đường. Để trống thì dùng tên cơ quan ban hành."
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
            <LineField
              lines
              label="Cơ quan cấp trên trực tiếp"
              value={p.parentOrg}
              onValue={(v) => set({ parentOrg: v })}
              maxLength={300}
              placeholder="ĐẢNG BỘ TỈNH LAI CHÂU"
            />
            <LineField
              lines
              label="Cơ quan ban hành"
              value={p.issuer}
              onValue={(v) => set({ issuer: v })}
              maxLength={300}
              placeholder="HUYỆN ỦY TAM ĐƯỜNG"
              required
            />
            <AbbreviationField
              label="Ký hiệu cơ quan"
              value={p.issuerCode}
              onValue={(v) => set({ issuerCode: v })}
              options={ISSUERS}
              maxLength={40}
              helperText="HU = Huyện ủy, ĐU = Đảng ủy, UBND = Ủy ban nhân dân"
            />
            <LineField
              label="Địa danh"
              value={p.place}
              onValue={(v) => set({ place: v })}
              maxLength={200}
              placeholder="Tam Đường"
            />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
            <FormControl>
              <FormLabel id="family-label">Thể thức văn bản</FormLabel>
              <RadioGroup
                aria-labelledby="family-label"
                value={p.family}
                onChange={(e) => set({ family: e.target.value === 'state' ? 'state' : 'party' })}
              >
                {(['party', 'state'] as const).map((f) => (
                  <FormControlLabel key={f} value={f} control={<Radio />} label={FAMILY_LABELS[f]} />
                ))}
              </RadioGroup>
            </FormControl>
            <FormControl>
              <FormLabel id="tone-label">Cách bỏ dấu thanh</FormLabel>
              <RadioGroup
                aria-labelledby="tone-label"
                value={toneStyleOf(p.toneStyle)}
                onChange={(e) =>
                  set({
                    toneStyle: storedToneStyle(e.target.value === 'second-vowel' ? 'second-vowel' : 'first-vowel'),
                  })
                }
              >
                {TONE_STYLES.map((t) => (
                  <FormControlLabel key={t} value={t} control={<Radio />} label={TONE_LABELS[t]} />
                ))}
              </RadioGroup>
            </FormControl>
          </Box>
          <Box>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>
              Người ký thường dùng
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 2 }}>
              <LineField
                lines
                label="Quyền hạn ký"
                value={p.signerAuthority}
                onValue={(v) => set({ signerAuthority: v })}
                maxLength={200}
                placeholder="T/M BAN THƯỜNG VỤ"
              />
              <LineField
                lines
                label="Chức vụ người ký"
                value={p.signerTitle}
                onValue={(v) => set({ signerTitle: v })}
                maxLength={200}
                placeholder="PHÓ BÍ THƯ"
              />
              <LineField
                label="Họ tên người ký"
                value={p.signerName}
                onValue={(v) => set({ signerName: v })}
                maxLength={200}
              />
            </Box>
          </Box>
          <OutlinedField
            label="Nơi nhận thường dùng"
            multiline
            minRows={3}
            value={recipientsText}
            onChange={(e) => setRecipientsText(e.target.value)}
            helperText="Mỗi dòng một nơi nhận, dòng cuối là “Lưu …”. Dấu “- ” và dấu phẩy cuối dòng được thêm tự động."
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
          <OutlinedField
            label="Đơn vị cấp dưới"
            multiline
            minRows={3}
            value={unitsText}
            onChange={(e) => setUnitsText(e.target.value)}
            helperText="Mỗi dòng một đơn vị phải nộp báo cáo cho cơ quan này, ví dụ “Đảng ủy xã Nậm Tăm”. Dùng khi nhận báo cáo để biết đơn vị nào chưa nộp."
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Hủy</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()}>
          Lưu hồ sơ
        </Button>
      </DialogActions>
    </Dialog>
  );
}
