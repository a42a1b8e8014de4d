/**
 * Report → the exact DOCX bytes export writes → docx-preview's drawing → A4 pages laid out by Paged.js. In the
 * desktop app main renders the bytes (preview:render-docx: same report schema and rule-set registry as export), so
 * the renderer carries no DOCX writer; in a plain browser the writer is loaded on demand (browser-docx-writer.ts).
 * docx-preview and Paged.js are imported on demand too, so neither lands in the main chunk. Both inject only
 * <style> elements (allowed by our CSP's style-src 'unsafe-inline'); fonts are not embedded or fetched
 * (ignoreFonts) and images, should a report ever hold one, become data: URLs, so nothing touches the network.
 */
import type { Report } from '../../../core/model/report-schema';
import type { RuleSet } from '../../../core/rules/rule-set-schema';
import { loadBrowserDocxWriter } from '../export/browser-docx-writer';
import { docxLayoutFacts } from './docx-body-flags';
import { PreviewRenderError } from './preview-scheduler';

export const PREVIEW_CLASS = 'trang-in';

/** A finished drawing: `root` holds docx-preview's styles and the pages; `dispose` when it is replaced. */
export interface PreviewDrawing {
  root: HTMLElement;
  pages: HTMLElement;
  dispose: () => void;
}

/** `ruleSet` comes from the registry of built-in plus installed rule-sets, as main's export resolves it. */
async function previewDocxBytes(report: Report, ruleSet: RuleSet): Promise<Uint8Array> {
  // Declared by electron/preload/api.d.ts; absent in a plain browser.
  const api = window.soanBaoCao;
  if (api) {
    const res = await api.renderPreviewDocx({ report });
    if (res.status === 'error') throw new PreviewRenderError(res.message);
    return res.bytes;
  }
  const renderDocx = await loadBrowserDocxWriter();
  return renderDocx(report, { ruleSet });
}

/** Laid out where it is measured but never seen (Paged.js measures heights as it breaks pages). */
function hiddenStage(): HTMLElement {
  const stage = document.createElement('div');
  stage.className = PREVIEW_CLASS;
  stage.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden;pointer-events:none';
  stage.setAttribute('aria-hidden', 'true');
  document.body.append(stage);
  return stage;
}

export async function renderPagePreview(report: Report, ruleSet: RuleSet): Promise<PreviewDrawing> {
  const [bytes, { renderAsync }, { paginateFlow }] = await Promise.all([
    previewDocxBytes(report, ruleSet),
    import('docx-preview'),
    import('./paginate-flow'),
  ]);
  const sheets = document.createElement('div');
  const stage = hiddenStage();
  try {
    await renderAsync(bytes, sheets, stage, {
      className: PREVIEW_CLASS,
      inWrapper: true,
      ignoreWidth: false,
      ignoreHeight: false,
      ignoreFonts: true,
      breakPages: true,
      ignoreLastRenderedPageBreak: true,
      // Page numbers are drawn by the paginator, in the header box of every page.
      renderHeaders: false,
      renderFooters: false,
      renderFootnotes: true,
      renderEndnotes: true,
      renderChanges: false,
      renderComments: false,
      useBase64URL: true,
      experimental: false,
    });
    const drawing = await paginateFlow(
      sheets,
      docxLayoutFacts(bytes),
      {
        className: PREVIEW_CLASS,
        pageNumberPt: ruleSet.pageNumber.size,
        hideOnFirstPage: ruleSet.pageNumber.hideOnFirstPage,
        headerDistanceMm: ruleSet.page.headerDistanceMm,
      },
      stage,
    );
    stage.removeAttribute('style');
    stage.removeAttribute('aria-hidden');
    stage.remove();
    return { root: stage, pages: drawing.pages, dispose: drawing.dispose };
  } catch (error) {
    stage.remove();
    throw error;
  }
}
