/**
 * One sub-section of a chapter: computed marker, heading, numbering style (its printed level), body editor, its
 * own sub-sections, and the actions that reshape the tree. Rendered recursively down to depth 4.
 */
import { FieldSpellingSlot } from '../spelling/field-spelling-slot';
import { memo, useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Tooltip } from '../app/tooltip';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import SubdirectoryArrowRight from '@mui/icons-material/SubdirectoryArrowRight';
import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import { findOutlineNode } from '../../../core/model/new-report';
import { sectionHasText } from '../../../core/model/report-text';
import type { Block, HeadingLevel, Section } from '../../../core/model/report-schema';
import { OutlinedSelect } from '../app/outlined-field';
import type { Template } from '../../../core/templates/template-schema';
import { RichTextEditor } from '../editor/rich-text-editor';
import { childFootnoteOffsets } from '../editor/footnote-offsets';
import { ConfirmDialog } from './confirm-dialog';
import { useBlockOrigins } from './block-origins-context';
import { LineField } from './line-field';
import { canHaveChildren, childNumberings, sameCardNumbering, type CardNumbering } from './section-ops';
import { sectionPlace } from '../editor/editor-place';

export interface SectionActions {
  setHeading: (id: string, heading: string) => void;
  setBlocks: (id: string, blocks: Block[]) => void;
  addChild: (id: string) => void;
  addSibling: (id: string) => void;
  remove: (id: string) => void;
  move: (id: string, delta: -1 | 1) => void;
  setLevel: (id: string, level: HeadingLevel) => void;
}

interface SectionCardProps {
  section: Section;
  /** 1-based positions from the top. */
  path: number[];
  /** Printed levels from the top (`headingLevel`), the last one this section's. */
  levels: number[];
  /** Its marker and numbering-style choices, counted among its siblings (`childNumberings`). */
  numbering: CardNumbering;
  siblingCount: number;
  template: Template | undefined;
  /** How many footnotes come before this section's body in the report. */
  footnoteOffset: number;
  /** Stable across renders (the chapter step memoises it), so untouched cards are skipped. */
  actions: SectionActions;
}

const OFFSCREEN_SKIP = { contentVisibility: 'auto', containIntrinsicSize: 'auto 600px' } as const;

const LEVEL_LABEL = ['', 'chương', 'mục', 'tiểu mục', 'điểm'];

/**
 * Memoised: an edit replaces only the sections on the path to the change (section-ops keeps the others), so
 * a keystroke re-renders that path and not the hundred other cards of a long chapter. `path` is a fresh array
 * on every parent render, hence compared by value.
 */
export const SectionCard = memo(
  SectionCardView,
  (a, b) =>
    a.section === b.section &&
    a.siblingCount === b.siblingCount &&
    a.template === b.template &&
    a.footnoteOffset === b.footnoteOffset &&
    a.actions === b.actions &&
    a.path.length === b.path.length &&
    a.path.every((x, i) => x === b.path[i]) &&
    a.levels.length === b.levels.length &&
    a.levels.every((x, i) => x === b.levels[i]) &&
    sameCardNumbering(a.numbering, b.numbering),
);

function SectionCardView({
  section,
  path,
  levels,
  numbering,
  siblingCount,
  template,
  footnoteOffset,
  actions,
}: SectionCardProps) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const id = section.id;
  const onHeading = useCallback((v: string) => actions.setHeading(id, v), [actions, id]);
  const onBlocks = useCallback((blocks: Block[]) => actions.setBlocks(id, blocks), [actions, id]);
  const { marker, level, choices } = numbering;
  const childrenNumbering = childNumberings(section.children, numbering.childContext);
  const depth = path.length;
  const index = path[depth - 1]! - 1;
  const guidance = findOutlineNode(template?.chapters, section.outlineKey)?.guidance;
  const kind = LEVEL_LABEL[level] ?? 'mục';
  const canNest = canHaveChildren(levels);
  const origins = useBlockOrigins(section);

  return (
    <Box
      component="section"
      aria-label={`Mục ${marker} ${section.heading}`}
      data-testid={`section-${marker}`}
      data-section-id={section.id}
      // Off-screen cards skip style, layout and paint (a 100-page chapter is thousands of lines of DOM), so a
      // keystroke relays out only what is near the viewport.
      sx={{
        borderLeft: 3,
        borderColor: level === 2 ? 'primary.main' : level === 3 ? '#7fa7c4' : '#c3d4e1',
        pl: 2,
        py: 1,
        ...(depth === 2 ? OFFSCREEN_SKIP : {}),
      }}
    >
      {/* A narrow column (the page preview open beside it) moves the numbering style and actions below the heading
          instead of squeezing the heading to a word per line. */}
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Chip
          label={marker}
          color="primary"
          variant={level === 2 ? 'filled' : 'outlined'}
          sx={{ mt: 0.5, fontWeight: 700, minWidth: 48 }}
        />
        <LineField
          deferred
          data-find-field={`heading:${section.id}`}
          label={`Tiêu đề mục ${marker}`}
          value={section.heading}
          onValue={onHeading}
          placeholder={`Nhập tiêu đề ${kind}…`}
          multiline
          sx={{ flex: '1 1 240px', minWidth: 0 }}
          slotProps={{ htmlInput: { style: { fontWeight: 600, fontStyle: level >= 3 ? 'italic' : 'normal' } } }}
        />
        {choices.length > 1 && (
          <OutlinedSelect
            label="Kiểu đánh số"
            value={String(level)}
            onChange={(e) => actions.setLevel(section.id, Number(e.target.value) as HeadingLevel)}
            fullWidth={false}
            sx={{ flexShrink: 0, width: 150 }}
            slotProps={{ htmlInput: { 'aria-label': `Kiểu đánh số mục ${marker}`, 'data-testid': 'level-select' } }}
          >
            {choices.map((c) => (
              <option key={c.level} value={c.level}>{`${c.marker} ${LEVEL_LABEL[c.level]}`}</option>
            ))}
          </OutlinedSelect>
        )}
        <Stack direction="row" sx={{ flexShrink: 0, pt: 0.25 }}>
          <Tooltip title={canNest ? `Thêm mục con trong ${marker}` : 'Đã đến cấp sâu nhất (a, b, c…)'}>
            <span>
              <IconButton
                size="small"
                aria-label={`Thêm mục con trong ${marker}`}
                disabled={!canNest}
                onClick={() => actions.addChild(section.id)}
              >
                <SubdirectoryArrowRight fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title={`Thêm mục ngang hàng sau ${marker}`}>
            <IconButton
              size="small"
              aria-label={`Thêm mục ngang hàng sau ${marker}`}
              onClick={() => actions.addSibling(section.id)}
            >
              <PlaylistAdd fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title="Chuyển lên">
            <span>
              <IconButton
                size="small"
                aria-label={`Chuyển mục ${marker} lên`}
                disabled={index === 0}
                onClick={() => actions.move(section.id, -1)}
              >
                <ArrowUpward fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title="Chuyển xuống">
            <span>
              <IconButton
                size="small"
                aria-label={`Chuyển mục ${marker} xuống`}
                disabled={index >= siblingCount - 1}
                onClick={() => actions.move(section.id, 1)}
              >
                <ArrowDownward fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title={`Xóa mục ${marker}`}>
            <IconButton
              size="small"
              aria-label={`Xóa mục ${marker}`}
              onClick={() => (sectionHasText(section) ? setConfirmDelete(true) : actions.remove(section.id))}
            >
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      </Stack>
      <Box sx={{ ml: 7 }}>
        <FieldSpellingSlot label={`Tiêu đề mục ${marker}`} text={section.heading} onText={onHeading} />
      </Box>
      {guidance && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5, ml: 7 }}>
          Gợi ý: {guidance}
        </Typography>
      )}
      <Box sx={{ mt: 1, ml: { xs: 0, md: 7 } }}>
        <RichTextEditor
          label={`Nội dung mục ${marker}`}
          testId={`editor-${marker}`}
          place={sectionPlace(section.id)}
          initialBlocks={section.blocks}
          footnoteOffset={footnoteOffset}
          onChange={onBlocks}
          origins={origins}
          placeholder={
            section.children.length ? 'Có thể để trống nếu nội dung nằm trong các mục con.' : 'Nhập nội dung…'
          }
        />
      </Box>
      {section.children.length > 0 && (
        <Stack spacing={1} sx={{ mt: 1.5, ml: { xs: 1, md: 4 } }}>
          {childFootnoteOffsets(section, footnoteOffset).map((offset, i) => {
            const child = section.children[i]!;
            const childNumbering = childrenNumbering[i]!;
            return (
              <SectionCard
                key={child.id}
                section={child}
                path={[...path, i + 1]}
                levels={[...levels, childNumbering.level]}
                numbering={childNumbering}
                siblingCount={section.children.length}
                template={template}
                footnoteOffset={offset}
                actions={actions}
              />
            );
          })}
        </Stack>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={`Xóa mục ${marker}?`}
          message={`Mục “${marker} ${section.heading}” đã có nội dung. Xóa mục sẽ xóa cả nội dung và các mục con của nó; các mục sau được đánh số lại.`}
          confirmLabel="Xóa mục"
          onConfirm={() => actions.remove(section.id)}
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </Box>
  );
}
