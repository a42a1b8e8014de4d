/**
 * A body editor bound to one block list of the report (the opening, a section's body, the closing). It is
 * uncontrolled: the document lives in TipTap and changes are converted to model blocks and reported up, so
 * typing never round-trips through React state (no cursor jumps).
 *
 * A keystroke must paint within a frame even in a 100-page report, so the conversion and the report update
 * (which re-renders the wizard) never run in the keystroke's own task: they run after the frame has painted,
 * and while typing goes on at most every MAX_WAIT_MS (see pending-change.ts). Leaving the editor (blur) or
 * unmounting reports at once, so a click on "Xuất DOCX", another step or the back button sees the latest text.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DOMParser as PMDOMParser } from '@tiptap/pm/model';
import type { Block, PlainParagraph, Section } from '../../../core/model/report-schema';
import { blocksToDoc } from './blocks-to-doc';
import { docToBlocks } from './doc-to-blocks';
import { bodyExtensions } from './editor-extensions';
import { TAB_KEYS_DESCRIPTION } from './tab-keys';
import { EditorToolbar } from './editor-toolbar';
import { FootnoteDialog } from './footnote-dialog';
import { footnoteNumbersKey } from './footnote-node';
import { pendingChange } from './pending-change';
import { cleanPastedBodyHtml, cleanPastedText, plainTextAsBodyHtml } from './paste-cleanup';
import { PastePrompt, type PasteNotice } from './paste-prompt';
import { changedRange, pastedHeadingSplit, type PastedHeadingSplit } from './pasted-range';
import { legacyPasteController, type LegacyNotice } from './legacy-paste-controller';
import { LegacyNoticeBar } from './legacy-notice';
import { useLegacySelectionCommand } from './use-legacy-selection-command';
import { listenToSelectionOnlyWhenFocused } from './selection-listener';
import { randomId } from '../db/drafts-repository';
import { SpellCheck, spellingStyles, type SpellingMenuRequest } from '../spelling/spell-check-extension';
import { SpellingMenu } from '../spelling/spelling-menu';
import { spellingSession } from '../spelling/spelling-session-instance';
import { announceEditorMounted } from './editor-mount-signal';
import { BlockOrigins, blockOriginsKey, sameOrigins, type BlockOrigin } from './block-origins';
import type { EditorPlace } from './editor-place';
import { registerLiveEditor } from './live-editors';
import { FROM_REPORT, showBlocks } from './show-blocks';

export interface RichTextEditorProps {
  /** Accessible name, e.g. "Nội dung mục 2.1." */
  label: string;
  /** The block list it edits, so a replacement from the find panel reaches it (live-editors.ts). */
  place: EditorPlace;
  initialBlocks: Block[];
  onChange: (blocks: Block[]) => void;
  /** How many footnotes come before this editor in the report. */
  footnoteOffset: number;
  placeholder?: string;
  testId?: string;
  /**
   * Given (a chapter's body): pasted paragraphs with heading markers may become sub-sections after the clerk
   * agrees. Adds the sections below `parentLevel` and returns how to take them out again (for "Hoàn tác").
   */
  pastedSections?: { parentLevel: number; add: (sections: Section[]) => () => void };
  /** A compiled draft's blocks still as a unit sent them, marked with the unit's name (block-origins.ts). */
  origins?: readonly BlockOrigin[] | undefined;
}

type FootnoteEdit = { pos: number; paragraphs: PlainParagraph[] } | { pos: null; paragraphs: [] };

/**
 * Memoised on what it shows: `initialBlocks` only seeds the editor and `onChange` is called through a ref, so a
 * new array or a new inline callback from the parent is no reason to re-render. Callers pass functional updates
 * (`update((r) => …)`), which behave the same from any render. Besides saving work on every keystroke of a long
 * report, this keeps a keystroke's report update from re-rendering the 130 other editors of a long chapter.
 */
export const RichTextEditor = memo(
  RichTextEditorView,
  (a, b) =>
    a.label === b.label &&
    a.place === b.place &&
    a.footnoteOffset === b.footnoteOffset &&
    a.placeholder === b.placeholder &&
    a.testId === b.testId &&
    sameOrigins(a.origins, b.origins),
);

function RichTextEditorView({
  label,
  place,
  initialBlocks,
  onChange,
  footnoteOffset,
  placeholder,
  testId,
  pastedSections,
  origins,
}: RichTextEditorProps) {
  const onChangeRef = useRef(onChange);
  // Seeds the marks once, like the document; later lists are sent in a transaction (below).
  const [initialOrigins] = useState(() => origins ?? []);
  const sentOrigins = useRef(initialOrigins);
  const pastedSectionsRef = useRef(pastedSections);
  useEffect(() => {
    onChangeRef.current = onChange;
    pastedSectionsRef.current = pastedSections;
  }, [onChange, pastedSections]);
  const [notice, setNotice] = useState<PasteNotice | null>(null);
  // The split on offer (its range in the document), and how to undo the last split.
  const offer = useRef<PastedHeadingSplit | null>(null);
  const undoSplit = useRef<(() => void) | null>(null);
  const pasteInfo = useRef({ footnotes: 0, unmatchedFootnotes: 0 });
  const [pending] = useState(() => pendingChange());
  const reportUp = (blocks: Block[]) => onChangeRef.current(blocks);
  const [footnote, setFootnote] = useState<FootnoteEdit | null>(null);
  // The editor is created once; these only seed it.
  const [initialDoc] = useState(() => blocksToDoc(initialBlocks));
  const [spellingMenu, setSpellingMenu] = useState<SpellingMenuRequest | null>(null);
  const extensions = useMemo(
    () => [
      ...bodyExtensions((pos, paragraphs) => setFootnote({ pos, paragraphs })),
      SpellCheck.configure({ session: spellingSession(), onMenu: setSpellingMenu }),
      BlockOrigins.configure({ initial: initialOrigins }),
    ],
    [initialOrigins],
  );
  const [legacyNotice, setLegacyNotice] = useState<LegacyNotice | null>(null);
  const [legacy] = useState(() => legacyPasteController(setLegacyNotice));

  const editor = useEditor({
    extensions,
    content: initialDoc,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'doc-editor',
        'aria-label': label,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-description': TAB_KEYS_DESCRIPTION,
        spellcheck: 'false',
      },
      // Legacy fonts first: Word names them in its <style> block too, which the table clean-up does not keep.
      transformPastedHTML: (html, view) => {
        pasteInfo.current = { footnotes: 0, unmatchedFootnotes: 0 };
        return cleanPastedBodyHtml(legacy.transformHtml(html, view), (found) => {
          pasteInfo.current = found;
        });
      },
      transformPastedText: (text, _plain, view) => cleanPastedText(legacy.transformText(text, view)),
      // Plain text (after transformPastedText) is read like pasted HTML: one paragraph a line, "- " lines and numbered items recognised.
      clipboardTextParser: (text, $context, _plain, view) => {
        pasteInfo.current = { footnotes: 0, unmatchedFootnotes: 0 };
        const dom = new DOMParser().parseFromString(plainTextAsBodyHtml(text), 'text/html');
        return PMDOMParser.fromSchema(view.state.schema).parseSlice(dom.body, {
          preserveWhitespace: true,
          context: $context,
        });
      },
    },
    onTransaction: ({ editor: e, transaction }) => legacy.onTransaction(e, transaction),
    onMount: ({ editor: e }) => listenToSelectionOnlyWhenFocused(e.view),
    onUpdate: ({ editor: e, transaction }) => {
      // The report already has it (a replacement from the find panel).
      if (transaction.getMeta(FROM_REPORT) === true) return;
      pending.schedule(() => docToBlocks(e.getJSON()), reportUp);
      if (transaction.getMeta('uiEvent') === 'paste') afterPaste(transaction);
      else if (offer.current && transaction.getMeta('pasteSplit') !== true) {
        // Typing after the paste moves what the question was about: it is withdrawn.
        offer.current = null;
        setNotice(null);
      }
    },
    onBlur: () => pending.flush(),
  });
  function afterPaste(tr: Parameters<typeof changedRange>[0]) {
    undoSplit.current = null;
    offer.current = null;
    const range = changedRange(tr);
    const target = pastedSectionsRef.current;
    const split = range && target ? pastedHeadingSplit(tr.doc, range, target.parentLevel, randomId) : null;
    if (split) {
      offer.current = split;
      setNotice({ kind: 'ask-split', count: split.markers.length, markers: split.markers });
    } else if (pasteInfo.current.unmatchedFootnotes > 0) {
      setNotice({ kind: 'unmatched-footnotes', count: pasteInfo.current.unmatchedFootnotes });
    } else {
      setNotice(null);
    }
  }

  const splitPaste = () => {
    const split = offer.current;
    const target = pastedSectionsRef.current;
    offer.current = null;
    if (!split || !target || editor.isDestroyed) return setNotice(null);
    const before = editor.getJSON();
    editor.view.dispatch(editor.state.tr.delete(split.from, split.to).setMeta('pasteSplit', true));
    pending.flush();
    const removeSections = target.add(split.sections);
    undoSplit.current = () => {
      removeSections();
      editor.commands.setContent(before, { emitUpdate: true });
      pending.flush();
    };
    setNotice({ kind: 'split-done', count: split.markers.length });
  };

  useEffect(
    () =>
      registerLiveEditor(place, {
        apply: (blocks) => (editor.isDestroyed ? null : showBlocks(editor, blocks)),
        stillShows: (token) => editor.state.doc === token,
        undoApplied: (token) => !editor.isDestroyed && editor.state.doc === token && editor.commands.undo(),
      }),
    [editor, place],
  );

  // The view is in the document by now (EditorContent attaches it as it mounts): tell who waits for it.
  useEffect(() => announceEditorMounted(), []);

  // Unmounting (another step, back to the list) reports what waits; the document outlives the view.
  useEffect(() => () => pending.flush(), [pending]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    if (footnoteNumbersKey.getState(editor.state)?.offset === footnoteOffset) return;
    editor.view.dispatch(editor.state.tr.setMeta(footnoteNumbersKey, footnoteOffset).setMeta('addToHistory', false));
  }, [editor, footnoteOffset]);

  useEffect(() => {
    const next = origins ?? [];
    if (editor.isDestroyed || sameOrigins(sentOrigins.current, next)) return;
    sentOrigins.current = next;
    editor.view.dispatch(editor.state.tr.setMeta(blockOriginsKey, next).setMeta('addToHistory', false));
  }, [editor, origins]);

  const convertLegacy = useLegacySelectionCommand(editor, legacy);
  const isEmpty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });
  const footnoteNumber = (pos: number): number => {
    let n = footnoteOffset;
    editor.state.doc.nodesBetween(0, pos + 1, (node, p) => {
      if (node.type.name === 'footnote' && p <= pos) n++;
    });
    return n;
  };

  return (
    <Box
      data-testid={testId}
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        '&:focus-within': { borderColor: 'primary.main', boxShadow: (t) => `0 0 0 2px ${t.palette.primary.light}` },
        '& .editor-leave-hint': { visibility: 'hidden' },
        '&:focus-within .editor-leave-hint': { visibility: 'visible' },
        ...spellingStyles,
        // A thin bar in the left margin, so the text itself does not move.
        '& .ProseMirror > .block-origin': { position: 'relative' },
        '& .ProseMirror > .block-origin::before': {
          content: '""',
          position: 'absolute',
          left: -10,
          top: 2,
          bottom: 2,
          width: 3,
          borderRadius: 1,
          bgcolor: 'success.light',
        },
      }}
    >
      <EditorToolbar
        editor={editor}
        onAddFootnote={() => setFootnote({ pos: null, paragraphs: [] })}
        onConvertLegacy={convertLegacy}
      />
      <Box sx={{ position: 'relative' }}>
        {isEmpty && placeholder && (
          <Typography
            aria-hidden
            sx={{
              position: 'absolute',
              top: 12,
              left: 16,
              right: 16,
              color: 'text.disabled',
              pointerEvents: 'none',
              fontStyle: 'italic',
            }}
          >
            {placeholder}
          </Typography>
        )}
        <EditorContent editor={editor} />
      </Box>
      <SpellingMenu
        editor={editor}
        session={spellingSession()}
        request={spellingMenu}
        onClose={() => setSpellingMenu(null)}
      />
      <LegacyNoticeBar notice={legacyNotice} onClose={() => setLegacyNotice(null)} />
      {notice && (
        <PastePrompt
          notice={notice}
          onSplit={splitPaste}
          onKeep={() => {
            offer.current = null;
            setNotice(null);
            editor.commands.focus();
          }}
          onUndoSplit={() => {
            undoSplit.current?.();
            undoSplit.current = null;
            setNotice(null);
          }}
          onClose={() => setNotice(null)}
        />
      )}
      {footnote && (
        <FootnoteDialog
          number={footnote.pos === null ? null : footnoteNumber(footnote.pos)}
          initial={footnote.paragraphs}
          onClose={() => setFootnote(null)}
          onSave={(paragraphs) => {
            if (footnote.pos === null) editor.chain().focus().insertFootnote(paragraphs).run();
            else if (paragraphs.length === 0) editor.chain().focus().deleteFootnote(footnote.pos).run();
            else editor.chain().focus().updateFootnote(footnote.pos, paragraphs).run();
            setFootnote(null);
          }}
          onDelete={
            footnote.pos === null
              ? undefined
              : () => {
                  editor
                    .chain()
                    .focus()
                    .deleteFootnote(footnote.pos as number)
                    .run();
                  setFootnote(null);
                }
          }
        />
      )}
    </Box>
  );
}
