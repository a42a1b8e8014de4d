/**
 * The received stick of inbox-fixtures.ts as the browser build sees it after "Chọn thư mục": every file with
 * its path under the picked folder ("USB/…", like webkitRelativePath). Plus one damaged bundle whose .docx
 * keeps its size but not its bytes, so only the SHA-256 can tell.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { unitReport, UNITS, writeBundle, writeReceivedStick } from './inbox-fixtures';

export interface PickedStick {
  dir: string;
  files: { path: string; blob: Blob }[];
  remove: () => Promise<void>;
}

async function walk(root: string, at: string): Promise<{ path: string; blob: Blob }[]> {
  const out: { path: string; blob: Blob }[] = [];
  for (const e of await readdir(at, { withFileTypes: true })) {
    const path = join(at, e.name);
    if (e.isDirectory()) out.push(...(await walk(root, path)));
    else out.push({ path: `USB/${relative(root, path).split(sep).join('/')}`, blob: new Blob([await readFile(path)]) });
  }
  return out;
}

export async function pickedStick(): Promise<PickedStick> {
  const dir = await mkdtemp(join(tmpdir(), 'soan-picked-'));
  await writeReceivedStick(dir);
  const broken = await writeBundle(join(dir, 'Son Binh'), unitReport(UNITS.sonBinh));
  const docx = (await readdir(broken.folderPath)).find((f) => f.endsWith('.docx'));
  if (!docx) throw new Error('the bundle writer wrote no .docx');
  const bytes = await readFile(join(broken.folderPath, docx));
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
  await writeFile(join(broken.folderPath, docx), bytes);
  return { dir, files: await walk(dir, dir), remove: () => rm(dir, { recursive: true, force: true }) };
}
