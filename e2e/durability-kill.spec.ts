/**
 * T-03 on real Chromium: SIGKILL at random moments while typing, 20 times, relaunch on the same profile each
 * time — everything typed up to 1 s before the kill is still there (e2e/helpers/kill-loop.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runKillLoop } from './helpers/kill-loop';

const KILLS = Number(process.env.KILL_COUNT ?? 20);

test('SIGKILL while typing, 20 times: text followed by 1 s of quiet always survives the relaunch', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const profileDir = await mkdtemp(join(tmpdir(), 'soan-kill-'));
  try {
    const seed = Number(process.env.KILL_SEED ?? Date.now() % 1_000_000);
    const report = await runKillLoop({
      baseUrl: baseURL!,
      profileDir,
      kills: KILLS,
      seed,
      log: (line) => console.log(line),
    });
    console.log(
      `[T-03] seed ${seed}: survived ${report.survived}/${report.kills} kills, ${report.finalLength} characters on screen at the end`,
    );
    expect(report.failures, `seed ${seed}`).toEqual([]);
    expect(report.survived).toBe(KILLS);
    expect(report.finalLength).toBeGreaterThan(0);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});
