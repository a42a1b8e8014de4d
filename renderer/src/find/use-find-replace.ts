/**
 * Find and replace across the whole report, for the panel (find-panel.tsx). The search runs on the report
 * model while the panel is open, when the browser is idle after a change — never inside a keystroke of the
 * editor, whose changes reach the model only after their paint anyway (editor/pending-change.ts).
 *
 * Replacing is done on the model, one pure transformation (core/text/find/report-find.ts). The body editors
 * that are open get their part as an edit in their own undo history (show-in-open-editors.ts), as in Word:
 * Ctrl+Z in the editor takes the replacement back there, and the Ctrl+Z after it what was typed before. The
 * model is current when a replacement starts: an editor reports its text when it loses the focus to the panel.
 *
 * "Hoàn tác thay thế" in the panel, or Ctrl+Z before anything else is typed, puts the previous report back
 * whole: the open editors step back through their history, so what was typed before stays undoable. Once
 * the clerk has typed since, that undo is withdrawn (putting the old report back would lose the typing);
 * Ctrl+Z in an editor then goes through its own history, the replacement included.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { foldQuery } from '../../../core/text/find/fold-with-map';
import { findInReport, replaceInReport, type FindQuery, type ReportMatch } from '../../../core/text/find/report-find';
import { formatViNumber } from '../../../core/text/vi-number';
import { useStepFocus } from '../wizard/use-problem-focus';
import { focusMatch, matchTarget, type MatchTarget } from './focus-match';
import { showInOpenEditors, type AppliedEdit } from './show-in-open-editors';

export type FindMode = 'find' | 'replace';

export interface FindOptions {
  matchCase: boolean;
  matchDiacritics: boolean;
  wholeWord: boolean;
}

interface Undo {
  before: Report;
  after: Report;
  count: number;
  /** The edits the open editors got, taken back through their history. */
  applied: AppliedEdit[];
}

/** Nothing typed since the replacement: not in the report, nor still waiting in an open editor. */
const untouched = (u: Undo | null, report: Report): u is Undo =>
  u !== null && u.after === report && u.applied.every((a) => a.editor.stillShows(a.token));

export interface FindReplace {
  mode: FindMode | null;
  open: (mode: FindMode) => void;
  close: () => void;
  needle: string;
  setNeedle: (needle: string) => void;
  replacement: string;
  setReplacement: (text: string) => void;
  options: FindOptions;
  setOptions: (options: FindOptions) => void;
  /** Null while the search for the current query has not run yet. */
  matches: readonly ReportMatch[] | null;
  /** Index of the match shown, or -1 when none is. */
  current: number;
  next: () => void;
  previous: () => void;
  replaceOne: () => void;
  replaceAll: () => void;
  /** What the last action did ("Đã thay 5 chỗ."), for the panel's live region. */
  message: string | null;
  /** Whether "Hoàn tác thay thế" can put the report back (nothing typed since). */
  canUndo: boolean;
  undo: () => void;
  /** Bumped when the find field should take the focus again (Ctrl+F while the panel is open). */
  focusToken: number;
}

interface FindReplaceDeps {
  report: Report;
  /** Puts a new report in place; the open editors are brought to it here, not seeded again. */
  replaceReport: (report: Report) => void;
  goTo: (stepKey: string) => void;
  currentKey: string;
  /** Wizard step keys in order, to start a search from the step on screen. */
  stepKeys: readonly string[];
}

const SEARCH_DELAY_MS = 150;

const isMod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export function useFindReplace({ report, replaceReport, goTo, currentKey, stepKeys }: FindReplaceDeps): FindReplace {
  const [mode, setMode] = useState<FindMode | null>(null);
  const [needle, setNeedle] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, matchDiacritics: false, wholeWord: false });
  const [found, setFound] = useState<{ report: Report; query: FindQuery; matches: ReportMatch[] } | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [undoState, setUndoState] = useState<Undo | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const query = useMemo<FindQuery>(() => ({ needle, ...options }), [needle, options]);
  const openMatch = useStepFocus<MatchTarget>(goTo, currentKey, focusMatch);

  // Search when the browser is idle after the query or the report changed (and only while the panel is open).
  useEffect(() => {
    if (mode === null) return;
    let idle = 0;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => setFound({ report, query, matches: findInReport(report, query) }), {
        timeout: 500,
      });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [mode, report, query]);

  const matches = found !== null && found.query === query ? found.matches : null;
  const current = matches && currentId !== null ? matches.findIndex((m) => m.id === currentId) : -1;

  /** The matches for the report and query as they are now (searching at once if the idle search is behind). */
  const matchesNow = (): ReportMatch[] => {
    if (found && found.report === report && found.query === query) return found.matches;
    const now = findInReport(report, query);
    setFound({ report, query, matches: now });
    return now;
  };

  const show = (list: readonly ReportMatch[], index: number) => {
    const match = list[index];
    if (!match) return;
    setCurrentId(match.id);
    setMessage(null);
    openMatch(matchTarget(match));
  };

  const step = (delta: 1 | -1) => {
    const list = matchesNow();
    if (list.length === 0) {
      setMessage(needle.trim() ? 'Không tìm thấy trong báo cáo.' : null);
      return;
    }
    let at = list.findIndex((m) => m.id === currentId);
    if (at < 0) {
      // From the step on screen: its first match going forward, the last one before it going back.
      const here = stepKeys.indexOf(currentKey);
      const order = (m: ReportMatch) => stepKeys.indexOf(m.slot.stepKey);
      const first = list.findIndex((m) => order(m) >= here);
      at = delta === 1 ? (first < 0 ? 0 : first) : (first < 0 ? list.length : first) - 1;
      if (at < 0) at = list.length - 1;
    } else {
      at = (at + delta + list.length) % list.length;
    }
    show(list, at);
  };

  /** Puts the replaced report in place, remembering the one before for the undo; returns its matches. */
  const apply = (next: Report, count: number): ReportMatch[] => {
    const applied = showInOpenEditors(report, next);
    setUndoState({ before: report, after: next, count, applied });
    replaceReport(next);
    const after = findInReport(next, query);
    setFound({ report: next, query, matches: after });
    return after;
  };

  const replaceOne = () => {
    const list = matchesNow();
    const at = list.findIndex((m) => m.id === currentId);
    const match = list[at];
    if (!match) return step(1);
    const { report: next, count } = replaceInReport(report, query, replacement, new Set([match.id]));
    if (count === 0) return step(1);
    const after = apply(next, count);
    // The replaced match is gone, so the next one now has its index (one more if the replacement matches too).
    const keepsMatch = foldQuery(replacement, options).includes(foldQuery(needle, options));
    const nextIndex = after.length === 0 ? -1 : (at + (keepsMatch ? 1 : 0)) % after.length;
    setMessage('Đã thay 1 chỗ.');
    if (nextIndex >= 0) {
      const m = after[nextIndex]!;
      setCurrentId(m.id);
      openMatch(matchTarget(m));
    } else {
      setCurrentId(null);
    }
  };

  const replaceAll = () => {
    const { report: next, count } = replaceInReport(report, query, replacement);
    if (count === 0) {
      setMessage('Không tìm thấy chỗ nào để thay.');
      return;
    }
    apply(next, count);
    setCurrentId(null);
    setMessage(`Đã thay ${formatViNumber(count)} chỗ.`);
  };

  const canUndo = untouched(undoState, report);
  const undo = useCallback(() => {
    if (!untouched(undoState, report)) return;
    for (const { editor, token } of undoState.applied) editor.undoApplied(token);
    // An editor opened since the replacement (another step and back) has no such step: it gets the edit back.
    showInOpenEditors(report, undoState.before);
    replaceReport(undoState.before);
    setUndoState(null);
    setCurrentId(null);
    setMessage(`Đã hoàn tác: ${formatViNumber(undoState.count)} chỗ trở lại như trước.`);
  }, [undoState, report, replaceReport]);

  const open = useCallback((next: FindMode) => {
    setMode((was) => {
      if (was === null && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
      return next;
    });
    // A selection in a field or an editor becomes the query, as in Word.
    const selected = window.getSelection()?.toString().trim() ?? '';
    if (selected && !selected.includes('\n') && selected.length <= 200) setNeedle(selected.normalize('NFC'));
    setFocusToken((n) => n + 1);
  }, []);

  const close = useCallback(() => {
    setMode(null);
    setMessage(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  }, []);

  // Ctrl+F / Ctrl+H anywhere in the wizard; F3 / Shift+F3 next and previous; Ctrl+Z right after a replacement.
  const keys = useRef({ open, step, undo, canUndo: () => untouched(undoState, report), mode });
  useEffect(() => {
    keys.current = { open, step, undo, canUndo: () => untouched(undoState, report), mode };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      const key = e.key.toLowerCase();
      if (isMod(e) && !e.altKey && !e.shiftKey && (key === 'f' || key === 'h')) {
        e.preventDefault();
        k.open(key === 'f' ? 'find' : 'replace');
      } else if (e.key === 'F3' && k.mode !== null) {
        e.preventDefault();
        k.step(e.shiftKey ? -1 : 1);
      } else if (isMod(e) && !e.shiftKey && key === 'z' && k.canUndo()) {
        e.preventDefault();
        e.stopPropagation();
        k.undo();
      }
    };
    // Capture: before the editor sees Ctrl+Z, so the whole replacement is taken back, not only the editor's part.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return {
    mode,
    open,
    close,
    needle,
    setNeedle: (n) => {
      setNeedle(n.normalize('NFC'));
      setCurrentId(null);
      setMessage(null);
    },
    replacement,
    setReplacement: (t) => setReplacement(t.normalize('NFC')),
    options,
    setOptions: (o) => {
      setOptions(o);
      setCurrentId(null);
    },
    matches,
    current,
    next: () => step(1),
    previous: () => step(-1),
    replaceOne,
    replaceAll,
    message,
    canUndo,
    undo,
    focusToken,
  };
}
