/**
 * "Chuẩn hóa cách bỏ dấu": rewrites the whole draft in one tone-mark style (the default profile's, or the one
 * the clerk picks), with "Hoàn tác" in a snackbar.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Box, Button, Snackbar, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Report } from '../../../core/model/report-schema';
import type { ToneStyle } from '../../../core/text/tone-style';
import { useProfiles } from '../app/profiles-context';
import { TONE_LABELS, TONE_STYLES, toneStyleOf } from '../profiles/profile-tone-style';
import { applyToneStyle, toneStyleChanges } from './report-tone-style';

interface ToneStyleActionProps {
  report: Report;
  onReplace: (report: Report) => void;
}

export function ToneStyleAction({ report, onReplace }: ToneStyleActionProps) {
  const profiles = useProfiles();
  const preferred = useLiveQuery(async () => {
    const profile = (await profiles.listProfiles()).find((p) => p.isDefault);
    return profile ? toneStyleOf(profile.toneStyle) : null;
  }, [profiles]);
  const [picked, setPicked] = useState<ToneStyle | null>(null);
  const style: ToneStyle = picked ?? preferred ?? 'first-vowel';
  const [undo, setUndo] = useState<{ before: Report; count: number } | null>(null);
  const count = toneStyleChanges(report, style);

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
      <Typography variant="body2">Cách bỏ dấu:</Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={style}
        onChange={(_, v: ToneStyle | null) => v && setPicked(v)}
        aria-label="Kiểu bỏ dấu"
      >
        {TONE_STYLES.map((t) => (
          <ToggleButton key={t} value={t}>
            {TONE_LABELS[t]}
            {preferred === t ? ' · theo hồ sơ' : ''}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Button
        variant="outlined"
        disabled={count === 0}
        onClick={() => {
          setUndo({ before: report, count });
          onReplace(applyToneStyle(report, style));
        }}
      >
        Chuẩn hóa cách bỏ dấu{count > 0 ? ` (${count} chỗ)` : ''}
      </Button>
      <Snackbar
        open={undo !== null}
        autoHideDuration={10_000}
        onClose={(_, reason) => reason !== 'clickaway' && setUndo(null)}
      >
        <Alert
          severity="success"
          variant="filled"
          onClose={() => setUndo(null)}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                if (undo) onReplace(undo.before);
                setUndo(null);
              }}
            >
              Hoàn tác
            </Button>
          }
        >
          Đã chuẩn hóa {undo?.count ?? 0} chỗ theo kiểu “{TONE_LABELS[style]}”.
        </Alert>
      </Snackbar>
    </Box>
  );
}
