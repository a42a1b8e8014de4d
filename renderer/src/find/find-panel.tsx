/**
 * The find and replace panel: a small non-modal box at the top right of the wizard, opened with Ctrl+F (find)
 * or Ctrl+H (find and replace) or the app bar's button. Enter finds the next match, Shift+Enter the previous
 * one, Esc closes the panel and gives the focus back to where it was.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp';
import { formatViNumber } from '../../../core/text/vi-number';
import { OutlinedField } from '../app/outlined-field';
import { Tooltip } from '../app/tooltip';
import type { FindReplace } from './use-find-replace';

interface FindPanelProps {
  find: FindReplace;
  /** The wizard step's name, for "Trong: II. KẾT QUẢ". */
  stepLabel: (stepKey: string) => string;
}

export function FindPanel({ find, stepLabel }: FindPanelProps) {
  const input = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [find.focusToken]);
  if (find.mode === null) return null;

  const { matches, current, options } = find;
  const count =
    matches === null
      ? '…'
      : matches.length === 0
        ? '0/0'
        : `${current < 0 ? '–' : formatViNumber(current + 1)}/${formatViNumber(matches.length)}`;
  const shown = matches && current >= 0 ? matches[current] : undefined;
  const none = find.needle.trim() !== '' && matches !== null && matches.length === 0;
  // Esc is handled by the panel around the fields.
  const onKeyDown = (e: KeyboardEvent, enter: () => void) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) find.previous();
      else enter();
    }
  };

  return (
    <Paper
      elevation={8}
      role="dialog"
      aria-label="Tìm và thay thế"
      data-testid="find-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          find.close();
        }
      }}
      sx={{ position: 'fixed', top: 72, right: 16, width: 420, maxWidth: 'calc(100vw - 32px)', p: 1.5, zIndex: 1200 }}
    >
      <Stack spacing={1}>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <OutlinedField
            label="Tìm"
            value={find.needle}
            onChange={(e) => find.setNeedle(e.target.value)}
            inputRef={input}
            autoComplete="off"
            error={none}
            slotProps={{ htmlInput: { maxLength: 200, spellCheck: false, 'data-testid': 'find-input' } }}
            onKeyDown={(e) => onKeyDown(e, find.next)}
          />
          <Typography
            variant="body2"
            data-testid="find-count"
            aria-label="Kết quả tìm"
            sx={{ minWidth: 56, textAlign: 'center', color: none ? 'error.main' : 'text.secondary' }}
          >
            {find.needle.trim() ? count : ''}
          </Typography>
          <Tooltip title="Trước (Shift+Enter, Shift+F3)">
            <IconButton aria-label="Trước" onClick={find.previous} size="small">
              <KeyboardArrowUp />
            </IconButton>
          </Tooltip>
          <Tooltip title="Sau (Enter, F3)">
            <IconButton aria-label="Sau" onClick={find.next} size="small">
              <KeyboardArrowDown />
            </IconButton>
          </Tooltip>
          <Tooltip title="Đóng (Esc)">
            <IconButton aria-label="Đóng tìm kiếm" onClick={find.close} size="small">
              <Close />
            </IconButton>
          </Tooltip>
        </Stack>
        <Box
          sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 0.5, '& .MuiFormControlLabel-label': { fontSize: 14 } }}
        >
          <FormControlLabel
            control={
              <Checkbox
                size="small"
                checked={options.matchCase}
                onChange={(e) => find.setOptions({ ...options, matchCase: e.target.checked })}
              />
            }
            label="Khớp chữ hoa/thường"
          />
          <FormControlLabel
            control={
              <Checkbox
                size="small"
                checked={options.matchDiacritics}
                onChange={(e) => find.setOptions({ ...options, matchDiacritics: e.target.checked })}
              />
            }
            label="Khớp dấu"
          />
          <FormControlLabel
            control={
              <Checkbox
                size="small"
                checked={options.wholeWord}
                onChange={(e) => find.setOptions({ ...options, wholeWord: e.target.checked })}
              />
            }
            label="Cả từ"
          />
        </Box>
        {find.mode === 'replace' ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <OutlinedField
              label="Thay bằng"
              value={find.replacement}
              onChange={(e) => find.setReplacement(e.target.value)}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: 200, spellCheck: false, 'data-testid': 'replace-input' } }}
              onKeyDown={(e) => onKeyDown(e, find.replaceOne)}
            />
            <Button variant="outlined" onClick={find.replaceOne} disabled={!find.needle.trim()}>
              Thay
            </Button>
            <Button variant="contained" onClick={find.replaceAll} disabled={!find.needle.trim()} sx={{ flexShrink: 0 }}>
              Thay tất cả
            </Button>
          </Stack>
        ) : (
          <Box>
            <Button size="small" onClick={() => find.open('replace')}>
              Thay thế…
            </Button>
          </Box>
        )}
        {shown && (
          <Typography variant="body2" color="text.secondary" data-testid="find-context" noWrap>
            {stepLabel(shown.slot.stepKey)}: …{shown.before}
            <Box component="mark" sx={{ bgcolor: 'warning.light', px: 0.25 }}>
              {shown.text}
            </Box>
            {shown.after}…
          </Typography>
        )}
        <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 0 }}>
          {(find.message ?? (none ? 'Không tìm thấy trong báo cáo.' : null)) && (
            <Typography variant="body2" data-testid="find-message" sx={{ flex: 1 }}>
              {find.message ?? 'Không tìm thấy trong báo cáo.'}
            </Typography>
          )}
          {find.canUndo && (
            <Button size="small" onClick={find.undo}>
              Hoàn tác thay thế
            </Button>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
