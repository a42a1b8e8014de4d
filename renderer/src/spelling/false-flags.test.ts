/**
 * False alarms of the spell check on real reports, with the real dictionary: the Tam Đường sample report (the
 * e2e fixture draft) and the two realistic report fixtures. Target: under one false flag per 1,000 words. The
 * Tam Đường report has one real typo ("có thười điểm"), which must be found.
 */
import { describe, expect, it } from 'vitest';
import { reportTextFields } from '../../../core/check/report-text-fields';
import { paragraphWords } from '../../../core/text/spelling/paragraph-words';
import { loadRealisticReport } from '../../../test-support/realistic-reports';
import { dictionaryViFiles, tamDuongReport } from '../../../test-support/spelling-sources';
import { createSpellChecker } from './spell-checker';

const { aff, dic } = dictionaryViFiles();
const checker = createSpellChecker(aff, dic);

function flags(paragraphs: readonly string[]): { words: number; flagged: string[] } {
  let words = 0;
  const flagged: string[] = [];
  for (const p of paragraphs) {
    words += p.split(/\s+/u).filter(Boolean).length;
    for (const t of paragraphWords(p).toCheck) if (!checker.isKnown(t.text)) flagged.push(t.text);
  }
  return { words, flagged };
}

const perThousand = (r: { words: number; flagged: string[] }) => (r.flagged.length * 1000) / r.words;

describe('false flags per 1,000 words', () => {
  it('Tam Đường sample report: only its real typo', () => {
    const r = flags(reportTextFields(tamDuongReport()).map((f) => f.text));
    console.log(`Tam Đường: ${r.words} từ, bị đánh dấu: ${r.flagged.join(', ') || 'không'}`);
    expect(r.words).toBeGreaterThan(1500);
    expect(r.flagged).toEqual(['thười']);
  });

  it.each(['dangUyXa', 'ubndXa'] as const)('realistic report %s: under 1 per 1,000 words', async (name) => {
    const report = await loadRealisticReport(name);
    const r = flags(reportTextFields(report).map((f) => f.text));
    console.log(
      `${name}: ${r.words} từ, ${r.flagged.length} bị đánh dấu (${perThousand(r).toFixed(2)}/1.000): ${r.flagged.join(', ') || 'không'}`,
    );
    expect(r.words).toBeGreaterThan(500);
    expect(perThousand(r)).toBeLessThan(1);
  });

  it('the header, signature, recipient and appendix-title fields of all three reports: no false flag', async () => {
    // The one-line fields with their own spell check besides the trích yếu and headings (FieldSpellingSlot).
    const checked = /^(parent-org|issuer|recipients|signature-authority|signature-title|appendix-.*-title)$/u;
    const reports = [tamDuongReport(), await loadRealisticReport('dangUyXa'), await loadRealisticReport('ubndXa')];
    const r = flags(
      reports.flatMap((report) => reportTextFields(report).filter((f) => checked.test(f.key))).map((f) => f.text),
    );
    console.log(`Trường một dòng: ${r.words} từ, bị đánh dấu: ${r.flagged.join(', ') || 'không'}`);
    expect(r.words).toBeGreaterThan(50);
    expect(r.flagged).toEqual([]);
  });

  it('does flag typos a clerk makes, and suggests the word meant', () => {
    const r = flags(['Tổg kết công tác chuyen môn, thực hiẹn nghiêm túc.']);
    expect(r.flagged).toEqual(['Tổg', 'chuyen', 'hiẹn']);
    expect(checker.suggest('Tổg', 'first-vowel').slice(0, 3)).toContain('Tổng');
    expect(checker.suggest('hiẹn', 'first-vowel')).toContain('hiện');
  });

  it('accepts either tone-mark style as spelling (the mix is a separate check)', () => {
    expect(flags(['hòa bình, hoà giải, ủy ban, uỷ quyền, thúy, thuý']).flagged).toEqual([]);
  });
});
