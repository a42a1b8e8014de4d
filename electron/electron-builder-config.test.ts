/**
 * The packaging config, checked with electron-builder's own loader and schema validator (the
 * Electron binary cannot be downloaded here, so no real package is built in tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSUPPORTED_SYSTEM_MESSAGES } from './main/minimum-system';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));

type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: { filter: string[] }[] | string[];
  publish: null;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[]; signtoolOptions: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  linux: { target: string[] };
};

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, options: unknown): Promise<Config>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: {
    prototype: { generateFuseConfig(fuses: Record<string, boolean>): Promise<Record<number, unknown>> };
  };
};
// Electron's own fuse names and wire positions, from the @electron/fuses electron-builder writes them with.
const { FuseV1Options } = createRequire(require.resolve('app-builder-lib/package.json'))('@electron/fuses') as {
  FuseV1Options: Record<string, number | string>;
};
const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => typeof FuseV1Options[key] === 'number');

/** The fuse states electron-builder writes into the executable for an `electronFuses` config, by Electron's names. */
async function fusesWritten(electronFuses: Record<string, boolean>): Promise<Record<string, unknown>> {
  const wire = await PlatformPackager.prototype.generateFuseConfig.call(undefined, electronFuses);
  return Object.fromEntries(FUSE_NAMES.map((name) => [name, wire[FuseV1Options[name] as number]]));
}

const config = await getConfig(ROOT, null, null);
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: { dist: string; 'dist:test': string };
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
    expect(filters.filter((f) => !f.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ]);
  });

  it('never publishes', () => {
    expect(config.publish).toBeNull();
  });

  it('builds a Vietnamese assisted NSIS installer that lets IT choose the folder, and an MSI for deployment', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'msi']);
    expect(config.msi).toMatchObject({ oneClick: true });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
      deleteAppDataOnUninstall: false,
    });
  });

  it('every Windows installer installs per machine (Program Files), so the clerk’s account cannot rewrite app.asar', () => {
    for (const { target } of config.win.target) {
      expect(config[target], target).toMatchObject({ perMachine: true });
    }
  });

  it('builds Windows installers only for architectures the pinned Electron ships (no win32-ia32 since Electron 44)', () => {
    const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string };
    const checksums = JSON.parse(
      readFileSync(join(dirname(require.resolve('electron/package.json')), 'checksums.json'), 'utf8'),
    ) as Record<string, string>;
    const shipped = (arch: string) => `electron-v${electron.version}-win32-${arch}.zip` in checksums;
    const archs = new Set(config.win.target.flatMap((t) => t.arch));
    expect(archs.has('x64')).toBe(true);
    for (const arch of archs) expect(shipped(arch), `${arch} build of Electron ${electron.version}`).toBe(true);
    // Recorded so a future Electron that ships ia32 again shows up here.
    expect(shipped('ia32')).toBe(false);
  });

  it('the NSIS include refuses Windows below 10 and 32-bit Windows with the app’s own Vietnamese sentences', () => {
    const include = readFileSync(resolve(ROOT, String(config.nsis.include)), 'utf8');
    const templates = join(dirname(require.resolve('app-builder-lib/package.json')), 'templates', 'nsis');
    // The macro it defines is one electron-builder's installer inserts, and WinVer.nsh has the check it uses.
    const defined = [...include.matchAll(/^!macro (\w+)/gm)].map((m) => m[1]);
    expect(defined).toEqual(['preInit']);
    expect(readFileSync(join(templates, 'installer.nsi'), 'utf8')).toContain('!insertmacro preInit');
    expect(include).toMatch(/\$\{If\} \$\{AtMostWin8\.1\}/);
    const messages = [...include.matchAll(/MessageBox \S+ "([^"]+)"/g)].map((m) => m[1]);
    expect(messages).toEqual([UNSUPPORTED_SYSTEM_MESSAGES.windowsTooOld, UNSUPPORTED_SYSTEM_MESSAGES.windows32Bit]);
    // Never on the build machine, which runs .onInit once to write the uninstaller.
    expect(include).toMatch(/!ifndef BUILD_UNINSTALLER[\s\S]*AtMostWin8\.1[\s\S]*!endif/);
  });

  it('signs with SHA-256 when the release machine provides a certificate, and keeps secrets out of the file', () => {
    expect(config.win.signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'] });
    const text = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/^\s*(cscLink|cscKeyPassword|certificatePassword|certificateFile):/m);
  });

  it('builds AppImage and deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('sets every fuse Electron has, so none is left to the binary’s default (S-19)', async () => {
    const wire = await fusesWritten(config.electronFuses);
    expect(FUSE_NAMES.length).toBeGreaterThanOrEqual(8);
    for (const name of FUSE_NAMES) expect(typeof wire[name], name).toBe('boolean');
  });

  it('S-19: the signed executable runs no other code — not as Node, not with NODE_OPTIONS, not under an inspector', async () => {
    const wire = await fusesWritten(config.electronFuses);
    expect(wire.RunAsNode).toBe(false);
    expect(wire.EnableNodeOptionsEnvironmentVariable).toBe(false);
    expect(wire.EnableNodeCliInspectArguments).toBe(false);
  });

  it('S-19: the app runs only from its own app.asar, checked against the hash in the executable', async () => {
    const wire = await fusesWritten(config.electronFuses);
    expect(wire.OnlyLoadAppFromAsar).toBe(true);
    expect(wire.EnableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('S-19: file:// pages get no extra privileges, cookies are encrypted, one V8 snapshot for every process', async () => {
    const wire = await fusesWritten(config.electronFuses);
    expect(wire.GrantFileProtocolExtraPrivileges).toBe(false);
    expect(wire.EnableCookieEncryption).toBe(true);
    expect(wire.LoadBrowserProcessSpecificV8Snapshot).toBe(false);
  });

  it('T-04: the Playwright test package differs from the release only by the inspector fuse', async () => {
    const overrides = (script: string) =>
      Object.fromEntries(
        [...script.matchAll(/-c\.electronFuses\.(\w+)=(true|false)\b/g)].map(([, key, value]) => [
          key,
          value === 'true',
        ]),
      );
    expect(overrides(packageJson.scripts.dist ?? '')).toEqual({});
    const release = await fusesWritten(config.electronFuses);
    const test = await fusesWritten({ ...config.electronFuses, ...overrides(packageJson.scripts['dist:test'] ?? '') });
    expect(FUSE_NAMES.filter((name) => test[name] !== release[name])).toEqual(['EnableNodeCliInspectArguments']);
    expect(test.EnableNodeCliInspectArguments).toBe(true);
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
   * Bare imports reachable from the main entry, following relative imports through electron/,
   * node/ and core/ (type-only imports are counted too: stricter than the bundle, never looser).
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
    const used = [...mainProcessPackages()].filter(
      (p) => p !== 'electron' && !p.startsWith('node:') && !builtinModules.includes(p),
    );
    expect(used).toEqual(expect.arrayContaining(['docx', 'zod']));
    // Updates: update client, package verifier (zip reader) and version comparison.
    expect(packageJson.dependencies).toMatchObject({
      'electron-updater': expect.any(String),
      fflate: expect.any(String),
      semver: expect.any(String),
    });
  });

  it('keeps renderer-only libraries out of the production dependencies', () => {
    for (const lib of ['react', 'react-dom', '@mui/material', 'dexie', '@tiptap/core', 'electron']) {
      expect(packageJson.devDependencies).toHaveProperty([lib]);
      expect(packageJson.dependencies).not.toHaveProperty([lib]);
    }
  });
});
