/**
 * Gives a plain-Chromium page the desktop app's `window.soanBaoCao`, answered by the REAL main-process code
 * running in the Playwright Node process (test-support/desktop-double.ts): one exposed binding carries each
 * call across, as the preload's ipcRenderer.invoke would; main → renderer events (the quit flush request) go
 * back through page.evaluate. Every spec that runs the app "on the desktop" goes through here.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CHANNELS, SUBSCRIPTIONS, type RendererApi } from '../../electron/ipc/channels';
import {
  JOURNAL_METHODS,
  startMainDouble,
  type MainDouble,
  type MainDoubleOptions,
} from '../../test-support/desktop-double';

declare global {
  interface Window {
    __soanBaoCaoEmit?: (channel: string, payload: unknown) => void;
  }
}

/**
 * Defines `window.soanBaoCao` in every page of the context: the journal methods, plus `more` methods whose
 * handlers the caller registered on `main.ipcMain` (update-bridge.ts does).
 */
export async function bridgeMainDouble(
  context: BrowserContext,
  main: MainDouble,
  more: readonly (keyof typeof CHANNELS & keyof RendererApi)[] = [],
): Promise<void> {
  // main.invoke is looked up at each call, so a spec may wrap it (to time main's share) after bridging.
  await context.exposeBinding('__soanBaoCaoInvoke', (_source, channel: string, request: unknown) =>
    main.invoke(channel, request),
  );
  const methods = Object.fromEntries([...JOURNAL_METHODS, ...more].map((m) => [m, CHANNELS[m]]));
  await context.addInitScript(
    ({ methodChannels, flushChannel }: { methodChannels: Record<string, string>; flushChannel: string }) => {
      const invoke = (window as unknown as { __soanBaoCaoInvoke: (c: string, r: unknown) => Promise<unknown> })
        .__soanBaoCaoInvoke;
      const listeners = new Set<(p: { requestId: string }) => void>();
      const api: Record<string, unknown> = {};
      for (const [method, channel] of Object.entries(methodChannels))
        api[method] = (request?: unknown) => invoke(channel, request ?? {});
      api.onFlushRequest = (listener: (p: { requestId: string }) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      window.__soanBaoCaoEmit = (channel, payload) => {
        if (channel === flushChannel) for (const l of listeners) l(payload as { requestId: string });
      };
      // The rest of the preload API (updates, USB, template packs…) belongs to main modules this double does
      // not run: those calls fail like a refused IPC call would, and subscriptions never fire.
      const whole = new Proxy(Object.freeze(api), {
        get(target, name) {
          if (typeof name !== 'string' || name in target) return Reflect.get(target, name);
          if (name === 'then') return undefined;
          if (/^on[A-Z]/.test(name)) return () => () => undefined;
          return () => Promise.reject(new Error('Chức năng này không có trong môi trường thử nghiệm.'));
        },
      });
      Object.defineProperty(window, 'soanBaoCao', { value: whole, configurable: false, writable: false });
    },
    { methodChannels: methods, flushChannel: SUBSCRIPTIONS.onFlushRequest },
  );
}

/** Registers a page as one of main's windows (it receives the flush request before quit). */
export function addWindow(main: MainDouble, page: Page): () => void {
  return main.addWindow((channel, payload) => {
    void page.evaluate(([c, p]) => window.__soanBaoCaoEmit?.(c, p), [channel, payload] as const).catch(() => undefined);
  });
}

/**
 * The desktop app for one page: main's double over `options.userData`, bridged into the context, with the page
 * as its window. Returns the double (to quit, or to reach the journal directly).
 */
export async function startDesktop(
  context: BrowserContext,
  page: Page,
  options: MainDoubleOptions,
): Promise<MainDouble> {
  const main = startMainDouble(options);
  await bridgeMainDouble(context, main);
  addWindow(main, page);
  return main;
}
