/** One toolbar button: an icon with a Vietnamese tooltip and accessible name, showing its pressed state. */
import type { ReactNode } from 'react';
import IconButton from '@mui/material/IconButton';
import { Tooltip } from '../app/tooltip';

interface FormatButtonProps {
  label: string;
  shortcut?: string | undefined;
  active?: boolean;
  disabled?: boolean;
  onClick: (e: React.MouseEvent<HTMLButtonElement>) => void;
  children: ReactNode;
}

export function FormatButton({
  label,
  shortcut,
  active = false,
  disabled = false,
  onClick,
  children,
}: FormatButtonProps) {
  const title = shortcut ? `${label} (${shortcut})` : label;
  return (
    <Tooltip title={title}>
      <span>
        <IconButton
          size="small"
          aria-label={label}
          aria-pressed={active}
          disabled={disabled}
          // Keep the editor's selection: a mousedown on the button would otherwise blur it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={onClick}
          sx={{
            borderRadius: 1,
            color: active ? 'primary.main' : 'text.secondary',
            bgcolor: active ? 'primary.light' : 'transparent',
          }}
        >
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
}
