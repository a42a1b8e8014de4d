/**
 * The outlines the renderer can use: the built-in ones plus those of installed, verified template packs
 * (desktop app only; main lists them over IPC), then the outlines made on this machine (IndexedDB, marked
 * "tự soạn", ids in their own namespace). An installed outline with the id of a built-in one
 * replaces it, so the province can ship a corrected outline; a local one never replaces either. Every
 * template is validated again with templateSchema before use. A tiny external store, so every screen sees
 * an install or an edit at once.
 */
import { useSyncExternalStore } from 'react';
import type { InstalledPackSummary, RendererApi, TemplatesListResponse } from '../../../electron/ipc/channels';
import { createRuleSetRegistry, type RuleSetRegistry } from '../../../core/rules/rule-set-registry';
import { builtInRuleSetRegistry, listRuleSets } from '../../../core/rules/rule-sets';
import { ruleSetSchema, type RuleSet } from '../../../core/rules/rule-set-schema';
import { templateSchema, type Template } from '../../../core/templates/template-schema';
import { builtInTemplates } from '../../../core/templates/templates';
import type { LocalOutlinesList } from '../outlines/local-outlines-repository';

/** Where an outline comes from: shipped with the app, from a signed pack, or made on this machine (unsigned). */
export type OutlineOrigin = 'built-in' | 'pack' | 'local';

export interface TemplateRegistrySnapshot {
  templates: Template[];
  /** Built-in rule-sets plus those of installed packs (same merge as main's export, so preview = export). */
  ruleSets: RuleSetRegistry;
  packs: InstalledPackSummary[];
  problems: string[];
  origins: ReadonlyMap<string, OutlineOrigin>;
  /** Local outlines the clerk deleted: no longer offered, still found by the reports made from them. */
  retired: Template[];
}

export function mergeTemplates(builtIn: readonly Template[], installed: readonly Template[]): Template[] {
  const byId = new Map(installed.map((t) => [t.id, t]));
  const merged = builtIn.map((t) => byId.get(t.id) ?? t);
  const builtInIds = new Set(builtIn.map((t) => t.id));
  return [...merged, ...installed.filter((t) => !builtInIds.has(t.id))];
}

/** Keeps only templates that pass the schema; a bad one is reported, never used. */
export function snapshotFrom(
  list: TemplatesListResponse,
  builtIn: readonly Template[] = builtInTemplates(),
): TemplateRegistrySnapshot {
  const installed: Template[] = [];
  const problems = [...list.problems];
  for (const raw of list.templates) {
    const parsed = templateSchema.safeParse(raw);
    if (parsed.success) installed.push(parsed.data);
    else
      problems.push('Một đề cương trong gói đã cài không hợp lệ nên không được dùng. Hãy cài lại gói đề cương từ USB.');
  }
  const ruleSets: RuleSet[] = [];
  for (const raw of list.ruleSets) {
    const parsed = ruleSetSchema.safeParse(raw);
    if (parsed.success) ruleSets.push(parsed.data);
    else
      problems.push(
        'Một bộ quy tắc thể thức trong gói đã cài không hợp lệ nên không được dùng. Hãy cài lại gói đề cương từ USB.',
      );
  }
  const installedIds = new Set(installed.map((t) => t.id));
  const templates = mergeTemplates(builtIn, installed);
  return {
    templates,
    ruleSets: createRuleSetRegistry(listRuleSets(), ruleSets),
    packs: list.packs,
    problems,
    origins: new Map(templates.map((t) => [t.id, installedIds.has(t.id) ? 'pack' : 'built-in'])),
    retired: [],
  };
}

/** Adds the local outlines after the others; one whose id a built-in or pack outline already has is left out. */
export function withLocalOutlines(base: TemplateRegistrySnapshot, local: LocalOutlinesList): TemplateRegistrySnapshot {
  const origins = new Map(base.origins);
  const templates = [...base.templates];
  const retired: Template[] = [];
  const problems = [...base.problems, ...local.problems];
  for (const o of local.outlines) {
    if (origins.has(o.template.id)) {
      problems.push(
        `Đề cương tự soạn “${o.template.name}” trùng mã với một đề cương có sẵn nên không được dùng. Hãy nhập lại tệp của nó.`,
      );
    } else if (o.deleted) retired.push(o.template);
    else {
      templates.push(o.template);
      origins.set(o.template.id, 'local');
    }
  }
  return { ...base, templates, origins, retired, problems };
}

let base: TemplateRegistrySnapshot = {
  templates: builtInTemplates(),
  ruleSets: builtInRuleSetRegistry,
  packs: [],
  problems: [],
  origins: new Map(builtInTemplates().map((t) => [t.id, 'built-in'])),
  retired: [],
};
let local: LocalOutlinesList = { outlines: [], problems: [] };
let snapshot = base;
let loaded = false;
const listeners = new Set<() => void>();

function publish(next: TemplateRegistrySnapshot): void {
  base = next;
  snapshot = withLocalOutlines(base, local);
  for (const listener of listeners) listener();
}

/** The local outlines as IndexedDB now holds them (local-outline-sync.ts calls this on every change). */
export function applyLocalOutlines(list: LocalOutlinesList): void {
  local = list;
  publish(base);
}

/** Applies a list main returned (after an install or a rollback) without asking again. */
export function applyTemplatesList(list: TemplatesListResponse): void {
  loaded = true;
  publish(snapshotFrom(list));
}

export async function refreshInstalledTemplates(api: RendererApi | undefined = window.soanBaoCao): Promise<void> {
  if (!api) return;
  loaded = true;
  try {
    applyTemplatesList(await api.templatesList());
  } catch (error) {
    publish({
      ...base,
      problems: [
        error instanceof Error
          ? error.message
          : 'Không đọc được danh sách đề cương đã cài. Hãy khởi động lại ứng dụng.',
      ],
    });
  }
}

let watchingLocal = false;

/** Starts the live query on the local outlines (local-outline-sync.ts), once, when a screen first subscribes. */
function watchLocalOutlinesOnce(): void {
  if (watchingLocal) return;
  watchingLocal = true;
  import('../outlines/local-outline-sync').then(
    (sync) => sync.watchLocalOutlines(),
    () => {
      watchingLocal = false; // a chunk that failed to load is tried again by the next screen
      applyLocalOutlines({
        outlines: [],
        problems: [
          'Không tải được phần đề cương tự soạn. Các đề cương có sẵn vẫn dùng được; hãy khởi động lại ứng dụng.',
        ],
      });
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!loaded) void refreshInstalledTemplates();
  watchLocalOutlinesOnce();
  return () => void listeners.delete(listener);
}

export function useTemplateRegistry(): TemplateRegistrySnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

export function useTemplates(): Template[] {
  return useTemplateRegistry().templates;
}

/**
 * Replaces `findTemplate` in components: also finds outlines from installed packs and local ones, deleted
 * local ones included, so a report keeps its outline's guidance whatever happened to the outline.
 */
export function useFindTemplate(id: string): Template | undefined {
  const { templates, retired } = useTemplateRegistry();
  return templates.find((t) => t.id === id) ?? retired.find((t) => t.id === id);
}

/** The rule-sets the preview, checker and pickers use; only built-ins in a browser without the desktop API. */
export function useRuleSetRegistry(): RuleSetRegistry {
  return useTemplateRegistry().ruleSets;
}
