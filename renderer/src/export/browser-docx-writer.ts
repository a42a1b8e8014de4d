/**
 * The DOCX writer for the plain-browser build only (`npm run web`, the Playwright suite), where there is no main
 * process to render the preview or the download. In the desktop build `__BROWSER_BUILD__` is the constant false
 * (renderer/src/build-target.d.ts), so the dynamic import below is dead code and the docx library is not in the
 * renderer bundle at all (the DOCX writer belongs to main;
 * electron/desktop-renderer-bundle.test.ts checks the built output).
 */
import type { renderDocx } from '../../../core/docx/render-docx';

export type DocxWriter = typeof renderDocx;

/** Loads the writer on demand; in the desktop build it rejects (main renders there). */
export async function loadBrowserDocxWriter(): Promise<DocxWriter> {
  if (typeof __BROWSER_BUILD__ !== 'undefined' && !__BROWSER_BUILD__)
    throw new Error('The desktop renderer has no DOCX writer: main renders the bytes.');
  return (await import('../../../core/docx/render-docx')).renderDocx;
}
