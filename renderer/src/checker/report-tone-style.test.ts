import { describe, expect, it } from 'vitest';
import { EMPTY_ISSUER, newReportFromTemplate } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import { detectToneStyle } from '../../../core/text/tone-style';
import { findTemplate } from '../../../core/templates/templates';
import {
  applyToneMajority,
  applyToneStyle,
  mixedToneWords,
  toneMajorityChanges,
  toneStyleChanges,
} from './report-tone-style';
import { minimalReport, textParagraph } from '../../../test-support/report-builder';

let n = 0;
function mixedReport(): Report {
  const base = newReportFromTemplate(findTemplate('so-ket-tong-ket')!, EMPTY_ISSUER, '2026-01-09', () => `s${++n}`);
  return {
    ...base,
    header: { ...base.header, issuer: 'HUYỆN UỶ TAM ĐƯỜNG' },
    title: 'sơ kết công tác văn hoá',
    opening: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Huyện ủy chỉ đạo ' },
          {
            type: 'footnote',
            paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thực hiện Nghị quyết về văn hoá' }] }],
          },
        ],
      },
    ],
    recipients: ['Thường trực Tỉnh uỷ', 'Lưu Văn phòng Huyện ủy'],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Lò Văn Thuý' },
  };
}

function allText(r: Report): string {
  return JSON.stringify(r);
}

describe('applyToneStyle', () => {
  it('rewrites header, title, body, footnotes, recipients and signer into one style', () => {
    const r = mixedReport();
    expect(toneStyleChanges(r, 'first-vowel')).toBe(5);
    const out = applyToneStyle(r, 'first-vowel');
    expect(detectToneStyle(allText(out))['second-vowel']).toBe(0);
    expect(out.header.issuer).toBe('HUYỆN ỦY TAM ĐƯỜNG');
    expect(out.title).toBe('sơ kết công tác văn hóa');
    expect(out.recipients[0]).toBe('Thường trực Tỉnh ủy');
    expect(out.signature.name).toBe('Lò Văn Thúy');
    expect(toneStyleChanges(out, 'first-vowel')).toBe(0);
  });

  it('goes the other way too, and leaves ids, dates and the rule-set alone', () => {
    const r = mixedReport();
    const out = applyToneStyle(r, 'second-vowel');
    expect(detectToneStyle(allText(out))['first-vowel']).toBe(0);
    expect(out.sections.map((s) => s.id)).toEqual(r.sections.map((s) => s.id));
    expect(out.header.date).toBe('2026-01-09');
    expect(out.ruleSet).toBe(r.ruleSet);
    expect(out.opening[0]).toMatchObject({ content: [{ text: 'Huyện uỷ chỉ đạo ' }, { type: 'footnote' }] });
  });
});

describe('words written both ways', () => {
  const report = minimalReport({
    title: 'công tác hòa giải',
    opening: [
      textParagraph('Hòa giải thành 12 vụ; hòa hợp dân tộc; Hoà Bình; văn hoá, văn hoá.'),
      textParagraph('Thủy lợi và văn hóa.'),
    ],
  });

  it('lists each word with how often each spelling occurs and the spelling it is brought to', () => {
    const spellings = (second: [string, number], first: [string, number]) => ({
      'second-vowel': { form: second[0], count: second[1] },
      'first-vowel': { form: first[0], count: first[1] },
    });
    expect(mixedToneWords(report, 'first-vowel')).toEqual([
      { key: 'hòa', spellings: spellings(['hoà', 1], ['hòa', 3]), keep: 'first-vowel' },
      { key: 'hóa', spellings: spellings(['hoá', 2], ['hóa', 1]), keep: 'second-vowel' },
    ]);
    // A tie goes to the office's style.
    const tie = minimalReport({ opening: [textParagraph('hoà và hòa')] });
    expect(mixedToneWords(tie, 'second-vowel')[0]!.keep).toBe('second-vowel');
    expect(mixedToneWords(tie, 'first-vowel')[0]!.keep).toBe('first-vowel');
  });

  it('gives each such word its majority spelling, keeping capitals, and touches nothing else', () => {
    const mixed = mixedToneWords(report, 'first-vowel');
    expect(toneMajorityChanges(mixed)).toBe(2);
    const fixed = applyToneMajority(report, mixed);
    expect(fixed.opening).toEqual([
      textParagraph('Hòa giải thành 12 vụ; hòa hợp dân tộc; Hòa Bình; văn hoá, văn hoá.'),
      textParagraph('Thủy lợi và văn hoá.'),
    ]);
    expect(fixed.title).toBe('công tác hòa giải');
    expect(mixedToneWords(fixed, 'first-vowel')).toEqual([]);
  });
});
