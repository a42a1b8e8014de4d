/** Drive-list parsers on recorded outputs of each OS (M-09), the lister's failure paths and the watcher. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDriveWatcher } from './drive-watcher';
import { listRemovableDrives, type CommandRunner } from './list-removable-drives';
import { parseDiskutilInfo } from './parse-diskutil';
import { parseLsblk } from './parse-lsblk';
import { parseWindowsDrives } from './parse-windows-drives';
import type { DetectedDrive } from './detected-drive';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseWindowsDrives (Get-CimInstance … | ConvertTo-Json)', () => {
  it('keeps only removable disks that have a file system, with Vietnamese labels', () => {
    expect(parseWindowsDrives(fixture('windows-two-drives.json'))).toEqual([
      {
        mountPath: 'E:\\',
        label: 'KINGSTON',
        fileSystem: 'FAT32',
        freeBytes: 15482880000,
        sizeBytes: 15504900096,
        readOnly: false,
      },
      {
        mountPath: 'F:\\',
        label: 'VĂN THƯ HU',
        fileSystem: 'exFAT',
        freeBytes: 31914983424,
        sizeBytes: 31914983424,
        readOnly: false,
      },
    ]);
  });
  it('reads the single object ConvertTo-Json prints for one disk, and a UTF-8 BOM', () => {
    expect(parseWindowsDrives(`\uFEFF${fixture('windows-single-drive.json')}`)).toEqual([
      {
        mountPath: 'E:\\',
        label: 'USB DISK',
        fileSystem: 'FAT32',
        freeBytes: 7742685184,
        sizeBytes: 7743995904,
        readOnly: false,
      },
    ]);
  });
  it.each([
    ['empty', fixture('windows-empty.txt')],
    ['garbage', 'Get-CimInstance : Access denied'],
    ['null', 'null'],
    ['number', '42'],
  ])('%s output → []', (_name, text) => expect(parseWindowsDrives(text)).toEqual([]));
  it('NFD labels come out NFC', () => {
    const nfd = JSON.stringify({
      DeviceID: 'E:',
      DriveType: 2,
      FileSystem: 'FAT32',
      FreeSpace: 1,
      Size: 2,
      VolumeName: 'Văn thư'.normalize('NFD'),
    });
    expect(parseWindowsDrives(nfd)[0]?.label).toBe('Văn thư'.normalize('NFC'));
  });
});

describe('parseLsblk', () => {
  it('offers mounted USB partitions, skips internal disks, unmounted partitions and CD-ROMs', () => {
    expect(parseLsblk(fixture('lsblk-usb.json'))).toEqual([
      {
        mountPath: '/media/vanthu/VĂN THƯ',
        label: 'VĂN THƯ',
        fileSystem: 'vfat',
        freeBytes: 15480127488,
        sizeBytes: 15503851520,
        readOnly: false,
      },
      {
        mountPath: '/media/vanthu/SSD',
        label: 'SSD',
        fileSystem: 'exfat',
        freeBytes: 120034123776,
        sizeBytes: 500107862016,
        readOnly: false,
      },
    ]);
  });
  it('reads old util-linux output (mountpoint string, "0"/"1" flags, sizes as strings)', () => {
    expect(parseLsblk(fixture('lsblk-old-util-linux.json'))).toEqual([
      {
        mountPath: '/media/user/USB DISK',
        label: 'USB DISK',
        fileSystem: 'vfat',
        freeBytes: 7700000000,
        sizeBytes: 7742947328,
        readOnly: false,
      },
    ]);
  });
  it.each(['', 'lsblk: unknown column: MOUNTPOINTS', '{"blockdevices": 3}', '[]'])('%j → []', (text) =>
    expect(parseLsblk(text)).toEqual([]),
  );
});

describe('parseDiskutilInfo', () => {
  it('a USB stick → a drive; the internal boot volume → null; a locked stick is read-only', () => {
    expect(parseDiskutilInfo(fixture('diskutil-usb.plist'))).toEqual({
      mountPath: '/Volumes/VĂN THƯ',
      label: 'VĂN THƯ',
      fileSystem: 'msdos',
      freeBytes: 15480127488,
      sizeBytes: 15503851520,
      readOnly: false,
    });
    expect(parseDiskutilInfo(fixture('diskutil-internal.plist'))).toBeNull();
    expect(parseDiskutilInfo(fixture('diskutil-readonly-usb.plist'))).toMatchObject({
      mountPath: '/Volumes/KHOA',
      readOnly: true,
    });
  });
  it.each(['', '<plist><dict><key>MountPoint</key>', 'not xml at all', '<plist version="1.0"><array/></plist>'])(
    '%j → null',
    (text) => expect(parseDiskutilInfo(text)).toBeNull(),
  );
});

describe('listRemovableDrives', () => {
  const recorded =
    (outputs: Record<string, string | Error>): CommandRunner =>
    async (file, args) => {
      const out = outputs[`${file} ${args.at(-1) ?? ''}`] ?? outputs[file];
      if (out === undefined || out instanceof Error)
        throw out ?? Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' });
      return out;
    };
  const noDir = async () => [];

  it('Windows: runs System32’s PowerShell without a shell and never wmic', async () => {
    const powershell = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
    const run = vi.fn(recorded({ [powershell]: fixture('windows-two-drives.json') }));
    const drives = await listRemovableDrives({
      platform: 'win32',
      env: { SystemRoot: 'C:\\Windows' },
      run,
      readdir: noDir,
    });
    expect(drives.map((d) => d.mountPath)).toEqual(['E:\\', 'F:\\']);
    expect(run).toHaveBeenCalledTimes(1);
    // By absolute path from System32: nothing named powershell.exe on PATH or in the current folder runs.
    expect(run.mock.calls[0]?.[0]).toBe(powershell);
    expect(run.mock.calls[0]?.[1]).toContain('-NonInteractive');
    expect(JSON.stringify(run.mock.calls)).not.toMatch(/wmic/i);
  });

  it('Linux: falls back to the old column set when lsblk rejects MOUNTPOINTS', async () => {
    let calls = 0;
    const run: CommandRunner = async (_file, args) => {
      calls++;
      if (args.join(',').includes('MOUNTPOINTS')) throw new Error('lsblk: unknown column: MOUNTPOINTS');
      return fixture('lsblk-old-util-linux.json');
    };
    expect(
      (await listRemovableDrives({ platform: 'linux', env: {}, run, readdir: noDir })).map((d) => d.label),
    ).toEqual(['USB DISK']);
    expect(calls).toBe(2);
  });

  it('macOS: asks diskutil about each /Volumes entry (hidden ones skipped) and keeps the removable ones', async () => {
    const run = recorded({
      'diskutil /Volumes/VĂN THƯ': fixture('diskutil-usb.plist'),
      'diskutil /Volumes/Macintosh HD': fixture('diskutil-internal.plist'),
      'diskutil /Volumes/Hỏng': new Error('timeout'),
    });
    const drives = await listRemovableDrives({
      platform: 'darwin',
      env: {},
      run,
      readdir: async () => ['Macintosh HD', 'VĂN THƯ', 'Hỏng', '.Trashes'],
    });
    expect(drives.map((d) => d.mountPath)).toEqual(['/Volumes/VĂN THƯ']);
  });

  it.each(['win32', 'linux', 'darwin'] as const)(
    '%s: a missing tool, a timeout or a failing readdir → [] (never a throw)',
    async (platform) => {
      const failing: CommandRunner = async () => {
        throw Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' });
      };
      await expect(
        listRemovableDrives({
          platform,
          env: {},
          run: failing,
          readdir: async () => Promise.reject(new Error('EACCES')),
        }),
      ).resolves.toEqual([]);
    },
  );
});

describe('createDriveWatcher', () => {
  const stick: DetectedDrive = {
    mountPath: 'E:\\',
    label: 'KINGSTON',
    fileSystem: 'FAT32',
    freeBytes: 1,
    sizeBytes: 2,
    readOnly: false,
  };

  it('reports the list on start, then only when a stick is inserted or removed; stop ends polling', async () => {
    let current: DetectedDrive[] = [];
    let tick: (() => void) | undefined;
    const onChange = vi.fn();
    const clear = vi.fn();
    const watcher = createDriveWatcher({
      list: async () => current,
      onChange,
      setInterval: (fn) => ((tick = fn), 7),
      clearInterval: clear,
    });
    watcher.start();
    await watcher.refresh();
    expect(onChange).toHaveBeenCalledExactlyOnceWith([]);
    tick?.();
    await watcher.refresh();
    expect(onChange).toHaveBeenCalledTimes(1);
    current = [stick];
    tick?.();
    await watcher.refresh();
    expect(onChange).toHaveBeenLastCalledWith([stick]);
    expect(onChange).toHaveBeenCalledTimes(2);
    watcher.stop();
    expect(clear).toHaveBeenCalledWith(7);
    expect(watcher.running).toBe(false);
  });
});
