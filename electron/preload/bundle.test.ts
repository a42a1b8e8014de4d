/**
 * The built preload (out/preload/index.cjs) must be one CommonJS file that needs nothing but
 * `electron`: a sandboxed preload gets a `require` that can load no other module and no chunk.
 * Runs the real bundle in a fresh VM context with exactly that restricted require.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, CHANNELS, SUBSCRIPTIONS } from '../ipc/channels';

const BUNDLE = join(import.meta.dirname, '..', '..', 'out', 'preload', 'index.cjs');
const built = existsSync(BUNDLE);
if (!built)
  console.log(
    'Bỏ qua: chưa dựng out/preload/index.cjs — chạy `npx electron-vite build` trước (preload bundle not built).',
  );

describe.skipIf(!built)('the built preload bundle', () => {
  it('requires only electron and exposes exactly the contract', async () => {
    const exposed = new Map<string, Record<string, unknown>>();
    const invoke = vi.fn(async () => ({ version: '0.1.0', platform: 'linux', electron: '45.5.0' }));
    const required: string[] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return {
        contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
        ipcRenderer: { invoke },
      };
    };
    const module = { exports: {} };
    runInNewContext(readFileSync(BUNDLE, 'utf8'), {
      require: sandboxRequire,
      module,
      exports: module.exports,
      console,
    });

    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual([API_GLOBAL]);
    const api = exposed.get(API_GLOBAL)!;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...Object.keys(SUBSCRIPTIONS)].sort());
    await expect((api.appInfo as () => Promise<unknown>)()).resolves.toEqual({
      version: '0.1.0',
      platform: 'linux',
      electron: '45.5.0',
    });
    expect(invoke).toHaveBeenCalledWith(CHANNELS.appInfo, {});
  });
});
