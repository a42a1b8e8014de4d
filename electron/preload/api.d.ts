/**
 * `window.soanBaoCao`, defined by electron/preload/index.ts in the desktop app. Absent when the
 * renderer runs in an ordinary browser (`npm run web`, Playwright), hence optional.
 */
import type { API_GLOBAL, RendererApi } from '../ipc/channels';

declare global {
  interface Window {
    readonly [API_GLOBAL]?: RendererApi;
  }
}

export {};
