/** sign → verify through the real command line (real files, throwaway keys, the app's verifier). */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'cli', 'main.ts'), ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-sign-'));
  const pair = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'key.pem'), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'pub.pem'), pair.publicKey.export({ type: 'spki', format: 'pem' }));
  const other = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'other-pub.pem'), other.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'setup.exe'), Buffer.from('MZ stand-in installer '.repeat(50)));
  mkdirSync(join(dir, 'pack', 'templates'), { recursive: true });
  mkdirSync(join(dir, 'pack', 'rule-sets'), { recursive: true });
  copyFileSync(join(ROOT, 'assets', 'templates', 'dinh-ky.json'), join(dir, 'pack', 'templates', 'dinh-ky.json'));
  copyFileSync(join(ROOT, 'core', 'rules', 'hd36-2018.json'), join(dir, 'pack', 'rule-sets', 'hd36-2018.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sign and verify', () => {
  it('signs an installer; verify with its public key exits 0, with the built-in or another key exits 1', () => {
    const signed = cli('sign', 'setup.exe', '--key', 'key.pem', '--version', '9.0.0');
    expect(signed.code, signed.err).toBe(0);
    expect(signed.out).toMatch(/Đã tạo gói cập nhật setup\.exe\.goi-cap-nhat/);
    const ok = cli('verify', 'setup.exe.goi-cap-nhat', '--public-key', 'pub.pem');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/Hợp lệ: gói cập nhật phiên bản 9\.0\.0/);
    expect(cli('verify', 'setup.exe.goi-cap-nhat').code).toBe(1);
    const wrong = cli('verify', 'setup.exe.goi-cap-nhat', '--public-key', 'other-pub.pem');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/Từ chối: Chữ ký số/);
    // The detached manifest for the online server is written too.
    expect(JSON.parse(readFileSync(join(dir, 'setup.exe.manifest.json'), 'utf8'))).toMatchObject({
      version: '9.0.0',
      file: 'setup.exe',
    });
  });

  it('exits 1 on a tampered package and on a version not newer than the installed one', () => {
    const bytes = readFileSync(join(dir, 'setup.exe.goi-cap-nhat'));
    const at = bytes.indexOf(Buffer.from('stand-in'));
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x20, at);
    writeFileSync(join(dir, 'tampered.goi-cap-nhat'), bytes);
    expect(cli('verify', 'tampered.goi-cap-nhat', '--public-key', 'pub.pem')).toMatchObject({ code: 1 });
    const rollback = cli('verify', 'setup.exe.goi-cap-nhat', '--public-key', 'pub.pem', '--installed-version', '9.1.0');
    expect(rollback.code).toBe(1);
    expect(rollback.err).toMatch(/phiên bản cũ hơn/);
  });

  it('signs a template pack folder that verify accepts', () => {
    expect(
      cli(
        'sign',
        'pack',
        '--key',
        'key.pem',
        '--version',
        '1.0.0',
        '--pack-id',
        'tinh-uy',
        '--name',
        'Đề cương Tỉnh ủy',
      ).code,
    ).toBe(0);
    const ok = cli('verify', 'pack.goi-de-cuong', '--public-key', 'pub.pem');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/1 đề cương, 1 bộ quy tắc/);
  });

  it('refuses a non-Ed25519 key and wrong usage', () => {
    writeFileSync(
      join(dir, 'rsa.pem'),
      generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    expect(cli('sign', 'setup.exe', '--key', 'rsa.pem', '--version', '9.0.0')).toMatchObject({ code: 1 });
    expect(cli('sign', 'setup.exe', '--version', '9.0.0').code).toBe(2);
    expect(cli('verify').code).toBe(2);
  });
});
