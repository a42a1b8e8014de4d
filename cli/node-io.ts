/** The real side effects of the CLI: capped read, atomic write, console, clock. */
import { lstat, readdir, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import packageJson from '../package.json';
import { writeFileAtomic } from '../node/files/atomic-write';
import { readFileCapped } from '../node/files/read-file-capped';
import { readInbox } from '../node/inbox/read-inbox';
import { realSubmissionFs } from '../node/files/verified-write-fs';
import { promptSecret } from './prompt-secret';
import type { CliIo } from './run-cli';

export function nodeCliIo(): CliIo {
  return {
    readFile: readFileCapped,
    writeFile: (path, data) => writeFileAtomic(path, data),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    now: () => performance.now(),
    inbox: {
      readInbox: (path) => readInbox(path),
      isFolder: async (path) => {
        try {
          return (await lstat(path)).isDirectory();
        } catch {
          return null;
        }
      },
      readLines: async (path) => {
        const bytes = await readFileCapped(path, 256 * 1024);
        if (bytes === 'too-large') throw new Error('too large');
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).split(/\r?\n/u);
      },
    },
    submission: { date: () => new Date(), fsx: realSubmissionFs, appLabel: 'Soạn Báo Cáo (dòng lệnh)' },
    packages: {
      date: () => new Date(),
      appVersion: packageJson.version,
      env: process.env,
      ...(process.stdin.isTTY ? { promptSecret } : {}),
      listFolder: async (path) => {
        if (!(await stat(path)).isDirectory()) return null;
        const entries = await readdir(path, { recursive: true, withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => relative(path, `${e.parentPath}${sep}${e.name}`).split(sep).join('/'));
      },
    },
  };
}
