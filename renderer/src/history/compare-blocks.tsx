/**
 * The body of one compared part: paragraphs with their footnotes listed right under them, and tables drawn on
 * their grid with every cell compared; a removed block or cell is struck through where it stood.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { BlockChange, CellChange } from '../../../core/compare/block-compare';
import type { TextDiff } from '../../../core/compare/word-diff';
import { DiffText, REMOVED_SX } from './diff-text';

const MARK: Record<'paragraph' | 'dash' | 'numbered', string> = { paragraph: '', dash: '- ', numbered: '' };

function Footnotes({ footnotes }: { footnotes: readonly TextDiff[] }) {
  if (footnotes.length === 0) return null;
  return (
    <Box component="ol" sx={{ m: 0, mt: 0.5, pl: 3, fontSize: 13, color: 'text.secondary' }} aria-label="Chú thích">
      {footnotes.map((f, i) => (
        <li key={i}>
          <DiffText diff={f} />
        </li>
      ))}
    </Box>
  );
}

function Cell({ cell }: { cell: CellChange }) {
  const Tag = cell.header ? 'th' : 'td';
  return (
    <Box
      component={Tag}
      colSpan={cell.colSpan}
      rowSpan={cell.rowSpan}
      sx={{
        border: '1px solid #9e9e9e',
        px: 0.75,
        py: 0.25,
        verticalAlign: 'top',
        fontWeight: cell.header ? 700 : 400,
        ...(cell.removed ? REMOVED_SX : {}),
      }}
    >
      <DiffText diff={cell.text} />
      <Footnotes footnotes={cell.footnotes} />
    </Box>
  );
}

export function CompareBlocks({ blocks }: { blocks: readonly BlockChange[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'text' ? (
          <Box key={i} sx={{ mb: 1, textAlign: 'justify', ...(block.status === 'removed' ? { opacity: 0.9 } : {}) }}>
            <Typography component="p" sx={{ fontSize: 15 }}>
              {MARK[block.kind]}
              <DiffText diff={block.text} />
            </Typography>
            <Footnotes footnotes={block.footnotes} />
          </Box>
        ) : (
          <Box key={i} sx={{ mb: 1.5 }}>
            {(block.caption.parts.length > 0 || block.unit.parts.length > 0) && (
              <Typography sx={{ fontSize: 14, fontWeight: 700, textAlign: 'center' }}>
                <DiffText diff={block.caption} />
              </Typography>
            )}
            {block.unit.parts.length > 0 && (
              <Typography sx={{ fontSize: 13, fontStyle: 'italic', textAlign: 'right' }}>
                <DiffText diff={block.unit} />
              </Typography>
            )}
            {block.shape && (
              <Typography variant="body2" color="text.secondary">
                Bảng đổi kích thước: {block.shape}.
              </Typography>
            )}
            <Box
              component="table"
              aria-label={block.status === 'removed' ? 'Bảng đã bị xóa' : 'Bảng'}
              sx={{
                borderCollapse: 'collapse',
                fontSize: 14,
                width: '100%',
                ...(block.status === 'removed' ? REMOVED_SX : {}),
              }}
            >
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <Cell key={c} cell={cell} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </Box>
          </Box>
        ),
      )}
    </>
  );
}
