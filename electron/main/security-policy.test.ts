import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ORIGIN,
  attachWebContentsGuards,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
  permissionCheckHandler,
  permissionRequestHandler,
  WEB_PREFERENCES,
  windowOpenHandler,
  type GuardableContents,
} from './security-policy';
import { USER_DATA_DIRNAME, userDataPath } from './user-data';
import { mainWindowOptions } from './window-options';

describe('stable identity (D-09)', () => {
  it('keeps the origin and profile folder that existing drafts live under', () => {
    // Changing either strands every user's IndexedDB drafts: only with a tested migration.
    expect(APP_ORIGIN).toBe('app://bundle');
    expect(USER_DATA_DIRNAME).toBe('soan-bao-cao');
    expect(userDataPath('/home/u/.config', {})).toBe('/home/u/.config/soan-bao-cao');
  });
  it('lets tests use their own profile, but only an absolute path', () => {
    expect(userDataPath('/home/u/.config', { APP_TEST_USER_DATA: '/tmp/p1' })).toBe('/tmp/p1');
    expect(userDataPath('/home/u/.config', { APP_TEST_USER_DATA: 'relative' })).toBe('/home/u/.config/soan-bao-cao');
  });
});

describe('WEB_PREFERENCES', () => {
  it('sandboxes and isolates every window (S-02…S-11)', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
  });
  it('is what the main window actually gets, plus the preload', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs');
    expect(options.webPreferences).toEqual({ ...WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' });
    expect(options.title).toBe('Soạn Báo Cáo');
    expect(options.show).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  it('allows scripts only from the bundle and nothing from the network (S-07)', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('isAllowedNavigation (S-13)', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/index.html#/bao-cao/1', true],
    ['app://bundle/', true],
    ['app://bundle.evil.com/', false],
    ['app://bundle@evil.com/', false],
    ['app://user:pw@bundle/', false],
    ['app://bundle:8080/', false],
    ['https://bundle/', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['APP://BUNDLE/../..', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });

  it('property: any URL of another scheme or host is rejected', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => {
        expect(isAllowedNavigation(url)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, path) => {
        fc.pre(host !== 'bundle');
        expect(isAllowedNavigation(`app://${host}${path}`)).toBe(false);
        expect(isAllowedNavigation(`app://bundle.${host}${path}`)).toBe(false);
        expect(isAllowedNavigation(`app://bundle@${host}${path}`)).toBe(false);
      }),
    );
  });

  it('property: any path inside the bundle is allowed', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        expect(isAllowedNavigation(`app://bundle${path}`)).toBe(true);
      }),
    );
  });
});

describe('isAllowedRequest (S-01)', () => {
  it.each([
    ['app://bundle/assets/index.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://bundle/6f1c', true],
    ['blob:https://evil.com/6f1c', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://localhost/', false],
    ['file:///C:/Windows/win.ini', false],
    ['ws://127.0.0.1:9229/', false],
  ])('%s → %s', (url, allowed) => expect(isAllowedRequest(url)).toBe(allowed));
});

describe('permissions (S-05)', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'fileSystem',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'unknown',
  ];
  it.each(PERMISSIONS)('denies %s, even to the app itself', (permission) => {
    const callback = vi.fn();
    permissionRequestHandler(null, permission, callback, { requestingUrl: 'app://bundle/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(permissionCheckHandler(null, permission, 'app://bundle')).toBe(false);
  });
  it('grants durable storage to the app page only, so drafts are not evicted', () => {
    const callback = vi.fn();
    permissionRequestHandler(null, 'persistent-storage', callback, { requestingUrl: 'app://bundle/index.html' });
    expect(callback).toHaveBeenCalledWith(true);
    permissionRequestHandler(null, 'persistent-storage', callback, { requestingUrl: 'https://evil.com/' });
    expect(callback).toHaveBeenLastCalledWith(false);
    permissionRequestHandler(null, 'persistent-storage', callback, {});
    expect(callback).toHaveBeenLastCalledWith(false);
  });
});

describe('attachWebContentsGuards (S-12…S-14)', () => {
  type Listener = (event: { url: string; preventDefault(): void }) => void;
  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: (() => { action: string }) | undefined;
    const contents: GuardableContents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler) => (openHandler = handler),
    } as GuardableContents;
    attachWebContentsGuards(contents);
    const fire = (name: string, url = '') => {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)?.(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { listeners, fire, openHandler: () => openHandler };
  }

  it('blocks navigation and redirects away from the bundle, allows moves inside it', () => {
    const c = fakeContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(c.listeners.has(name)).toBe(true);
      expect(c.fire(name, 'https://example.com/')).toBe(true);
      expect(c.fire(name, 'file:///etc/passwd')).toBe(true);
      expect(c.fire(name, 'app://bundle/index.html')).toBe(false);
    }
  });
  it('always prevents <webview> attachment', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });
  it('denies every new window', () => {
    expect(fakeContents().openHandler()?.()).toEqual({ action: 'deny' });
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });
});
