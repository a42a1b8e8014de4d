/**
 * `npm start` on a machine without the Electron binary must fail fast, with one sentence naming
 * `npm run web`, even when the download hangs. The mirror is a local server that accepts the
 * connection and never answers, so no real download is attempted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const hasBinary = existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt'));
if (hasBinary)
  console.log('Bỏ qua: máy này đã có tệp chạy Electron, npm start sẽ mở ứng dụng thật (nothing to test here).');

describe.skipIf(hasBinary)('scripts/start.mjs without the Electron binary', () => {
  let server: Server;
  let mirror: string;
  const cache = mkdtempSync(join(tmpdir(), 'electron-cache-'));
  beforeAll(async () => {
    server = createServer(() => undefined); // never responds: a download that hangs
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
    rmSync(cache, { recursive: true, force: true });
  });

  it('gives up at the time limit and points to npm run web, exiting non-zero', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--skip-build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ELECTRON_MIRROR: mirror,
        electron_config_cache: cache,
        SOAN_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1500',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const elapsed = Date.now() - started;

    expect(code).toBe(1);
    expect(elapsed).toBeLessThan(10_000);
    expect(stderr).toContain('Không tải được tệp chạy Electron');
    expect(stderr).toContain('npm run web');
    expect(stderr).toContain('the Electron binary could not be downloaded');
    expect(existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt'))).toBe(false);
  });
});
