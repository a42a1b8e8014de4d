import { describe, expect, it } from 'vitest';
import { isLocalOutlineId } from '../../../core/templates/local-outline-id';
import { OUTLINE_FILE_MESSAGES, serializeOutlineFile } from '../../../core/templates/outline-file';
import { findTemplate } from '../../../core/templates/templates';
import { importPlan, keepBoth, outlineFileName, readOutlineFile } from './outline-file-io';

const dinhKy = findTemplate('dinh-ky')!;
const local = { ...dinhKy, id: 'tu-soan-abc', name: 'Định kỳ của xã' };

describe('outline files in the renderer', () => {
  it('names the file after the outline, safe for a USB stick', () => {
    expect(outlineFileName({ name: 'Báo cáo 6/2026: chuyển đổi số?' })).toBe(
      'Báo cáo 6-2026 chuyển đổi số.decuong.json',
    );
    expect(outlineFileName({ name: '  ' })).toBe('de-cuong.decuong.json');
  });

  it('reads a picked file, and refuses an oversized one before reading it', async () => {
    const file = new File([serializeOutlineFile(local, '2026-12-06T08:00:00.000Z')], 'a.decuong.json');
    expect(await readOutlineFile(file)).toMatchObject({ ok: true, template: local });
    const huge = new File([new Uint8Array(1024 * 1024 + 1)], 'b.decuong.json');
    expect(await readOutlineFile(huge)).toEqual({ ok: false, message: OUTLINE_FILE_MESSAGES.tooLarge(1024 * 1024) });
  });

  it('always imports into the local namespace, and asks only when a local outline has the id', () => {
    const foreign = importPlan(dinhKy, new Set());
    expect(foreign.kind).toBe('new');
    expect(isLocalOutlineId(foreign.template.id)).toBe(true);
    expect(importPlan(local, new Set())).toEqual({ kind: 'new', template: local });
    expect(importPlan(local, new Set(['tu-soan-abc']))).toEqual({ kind: 'collision', template: local });
    const both = keepBoth(local);
    expect(both.id).not.toBe(local.id);
    expect(isLocalOutlineId(both.id)).toBe(true);
    expect(both.name).toBe('Định kỳ của xã (bản nhập)');
  });
});
