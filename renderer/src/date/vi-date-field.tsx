/**
 * "Ngày ban hành": typed as dd/mm/yyyy or picked from a Vietnamese month calendar; writes an ISO date. The text
 * the clerk is typing stays as typed until it forms a real date, so typing is never fought.
 */
import { useState } from 'react';
import { Box, Button, IconButton, InputAdornment, Popover, Typography } from '@mui/material';
import CalendarMonth from '@mui/icons-material/CalendarMonth';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { parseIsoDate, toIsoDate } from '../../../core/text/date-line';
import {
  VI_MONTHS,
  VI_WEEKDAYS,
  VI_WEEKDAYS_SHORT,
  dayLabel,
  formatDmy,
  monthGrid,
  parseDmy,
  shiftMonth,
} from './vi-date';
import { OutlinedField } from '../app/outlined-field';

interface ViDateFieldProps {
  label: string;
  /** ISO "YYYY-MM-DD" or ''. */
  value: string;
  onValue: (iso: string) => void;
  /** Today's ISO date, for the calendar's starting month when the field is empty. */
  today: string;
  helperText?: string;
}

export function ViDateField({ label, value, onValue, today, helperText }: ViDateFieldProps) {
  const [typed, setTyped] = useState<{ text: string; forValue: string } | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const shown = typed && typed.forValue === value ? typed.text : formatDmy(value);
  const invalid = typed !== null && typed.forValue === value && parseDmy(typed.text) === null;

  const onText = (text: string) => {
    const iso = parseDmy(text);
    if (iso !== null && iso !== value) {
      setTyped({ text, forValue: iso });
      onValue(iso);
    } else {
      setTyped({ text, forValue: value });
    }
  };

  return (
    <>
      <OutlinedField
        label={label}
        value={shown}
        placeholder="dd/mm/yyyy"
        error={invalid}
        helperText={invalid ? 'Ngày không hợp lệ. Hãy gõ theo dạng ngày/tháng/năm, ví dụ 09/01/2026.' : helperText}
        onChange={(e) => onText(e.target.value)}
        onBlur={() => setTyped(null)}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { inputMode: 'numeric', maxLength: 12, spellCheck: false },
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
          <MonthCalendar
            selected={value}
            start={value || today}
            today={today}
            onPick={(iso) => {
              setTyped(null);
              onValue(iso);
              setAnchor(null);
            }}
            onClear={() => {
              setTyped(null);
              onValue('');
              setAnchor(null);
            }}
          />
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
