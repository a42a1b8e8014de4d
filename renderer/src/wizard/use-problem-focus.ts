/**
 * A click on a problem in the checker (or a find match, `useStepFocus`): opens the problem's step, then scrolls to and focuses what to fix
 * there (a field, a heading, or the caret in a table cell). Fields render with their step; editors mount
 * later (the chapter step's code arrives after its first paint, the opening, closing and appendix editors
 * when the browser is idle), so a miss waits for the next editor mount rather than polling. The wait ends
 * when the target is reached, at the next request, when another step is opened, or as soon as the clerk
 * clicks or types: focus taken after that would pull the caret away from where they are working.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Problem } from '../../../core/check/format-check';
import { focusProblem } from '../checker/problem-focus';
import { onEditorMounted } from '../editor/editor-mount-signal';

export function useProblemFocus(goTo: (key: string) => void, currentKey: string): (problem: Problem) => void {
  return useStepFocus<Problem>(goTo, currentKey, focusProblem);
}

/**
 * The same for any place in a step (a find match): `focus` leads to it once its step is shown and returns
 * false while it is not on screen yet. `focus` must be stable (a module function).
 */
export function useStepFocus<T extends { stepKey: string }>(
  goTo: (key: string) => void,
  currentKey: string,
  focus: (target: T) => boolean,
): (target: T) => void {
  // The request, and whether its step has been shown yet (leaving it afterwards drops the request).
  const [request, setRequest] = useState<{ problem: T; reached: boolean } | null>(null);

  const open = useCallback(
    (problem: T) => {
      setRequest({ problem, reached: false });
      goTo(problem.stepKey);
    },
    [goTo],
  );

  const onStep = request !== null && request.problem.stepKey === currentKey;
  if (request && onStep && !request.reached) setRequest({ ...request, reached: true });
  else if (request && !onStep && request.reached) setRequest(null);

  useEffect(() => {
    if (!request || !onStep) return;
    const { problem } = request;
    const done = () => setRequest((r) => (r?.problem === problem ? null : r));
    // Each try runs in the next frame, after the new step's scroll to its top (use-step-route), which would
    // otherwise undo the scroll to the target.
    let frame = 0;
    const attempt = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (focus(problem)) done();
      });
    };
    attempt();
    const stopWaiting = onEditorMounted(attempt);
    // The clerk's own click or key, not ours: from then on the caret is theirs.
    const giveUp = (e: Event) => {
      if (e.isTrusted) done();
    };
    window.addEventListener('pointerdown', giveUp, true);
    window.addEventListener('keydown', giveUp, true);
    return () => {
      cancelAnimationFrame(frame);
      stopWaiting();
      window.removeEventListener('pointerdown', giveUp, true);
      window.removeEventListener('keydown', giveUp, true);
    };
  }, [request, onStep, focus]);

  return open;
}
