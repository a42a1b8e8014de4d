/**
 * The security settings of every window, as constants and pure functions so they are unit-tested
 * without Electron (reliability-security S-01…S-14). Only `attachWebContentsGuards` touches an
 * Electron object, and only through the small interface below.
 */

/**
 * The app's own origin. IndexedDB drafts are keyed by it: NEVER change scheme or host without a
 * tested migration, or every user loses their drafts (D-09): storage belongs to the origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a header on every HTML response of the app protocol (S-07). `style-src 'unsafe-inline'` is
 * required by MUI/Emotion, which injects <style> elements at run time; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** webPreferences of every window; the preload path is added by window.ts (S-02…S-11). */
export const WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // Middle-click would open links in a new window (Electronegativity AUXCLICK); the open handler denies too.
  disableBlinkFeatures: 'Auxclick',
} as const;

/**
 * True only for URLs of the app origin. Uses the URL parser (never startsWith): "app://bundle.evil/",
 * "app://bundle@evil/" and "APP://BUNDLE/" are all rejected. Node's parser gives non-special schemes
 * an opaque origin ("null"), so scheme, host, port and credentials are compared one by one.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * `session.webRequest.onBeforeRequest`: the app is offline and loads only its own bundle (S-01).
 * data:/blob: cover MUI's inline images and downloads made by the page itself; devtools: the
 * developer tools when opened in development.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'data:' || scheme === 'devtools:';
}

/** `will-navigate`/`will-redirect`/`will-frame-navigate`: stay inside the bundle (S-13). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Permissions the app itself may use. Only durable storage, so Chromium does not evict the IndexedDB
 * drafts under disk pressure (navigator.storage.persist()); every other request is refused (S-05).
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** For `session.setPermissionRequestHandler`. */
export function permissionRequestHandler(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
): void {
  callback(isPermissionAllowed(permission, details.requestingUrl ?? ''));
}

/** For `session.setPermissionCheckHandler`. */
export function permissionCheckHandler(_webContents: unknown, permission: string, requestingOrigin: string): boolean {
  return isPermissionAllowed(permission, requestingOrigin);
}

/** No window.open, target=_blank or middle-click opens anything (S-14). */
export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards need; a fake satisfies it in tests. */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** Attached to every webContents from `app.on('web-contents-created')`. */
export function attachWebContentsGuards(contents: GuardableContents): void {
  const blockForeign = (event: PreventableEvent & { url: string }) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  // No <webview> is ever used; refuse any attempt to create one (S-11, S-12).
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler);
}
