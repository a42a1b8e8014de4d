import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyIncoming, type BundleIdentity } from '../../core/submission/bundle-identity';
import { unitReport, UNITS, writeBundle, writeReceivedStick } from '../../test-support/inbox-fixtures';
import { readInbox, type InboxEntry } from './read-inbox';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inbox-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function okEntries(entries: readonly InboxEntry[]) {
  return entries.filter((e): e is Extract<InboxEntry, { ok: true }> => e.ok);
}

async function manifestOf(folder: string): Promise<{ files: { name: string; bytes: number; sha256: string }[] }> {
  return JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as {
    files: { name: string; bytes: number; sha256: string }[];
  };
}

async function rewriteManifest(folder: string, edit: (m: Record<string, unknown>) => void): Promise<void> {
  const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  edit(manifest);
  await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest));
}

describe('readInbox on a stick written by the app', () => {
  it('lists every unit with title, period, number and date, and tells a re-submission from a new report', async () => {
    await writeReceivedStick(dir);
    const result = await readInbox(dir);
    if (!result.ok) throw new Error(result.message);
    const ok = okEntries(result.entries);
    expect(result.entries).toHaveLength(5);
    expect(ok).toHaveLength(5);
    const units = ok.map((e) => `${e.identity.unit} | ${e.identity.templateId} | ${e.identity.symbol}`).sort();
    expect(units).toEqual([
      'ĐẢNG ỦY XÃ BẢN BO | dinh-ky | 27-BC/ĐU',
      'ĐẢNG ỦY XÃ BẢN BO | dinh-ky | 27-BC/ĐU',
      'ĐẢNG ỦY XÃ KHUN HÁ | dinh-ky | 18-BC/ĐU',
      'ĐẢNG ỦY XÃ KHUN HÁ | so-ket-tong-ket | 19-BC/ĐU',
      'ĐẢNG ỦY XÃ NẬM TĂM | dinh-ky | 41-BC/ĐU',
    ]);
    const namTam = ok.find((e) => e.identity.unit.includes('NẬM TĂM'))!;
    expect(namTam.identity.period.label).toBe('6 tháng đầu năm 2025');
    expect(namTam.identity.date).toBe('2025-06-20');
    expect(namTam.folder).toMatch(/^Nam Tam[/\\]2025-06-20 - /u);

    const statuses = classifyIncoming(
      ok.map((e) => e.identity),
      [],
    );
    const byFolder = Object.fromEntries(ok.map((e, i) => [e.folder.split(/[/\\]/u)[0], statuses[i]]));
    expect(byFolder['Nop lai']).toBe('newer-version');
    expect(byFolder['Nam Tam']).toBe('new');
    expect(byFolder['So ket']).toBe('new');

    // Received again later: the same bytes are "already received".
    const held: BundleIdentity[] = ok.map((e) => e.identity);
    expect(classifyIncoming([namTam.identity], held)).toEqual(['already-received']);
  });

  it('refuses a bundle whose .docx was altered after submission, and only that one', async () => {
    const { folders } = await writeReceivedStick(dir);
    const manifest = await manifestOf(folders.namTam!);
    const docx = join(folders.namTam!, manifest.files.find((f) => f.name.endsWith('.docx'))!.name);
    const bytes = await readFile(docx);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff;
    await writeFile(docx, bytes);

    const result = await readInbox(dir);
    if (!result.ok) throw new Error(result.message);
    const damaged = result.entries.filter((e) => !e.ok);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ folder: expect.stringMatching(/^Nam Tam/u) as unknown });
    expect(!damaged[0]!.ok && damaged[0]!.reason).toMatch(/Mã kiểm tra SHA-256 của tệp “.*\.docx” không khớp/u);
    expect(okEntries(result.entries)).toHaveLength(4);
  });

  it('refuses a draft edited by hand even when the manifest was re-hashed to match', async () => {
    const bundle = await writeBundle(dir, unitReport(UNITS.namTam));
    const manifest = await manifestOf(bundle.folderPath);
    const draftEntry = manifest.files.find((f) => f.name.endsWith('.baocao.json'))!;
    const path = join(bundle.folderPath, draftEntry.name);
    const edited = (await readFile(path, 'utf8')).replace('"12"', '"112"');
    await writeFile(path, edited);
    const sha = execFileSync('sha256sum', [path], { encoding: 'utf8' }).slice(0, 64);
    await rewriteManifest(bundle.folderPath, (m) => {
      m.files = (m.files as { name: string }[]).map((f) =>
        f.name === draftEntry.name ? { name: f.name, bytes: Buffer.byteLength(edited), sha256: sha } : f,
      );
    });
    const result = await readInbox(dir);
    if (!result.ok) throw new Error(result.message);
    expect(result.entries[0]).toMatchObject({ ok: false });
    expect(!result.entries[0]!.ok && result.entries[0]!.reason).toMatch(
      /^Tệp bản nháp không nhận được: Mã kiểm tra SHA-256/u,
    );
  });
});

describe('readInbox on hostile sticks', () => {
  it.each([['../ngoai.docx'], ['/etc/passwd.docx'], ['con/bao-cao.docx'], ['..\\..\\Windows\\a.docx'], ['a.docx.']])(
    'refuses a manifest naming %s without reading outside the folder',
    async (name) => {
      const bundle = await writeBundle(dir, unitReport(UNITS.banBo));
      await rewriteManifest(bundle.folderPath, (m) => {
        const files = m.files as { name: string }[];
        files[0]!.name = name;
      });
      const result = await readInbox(dir);
      if (!result.ok) throw new Error(result.message);
      expect(!result.entries[0]!.ok && result.entries[0]!.reason).toMatch(/ghi tên tệp .* không hợp lệ/u);
    },
  );

  it('refuses a manifest of megabytes before parsing it', async () => {
    const bundle = await writeBundle(dir, unitReport(UNITS.banBo));
    await writeFile(join(bundle.folderPath, 'manifest.json'), `{"files":[${'{"name":"a"},'.repeat(800_000)}{}]}`);
    const result = await readInbox(dir);
    if (!result.ok) throw new Error(result.message);
    expect(!result.entries[0]!.ok && result.entries[0]!.reason).toMatch(/manifest.json quá lớn/u);
  });

  it('refuses a file that claims gigabytes, and a file replaced by a link to one outside', async () => {
    const big = await writeBundle(join(dir, 'a'), unitReport(UNITS.banBo));
    await rewriteManifest(big.folderPath, (m) => {
      const files = m.files as { name: string; bytes: number }[];
      files[0]!.bytes = 9_000_000_000;
    });
    const linked = await writeBundle(join(dir, 'b'), unitReport(UNITS.namTam));
    const manifest = await manifestOf(linked.folderPath);
    const draftName = manifest.files.find((f) => f.name.endsWith('.baocao.json'))!.name;
    await writeFile(join(dir, 'secret.txt'), 'không được đọc');
    await rm(join(linked.folderPath, draftName));
    await symlink(join(dir, 'secret.txt'), join(linked.folderPath, draftName));

    const result = await readInbox(dir);
    if (!result.ok) throw new Error(result.message);
    const reasons = result.entries.map((e) => (e.ok ? 'ok' : e.reason));
    expect(reasons[0]).toMatch(/lớn quá mức cho phép/u);
    expect(reasons[1]).toMatch(/là lối tắt \(liên kết\)/u);
  });

  it('does not follow a folder link or a link loop, and does not hang on a FIFO', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'inbox-outside-'));
    try {
      await writeBundle(outside, unitReport(UNITS.khunHa));
      await symlink(outside, join(dir, 'link-ra-ngoai'), 'dir');
      await symlink(dir, join(dir, 'vong-lap'), 'dir');
      const fifo = await writeBundle(join(dir, 'fifo'), unitReport(UNITS.namTam));
      const docxName = (await manifestOf(fifo.folderPath)).files.find((f) => f.name.endsWith('.docx'))!.name;
      await rm(join(fifo.folderPath, docxName));
      execFileSync('mkfifo', [join(fifo.folderPath, docxName)]);

      const result = await readInbox(dir);
      if (!result.ok) throw new Error(result.message);
      expect(result.entries).toHaveLength(1);
      expect(!result.entries[0]!.ok && result.entries[0]!.reason).toMatch(/không phải tệp bình thường/u);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('stops on a stick of 10,000 files with a Vietnamese sentence instead of walking it all', async () => {
    const junk = join(dir, 'anh');
    await mkdir(junk);
    for (let batch = 0; batch < 10; batch++)
      await Promise.all(Array.from({ length: 1000 }, (_, i) => writeFile(join(junk, `IMG_${batch}_${i}.jpg`), '')));
    await writeBundle(dir, unitReport(UNITS.namTam));
    expect((await readdir(junk)).length).toBe(10_000);
    const result = await readInbox(dir);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/quá nhiều tệp \(trên 5\.000\)/u) as unknown });
  });

  it('stops at its deadline with a sentence instead of hanging on a slow stick', async () => {
    await writeBundle(dir, unitReport(UNITS.namTam));
    const result = await readInbox(dir, { timeoutMs: -1 });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/quá lâu nên đã dừng/u) as unknown });
  });

  it('says so when the chosen path is not a folder', async () => {
    await writeFile(join(dir, 'tep.txt'), 'x');
    const result = await readInbox(join(dir, 'tep.txt'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/không phải thư mục/u) as unknown });
  });
});
