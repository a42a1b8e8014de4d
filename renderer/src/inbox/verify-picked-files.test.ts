import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInbox } from '../../../node/inbox/read-inbox';
import { pickedStick, type PickedStick } from '../../../test-support/inbox-picked';
import { PICKED_LIMITS, verifyPickedFiles, type PickedFile } from './verify-picked-files';

let stick: PickedStick;
let picked: PickedFile[];
let dir: string;

beforeAll(async () => {
  stick = await pickedStick();
  picked = stick.files;
  dir = stick.dir;
}, 60_000);
afterAll(() => stick.remove());

describe('verifyPickedFiles (browser build)', () => {
  it('judges every bundle as the desktop inbox does', async () => {
    const inPage = await verifyPickedFiles(picked);
    const inMain = await readInbox(dir);
    if (!inPage.ok || !inMain.ok) throw new Error('a scan failed');
    expect(inPage.entries).toHaveLength(inMain.entries.length);
    const key = (unit: string, checksum: string) => `${unit}|${checksum}`;
    expect(
      inPage.entries
        .flatMap((e) => (e.status === 'verified' ? [key(e.identity.unit, e.identity.checksum)] : []))
        .sort(),
    ).toEqual(inMain.entries.flatMap((e) => (e.ok ? [key(e.identity.unit, e.identity.checksum)] : [])).sort());
    const damaged = inPage.entries.filter((e) => e.status === 'damaged');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ status: 'damaged', reason: expect.stringContaining('SHA-256') as unknown });
    expect(inMain.entries.filter((e) => !e.ok).map((e) => (e.ok ? '' : e.reason))).toEqual(
      damaged.map((e) => (e.status === 'damaged' ? e.reason : '')),
    );
  });

  it('refuses a folder with more files than the limit, in Vietnamese', async () => {
    const result = await verifyPickedFiles(picked, { ...PICKED_LIMITS, maxEntries: 3 });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('quá nhiều tệp') as unknown });
  });

  it('refuses an oversized manifest without reading it', async () => {
    const result = await verifyPickedFiles([
      { path: 'USB/X/manifest.json', blob: new Blob([new Uint8Array(PICKED_LIMITS.manifestMaxBytes + 1)]) },
    ]);
    expect(result.ok && result.entries[0]).toMatchObject({
      status: 'damaged',
      reason: expect.stringContaining('quá lớn') as unknown,
    });
  });
});
