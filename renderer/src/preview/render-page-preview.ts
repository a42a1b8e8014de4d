/**
 * Report → the exact DOCX bytes export writes (`renderDocx`) → A4 pages drawn by docx-preview. Both libraries
 * are imported on demand so neither lands in the main chunk. docx-preview injects only <style> elements (allowed
 * by our CSP's style-src 'unsafe-inline'); fonts are not embedded or fetched (ignoreFonts) and images, should a
 * report ever hold one, become data: URLs, so nothing touches the network.
 */
import type { Report } from '../../../core/model/report-schema';
import type { RuleSet } from '../../../core/rules/rule-set-schema';

export const PREVIEW_CLASS = 'trang-in';

/** `ruleSet` comes from the registry of built-in plus installed rule-sets, as main's export resolves it. */
export async function renderPagePreview(report: Report, ruleSet: RuleSet, target: HTMLElement): Promise<void> {
  const [{ renderDocx }, { renderAsync }] = await Promise.all([import('../../../core/docx/render-docx'), import('docx-preview')]);
  const bytes = await renderDocx(report, { ruleSet });
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
