/**
 * Report → the exact DOCX bytes export writes → A4 pages drawn by docx-preview. In the desktop app main renders the
 * bytes (preview:render-docx: same report schema and rule-set registry as export), so the renderer carries no DOCX
 * writer; in a plain browser the writer is loaded on demand (browser-docx-writer.ts). docx-preview is imported on
 * demand too, so neither lands in the main chunk. It injects only <style> elements (allowed by our CSP's style-src
 * 'unsafe-inline'); fonts are not embedded or fetched (ignoreFonts) and images, should a report ever hold one,
 * become data: URLs, so nothing touches the network.
 */
import type { Report } from '../../../core/model/report-schema';
import type { RuleSet } from '../../../core/rules/rule-set-schema';
import { loadBrowserDocxWriter } from '../export/browser-docx-writer';
import { PreviewRenderError } from './preview-scheduler';

export const PREVIEW_CLASS = 'trang-in';

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

export async function renderPagePreview(report: Report, ruleSet: RuleSet, target: HTMLElement): Promise<void> {
  const [bytes, { renderAsync }] = await Promise.all([previewDocxBytes(report, ruleSet), import('docx-preview')]);
  await renderAsync(bytes, target, target, {
    className: PREVIEW_CLASS,
    inWrapper: true,
    ignoreWidth: false,
    ignoreHeight: false,
    ignoreFonts: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: true,
    renderFootnotes: true,
    renderEndnotes: true,
    renderChanges: false,
    renderComments: false,
    useBase64URL: true,
    experimental: false,
  });
}
