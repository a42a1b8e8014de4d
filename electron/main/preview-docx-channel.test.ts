/**
 * preview:render-docx as index.ts wires it: the real secureHandle + zod contract, the real report renderer
 * (built-in and "installed" rule-sets) and the real DOCX writer; only ipcMain and the sender are doubles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { ruleSetNotInstalledMessage } from '../../core/rules/rule-set-registry';
import { ruleSetSchema, type RuleSet } from '../../core/rules/rule-set-schema';
import { listRuleSets } from '../../core/rules/rule-sets';
import { minimalReport, textParagraph } from '../../test-support/report-builder';
import { requirePart, unzipDocx } from '../../test-support/docx-xml';
import { CHANNELS, type RenderPreviewDocxResponse } from '../ipc/channels';
import { createPreviewDocxHandler, PREVIEW_MESSAGES } from '../../node/export/preview-docx';
import { IPC_MESSAGES, secureHandle, type InvokeEvent, type SenderFrame } from './secure-ipc';
import { createReportRenderer } from '../../node/export/report-renderer';

const MAIN_FRAME: SenderFrame = { url: 'app://bundle/index.html', parent: null, processId: 3, routingId: 1 };
const FROM_APP: InvokeEvent = { senderFrame: MAIN_FRAME, sender: { mainFrame: MAIN_FRAME } };
const ROOT = join(import.meta.dirname, '..', '..');

/** HD 36 with a 35 mm left margin, as an installed template pack would ship it. */
function provinceRuleSet(): RuleSet {
  const base = JSON.parse(readFileSync(join(ROOT, 'core', 'rules', 'hd36-2018.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  return ruleSetSchema.parse({
    ...base,
    id: 'lc-2026',
    name: 'Thể thức Tỉnh ủy Lai Châu 2026',
    validFrom: '2026-01-01',
    page: { ...base.page, marginLeftMm: 35 },
  });
}

/** Registers the channel on a fake ipcMain exactly as index.ts does and returns what Electron would call. */
function registerPreview(
  render = createReportRenderer({
    builtInRuleSets: listRuleSets,
    installedRuleSets: async () => [provinceRuleSet()],
    renderDocx,
  }),
) {
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const log = vi.fn();
  secureHandle(
    { handle: (channel, listener) => void handlers.set(channel, listener) },
    CHANNELS.renderPreviewDocx,
    createPreviewDocxHandler({ renderDocx: render, log }),
    log,
  );
  const invoke = handlers.get('preview:render-docx');
  if (!invoke) throw new Error('preview channel not registered');
  return {
    invoke: (request: unknown, event: InvokeEvent = FROM_APP) =>
      invoke(event, request) as Promise<RenderPreviewDocxResponse>,
    log,
  };
}

const report = (ruleSet = 'hd36-2018') =>
  minimalReport({ ruleSet, opening: [textParagraph('Thực hiện Kế hoạch của Tỉnh ủy, Huyện ủy báo cáo như sau')] });

const leftMarginTwips = (bytes: Uint8Array) =>
  /<w:pgMar\b[^>]*\bw:left="(\d+)"/.exec(requirePart(unzipDocx(bytes), 'word/document.xml'))?.[1];

describe('preview:render-docx', () => {
  it('returns the DOCX export would write for the report (same document.xml as the export renderer)', async () => {
    const { invoke } = registerPreview();
    const res = await invoke({ report: report() });
    if (res.status !== 'rendered') throw new Error(`not rendered: ${res.message}`);
    expect(res.bytes).toBeInstanceOf(Uint8Array);
    const documentXml = requirePart(unzipDocx(res.bytes), 'word/document.xml');
    expect(documentXml).toContain('Thực hiện Kế hoạch của Tỉnh ủy, Huyện ủy báo cáo như sau');
    expect(documentXml).toContain('HUYỆN ỦY TAM ĐƯỜNG');
    const exported = await renderDocx(report(), { ruleSet: listRuleSets().find((r) => r.id === 'hd36-2018')! });
    expect(documentXml).toBe(requirePart(unzipDocx(exported), 'word/document.xml'));
  });

  it('uses an installed rule-set the report names (35 mm left margin = 1984 twips; HD 36 has 1701)', async () => {
    const { invoke } = registerPreview();
    const installed = await invoke({ report: report('lc-2026') });
    const builtIn = await invoke({ report: report() });
    if (installed.status !== 'rendered' || builtIn.status !== 'rendered') throw new Error('not rendered');
    expect(leftMarginTwips(installed.bytes)).toBe('1984');
    expect(leftMarginTwips(builtIn.bytes)).toBe('1701');
  });

  it('says in Vietnamese that a rule-set missing on this machine is not installed, without drawing another', async () => {
    const { invoke } = registerPreview();
    await expect(invoke({ report: report('tinh-khac-2030') })).resolves.toEqual({
      status: 'error',
      message: ruleSetNotInstalledMessage('tinh-khac-2030'),
    });
  });

  it('validates the report again in main and names where it is invalid', async () => {
    const render = vi.fn(async () => new Uint8Array(1));
    const { invoke } = registerPreview(render);
    const broken = { ...report(), header: { ...report().header, date: 'hôm qua' } };
    await expect(invoke({ report: broken })).resolves.toEqual({
      status: 'error',
      message: PREVIEW_MESSAGES.invalidReport('header.date'),
    });
    expect(render).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender and a malformed request before rendering', async () => {
    const render = vi.fn(async () => new Uint8Array(1));
    const { invoke } = registerPreview(render);
    const iframe: InvokeEvent = {
      senderFrame: { ...MAIN_FRAME, parent: MAIN_FRAME, routingId: 7 },
      sender: { mainFrame: MAIN_FRAME },
    };
    await expect(invoke({ report: report() }, iframe)).resolves.toEqual({
      status: 'error',
      message: IPC_MESSAGES.foreignSender,
    });
    await expect(invoke({ report: report(), filePath: '/etc/passwd' })).resolves.toEqual({
      status: 'error',
      message: IPC_MESSAGES.invalidRequest,
    });
    await expect(invoke('báo cáo')).resolves.toEqual({ status: 'error', message: IPC_MESSAGES.invalidRequest });
    expect(render).not.toHaveBeenCalled();
  });

  it('turns a writer failure into a Vietnamese sentence and logs the cause', async () => {
    const { invoke, log } = registerPreview(async () => {
      throw new Error('docx: table without rows');
    });
    await expect(invoke({ report: report() })).resolves.toEqual({
      status: 'error',
      message: PREVIEW_MESSAGES.renderFailed,
    });
    expect(log).toHaveBeenCalledWith('[preview] renderDocx failed', expect.any(Error));
  });
});
