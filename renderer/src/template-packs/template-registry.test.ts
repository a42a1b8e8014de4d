import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../core/templates/templates';
import { mergeTemplates, snapshotFrom } from './template-registry';

describe('template registry', () => {
  const [soKet, dinhKy] = builtInTemplates();

  it('adds installed outlines after the built-in ones and lets one replace a built-in of the same id', () => {
    const corrected = { ...soKet!, version: soKet!.version + 1, name: 'Sơ kết (bản Tỉnh ủy sửa)' };
    const extra = { ...dinhKy!, id: 'tq-chuyen-de', name: 'Chuyên đề' };
    expect(mergeTemplates([soKet!, dinhKy!], [extra, corrected]).map((t) => t.name)).toEqual(['Sơ kết (bản Tỉnh ủy sửa)', dinhKy!.name, 'Chuyên đề']);
  });

  it('drops an installed outline that fails the schema and says so in Vietnamese', () => {
    const snapshot = snapshotFrom({ templates: [{ id: 'BAD' }, { ...dinhKy!, id: 'tq-chuyen-de' }], packs: [], problems: [] });
    expect(snapshot.templates.map((t) => t.id)).toEqual([...builtInTemplates().map((t) => t.id), 'tq-chuyen-de']);
    expect(snapshot.problems).toEqual(['Một đề cương trong gói đã cài không hợp lệ nên không được dùng. Hãy cài lại gói đề cương từ USB.']);
  });
});
