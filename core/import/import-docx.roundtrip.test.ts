/**
 * The app's own export read back: the sample report and the two realistic fixtures (tables with merged header
 * cells, "a)" directly under "1.", line breaks, landscape Phụ lục) must come back piece for piece.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../docx/render-docx';
import { parseDraftFile } from '../draft-file/draft-file-format';
import { parseReport, type Report } from '../model/report-schema';
import { builtInTemplates } from '../templates/templates';
import { compareReports } from '../../test-support/import-fidelity';
import { importDocx } from './import-docx';

function fixture(path: string): Report {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const draft = parseDraftFile(text);
  if (draft.ok) return draft.draft.report;
  const parsed = parseReport(JSON.parse(text));
  if (!parsed.ok) throw new Error(`fixture ${path} is not a report`);
  return parsed.value;
}

const FIXTURES = [
  'e2e/fixtures/tam-duong-so-ket-kl23-2023.baocao.json',
  'test-support/fixtures/dang-uy-xa-nam-tam-2025.baocao-report.json',
  'test-support/fixtures/ubnd-xa-nam-tam-6-thang-2025.baocao-report.json',
];

describe('importDocx on the app’s own export', () => {
  for (const path of FIXTURES) {
    it(`reads back ${path.split('/').pop()} piece for piece`, async () => {
      const original = fixture(path);
      const result = importDocx(await renderDocx(original), { templates: builtInTemplates() });
      if (!result.ok) throw new Error(result.message);
      const fidelity = compareReports(original, result.report);
      console.log(
        `[import fidelity] ${path.split('/').pop()}: ${fidelity.equal}/${fidelity.total} pieces equal, ` +
          `${fidelity.wordsFound}/${fidelity.words} words; notes: ${result.notes.map((n) => n.kind).join(', ') || 'none'}`,
      );
      expect(fidelity.differences.slice(0, 5)).toEqual([]);
      expect(fidelity.wordsFound).toBe(fidelity.words);
    });
  }

  it('attaches the sample’s outline and recognises its parts', async () => {
    const original = fixture(FIXTURES[0] ?? '');
    const result = importDocx(await renderDocx(original), { templates: builtInTemplates() });
    if (!result.ok) throw new Error(result.message);
    expect(result.templateId).toBe('so-ket-tong-ket');
    expect(result.summary).toMatchObject({
      ruleSet: 'hd36-2018',
      ruleSetRecognised: true,
      chapters: 3,
      footnotes: 2,
      recipients: 6,
      signerFound: true,
    });
    expect(result.report.sections.map((s) => s.outlineKey)).toEqual(original.sections.map((s) => s.outlineKey));
  });
});
