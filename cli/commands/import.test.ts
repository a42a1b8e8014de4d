/**
 * `soan-bao-cao import` as a user meets it: a report exported by the app becomes a draft file the app opens,
 * with the recognition summary printed; a .doc, a folder, a damaged zip are refused with exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { parseDraftFile } from '../../core/draft-file/draft-file-format';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli, type CliIo } from '../run-cli';
import { FIXTURE_PATH } from '../../test-support/sample-report';

class MemoryIo implements CliIo {
  files = new Map<string, Uint8Array>();
  out: string[] = [];
  err: string[] = [];
  readFile = async (path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> => {
    if (path.endsWith('/')) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    const data = this.files.get(path);
    if (!data) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    return data.length > maxBytes ? 'too-large' : data;
  };
  writeFile = async (path: string, data: Uint8Array): Promise<void> => void this.files.set(path, data);
  stdout = (line: string) => void this.out.push(line);
  stderr = (line: string) => void this.err.push(line);
  now = () => 0;
}

async function sampleDocx(): Promise<Uint8Array> {
  const draft = parseDraftFile(await readFile(FIXTURE_PATH, 'utf8'));
  if (!draft.ok) throw new Error(draft.message);
  return renderDocx(draft.draft.report);
}

describe('soan-bao-cao import', () => {
  it('turns the exported sample into a draft file the app opens, and prints what it recognised', async () => {
    const io = new MemoryIo();
    io.files.set('bao-cao.docx', await sampleDocx());
    expect(await runCli(['import', 'bao-cao.docx', '-o', 'nhap.baocao.json'], io)).toBe(EXIT_OK);
    const draft = parseDraftFile(new TextDecoder().decode(io.files.get('nhap.baocao.json')));
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.draft.templateId).toBe('so-ket-tong-ket');
    expect(draft.draft.report.signature.name).toBe('Cao Trang Trọng');
    const printed = io.out.join('\n');
    expect(printed).toContain('3 chương');
    expect(printed).toContain('2 chú thích');
    expect(printed).toContain('6 nơi nhận; có người ký');
    expect(printed).toContain('Không có phần nào bị bỏ qua.');
  });

  it('names the draft after the Word file when -o is left out', async () => {
    const io = new MemoryIo();
    io.files.set('bc.docx', await sampleDocx());
    expect(await runCli(['import', 'bc.docx'], io)).toBe(EXIT_OK);
    expect(io.files.has('bc.baocao.json')).toBe(true);
  });

  it('refuses a .doc, a folder, a missing file and a damaged zip with a Vietnamese reason and exit 1', async () => {
    const io = new MemoryIo();
    const doc = new Uint8Array(512);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    io.files.set('cu.doc', doc);
    io.files.set('hong.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(await runCli(['import', 'cu.doc'], io)).toBe(EXIT_FAILED);
    expect(io.err.pop()).toContain('Tệp > Lưu thành > Word Document (.docx)');
    expect(await runCli(['import', 'thu-muc/'], io)).toBe(EXIT_FAILED);
    expect(io.err.pop()).toContain('là một thư mục');
    expect(await runCli(['import', 'khong-co.docx'], io)).toBe(EXIT_FAILED);
    expect(io.err.pop()).toContain('Không tìm thấy tệp Word');
    expect(await runCli(['import', 'hong.docx'], io)).toBe(EXIT_FAILED);
    expect(io.err.pop()).toContain('bị hỏng');
    expect([...io.files.keys()].some((k) => k.endsWith('.json'))).toBe(false);
  });

  it('says how to use it when the file or the output name is wrong', async () => {
    const io = new MemoryIo();
    expect(await runCli(['import'], io)).toBe(EXIT_USAGE);
    expect(await runCli(['import', 'a.docx', '-o', 'a.docx'], io)).toBe(EXIT_USAGE);
    expect(io.err.join('\n')).toContain('.baocao.json');
  });
});
