/**
 * .github/workflows/release.yml parsed with js-yaml (what GitHub would reject does not parse) and held to
 * the project it builds: scripts it runs exist, installers never publish, the latest.yml step names the
 * installer electron-builder.yml actually produces, and every installer type the config builds is uploaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  container?: string;
  needs?: string[];
  steps: Step[];
}
const workflow = yaml.load(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
  jobs: Record<string, Job>;
};
const builder = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  artifactName: string;
  publish: null;
  win: { target: { target: string }[] };
  linux: { target: string[] };
};
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const jobs = Object.entries(workflow.jobs);
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run] : []));

describe('release workflow', () => {
  it('runs on GitHub’s Windows and Ubuntu runners with Node 22 and a clean npm ci', () => {
    expect(new Set(jobs.map(([, job]) => job['runs-on']))).toEqual(new Set(['windows-latest', 'ubuntu-latest']));
    for (const [name, job] of jobs) {
      const setupNode = job.steps.findIndex((s) => s.uses?.startsWith('actions/setup-node@'));
      expect(job.steps[setupNode]?.with, name).toMatchObject({ 'node-version': 22 });
      expect(
        job.steps.findIndex((s) => s.run === 'npm ci'),
        name,
      ).toBeGreaterThan(setupNode);
    }
  });

  it('every npm script it runs exists; the Linux job runs the whole npm test under a display', () => {
    for (const [, job] of jobs) {
      for (const run of runs(job)) {
        for (const [, script] of run.matchAll(/npm (?:run )?(test|[\w:-]+)/g)) {
          if (script === 'ci') continue;
          expect(packageJson.scripts, script).toHaveProperty([script!]);
        }
      }
    }
    const linux = runs(workflow.jobs['test-linux']!).join('\n');
    expect(linux).toContain('xvfb-run -a npm test');
    expect(linux).toMatch(
      /apt-get install[\s\S]*chromium[\s\S]*libreoffice-writer-nogui[\s\S]*poppler-utils[\s\S]*fonts-liberation2[\s\S]*pandoc/,
    );
    expect(runs(workflow.jobs['test-windows']!)).toEqual(
      expect.arrayContaining(['npm run test:unit', 'npx playwright test e2e/electron']),
    );
  });

  it('builds installers only after both test jobs, never publishes, and uploads every installer type the config builds', () => {
    expect(builder.publish).toBeNull();
    const installerJobs = jobs.filter(([, job]) => runs(job).some((r) => r.startsWith('npx electron-builder')));
    expect(installerJobs.map(([name]) => name).sort()).toEqual(['installers-linux', 'installers-windows']);
    const extensions: Record<string, string> = { nsis: 'exe', msi: 'msi', AppImage: 'AppImage', deb: 'deb' };
    const built = [...builder.win.target.map((t) => t.target), ...builder.linux.target].map((t) => extensions[t]);
    const uploaded = installerJobs.flatMap(([, job]) =>
      job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => String(s.with?.path)),
    );
    for (const [name, job] of installerJobs) {
      expect(job.needs, name).toEqual(['test-linux', 'test-windows']);
      for (const run of runs(job).filter((r) => r.startsWith('npx electron-builder')))
        expect(run).toContain('--publish never');
    }
    for (const ext of built) expect(uploaded.join('\n'), ext).toContain(`dist/*.${ext!}`);
  });

  it('writes latest.yml for the installer electron-builder.yml names', () => {
    // ${version} stays: the workflow's shell variable has the same name.
    const expected = builder.artifactName.replace('${os}', 'win').replace('${arch}', 'x64').replace('${ext}', 'exe');
    const step = runs(workflow.jobs['installers-windows']!).find((r) => r.includes('write-latest-yml'));
    expect(step).toContain(`scripts/write-latest-yml.ts "dist/${expected}"`);
  });
});
