/**
 * Renders its children once the browser is idle after the first paint (or after `timeoutMs` at worst), as a
 * transition so a keystroke never waits behind it. For parts of a screen below the fold that the first
 * frame does not need: their render (dozens of MUI buttons and tooltips) then stays out of the cold start.
 * `placeholder` holds their place meanwhile; nothing is shown that a clerk could mistake for loading.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function WhenIdle({
  children,
  placeholder = null,
  timeoutMs = 1000,
}: {
  children: ReactNode;
  placeholder?: ReactNode;
  timeoutMs?: number;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    const id = requestIdleCallback(() => startTransition(() => setShown(true)), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }, [shown, timeoutMs]);
  return shown ? children : placeholder;
}
