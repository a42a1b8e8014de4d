/**
 * Spell check in a body editor: a wavy underline under unknown syllables, and under the minority tone-mark
 * spelling of a word the report writes both ways. A keystroke only maps the existing underlines (dropping those
 * of the words it went into: edited-flags.ts); the check runs once typing pauses, re-reads and re-decorates only
 * the paragraphs that changed (their words are cached per paragraph node, which ProseMirror keeps for untouched
 * paragraphs), and asks the worker only about words it has not asked about before. A right-click (or the
 * context-menu key) on an underlined word opens the menu.
 */
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { paragraphWords, type ParagraphWords } from '../../../core/text/spelling/paragraph-words';
import { addToTally, toneFix, type ToneTally } from '../../../core/text/spelling/tone-mix';
import { occurrenceCounter, occurrenceKey } from './draft-ignores';
import { mapFlags } from './edited-flags';
import type { SpellingSession } from './spelling-session';

export type FlagKind = 'unknown' | 'tone';

export interface FlagSpec {
  kind: FlagKind;
  word: string;
  /** The majority spelling (tone mix only). */
  fix?: string;
  /** Where this occurrence is, for "Bỏ qua" (unknown words only, draft-ignores.ts `occurrenceKey`). */
  occurrence?: string;
}

export interface SpellingMenuRequest extends FlagSpec {
  from: number;
  to: number;
  anchor: { top: number; left: number };
}

export interface SpellCheckOptions {
  session: SpellingSession | null;
  onMenu: (request: SpellingMenuRequest) => void;
}

export const spellingKey = new PluginKey<DecorationSet>('spelling');
/** Typing pauses this long before the check runs. */
const PAUSE_MS = 300;
const OBJECT = '\uFFFC';

let nextEditorId = 1;

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
interface BlockWords extends ParagraphWords {
  /** The `occurrenceKey` of each word of `toCheck`, in the same order. */
  occurrences: string[];
}
const wordsOfBlock = new WeakMap<PMNode, BlockWords>();

/** The block's text with one placeholder per position of a footnote or line break, so offsets are positions. */
function blockText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? child.text! : OBJECT.repeat(child.nodeSize);
  });
  return text.replaceAll(OBJECT, ' ');
}

interface PlacedBlock {
  node: PMNode;
  pos: number;
  words: BlockWords;
}

function blocksOf(doc: PMNode): PlacedBlock[] {
  const out: PlacedBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let words = wordsOfBlock.get(node);
    if (!words) {
      const text = blockText(node);
      const found = paragraphWords(text);
      const nth = occurrenceCounter();
      words = { ...found, occurrences: found.toCheck.map((t) => occurrenceKey(text, t.text, nth(t.text))) };
      wordsOfBlock.set(node, words);
    }
    out.push({ node, pos, words });
    return false;
  });
  return out;
}

function flagAt(view: EditorView, pos: number): Decoration | undefined {
  return spellingKey.getState(view.state)?.find(pos, pos, (spec) => (spec as Partial<FlagSpec>).kind !== undefined)[0];
}

function spellingPlugin(options: SpellCheckOptions): Plugin {
  const { session } = options;
  return new Plugin<DecorationSet>({
    key: spellingKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => tr.getMeta(spellingKey) ?? (tr.docChanged ? mapFlags(set, tr) : set),
    },
    props: {
      decorations: (state) => spellingKey.getState(state),
      handleDOMEvents: {
        contextmenu(view, event) {
          const pointer = event.clientX + event.clientY > 0;
          const pos = pointer
            ? view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
            : view.state.selection.from;
          const flag = pos === undefined ? undefined : flagAt(view, pos);
          if (!flag) return false;
          event.preventDefault();
          const at = view.coordsAtPos(flag.from);
          options.onMenu({
            ...(flag.spec as FlagSpec),
            from: flag.from,
            to: flag.to,
            anchor: pointer ? { top: event.clientY, left: event.clientX } : { top: at.bottom, left: at.left },
          });
          return true;
        },
      },
    },
    view(view) {
      if (!session) return {};
      const editorId = nextEditorId++;
      let timer: ReturnType<typeof setTimeout> | null = null;
      // Bumped by every edit: a run started for an older state gives way to the newer one.
      let generation = 0;
      let destroyed = false;
      // After the pause, in the browser's idle time: a keystroke arriving then is handled first.
      const schedule = () => {
        if (timer !== null) clearTimeout(timer);
        const due = ++generation;
        timer = setTimeout(() => {
          timer = null;
          whenIdle(() => {
            if (due === generation) void run();
          });
        }, PAUSE_MS);
      };
      // The paragraphs the shown underlines were computed for. A later run re-checks only the others (typed
      // in, split, joined: ProseMirror keeps the node of an untouched paragraph), and keeps the rest of the
      // set as mapped through the edits, so a keystroke's check is as long as the paragraph, not the chapter.
      let checked = new Set<PMNode>();
      // Set when something every flag depends on changed (on/off, office words, "Bỏ qua", tone majority).
      let recheckAll = true;
      const flagsOf = ({ pos, words }: PlacedBlock): Decoration[] => {
        const base = pos + 1;
        const out: Decoration[] = [];
        const flagged = new Set<number>();
        words.toCheck.forEach((t, i) => {
          const occurrence = words.occurrences[i]!;
          if (session.known(t.text) !== false || session.isOfficeWord(t.text) || session.isIgnored(t.text)) return;
          if (session.isIgnoredOnce(occurrence)) return;
          flagged.add(t.from);
          out.push(
            Decoration.inline(base + t.from, base + t.to, { class: 'spelling-unknown' }, {
              kind: 'unknown',
              word: t.text,
              occurrence,
            } satisfies FlagSpec),
          );
        });
        for (const t of words.tone) {
          const minority = session.minority(t.key);
          if (minority !== t.style || flagged.has(t.from)) continue;
          out.push(
            Decoration.inline(base + t.from, base + t.to, { class: 'spelling-tone' }, {
              kind: 'tone',
              word: t.word,
              fix: toneFix(t.word, minority),
            } satisfies FlagSpec),
          );
        }
        return out;
      };
      const signature = (decorations: readonly Decoration[]) =>
        decorations.map((d) => `${d.from}-${d.to}-${(d.spec as FlagSpec).kind}`).join(',');
      const show = (set: DecorationSet) => {
        if (destroyed) return;
        view.dispatch(view.state.tr.setMeta(spellingKey, set).setMeta('addToHistory', false));
      };
      const run = async () => {
        if (destroyed) return;
        const started = generation;
        if (!session.enabled()) {
          session.setTally(editorId, null);
          checked = new Set();
          recheckAll = true;
          if (spellingKey.getState(view.state) !== DecorationSet.empty) show(DecorationSet.empty);
          return;
        }
        const doc = view.state.doc;
        const all = recheckAll;
        const blocks = blocksOf(doc);
        const fresh = all ? blocks : blocks.filter((b) => !checked.has(b.node));
        // A paragraph deleted changes the tally without leaving a paragraph to re-check.
        const tally: ToneTally = new Map();
        for (const b of blocks) addToTally(tally, b.words.tone);
        session.setTally(editorId, tally);
        if (fresh.length === 0) return;
        try {
          await session.lookUp(fresh.flatMap((b) => b.words.toCheck.map((t) => t.text)));
        } catch {
          // No worker: the check stays silent (spelling-worker-client.ts).
          return;
        }
        // Typing went on meanwhile (or the session changed): its own run follows.
        if (destroyed || view.state.doc !== doc || started !== generation || all !== recheckAll) return;
        const current = spellingKey.getState(view.state) ?? DecorationSet.empty;
        let next: DecorationSet;
        if (all) {
          const decorations = fresh.flatMap(flagsOf);
          next =
            signature(decorations) === signature(current.find()) ? current : DecorationSet.create(doc, decorations);
        } else {
          const stale: Decoration[] = [];
          const added: Decoration[] = [];
          for (const b of fresh) {
            const before = current.find(b.pos + 1, b.pos + b.node.nodeSize - 1);
            const after = flagsOf(b);
            if (signature(before) === signature(after)) continue;
            stale.push(...before);
            added.push(...after);
          }
          next = stale.length || added.length ? current.remove(stale).add(doc, added) : current;
        }
        checked = new Set(blocks.map((b) => b.node));
        recheckAll = false;
        if (next !== current) show(next);
      };
      const unsubscribe = session.subscribe(() => {
        recheckAll = true;
        schedule();
      });
      schedule();
      return {
        update(v, previous) {
          if (v.state.doc !== previous.doc) schedule();
        },
        destroy() {
          destroyed = true;
          if (timer !== null) clearTimeout(timer);
          unsubscribe();
          session.setTally(editorId, null);
        },
      };
    },
  });
}

export const SpellCheck = Extension.create<SpellCheckOptions>({
  name: 'spellCheck',
  addOptions: () => ({ session: null, onMenu: () => undefined }),
  addProseMirrorPlugins() {
    return [spellingPlugin(this.options)];
  },
});

/** The underlines, for the editor's styles: red for an unknown word, blue for a tone-mark mix (as Word does for grammar). */
export const spellingStyles = {
  '& .spelling-unknown, & .spelling-tone': {
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '& .spelling-unknown': { textDecorationColor: '#d32f2f' },
  '& .spelling-tone': { textDecorationColor: '#1565c0' },
} as const;
