/**
 * Test support (T-01): the real fs wrapped with a counter that throws `{code}` at the k-th call of any
 * method, file-handle methods included; 0 never fails, so a clean run counts the calls.
 */
import type { AtomicFileHandle } from '../atomic-write';
import { realSubmissionFs, type SubmissionFs } from '../verified-write-fs';

export interface FaultyFs {
  fsx: SubmissionFs;
  calls(): number;
  /** "open", "write", "rename"… of each call, in order. */
  log: string[];
}

export function faultySubmissionFs(failAt: number, code: string, base: SubmissionFs = realSubmissionFs): FaultyFs {
  let count = 0;
  const log: string[] = [];
  const tick = (name: string) => {
    count++;
    log.push(name);
    if (count === failAt) throw Object.assign(new Error(`injected ${code} at ${name}`), { code });
  };
  const wrapHandle = (h: AtomicFileHandle): AtomicFileHandle => ({
    writeFile: async (data) => (tick('write'), h.writeFile(data)),
    sync: async () => (tick('fsync'), h.sync()),
    // The real handle is always closed so an injected close failure does not leak a descriptor.
    close: async () => {
      await h.close();
      tick('close');
    },
  });
  const fsx: SubmissionFs = {
    open: async (path, flags) => (tick('open'), wrapHandle(await base.open(path, flags))),
    rename: async (from, to) => (tick('rename'), base.rename(from, to)),
    unlink: async (path) => (tick('unlink'), base.unlink(path)),
    lstat: async (path) => (tick('lstat'), base.lstat(path)),
    statfs: async (path) => (tick('statfs'), base.statfs(path)),
    readdir: async (path) => (tick('readdir'), base.readdir(path)),
    mkdir: async (path) => (tick('mkdir'), base.mkdir(path)),
    rm: async (path) => (tick('rm'), base.rm(path)),
    readFile: async (path) => (tick('readFile'), base.readFile(path)),
  };
  return { fsx, calls: () => count, log };
}
