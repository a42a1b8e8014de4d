/**
 * The command line as a user meets it: help, wrong usage, unreadable or hostile files, a full disk, and a
 * real run (one spawned process) that leaves a valid .docx behind.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli, type CliIo } from './run-cli';
import { FileWriteError } from '../node/files/atomic-write';
import { documentBody, paragraphsIn, unzipDocx } from '../test-support/docx-xml';
import { FIXTURE_PATH } from '../test-support/sample-report';

const encoder = new TextEncoder();

class MemoryIo implements CliIo {
  files = new Map<string, Uint8Array>();
  out: string[] = [];
  err: string[] = [];
  clock = 1000;
  writeError: Error | undefined;
  readFile = async (path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> => {
    const data = this.files.get(path);
    if (!data) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    return data.length > maxBytes ? 'too-large' : data;
  };
  writeFile = async (path: string, data: Uint8Array): Promise<void> => {
    if (this.writeError) throw this.writeError;
    this.files.set(path, data);
  };
  stdout = (line: string) => void this.out.push(line);
  stderr = (line: string) => void this.err.push(line);
  now = () => (this.clock += 25);
}

let fixture: Uint8Array;
let work: string;

beforeAll(async () => {
  fixture = new Uint8Array(await readFile(FIXTURE_PATH));
  work = await mkdtemp(join(tmpdir(), 'cli-test-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function ioWithDraft(): MemoryIo {
  const io = new MemoryIo();
  io.files.set('nhap.baocao.json', fixture);
  return io;
}

describe('runCli', () => {
  it('check and error lines never print bidi controls, zero-width characters or terminal escapes (I-09)', async () => {
    const io = new MemoryIo();
    const draft = JSON.parse(new TextDecoder().decode(fixture)) as { report: { title: string } };
    draft.report.title = `báo cáo\u202Excod.docx\u200B\u2066 quý\uFEFF 1`;
    io.files.set('bidi.baocao.json', encoder.encode(JSON.stringify(draft)));
    await runCli(['check', 'bidi.baocao.json'], io);
    await runCli(['check', 'thiếu\u202E\u001b[2J.baocao.json'], io);
    const printed = [...io.out, ...io.err].join('\n');
    expect(printed.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex -- the point is that no control character is printed
    expect(printed).not.toMatch(/[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u001b]/);
  });

  it('renders a draft and prints one line with path, size and time', async () => {
    const io = ioWithDraft();
    expect(await runCli(['render', 'nhap.baocao.json', '-o', 'ra.docx'], io)).toBe(EXIT_OK);
    const docx = io.files.get('ra.docx')!;
    expect(paragraphsIn(documentBody(unzipDocx(docx))).some((p) => p.text === 'Cao Trang Trọng')).toBe(true);
    expect(io.out).toHaveLength(1);
    expect(io.out[0]).toMatch(/^Đã xuất ra\.docx \(\d+(,\d+)? KB, \d+ ms\)$/);
    expect(io.err).toEqual([]);
  });

  it('names the output after the draft when -o is left out', async () => {
    const io = ioWithDraft();
    expect(await runCli(['render', 'nhap.baocao.json'], io)).toBe(EXIT_OK);
    expect(io.files.has('nhap.docx')).toBe(true);
  });

  it('shows the Vietnamese help with --help and exits 0', async () => {
    const io = new MemoryIo();
    expect(await runCli(['--help'], io)).toBe(EXIT_OK);
    expect(io.out[0]).toContain('Cách dùng:');
  });

  it.each([
    [[], 'Cách dùng:'],
    [['xuat', 'a.json'], 'Không có lệnh “xuat”'],
    [['render'], 'cần đúng một tệp bản nháp'],
    [['render', 'a.json', 'b.json'], 'cần đúng một tệp bản nháp'],
    [['render', 'a.json', '--bogus'], 'Lệnh không đúng'],
    [['render', 'a.json', '-o', 'ra.pdf'], 'phải có đuôi .docx'],
  ])('rejects wrong usage %j with exit 2 and a Vietnamese explanation', async (argv, message) => {
    const io = new MemoryIo();
    expect(await runCli(argv, io)).toBe(EXIT_USAGE);
    expect(io.err.join('\n')).toContain(message);
    expect(io.files.size).toBe(0);
  });

  it('explains a missing file', async () => {
    const io = new MemoryIo();
    expect(await runCli(['render', 'khong-co.baocao.json'], io)).toBe(EXIT_FAILED);
    expect(io.err[0]).toBe(
      'Không tìm thấy tệp bản nháp “khong-co.baocao.json”. Hãy kiểm tra lại tên và thư mục của tệp.',
    );
  });

  it.each([
    ['a file over 5 MB', new Uint8Array(5 * 1024 * 1024 + 1), 'quá lớn'],
    ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe, 0x00, 0xc3]), 'không phải văn bản UTF-8'],
    ['broken JSON', encoder.encode('{"format": '), 'JSON hỏng'],
    [
      'a prototype-pollution payload',
      encoder.encode('{"__proto__":{"polluted":1}}'),
      'không phải bản nháp của Soạn Báo Cáo',
    ],
  ])('refuses %s and writes nothing', async (_what, bytes, message) => {
    const io = new MemoryIo();
    io.files.set('x.baocao.json', bytes);
    expect(await runCli(['render', 'x.baocao.json', '-o', 'ra.docx'], io)).toBe(EXIT_FAILED);
    expect(io.err[0]).toContain(message);
    expect(io.files.has('ra.docx')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains a draft whose rule-set is not installed on this machine, and writes nothing', async () => {
    const io = new MemoryIo();
    const text = new TextDecoder().decode(fixture).replace('"ruleSet": "hd36-2018"', '"ruleSet": "lc-2027"');
    io.files.set('nhap.baocao.json', encoder.encode(text));
    expect(await runCli(['render', 'nhap.baocao.json', '-o', 'ra.docx'], io)).toBe(EXIT_FAILED);
    expect(io.err).toEqual([
      'Báo cáo dùng bộ quy tắc thể thức “lc-2027” chưa được cài trên máy này. Hãy cài gói đề cương của tỉnh hoặc chọn bộ quy tắc khác trong Thông tin chung.',
    ]);
    expect(io.files.has('ra.docx')).toBe(false);
  });

  it('passes on the writer’s Vietnamese message when the disk is full', async () => {
    const io = ioWithDraft();
    io.writeError = new FileWriteError('ENOSPC', 'write', new Error('ENOSPC'));
    expect(await runCli(['render', 'nhap.baocao.json', '-o', 'ra.docx'], io)).toBe(EXIT_FAILED);
    expect(io.err[0]).toContain('đã đầy');
    expect(io.out).toEqual([]);
  });
});

describe('the real command', () => {
  it('npx tsx cli/main.ts render <fixture> -o <file> writes a valid .docx', async () => {
    const output = join(work, 'bao-cao.docx');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'cli/main.ts', 'render', FIXTURE_PATH, '-o', output], {
      cwd: join(import.meta.dirname, '..'),
      timeout: 60_000,
    });
    expect(stdout.trim()).toMatch(/^Đã xuất .*bao-cao\.docx \(\d+(,\d+)? KB, \d+ ms\)$/);
    const parts = unzipDocx(new Uint8Array(await readFile(output)));
    expect(paragraphsIn(documentBody(parts)).some((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')).toBe(true);
  });

  it('exits non-zero with the message on stderr for a missing file', async () => {
    const result = await promisify(execFile)(
      'npx',
      ['tsx', 'cli/main.ts', 'render', join(work, 'khong-co.baocao.json')],
      {
        cwd: join(import.meta.dirname, '..'),
        timeout: 60_000,
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stderr).toContain('Không tìm thấy tệp bản nháp');
  });
});
