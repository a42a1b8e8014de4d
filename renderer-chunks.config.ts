/**
 * How both renderer builds (desktop: electron.vite.config.ts, browser: vite.web.config.ts) split their chunks.
 * The UI libraries (React, MUI, emotion, Dexie, zod) go into three chunks instead of the dozen small shared chunks
 * the bundler cuts on its own once the screens are lazy (each compressed on its own: +10 KB gzip in all, and more
 * requests), by who first needs them:
 *  - `ui`: what the start-up code imports (index.html loads it);
 *  - `ui-wizard`: what the wizard's step needs beyond that (fetched with the wizard's chunk, before the first step);
 *  - `ui-lazy`: what only the other screens and the dialogs use (MUI's Dialog, Menu, Table …), neither fetched nor
 *    evaluated before the first step.
 * The app imports MUI components by path (`@mui/material/Button`), not from the package's index: the index imports
 * every component, so each of them would look needed at start. The editor (TipTap/ProseMirror), docx-preview and
 * Paged.js stay out of all three: they are loaded after the first paint.
 */
import type { ModuleInfo } from 'rolldown';

const UI_LIBRARIES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-is|react-transition-group|@mui|@emotion|@babel[\\/]runtime|stylis|clsx|prop-types|hoist-non-react-statics|dexie|dexie-react-hooks|zod)[\\/]/;

const WIZARD_SCREEN = /[\\/]renderer[\\/]src[\\/]wizard[\\/]wizard-screen\.tsx$/;

type ModuleGraph = (id: string) => ModuleInfo | null;

/**
 * Whether a root reaches the module through static imports only: a walk up its static importers. Only "yes" is
 * remembered between modules; a "no" found inside an import cycle may not be final.
 */
function reachedFrom(
  isRoot: (info: ModuleInfo) => boolean,
  id: string,
  graph: ModuleGraph,
  reached: Set<string>,
): boolean {
  const seen = new Set<string>([id]);
  const todo = [id];
  while (todo.length > 0) {
    const info = graph(todo.pop()!);
    if (!info) continue;
    if (isRoot(info) || info.importers.some((importer) => reached.has(importer))) {
      reached.add(id);
      return true;
    }
    for (const importer of info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      todo.push(importer);
    }
  }
  return false;
}

// The ids found reached are remembered for the process: each build runs in a process of its own.
const TIERS = [
  { name: 'ui', isRoot: (info: ModuleInfo) => info.isEntry, reached: new Set<string>() },
  { name: 'ui-wizard', isRoot: (info: ModuleInfo) => WIZARD_SCREEN.test(info.id), reached: new Set<string>() },
];

export const rendererOutput = {
  codeSplitting: {
    groups: [
      {
        test: UI_LIBRARIES,
        priority: 10,
        name: (id: string, ctx: { getModuleInfo: ModuleGraph }) => {
          const graph: ModuleGraph = (m) => ctx.getModuleInfo(m);
          return TIERS.find((tier) => reachedFrom(tier.isRoot, id, graph, tier.reached))?.name ?? 'ui-lazy';
        },
      },
    ],
  },
};
