/**
 * "Ngày ban hành": typed day first (core/text/typed-date.ts reads "15/6/2023", "15/6/23", "15/6") or picked from a
 * Vietnamese month calendar; writes an ISO date. What is typed stays as typed while the field has the focus, so
 * typing is never fought; text that is not a date stays after the field is left, with its error, and goes up as
 * `invalidText` so the draft keeps it (a reload shows it again) until the clerk fixes it.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import CalendarMonth from '@mui/icons-material/CalendarMonth';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { parseIsoDate, toIsoDate } from '../../../core/text/date-line';
import { farDateNote, formatTypedDate, parseTypedDate } from '../../../core/text/typed-date';
import { VI_MONTHS, VI_WEEKDAYS, VI_WEEKDAYS_SHORT, dayLabel, monthGrid, shiftMonth } from './vi-date';
import { OutlinedField } from '../app/outlined-field';

interface ViDateFieldProps {
  label: string;
  /** ISO "YYYY-MM-DD" or ''; the last real date while the text typed is not one. */
  value: string;
  /** Text typed that is not a date, kept until fixed; undefined when the field shows `value`. */
  invalidText?: string | undefined;
  onValue: (iso: string, invalidText: string | undefined) => void;
  /** Today's ISO date: the calendar's starting month, the year of "15/6", and the check for a far date. */
  today: string;
  helperText?: string;
}

export const INVALID_DATE_MESSAGE =
  'Ngày không hợp lệ. Hãy gõ một ngày có thật theo dạng ngày/tháng/năm, ví dụ 09/01/2026 hoặc 9/1/26.';

export function ViDateField({ label, value, invalidText, onValue, today, helperText }: ViDateFieldProps) {
  // The text while the field has the focus; null shows the stored state.
  const [typed, setTyped] = useState<string | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const shown = typed ?? invalidText ?? formatTypedDate(value);
  const parsed = parseTypedDate(shown, today);
  const invalid = parsed.kind === 'invalid';
  const far = parsed.kind === 'date' ? farDateNote(parsed.iso, today) : null;

  const onText = (text: string) => {
    setTyped(text);
    const next = parseTypedDate(text, today);
    if (next.kind === 'date') onValue(next.iso, undefined);
    else if (next.kind === 'empty') onValue('', undefined);
    else onValue(value, text);
  };
  const pick = (iso: string) => {
    setTyped(null);
    onValue(iso, undefined);
    setAnchor(null);
  };

  return (
    <>
      <OutlinedField
        label={label}
        value={shown}
        placeholder="ngày/tháng/năm"
        error={invalid}
        helperText={invalid ? INVALID_DATE_MESSAGE : (far ?? helperText)}
        onChange={(e) => onText(e.target.value)}
        onBlur={() => setTyped(null)}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { inputMode: 'numeric', maxLength: 12, spellCheck: false },
          ...(far && !invalid ? { formHelperText: { sx: { color: 'warning.dark' } } } : {}),
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  size="small"
                  aria-label="Chọn ngày trên lịch"
                  onClick={(e) => setAnchor(e.currentTarget)}
                >
                  <CalendarMonth fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {anchor && (
          <MonthCalendar selected={value} start={value || today} today={today} onPick={pick} onClear={() => pick('')} />
        )}
      </Popover>
    </>
  );
}

function MonthCalendar({
  selected,
  start,
  today,
  onPick,
  onClear,
}: {
  selected: string;
  start: string;
  today: string;
  onPick: (iso: string) => void;
  onClear: () => void;
}) {
  const first = parseIsoDate(start) ?? parseIsoDate(today) ?? { year: 2026, month: 1, day: 1 };
  const [view, setView] = useState({ year: first.year, month: first.month });
  const go = (by: number) => setView((v) => shiftMonth(v.year, v.month, by));
  return (
    <Box role="dialog" aria-label="Lịch chọn ngày" sx={{ p: 1.5, width: 300 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <IconButton size="small" aria-label="Tháng trước" onClick={() => go(-1)}>
          <ChevronLeft />
        </IconButton>
        <Typography
          sx={{ flexGrow: 1, textAlign: 'center', fontWeight: 600 }}
          aria-live="polite"
          data-testid="calendar-month"
        >
          {VI_MONTHS[view.month - 1]} năm {view.year}
        </Typography>
        <IconButton size="small" aria-label="Tháng sau" onClick={() => go(1)}>
          <ChevronRight />
        </IconButton>
      </Box>
      <Box role="grid" sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 0.25, textAlign: 'center' }}>
        {VI_WEEKDAYS_SHORT.map((w, i) => (
          <Typography key={w} variant="caption" color="text.secondary" title={VI_WEEKDAYS[i]} sx={{ py: 0.5 }}>
            {w}
          </Typography>
        ))}
        {monthGrid(view.year, view.month)
          .flat()
          .map((day, i) => {
            if (day === null) return <span key={`e${i}`} />;
            const iso = toIsoDate({ year: view.year, month: view.month, day });
            const isSelected = iso === selected;
            return (
              <Button
                key={iso}
                size="small"
                variant={isSelected ? 'contained' : 'text'}
                aria-label={dayLabel(view.year, view.month, day)}
                aria-pressed={isSelected}
                onClick={() => onPick(iso)}
                sx={{
                  minWidth: 0,
                  px: 0,
                  fontWeight: iso === today ? 700 : 400,
                  outline: iso === today && !isSelected ? '1px solid' : 'none',
                  outlineColor: 'primary.main',
                }}
              >
                {day}
              </Button>
            );
          })}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 1 }}>
        <Button size="small" onClick={() => onPick(today)}>
          Hôm nay
        </Button>
        <Button size="small" color="inherit" onClick={onClear}>
          Để trống ngày
        </Button>
      </Box>
    </Box>
  );
}
