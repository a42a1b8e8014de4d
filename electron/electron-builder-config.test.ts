/**
 * The packaging config, checked with electron-builder's own loader and schema validator (the
 * Electron binary cannot be downloaded here, so no real package is built in tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));

type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: { filter: string[] }[] | string[];
  publish: null;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[] };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  linux: { target: string[] };
};

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, options: unknown): Promise<Config>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = await getConfig(ROOT, null, null);
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema (which rejects unknown keys)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsiss: {} }, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app and keeps its identity', () => {
    expect(config.appId).toBe('vn.dang.soanbaocao');
    expect(config.productName).toBe('Soạn Báo Cáo');
    expect(config.directories.buildResources).toBe('build');
  });

  it('packages only the compiled app and package.json', () => {
    const filters = config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(filters.filter((f) => !f.startsWith('!'))).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
  });

  it('never publishes', () => {
    expect(config.publish).toBeNull();
  });

  it('builds a Vietnamese, per-user-by-default NSIS installer that lets the user choose the folder', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'msi']);
    // The MSI is for IT deployment: per-machine, silent.
    expect(config.msi).toMatchObject({ perMachine: true, oneClick: true });
    expect(config.nsis).toMatchObject({ allowElevation: true });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds AppImage and deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('flips the security fuses (S-19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has a 512×512 RGBA PNG icon in build/', () => {
    const png = readFileSync(join(ROOT, 'build', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[25]]).toEqual([512, 512, 6]);
  });
});

describe('what app.asar carries', () => {
  /**
   * Bare imports reachable from the main entry, following relative imports through electron/ and
   * core/ (type-only imports are counted too: stricter than the bundle, never looser).
   */
  function mainProcessPackages(): Set<string> {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/g)) {
        if (!spec) continue;
        if (spec.startsWith('.')) {
          // JSON imports are data; only TypeScript modules can import packages.
          const base = resolve(dirname(file), spec);
          const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
          if (target) visit(target);
        } else {
          packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        }
      }
    };
    visit(join(ROOT, 'electron', 'main', 'index.ts'));
    return packages;
  }

  it('every package main imports is a production dependency (so it is in app.asar)', () => {
    const used = [...mainProcessPackages()].filter((p) => p !== 'electron' && !p.startsWith('node:') && !builtinModules.includes(p));
    expect(used).toEqual(expect.arrayContaining(['docx', 'zod']));
    // Issue 6: update client, package verifier (zip reader) and version comparison.
    expect(packageJson.dependencies).toMatchObject({ 'electron-updater': expect.any(String), fflate: expect.any(String), semver: expect.any(String) });
  });

  it('keeps renderer-only libraries out of the production dependencies', () => {
    for (const lib of ['react', 'react-dom', '@mui/material', 'dexie', '@tiptap/core', 'electron']) {
      expect(packageJson.devDependencies).toHaveProperty([lib]);
      expect(packageJson.dependencies).not.toHaveProperty([lib]);
    }
  });
});
