/** Step for one chapter (I., II., …): its heading and body, its nested sub-sections, and chapter actions. */
import { FieldSpellingSlot } from '../spelling/field-spelling-slot';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import { sectionHasText } from '../../../core/model/report-text';
import { headingLevel, type Block, type Report, type Section } from '../../../core/model/report-schema';
import { chapterMarker } from '../../../core/model/wizard-steps';
import { siblingNumbering } from '../../../core/model/markers';
import type { Template } from '../../../core/templates/template-schema';
import { randomId } from '../db/drafts-repository';
import { RichTextEditor } from '../editor/rich-text-editor';
import { childFootnoteOffsets, sectionSlot } from '../editor/footnote-offsets';
import { ConfirmDialog } from './confirm-dialog';
import { LineField } from './line-field';
import { SectionCard, type SectionActions } from './section-card';
import { useBlockOrigins } from './block-origins-context';
import {
  addChild,
  addSiblingAfter,
  childNumberings,
  insertChildrenFirst,
  moveSection,
  newSection,
  removeSection,
  setSectionLevel,
  updateSection,
} from './section-ops';
import type { UpdateReport } from './wizard-types';
import { sectionPlace } from '../editor/editor-place';

interface ChapterStepProps {
  report: Report;
  sectionId: string;
  template: Template | undefined;
  update: UpdateReport;
  offsets: Map<string, number>;
  /** After the chapter was deleted or a new one added, go to that step. */
  onChapterRemoved: () => void;
  onChapterAdded: (sectionId: string) => void;
}

const NO_CHAPTER = { id: '', blocks: [] };

export function ChapterStep({
  report,
  sectionId,
  template,
  update,
  offsets,
  onChapterRemoved,
  onChapterAdded,
}: ChapterStepProps) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const index = report.sections.findIndex((s) => s.id === sectionId);
  const chapter = report.sections[index];

  const actions = useMemo<SectionActions>(() => {
    const sections = (fn: (s: Report['sections']) => Report['sections']) =>
      update((r) => ({ ...r, sections: fn(r.sections) }));
    return {
      setHeading: (id, heading) => sections((s) => updateSection(s, id, (x) => ({ ...x, heading }))),
      setBlocks: (id, blocks) => sections((s) => updateSection(s, id, (x) => ({ ...x, blocks }))),
      addChild: (id) => sections((s) => addChild(s, id, newSection(randomId()))),
      addSibling: (id) => sections((s) => addSiblingAfter(s, id, newSection(randomId()))),
      remove: (id) => sections((s) => removeSection(s, id)),
      move: (id, delta) => sections((s) => moveSection(s, id, delta)),
      setLevel: (id, level) => sections((s) => setSectionLevel(s, id, level)),
    };
  }, [update]);
  const chapterId = chapter?.id;
  const onChapterBlocks = useCallback(
    (blocks: Block[]) => {
      if (chapterId !== undefined) actions.setBlocks(chapterId, blocks);
    },
    [actions, chapterId],
  );
  // Headings pasted into the chapter's body become its first sub-sections when the clerk agrees; undone as one.
  const pastedSections = useMemo(
    () => ({
      parentLevel: 1,
      add: (added: Section[]) => {
        if (chapterId === undefined) return () => undefined;
        update((r) => ({ ...r, sections: insertChildrenFirst(r.sections, chapterId, added) }));
        return () => update((r) => ({ ...r, sections: added.reduce((s, a) => removeSection(s, a.id), r.sections) }));
      },
    }),
    [update, chapterId],
  );
  const onChapterHeading = useCallback(
    (v: string) => {
      if (chapterId !== undefined) actions.setHeading(chapterId, v);
    },
    [actions, chapterId],
  );

  const origins = useBlockOrigins(chapter ?? NO_CHAPTER);

  const marker = chapterMarker(report.sections, index);
  const heading = chapter?.heading;
  const canDelete = report.sections.length > 1;

  // What the buttons act on, read when clicked: the rows below are kept between keystrokes (see `headingRow`).
  const latest = useRef({ chapter, onChapterRemoved, onChapterAdded, update });
  useEffect(() => {
    latest.current = { chapter, onChapterRemoved, onChapterAdded, update };
  });

  // Each keystroke's report update re-renders this step. The heading field and the action buttons (MUI
  // TextField, Buttons) only change with the heading, the marker or the chapter count, so their elements are
  // kept and React skips them; the section cards and editors are memoised themselves.
  const headingRow = useMemo(
    () => (
      <>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Chip label={marker} color="primary" sx={{ mt: 0.5, fontWeight: 700, minWidth: 48 }} />
          <LineField
            deferred
            data-find-field={`heading:${sectionId}`}
            label="Tên chương"
            value={heading ?? ''}
            onValue={onChapterHeading}
            placeholder="VD: KẾT QUẢ TRIỂN KHAI"
            multiline
            helperText="Tên chương được in hoa khi xuất."
            slotProps={{ htmlInput: { style: { fontWeight: 700, textTransform: 'uppercase' } } }}
          />
        </Stack>
        <Box sx={{ ml: 7.5 }}>
          <FieldSpellingSlot label="Tên chương" text={heading ?? ''} onText={onChapterHeading} />
        </Box>
      </>
    ),
    [marker, heading, onChapterHeading, sectionId],
  );

  const actionsRow = useMemo(() => {
    if (chapterId === undefined) return null;
    const addChapterAfter = () => {
      const s = newSection(randomId());
      latest.current.update((r) => ({ ...r, sections: addSiblingAfter(r.sections, chapterId, s) }));
      latest.current.onChapterAdded(s.id);
    };
    const removeChapter = () => {
      const current = latest.current.chapter;
      if (current && sectionHasText(current)) setConfirmDelete(true);
      else {
        actions.remove(chapterId);
        latest.current.onChapterRemoved();
      }
    };
    return (
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button startIcon={<PlaylistAdd />} variant="outlined" onClick={() => actions.addChild(chapterId)}>
          Thêm mục trong chương
        </Button>
        <Button startIcon={<Add />} onClick={addChapterAfter}>
          Thêm chương sau chương này
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button startIcon={<DeleteOutline />} color="error" disabled={!canDelete} onClick={removeChapter}>
          Xóa chương này
        </Button>
      </Stack>
    );
  }, [actions, chapterId, canDelete]);

  if (!chapter) return <Typography>Chương này không còn trong báo cáo.</Typography>;
  const chapterOffset = offsets.get(sectionSlot(chapter.id)) ?? 0;
  const chapterLevel = headingLevel(chapter, 0);
  const chapterNumbering = siblingNumbering(report.sections)[index];
  const childrenNumbering = childNumberings(
    chapter.children,
    chapterNumbering?.children ?? { parentLevel: chapterLevel },
  );

  return (
    <Stack spacing={2.5}>
      {headingRow}

      <Box>
        <Typography variant="subtitle2" sx={{ mb: 0.75 }}>
          Nội dung chung của chương
        </Typography>
        <RichTextEditor
          key={chapter.id}
          label={`Nội dung chương ${marker}`}
          testId={`editor-${marker}`}
          place={sectionPlace(chapter.id)}
          initialBlocks={chapter.blocks}
          footnoteOffset={chapterOffset}
          onChange={onChapterBlocks}
          pastedSections={pastedSections}
          origins={origins}
          placeholder={
            chapter.children.length
              ? 'Có thể để trống nếu nội dung nằm trong các mục bên dưới.'
              : 'Nhập nội dung chương…'
          }
        />
      </Box>

      {chapter.children.length > 0 && (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            Các mục trong chương
          </Typography>
          <Stack spacing={1.5}>
            {childFootnoteOffsets(chapter, chapterOffset).map((offset, i) => {
              const child = chapter.children[i]!;
              const numbering = childrenNumbering[i]!;
              return (
                <SectionCard
                  key={child.id}
                  section={child}
                  path={[index + 1, i + 1]}
                  levels={[chapterLevel, numbering.level]}
                  numbering={numbering}
                  siblingCount={chapter.children.length}
                  template={template}
                  footnoteOffset={offset}
                  actions={actions}
                />
              );
            })}
          </Stack>
        </Box>
      )}

      {actionsRow}
      <hr className="divider" />
      {confirmDelete && (
        <ConfirmDialog
          title={`Xóa chương ${marker}?`}
          message={`Chương “${marker} ${chapter.heading}” đã có nội dung. Xóa chương sẽ xóa cả nội dung và các mục con; các chương sau được đánh số lại.`}
          confirmLabel="Xóa chương"
          onConfirm={() => {
            actions.remove(chapter.id);
            onChapterRemoved();
          }}
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </Stack>
  );
}
