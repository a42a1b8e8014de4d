/** The real side effects of the CLI: capped read, atomic write, console, clock. */
import { open, readdir, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import packageJson from '../package.json';
import { writeFileAtomic } from '../electron/main/atomic-write';
import { realSubmissionFs } from '../electron/main/submission/submission-fs';
import type { CliIo } from './run-cli';

async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const handle = await open(path, 'r');
  try {
    // Size checked before reading, so a huge or endless file is never loaded (I-03).
    const { size } = await handle.stat();
    if (size > maxBytes) return 'too-large';
    const data = await handle.readFile();
    return data.length > maxBytes ? 'too-large' : new Uint8Array(data.buffer, data.byteOffset, data.length);
  } finally {
    await handle.close();
  }
}

export function nodeCliIo(): CliIo {
  return {
    readFile: readFileCapped,
    writeFile: (path, data) => writeFileAtomic(path, data),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    now: () => performance.now(),
    submission: { date: () => new Date(), fsx: realSubmissionFs, appLabel: 'Soạn Báo Cáo (dòng lệnh)' },
    packages: {
      date: () => new Date(),
      appVersion: packageJson.version,
      listFolder: async (path) => {
        if (!(await stat(path)).isDirectory()) return null;
        const entries = await readdir(path, { recursive: true, withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => relative(path, `${e.parentPath}${sep}${e.name}`).split(sep).join('/'));
      },
    },
  };
}
