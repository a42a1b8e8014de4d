import { describe, expect, it } from 'vitest';
import { paragraphWords } from './paragraph-words';
import { addToTally, mergeTallies, minorityStyles, toneFix, toneWord, type ToneTally } from './tone-mix';

function tallyOf(...paragraphs: string[]): ToneTally {
  const tally: ToneTally = new Map();
  for (const p of paragraphs) addToTally(tally, paragraphWords(p).tone);
  return tally;
}

describe('tone-mark style mix in one report', () => {
  it('reads the style of a word; words both styles write alike have none', () => {
    expect(toneWord('hoà')).toEqual({ word: 'hoà', key: 'hòa', style: 'second-vowel' });
    expect(toneWord('Hòa')).toEqual({ word: 'Hòa', key: 'hòa', style: 'first-vowel' });
    expect(toneWord('hoàn')).toBeNull();
    expect(toneWord('quý')).toBeNull();
    expect(toneWord('tỉnh')).toBeNull();
  });

  it('flags the minority style of a word written both ways, with the majority spelling as the fix', () => {
    const tally = tallyOf('hòa giải, hòa hợp và hòa bình', 'hoà giải ở cơ sở; Huyện ủy và Tỉnh ủy');
    expect(tally.get('hòa')).toEqual({ 'second-vowel': 1, 'first-vowel': 3 });
    const minority = minorityStyles(tally, 'first-vowel');
    expect(minority.get('hòa')).toBe('second-vowel');
    // Written one way only: nothing to flag.
    expect(minority.has('ủy')).toBe(false);
    expect(toneFix('hoà', 'second-vowel')).toBe('hòa');
    expect(toneFix('Hoà', 'second-vowel')).toBe('Hòa');
  });

  it('gives a tie to the office’s preferred style', () => {
    const tally = tallyOf('uỷ ban', 'ủy ban');
    expect(minorityStyles(tally, 'first-vowel').get('ủy')).toBe('second-vowel');
    expect(minorityStyles(tally, 'second-vowel').get('ủy')).toBe('first-vowel');
  });

  it('sums the tallies of several editors and takes a paragraph out again', () => {
    const a = tallyOf('hoá học');
    const b = tallyOf('hóa học', 'hóa đơn');
    expect(minorityStyles(mergeTallies([a, b]), 'second-vowel').get('hóa')).toBe('second-vowel');
    addToTally(b, paragraphWords('hóa học').tone, -1);
    addToTally(b, paragraphWords('hóa đơn').tone, -1);
    expect(b.size).toBe(0);
  });

  it('counts names but not all-capital words (abbreviations, headings)', () => {
    expect(tallyOf('xã Hoà Bình').get('hòa')).toEqual({ 'second-vowel': 1, 'first-vowel': 0 });
    expect(tallyOf('HOÀ BÌNH').size).toBe(0);
  });
});
