import { describe, expect, it } from 'vitest';
import { tokenizeParagraph } from './tokenize';

const words = (text: string) => tokenizeParagraph(text).map((t) => t.text);
const starts = (text: string) =>
  tokenizeParagraph(text)
    .filter((t) => t.sentenceStart)
    .map((t) => t.text);

describe('tokenizeParagraph', () => {
  it('gives each syllable with its offsets, outside quotes, brackets and punctuation', () => {
    const text = '“tự diễn biến”, (khóa XII) huyện¹;';
    const tokens = tokenizeParagraph(text);
    expect(tokens.map((t) => t.text)).toEqual(['tự', 'diễn', 'biến', 'khóa', 'XII', 'huyện']);
    for (const t of tokens) expect(text.slice(t.from, t.to)).toBe(t.text);
    expect(tokens[5]!.chunk).toBe('huyện');
    expect(tokens[3]!.chunk).toBe('khóa');
  });

  it('keeps the chunk of a symbol, so its parts are known to belong to one', () => {
    const t = tokenizeParagraph('Kết luận số 23-KL/TW và KT-XH');
    expect(t.find((x) => x.text === 'KL')!.chunk).toBe('23-KL/TW');
    expect(t.find((x) => x.text === 'XH')!.chunk).toBe('KT-XH');
  });

  it('counts offsets in UTF-16 units, as ProseMirror does, also for NFD text', () => {
    const nfd = 'Hòa bình'.normalize('NFD');
    const [a, b] = tokenizeParagraph(nfd);
    expect(nfd.slice(a!.from, a!.to)).toBe('Hòa'.normalize('NFD'));
    expect(b!.from).toBe(nfd.indexOf('b'));
  });

  it('marks where sentences start: the paragraph, after . ! ? : …, after a line break and a list marker', () => {
    expect(starts('Năm 2023, huyện đạt kết quả. Trong đó: Nông nghiệp tăng! Vì sao? Bởi… Cuối\nDòng')).toEqual([
      'Năm',
      'Trong',
      'Nông',
      'Vì',
      'Bởi',
      'Cuối',
      'Dòng',
    ]);
    expect(starts('a) Kết quả; b) Hạn chế')).toEqual(['Kết', 'Hạn']);
    expect(starts('1. Công tác lãnh đạo')).toEqual(['Công']);
    expect(starts('- Tổ chức hội nghị')).toEqual(['Tổ']);
    expect(starts('Ban Thường vụ Huyện ủy')).toEqual(['Ban']);
    // A dash inside a line joins, it starts nothing: "đường Nậm Pầu - Huổi Luông".
    expect(starts('đường Nậm Pầu - Huổi Luông')).toEqual(['đường']);
  });

  it('takes list markers for no words: "a)", "đ)", "2.1.", and "b." only at the start of a line', () => {
    expect(words('a) đ) 2.1. b. tăng')).toEqual(['b', 'tăng']);
    expect(words('b. tăng')).toEqual(['tăng']);
    expect(words('điểm a.')).toEqual(['điểm', 'a']);
  });

  it('finds nothing in numbers, dates and dashes', () => {
    expect(words('2.731 - 22/11/2017 87,8% +3,4 ¹')).toEqual([]);
  });
});
