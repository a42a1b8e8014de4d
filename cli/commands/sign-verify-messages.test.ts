/**
 * What `sign` and `verify` say when a file is missing, is a folder, is not a key, or the key has a
 * passphrase: their own Vietnamese sentences, never Node's error text or another command's context.
 * Through runCli with the real node io (real files), stdout/stderr captured.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedStreamZip } from '../../test-support/hostile-zip';
import { nodeCliIo } from '../node-io';
import { runCli, USAGE, type CliIo } from '../run-cli';
import { KEY_PASSPHRASE_ENV, SIGN_MESSAGES } from './sign';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbc-cli-msg-'));
  const pair = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'key.pem'), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(
    join(dir, 'locked.pem'),
    pair.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'mật khẩu đúng' }),
  );
  writeFileSync(join(dir, 'pub.pem'), pair.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'not-a-key.pem'), 'xin chào');
  writeFileSync(join(dir, 'setup.exe'), Buffer.from('MZ stand-in installer '.repeat(50)));
  writeFileSync(join(dir, 'bomb.goi-de-cuong'), sharedStreamZip(8, 300));
  mkdirSync(join(dir, 'folder.goi-cap-nhat'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(
  argv: string[],
  overrides: { env?: Record<string, string>; promptSecret?: (q: string) => Promise<string> } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const real = nodeCliIo();
  const io: CliIo = {
    ...real,
    writeFile: async (path, data) => void written.set(path, data),
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
    packages: {
      ...real.packages!,
      env: overrides.env ?? {},
      ...(overrides.promptSecret ? { promptSecret: overrides.promptSecret } : {}),
    },
  };
  const at = (name: string) => join(dir, name);
  return {
    promise: runCli(
      argv.map((a) => (a.startsWith('@') ? at(a.slice(1)) : a)),
      io,
    ),
    out,
    err,
    written,
  };
}

async function result(argv: string[], overrides?: Parameters<typeof run>[1]) {
  const r = run(argv, overrides);
  const code = await r.promise;
  const text = r.err.join('\n');
  // Never Node's text, never the render command's context.
  expect(text).not.toMatch(/ENOENT|EISDIR|ENOTREG|xuất báo cáo|no such file/);
  return { code, err: text, out: r.out.join('\n'), written: r.written };
}

describe('verify messages', () => {
  it('a missing package, a folder, a missing or bad public key each get their own sentence', async () => {
    expect(await result(['verify', '@khong-co.goi-cap-nhat'])).toMatchObject({
      code: 1,
      err: `Không tìm thấy tệp gói “${join(dir, 'khong-co.goi-cap-nhat')}”. Hãy kiểm tra lại tên và thư mục.`,
    });
    expect((await result(['verify', '@folder.goi-cap-nhat'])).err).toMatch(
      /là một thư mục, không phải tệp gói\. Hãy chỉ ra tệp \.goi-cap-nhat/,
    );
    expect((await result(['verify', '@bomb.goi-de-cuong', '--public-key', '@khong-co.pem'])).err).toMatch(
      /^Không tìm thấy tệp khóa công khai/,
    );
    expect((await result(['verify', '@bomb.goi-de-cuong', '--public-key', '@not-a-key.pem'])).err).toMatch(
      /không phải khóa công khai Ed25519/,
    );
  });

  it('a zip bomb is refused with the Vietnamese reason', async () => {
    const r = await result(['verify', '@bomb.goi-de-cuong', '--public-key', '@pub.pem']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Từ chối: Tệp gói có cấu trúc nén bất thường/);
  });
});

describe('sign messages and passphrase-protected keys', () => {
  const signArgs = (key: string) => ['sign', '@setup.exe', '--key', key, '--version', '9.0.0'];

  it('a missing key, a key that is not PEM and a missing installer each get their own sentence', async () => {
    expect((await result(signArgs('@khong-co.pem'))).err).toMatch(/^Không tìm thấy tệp khóa riêng/);
    expect((await result(signArgs('@not-a-key.pem'))).err).toBe(SIGN_MESSAGES.notAKey);
    expect((await result(['sign', '@khong-co.exe', '--key', '@key.pem', '--version', '9.0.0'])).err).toMatch(
      /^Không tìm thấy bộ cài hoặc thư mục đề cương/,
    );
  });

  it('an encrypted key without a passphrase source says how to give one', async () => {
    expect(await result(signArgs('@locked.pem'))).toMatchObject({ code: 1, err: SIGN_MESSAGES.needsPassphrase });
  });

  it(`signs with the passphrase from ${KEY_PASSPHRASE_ENV}; a wrong one is said plainly`, async () => {
    const ok = await result(signArgs('@locked.pem'), { env: { [KEY_PASSPHRASE_ENV]: 'mật khẩu đúng' } });
    expect(ok.code, ok.err).toBe(0);
    expect(ok.written.has(join(dir, 'setup.exe.goi-cap-nhat'))).toBe(true);
    expect(await result(signArgs('@locked.pem'), { env: { [KEY_PASSPHRASE_ENV]: 'sai' } })).toMatchObject({
      code: 1,
      err: SIGN_MESSAGES.wrongPassphrase,
    });
  });

  it('asks on the terminal when no variable is set', async () => {
    const questions: string[] = [];
    const r = await result(signArgs('@locked.pem'), {
      promptSecret: async (q) => {
        questions.push(q);
        return 'mật khẩu đúng';
      },
    });
    expect(r.code, r.err).toBe(0);
    expect(questions).toEqual(['Mật khẩu của khóa riêng: ']);
    // An unencrypted key never asks.
    const plain = await result(signArgs('@key.pem'), { promptSecret: async () => Promise.reject(new Error('asked')) });
    expect(plain.code, plain.err).toBe(0);
  });

  it('the help text names the passphrase variable', () => {
    expect(USAGE).toContain(KEY_PASSPHRASE_ENV);
  });
});
