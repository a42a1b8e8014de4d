/** Putting the caret somewhere in a rich-text editor with a click, the way a clerk looking at the screen does. */
import { expect, type Locator } from '@playwright/test';

/**
 * Clicks `target` (a cell, a paragraph) and waits until the editor has taken the caret there. ProseMirror reads
 * a click's caret on the browser's `selectionchange` event, which Chromium may deliver after the next key when
 * the machine is busy: that key then acts on the old caret (a column added nowhere, a merge of the wrong cells)
 * or on a cell selection the click was meant to end.
 */
export async function clickIntoEditor(target: Locator): Promise<void> {
  await target.click();
  await expect(target.page().locator('.ProseMirror .selectedCell')).toHaveCount(0);
  await expect
    .poll(() =>
      target.evaluate((element) => {
        type View = { state: { selection: { head: number } }; domAtPos(pos: number): { node: Node } };
        const host = element.closest('.ProseMirror') as (Element & { editor?: { view: View } }) | null;
        const view = host?.editor?.view;
        return view ? element.contains(view.domAtPos(view.state.selection.head).node) : false;
      }),
    )
    .toBe(true);
}
