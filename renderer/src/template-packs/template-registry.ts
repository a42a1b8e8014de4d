/**
 * The outlines the renderer can use: the built-in ones plus those of installed, verified template packs
 * (desktop app only; main lists them over IPC). An installed outline with the id of a built-in one
 * replaces it, so the province can ship a corrected outline. Every template from main is validated
 * again with templateSchema before use. A tiny external store, so every screen sees an install at once.
 */
import { useSyncExternalStore } from 'react';
import type { InstalledPackSummary, RendererApi, TemplatesListResponse } from '../../../electron/ipc/channels';
import { createRuleSetRegistry, type RuleSetRegistry } from '../../../core/rules/rule-set-registry';
import { builtInRuleSetRegistry, listRuleSets } from '../../../core/rules/rule-sets';
import { ruleSetSchema, type RuleSet } from '../../../core/rules/rule-set-schema';
import { templateSchema, type Template } from '../../../core/templates/template-schema';
import { builtInTemplates } from '../../../core/templates/templates';

export interface TemplateRegistrySnapshot {
  templates: Template[];
  /** Built-in rule-sets plus those of installed packs (same merge as main's export, so preview = export). */
  ruleSets: RuleSetRegistry;
  packs: InstalledPackSummary[];
  problems: string[];
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
  return {
    templates: mergeTemplates(builtIn, installed),
    ruleSets: createRuleSetRegistry(listRuleSets(), ruleSets),
    packs: list.packs,
    problems,
  };
}

let snapshot: TemplateRegistrySnapshot = {
  templates: builtInTemplates(),
  ruleSets: builtInRuleSetRegistry,
  packs: [],
  problems: [],
};
let loaded = false;
const listeners = new Set<() => void>();

function publish(next: TemplateRegistrySnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
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
      ...snapshot,
      problems: [
        error instanceof Error
          ? error.message
          : 'Không đọc được danh sách đề cương đã cài. Hãy khởi động lại ứng dụng.',
      ],
    });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!loaded) void refreshInstalledTemplates();
  return () => void listeners.delete(listener);
}

export function useTemplateRegistry(): TemplateRegistrySnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

export function useTemplates(): Template[] {
  return useTemplateRegistry().templates;
}

/** Replaces `findTemplate` in components: also finds outlines from installed packs. */
export function useFindTemplate(id: string): Template | undefined {
  return useTemplates().find((t) => t.id === id);
}

/** The rule-sets the preview, checker and pickers use; only built-ins in a browser without the desktop API. */
export function useRuleSetRegistry(): RuleSetRegistry {
  return useTemplateRegistry().ruleSets;
}
