/**
 * The desktop app's update and template-pack main process without Electron, for the page in plain Chromium:
 * the REAL registerUpdates + registerTemplatePacks (copy, verify, install, list) behind the REAL secureHandle
 * and zod contract, registered on the journal double's ipcMain (test-support/desktop-double.ts) and bridged
 * into the page by desktop-bridge.ts. Only the Electron boundary is a double:
 * the open dialog answers with the path the test chose, the updater is never loaded (no feed configured),
 * "launch" and "quit" are recorded, and the built-in key is replaced by a throwaway test key.
 */
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { CHANNELS, type RendererApi } from '../../electron/ipc/channels';
import type { InvokeEvent } from '../../electron/main/secure-ipc';
import { renderDocx } from '../../core/docx/render-docx';
import { createExportDocxHandler } from '../../node/export/export-docx';
import { exportIntoFolder } from './export-into-folder';
import { secureHandle } from '../../electron/main/secure-ipc';
import { createPreviewDocxHandler } from '../../node/export/preview-docx';
import { createPackStore } from '../../node/packages/pack-store';
import { registerTemplatePacks } from '../../electron/main/template-packs/register-template-packs';
import { createReportRenderer, installedRuleSetsFrom } from '../../node/export/report-renderer';
import { inProcessPackageReader } from '../../node/packages/package-reader';
import { realPackageFs } from '../../node/packages/real-package-fs';
import { registerUpdates } from '../../electron/main/updates/register-updates';
import { keyIdOf } from '../../node/packages/trusted-keys';
import { createTrustStore } from '../../node/packages/trust-store';
import { readFileSync } from 'node:fs';
import { ruleSetSchema } from '../../core/rules/rule-set-schema';
import { templateSchema } from '../../core/templates/template-schema';
import { startMainDouble } from '../../test-support/desktop-double';
import { bridgeMainDouble } from './desktop-bridge';

// Playwright's loader cannot import JSON modules, so the built-in outlines and rule-sets are read as files.
const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(ROOT, ...parts), 'utf8'));
const builtInTemplates = () =>
  ['so-ket-tong-ket', 'dinh-ky'].map((id) => templateSchema.parse(readJson('assets', 'templates', `${id}.json`)));
const listRuleSets = () =>
  ['hd36-2018', 'nd30-2020'].map((id) => ruleSetSchema.parse(readJson('core', 'rules', `${id}.json`)));

export const UPDATE_METHODS = [
  'updateStatus',
  'updateCheck',
  'updateDownload',
  'updateInstallNow',
  'updateUsbPick',
  'updateUsbInstall',
  'templatesList',
  'templatePackPick',
  'templatePackInstall',
  'templatePackRollback',
  'exportDocx',
  'renderPreviewDocx',
] as const satisfies readonly (keyof typeof CHANNELS & keyof RendererApi)[];

export interface UpdateDouble {
  /** Next answer of the open dialog (a path on the "stick"). */
  pickNext(path: string | null): void;
  launched: string[];
  backups(): Promise<string[]>;
  /** Where "Xuất DOCX" saved (the save dialog double answers with a file in `<userData>/../xuat`). */
  exported: string[];
}

export async function bridgeUpdateDouble(
  context: BrowserContext,
  userData: string,
  signingKey: KeyObject,
  appVersion = '1.0.0',
): Promise<UpdateDouble> {
  const main = startMainDouble({ userData });
  const { ipcMain } = main;
  const publicKey = createPublicKey(signingKey);
  const trustedKeys = [{ keyId: keyIdOf(publicKey), key: publicKey }];
  const trust = createTrustStore(join(userData, 'update-trust.json'), realPackageFs);
  let nextPath: string | null = null;
  const launched: string[] = [];
  const showOpenDialog = async () =>
    nextPath ? { canceled: false, filePaths: [nextPath] } : { canceled: true, filePaths: [] };
  let n = 0;
  const newToken = () => (++n).toString(16).padStart(32, '0');
  registerUpdates<InvokeEvent>({
    ipcMain,
    userData,
    updatesDir: join(userData, 'updates'),
    exePath: join(userData, 'app', 'soan-bao-cao'),
    programData: undefined,
    installedVersion: appVersion,
    platform: 'linux',
    trustedKeys,
    readPackage: inProcessPackageReader,
    trust,
    fs: realPackageFs,
    loadUpdater: () => {
      throw new Error('online updates are not configured in this test');
    },
    isOnline: () => false,
    openUpdateChannel: () => async () => new Uint8Array(0),
    showOpenDialog,
    backupJournal: () => main.journal.backupNow().then(() => undefined),
    launch: async ({ command }) => void launched.push(command),
    spawnDetached: ({ command }) => void launched.push(command),
    readFileSyncCapped: () => null,
    onAppQuit: () => undefined,
    env: {},
    quit: () => undefined,
    sendToWindows: () => undefined,
    newToken,
    log: () => undefined,
  });
  const packFs = { ...realPackageFs, readdir: (p: string) => fs.readdir(p) };
  // The same bounded reader as the app's worker thread, run in-process (no bundled worker file here).
  const store = createPackStore(userData, packFs, trustedKeys, inProcessPackageReader);
  registerTemplatePacks<InvokeEvent>(ipcMain, {
    showOpenDialog,
    fs: packFs,
    userData,
    store,
    trustedKeys,
    readPackage: inProcessPackageReader,
    installedAppVersion: appVersion,
    trust,
    builtInTemplates,
    builtInRuleSets: listRuleSets,
    newToken,
    now: () => Date.now(),
    log: () => undefined,
  });

  // "Xuất DOCX" and the page preview as index.ts wires them: the report's rule-set resolved among built-in and installed ones.
  const renderReport = createReportRenderer({
    builtInRuleSets: listRuleSets,
    installedRuleSets: installedRuleSetsFrom(store),
    renderDocx,
  });
  secureHandle(
    ipcMain,
    CHANNELS.renderPreviewDocx,
    createPreviewDocxHandler({ renderDocx: renderReport, log: () => undefined }),
  );
  const exported: string[] = [];
  const exportDir = join(dirname(userData), 'xuat');
  secureHandle(
    ipcMain,
    CHANNELS.exportDocx,
    createExportDocxHandler<InvokeEvent>(exportIntoFolder(exportDir, renderReport, exported)),
  );

  // The page is not one of main's windows here: no flush request or update push reaches it in these tests.
  await bridgeMainDouble(context, main, UPDATE_METHODS);
  return {
    pickNext: (path) => (nextPath = path),
    launched,
    exported,
    backups: async () => await fs.readdir(join(userData, 'backups')).catch(() => [] as string[]),
  };
}

export async function openUpdateDialog(page: Page) {
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  return page.getByRole('dialog', { name: 'Cập nhật' });
}
