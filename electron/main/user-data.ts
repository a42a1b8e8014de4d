/**
 * Where the app keeps its data (IndexedDB drafts, settings). The folder name is FIXED: Electron
 * derives the default from the app name, so a rename of `name`/`productName` would silently start
 * users on an empty profile (D-09). Tests point it at a temporary folder with APP_TEST_USER_DATA.
 */
import { isAbsolute, join } from 'node:path';

/** Never change: existing installations find their drafts under this name. */
export const USER_DATA_DIRNAME = 'soan-bao-cao';
/** The application name Electron reports (window class, notifications, crash dumps). */
export const APP_NAME = 'Soạn Báo Cáo';

export function userDataPath(appDataDir: string, env: Readonly<Record<string, string | undefined>>): string {
  const override = env.APP_TEST_USER_DATA;
  if (override !== undefined && override !== '' && isAbsolute(override)) return override;
  return join(appDataDir, USER_DATA_DIRNAME);
}

interface PathApp {
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
  setName(name: string): void;
}

/** Must run before `app.whenReady()`, before anything opens the profile. */
export function configureUserData(app: PathApp, env: Readonly<Record<string, string | undefined>>): string {
  app.setName(APP_NAME);
  const path = userDataPath(app.getPath('appData'), env);
  app.setPath('userData', path);
  return path;
}
