/** A row of editor tool buttons that is one Tab stop, arrows inside (use-roving-toolbar.ts). */
import { useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { useRovingToolbar } from './use-roving-toolbar';

export function RovingToolbar({ label, shaded, children }: { label: string; shaded?: boolean; children: ReactNode }) {
  const toolbarRef = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(toolbarRef);
  return (
    <Box
      ref={toolbarRef}
      role="toolbar"
      aria-label={label}
      aria-orientation="horizontal"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.25,
        px: 0.5,
        py: 0.25,
        borderBottom: 1,
        borderColor: 'divider',
        flexWrap: 'wrap',
        ...(shaded ? { bgcolor: 'action.hover' } : {}),
      }}
    >
      {children}
    </Box>
  );
}
