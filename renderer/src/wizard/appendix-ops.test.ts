import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../core/model/report-schema';
import { minimalReport } from '../../../test-support/report-builder';
import {
  addAppendix,
  MAX_APPENDICES,
  moveAppendix,
  newAppendix,
  removeAppendix,
  updateAppendix,
  settleAttachedLine,
  withAttachedLine,
  withOrientation,
  withPageNumbers,
} from './appendix-ops';

const GENERATED = '(Kèm theo Báo cáo số 12-BC/ĐU, ngày 05/3/2024 của Đảng ủy xã Nậm Tăm)';

describe('appendix list edits', () => {
  it('adds, reorders and removes appendices without touching the input', () => {
    const one = addAppendix([], newAppendix('a'));
    const two = addAppendix(one, newAppendix('b'));
    expect(one.map((a) => a.id)).toEqual(['a']);
    expect(moveAppendix(two, 'b', -1).map((a) => a.id)).toEqual(['b', 'a']);
    expect(moveAppendix(two, 'a', -1).map((a) => a.id)).toEqual(['a', 'b']);
    expect(removeAppendix(two, 'a').map((a) => a.id)).toEqual(['b']);
  });

  it("stops at the schema's cap", () => {
    let list = [newAppendix('x0')];
    for (let i = 1; i < MAX_APPENDICES + 3; i++) list = addAppendix(list, newAppendix(`x${i}`));
    expect(list).toHaveLength(MAX_APPENDICES);
    expect(parseReport(minimalReport({ appendices: list })).ok).toBe(true);
  });

  it('keeps an edited "Kèm theo" line, and drops it to go back to the generated one', () => {
    const edited = withAttachedLine(
      newAppendix('a'),
      '(Kèm theo Báo cáo số 12-BC/ĐU của Ban Thường vụ Đảng ủy xã)',
      GENERATED,
    );
    expect(edited.attachedLine).toBe('(Kèm theo Báo cáo số 12-BC/ĐU của Ban Thường vụ Đảng ủy xã)');
    expect(withAttachedLine(edited, null, GENERATED)).not.toHaveProperty('attachedLine');
    expect(withAttachedLine(edited, GENERATED, GENERATED)).not.toHaveProperty('attachedLine');
  });

  it('goes back to the generated line when the field is left blank, as the DOCX prints it', () => {
    const cleared = withAttachedLine(newAppendix('a'), '  ', GENERATED);
    expect(cleared.attachedLine).toBe('  ');
    expect(settleAttachedLine(cleared)).not.toHaveProperty('attachedLine');
    const edited = withAttachedLine(newAppendix('a'), '(Kèm theo Kế hoạch số 5)', GENERATED);
    expect(settleAttachedLine(edited)).toBe(edited);
  });

  it('stores landscape pages and other page numbering, and the defaults as absent', () => {
    const wide = withPageNumbers(withOrientation(newAppendix('a'), 'landscape'), 'restart');
    expect(wide).toMatchObject({ orientation: 'landscape', pageNumbers: 'restart' });
    const back = withPageNumbers(withOrientation(wide, 'portrait'), 'continue');
    expect(back).toEqual(newAppendix('a'));
    const list = updateAppendix([newAppendix('a'), newAppendix('b')], 'b', (a) => withPageNumbers(a, 'none'));
    expect(list.map((a) => a.pageNumbers)).toEqual([undefined, 'none']);
    expect(parseReport(minimalReport({ appendices: list })).ok).toBe(true);
  });
});
