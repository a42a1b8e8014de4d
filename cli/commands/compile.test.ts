/**
 * `compile` end to end through the real CLI process (npm run cli) on bundles written by the app's writer: the
 * compiled draft is a valid draft file whose tables hold the sums, and a stick with one damaged bundle is
 * refused with the reason and exit 1, writing nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraftFileBytes } from '../../core/draft-file/draft-file-format';
import { blockText } from '../../core/model/report-text';
import { unzipDocx, requirePart } from '../../test-support/docx-xml';
import { writeReceivedStick } from '../../test-support/inbox-fixtures';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'cli/main.ts'), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let folders: Record<string, string>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'compile-cli-'));
  ({ folders } = await writeReceivedStick(join(dir, 'usb')));
  await writeFile(
    join(dir, 'don-vi.txt'),
    'Đảng ủy xã Nậm Tăm\nĐảng ủy xã Bản Bo\nĐảng ủy xã Khun Há\nĐảng ủy xã Sơn Bình\n',
  );
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('soan-bao-cao compile', () => {
  it('compiles a stick into a draft file and says what it included, summed and could not match', async () => {
    const out = join(dir, 'tong-hop.baocao.json');
    const { code, stdout, stderr } = await cli(
      'compile',
      join(dir, 'usb'),
      '-o',
      out,
      '--don-vi',
      join(dir, 'don-vi.txt'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Đơn vị đã tổng hợp (3): Đảng ủy xã Nậm Tăm, Đảng ủy xã Bản Bo, Đảng ủy xã Khun Há.');
    expect(stdout).toContain('Chưa có báo cáo (1): Đảng ủy xã Sơn Bình.');
    expect(stdout).toContain('Mục đã gộp: 3; bảng đã cộng: 2.');
    expect(stdout).toMatch(/Chưa khớp: Biểu 2: .* của Đảng ủy xã Khun Há khác mẫu/u);
    expect(stdout).toMatch(/Không đưa vào: Đảng ủy xã Khun Há — báo cáo theo đề cương khác/u);
    const draft = readDraftFileBytes(await readFile(out));
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.draft.templateId).toBe('dinh-ky');
    const party = draft.draft.report.sections[0]!.children[0]!;
    const table = party.blocks.find((b) => b.type === 'table')!;
    expect(blockText(table).split('\n')[1]).toBe('1 Kết nạp đảng viên mới 33 21 -12');

    // The sums reach the Word file the office sends on: render it and read the table's text runs.
    const docxPath = join(dir, 'tong-hop.docx');
    const rendered = await cli('render', out, '-o', docxPath);
    expect(rendered.code).toBe(0);
    const xml = requirePart(unzipDocx(await readFile(docxPath)), 'word/document.xml');
    const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('|');
    expect(runs).toContain('Kết nạp đảng viên mới|33|21|-12|');
    expect(runs).toContain('Cộng|58|37|-21|');
    expect(runs).toContain('Diện tích lúa (ha)|1.035,5|1.029,6|99,4|');
  }, 90_000);

  it('refuses a stick with a damaged bundle, names it, and writes nothing', async () => {
    const manifest = JSON.parse(await readFile(join(folders.khunHa!, 'manifest.json'), 'utf8')) as {
      files: { name: string }[];
    };
    const docx = join(folders.khunHa!, manifest.files.find((f) => f.name.endsWith('.docx'))!.name);
    const bytes = await readFile(docx);
    bytes[100] = bytes[100]! ^ 1;
    await writeFile(docx, bytes);
    const out = join(dir, 'hong.baocao.json');
    const { code, stdout, stderr } = await cli('compile', join(dir, 'usb'), '-o', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Bộ hồ sơ “2025-06-20 - .*” bị từ chối: Mã kiểm tra SHA-256 của tệp .* không khớp/u);
    expect(stderr).toContain('Không tổng hợp vì có 1 bộ hồ sơ hỏng.');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('says how to call it when the output is missing', async () => {
    const { code, stderr } = await cli('compile', join(dir, 'usb'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Lệnh compile cần ít nhất một thư mục nộp/u);
  }, 30_000);
});
