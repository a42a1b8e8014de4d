/**
 * Whether the outline's guidance is unfolded. Until the clerk folds or unfolds it, it is open where the window has
 * room for it beside the form (the 1200 px breakpoint of wizard-layout.css) and folded above the form elsewhere;
 * the clerk's choice is then remembered on this machine. localStorage may be refused (a locked browser profile):
 * the choice then lasts until the window closes.
 */
import { useCallback, useEffect, useState } from 'react';

const KEY = 'soan-bao-cao.guidance-open';
const WIDE = '(min-width: 1200px)';

function remembered(): boolean | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === null ? null : v === '1';
  } catch {
    return null;
  }
}

export function useGuidanceOpen(): [open: boolean, toggle: () => void] {
  const [choice, setChoice] = useState<boolean | null>(remembered);
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const open = choice ?? wide;
  const toggle = useCallback(() => {
    const next = !open;
    setChoice(next);
    try {
      localStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // Remembered for this window only.
    }
  }, [open]);
  return [open, toggle];
}
