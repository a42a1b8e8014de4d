import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../../../core/rules/rule-sets';
import { builtInTemplates } from '../../../core/templates/templates';
import { mergeTemplates, snapshotFrom, withLocalOutlines } from './template-registry';

describe('template registry', () => {
  const [soKet, dinhKy] = builtInTemplates();

  it('adds installed outlines after the built-in ones and lets one replace a built-in of the same id', () => {
    const corrected = { ...soKet!, version: soKet!.version + 1, name: 'Sơ kết (bản Tỉnh ủy sửa)' };
    const extra = { ...dinhKy!, id: 'tq-chuyen-de', name: 'Chuyên đề' };
    expect(mergeTemplates([soKet!, dinhKy!], [extra, corrected]).map((t) => t.name)).toEqual([
      'Sơ kết (bản Tỉnh ủy sửa)',
      dinhKy!.name,
      'Chuyên đề',
    ]);
  });

  it('drops an installed outline that fails the schema and says so in Vietnamese', () => {
    const snapshot = snapshotFrom({
      templates: [{ id: 'BAD' }, { ...dinhKy!, id: 'tq-chuyen-de' }],
      ruleSets: [],
      packs: [],
      problems: [],
    });
    expect(snapshot.templates.map((t) => t.id)).toEqual([...builtInTemplates().map((t) => t.id), 'tq-chuyen-de']);
    expect(snapshot.problems).toEqual([
      'Một đề cương trong gói đã cài không hợp lệ nên không được dùng. Hãy cài lại gói đề cương từ USB.',
    ]);
  });

  it('merges installed rule-sets with the built-in ones, dropping an invalid one with a Vietnamese reason', () => {
    const lc = {
      ...getRuleSet('hd36-2018'),
      id: 'lc-2026',
      name: 'Thể thức Tỉnh ủy Lai Châu 2026',
      validFrom: '2026-01-01',
    };
    const snapshot = snapshotFrom({
      templates: [],
      ruleSets: [{ id: 'lc-xau', name: 'thiếu trường' }, lc],
      packs: [],
      problems: [],
    });
    expect(snapshot.ruleSets.list().map((r) => r.id)).toEqual(['hd36-2018', 'nd30-2020', 'lc-2026']);
    expect(snapshot.ruleSets.select({ family: 'party', documentDate: '2026-03-01' }).id).toBe('lc-2026');
    expect(snapshot.ruleSets.get('lc-xau').ok).toBe(false);
    expect(snapshot.problems).toEqual([
      'Một bộ quy tắc thể thức trong gói đã cài không hợp lệ nên không được dùng. Hãy cài lại gói đề cương từ USB.',
    ]);
  });
});

describe('local outlines in the registry', () => {
  const [soKet] = builtInTemplates();
  const local = (id: string, name: string) => ({ ...soKet!, id, name });
  const base = snapshotFrom({ templates: [{ ...soKet!, id: 'tq-chuyen-de' }], ruleSets: [], packs: [], problems: [] });

  it('lists local outlines after built-in and pack ones, marked local; a deleted one is only found, not offered', () => {
    const snap = withLocalOutlines(base, {
      outlines: [
        { template: local('tu-soan-a', 'Đề cương của xã'), updatedAt: 2, deleted: false },
        { template: local('tu-soan-b', 'Đề cương đã xóa'), updatedAt: 1, deleted: true },
      ],
      problems: [],
    });
    expect(snap.templates.map((t) => t.id)).toEqual([
      ...builtInTemplates().map((t) => t.id),
      'tq-chuyen-de',
      'tu-soan-a',
    ]);
    expect(snap.origins.get('tu-soan-a')).toBe('local');
    expect(snap.origins.get('tq-chuyen-de')).toBe('pack');
    expect(snap.origins.get(soKet!.id)).toBe('built-in');
    expect(snap.retired.map((t) => t.id)).toEqual(['tu-soan-b']);
  });

  it('never lets a local outline replace a built-in or pack outline of the same id', () => {
    const snap = withLocalOutlines(base, {
      outlines: [{ template: local('tq-chuyen-de', 'Giả mạo'), updatedAt: 1, deleted: false }],
      problems: [],
    });
    expect(snap.templates.find((t) => t.id === 'tq-chuyen-de')?.name).toBe(soKet!.name);
    expect(snap.problems).toEqual([
      'Đề cương tự soạn “Giả mạo” trùng mã với một đề cương có sẵn nên không được dùng. Hãy nhập lại tệp của nó.',
    ]);
  });
});
