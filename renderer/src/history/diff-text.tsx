/**
 * One compared text as a reader marks up a printout: added words underlined in green, removed words struck
 * through in red (the semantic <ins>/<del>, so screen readers say "inserted"/"deleted" too).
 */
import Box from '@mui/material/Box';
import type { TextDiff } from '../../../core/compare/word-diff';

export const ADDED_SX = { color: '#1b5e20', bgcolor: '#e8f5e9', textDecoration: 'underline', textUnderlineOffset: 2 };
export const REMOVED_SX = { color: '#b71c1c', bgcolor: '#ffebee', textDecoration: 'line-through' };

export function DiffText({ diff, empty = '' }: { diff: TextDiff; empty?: string }) {
  if (diff.parts.length === 0) return <span>{empty}</span>;
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
      {diff.parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : (
          <Box
            key={i}
            component={part.kind === 'added' ? 'ins' : 'del'}
            sx={part.kind === 'added' ? ADDED_SX : REMOVED_SX}
          >
            {part.text}
          </Box>
        ),
      )}
    </Box>
  );
}
