#!/usr/bin/env node
/**
 * `npm start`: build with electron-vite, make sure the Electron binary is present (trying its
 * installer once, with a time limit so a blocked network fails fast instead of hanging), then launch
 * the app. Without the binary it says, in one sentence, how to open the same UI in a browser.
 *
 *   node scripts/start.mjs [--skip-build]
 *   SOAN_ELECTRON_DOWNLOAD_TIMEOUT_MS  time limit of the download (default 90 000)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = Number(process.env.SOAN_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 90_000);

const NO_ELECTRON_MESSAGE =
  'Không tải được tệp chạy Electron nên không mở được ứng dụng máy tính — hãy chạy `npm run web` để mở cùng giao diện trong trình duyệt ' +
  '(the Electron binary could not be downloaded; run `npm run web` to open the same UI in a browser).';

/** Path of the Electron executable, or null when the package was installed without its binary. */
function electronBinary() {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function build() {
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'Không dựng được ứng dụng (electron-vite build thất bại) — hãy xem lỗi ở trên, sửa rồi chạy lại `npm start`.',
    );
    process.exit(result.status ?? 1);
  }
}

/** Runs electron's own installer once; resolves when it ends or is killed at the time limit. */
function tryInstallElectron() {
  console.log(`Chưa có tệp chạy Electron, đang thử tải (tối đa ${Math.round(DOWNLOAD_TIMEOUT_MS / 1000)} giây)…`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ELECTRON_DIR, 'install.js')], {
      cwd: ELECTRON_DIR,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const timer = setTimeout(() => {
      stderr += `\n(installer stopped after ${DOWNLOAD_TIMEOUT_MS} ms)`;
      child.kill('SIGKILL');
    }, DOWNLOAD_TIMEOUT_MS);
    child.on('close', () => {
      clearTimeout(timer);
      const firstLine = stderr.trim().split('\n')[0];
      if (firstLine && !electronBinary()) console.error(`  (${firstLine})`);
      resolve();
    });
  });
}

async function main() {
  if (!process.argv.includes('--skip-build')) build();
  let binary = electronBinary();
  if (!binary) {
    await tryInstallElectron();
    binary = electronBinary();
  }
  if (!binary) {
    console.error(NO_ELECTRON_MESSAGE);
    process.exit(1);
  }
  const app = spawn(binary, [ROOT], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();
