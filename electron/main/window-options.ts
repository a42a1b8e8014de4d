/** Options of the main window, kept free of Electron imports so they are unit-tested. */
import { WEB_PREFERENCES } from './security-policy';
import { APP_NAME } from './user-data';

export function mainWindowOptions(preloadPath: string) {
  return {
    title: APP_NAME,
    width: 1280,
    height: 860,
    // The wizard's two columns (outline + editor) need about this much; smaller screens scroll.
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: { ...WEB_PREFERENCES, preload: preloadPath },
  } as const;
}
