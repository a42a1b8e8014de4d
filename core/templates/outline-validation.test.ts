import { describe, expect, it } from 'vitest';
import { blankOutline } from './new-outline';
import { validateOutline } from './outline-validation';
import { builtInTemplates } from './templates';

describe('outline validation', () => {
  it('accepts every built-in outline', () => {
    for (const t of builtInTemplates().filter((t) => t.chapters.length > 0)) expect(validateOutline(t)).toEqual([]);
  });

  it('ties each Vietnamese message to the field a clerk has to fix', () => {
    const blank = blankOutline('tu-soan-1');
    expect(validateOutline(blank)).toEqual([
      { path: 'name', message: 'Hãy đặt tên cho đề cương.' },
      { path: 'chapters.0.heading', message: 'Hãy nhập tên chương.' },
    ]);
    const nested = {
      ...blank,
      name: 'Chuyên đề',
      chapters: [{ key: 'a', heading: 'A', guidance: '', children: [{ key: 'a', heading: '', guidance: '' }] }],
    };
    // A sub-section may stay unnamed (the clerk names it in each report), but not share its key.
    expect(validateOutline(nested)).toEqual([
      {
        path: 'chapters.0.children.0.heading',
        message: 'Mục này trùng mã với một mục khác của đề cương. Hãy xóa một trong hai rồi thêm lại.',
      },
    ]);
    expect(validateOutline({ ...nested, chapters: [] })).toEqual([
      { path: 'chapters', message: 'Đề cương phải có ít nhất một chương. Hãy bấm “Thêm chương”.' },
    ]);
  });

  it('falls back to the template schema for limits, in Vietnamese', () => {
    const long = {
      ...blankOutline('tu-soan-1'),
      name: 'x'.repeat(2001),
      chapters: [{ key: 'a', heading: 'A', guidance: '' }],
    };
    expect(validateOutline(long)).toEqual([
      { path: 'name', message: 'Nội dung quá dài hoặc quá nhiều mục (tối đa 2000). Hãy rút gọn.' },
    ]);
  });
});
