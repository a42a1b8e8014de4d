/**
 * A vitest `test` for code that talks to the desktop app's main process: each test gets a fresh scratch
 * folder as userData, the main-process double over it (the REAL journal code) and the journal part of
 * `window.soanBaoCao` as the preload would build it. The folder is removed after the test.
 *
 *   desktopTest('saves', async ({ api, double, dir }) => { … });
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { apiOverDouble, startMainDouble, type JournalMethods, type MainDouble } from './desktop-double';

export interface DesktopFixtures {
  /** The scratch folder standing in for Electron's userData. */
  dir: string;
  /** Main without Electron, over `dir`. */
  double: MainDouble;
  /** The renderer's journal methods, answered by `double`. */
  api: JournalMethods;
}

export const desktopTest = test.extend<DesktopFixtures>({
  // vitest reads a fixture's dependencies from the destructured first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  dir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'soan-desktop-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  double: async ({ dir }, use) => use(startMainDouble({ userData: dir })),
  api: async ({ double }, use) => use(apiOverDouble(double)),
});
