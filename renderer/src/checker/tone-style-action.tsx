/**
 * Tone-mark styles over the whole report. When one word is written both ways ("hoà" here, "hòa" there) it lists
 * those words with how often each spelling occurs, and "Thống nhất từng từ" gives each its majority spelling.
 * "Chuẩn hóa cách bỏ dấu" rewrites the whole draft in one style (the default profile's, or the one the clerk
 * picks). Either is one change, with "Hoàn tác" in a snackbar.
 */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Report } from '../../../core/model/report-schema';
import type { ToneStyle } from '../../../core/text/tone-style';
import { useProfiles } from '../app/profiles-context';
import { TONE_KINDS, TONE_LABELS, TONE_STYLES, toneStyleOf } from '../profiles/profile-tone-style';
import {
  applyToneMajority,
  applyToneStyle,
  mixedToneWords,
  toneMajorityChanges,
  toneStyleChanges,
} from './report-tone-style';

/** Words listed by name; the rest are counted. */
const LISTED = 8;

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
  const [undo, setUndo] = useState<{ before: Report; message: string } | null>(null);
  const count = toneStyleChanges(report, style);
  const mixed = useMemo(() => mixedToneWords(report, preferred ?? 'first-vowel'), [report, preferred]);
  const majorityCount = toneMajorityChanges(mixed);
  const total = (t: ToneStyle) => mixed.reduce((n, m) => n + m.spellings[t].count, 0);

  return (
    <Box>
      {mixed.length > 0 && (
        <Alert
          severity="warning"
          sx={{ mb: 1 }}
          role="region"
          aria-label="Từ viết hai kiểu bỏ dấu"
          action={
            <Button
              color="inherit"
              size="small"
              // The word list beside it wraps instead: the action's label stays on one line.
              sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
              onClick={() => {
                setUndo({
                  before: report,
                  message: `Đã thống nhất ${majorityCount} chỗ theo cách viết nhiều hơn của từng từ.`,
                });
                onReplace(applyToneMajority(report, mixed));
              }}
            >
              Thống nhất từng từ ({majorityCount} chỗ)
            </Button>
          }
        >
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {mixed.length} từ được viết theo cả hai kiểu bỏ dấu:{' '}
            {TONE_STYLES.map((t) => `${total(t)} chỗ ${TONE_KINDS[t]}`).join(', ')}.
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {mixed.slice(0, LISTED).map((m) => (
              <li key={m.key}>
                {TONE_STYLES.map((t) => `“${m.spellings[t].form}” ${m.spellings[t].count} chỗ`).join(', ')} → “
                {m.spellings[m.keep].form}”
              </li>
            ))}
            {mixed.length > LISTED && <li>và {mixed.length - LISTED} từ khác</li>}
          </Box>
        </Alert>
      )}
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
            setUndo({ before: report, message: `Đã chuẩn hóa ${count} chỗ theo kiểu “${TONE_LABELS[style]}”.` });
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
            {undo?.message}
          </Alert>
        </Snackbar>
      </Box>
    </Box>
  );
}
