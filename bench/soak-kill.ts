/**
 * Soak version of the T-03 kill test: SIGKILL Chromium at random moments while typing, many times, on one
 * profile, and check after each relaunch that everything followed by 1 s of quiet survived. Serves the built
 * renderer (run `npm run build:web` first). Usage: npx tsx bench/soak-kill.ts [--kills 200] [--seed 7]
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runKillLoop } from '../e2e/helpers/kill-loop';
import { startStaticServer } from './static-server';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const kills = arg('kills', 200);
  const seed = arg('seed', Date.now() % 1_000_000);
  const rendererDir = resolve('out/web');
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('out/web is missing: run `npm run build:web` first');
  // Serve a snapshot: a rebuild of out/web during a long soak must not swap the app under the test.
  const snapshot = await mkdtemp(join(tmpdir(), 'soan-soak-renderer-'));
  await cp(rendererDir, snapshot, { recursive: true });
  const server = await startStaticServer(snapshot, resolve('bench/page'));
  const profileDir = await mkdtemp(join(tmpdir(), 'soan-soak-kill-'));
  const started = Date.now();
  try {
    const report = await runKillLoop({
      baseUrl: `${server.url}/`,
      profileDir,
      kills,
      seed,
      log: (line) => console.log(line),
    });
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    console.log(
      `\nsoak-kill seed ${seed}: survived ${report.survived}/${report.kills} SIGKILLs in ${minutes} min; ${report.finalLength} characters on screen at the end`,
    );
    for (const failure of report.failures) console.log(`  LOST ${failure}`);
    process.exitCode = report.failures.length === 0 ? 0 : 1;
  } finally {
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    await rm(snapshot, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
