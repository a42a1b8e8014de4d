/**
 * An organisation name as it reads in running text: "HUYỆN ỦY TAM ĐƯỜNG" → "Huyện ủy Tam Đường",
 * "ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG" → "Ủy ban nhân dân huyện Tam Đường". The header stores names in capitals;
 * the "(Kèm theo … của …)" line of an appendix needs them in sentence case with proper nouns capitalised.
 */

/** Common nouns of Vietnamese organisation names, written in lower case after the first word. */
const COMMON_WORDS = new Set(
  [
    'ủy',
    'uỷ',
    'ban',
    'nhân',
    'dân',
    'thường',
    'vụ',
    'chấp',
    'hành',
    'đảng',
    'bộ',
    'tỉnh',
    'huyện',
    'xã',
    'phường',
    'thị',
    'trấn',
    'quận',
    'thành',
    'phố',
    'văn',
    'phòng',
    'tuyên',
    'giáo',
    'tổ',
    'chức',
    'kiểm',
    'tra',
    'vận',
    'hội',
    'đồng',
    'sở',
    'cơ',
    'sở',
    'chi',
    'và',
    'của',
    'trung',
    'ương',
    'khối',
    'cơ',
    'quan',
    'doanh',
    'nghiệp',
  ].map((w) => w.normalize('NFC')),
);

function capitalise(word: string): string {
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export function orgDisplayName(name: string): string {
  const words = name
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return words
    .map((word, i) => {
      const lower = word.toLocaleLowerCase('vi');
      if (i === 0) return capitalise(word);
      return COMMON_WORDS.has(lower) ? lower : capitalise(word);
    })
    .join(' ');
}

/** "BÁO CÁO" → "Báo cáo": a document-type name in running text. */
export function sentenceCase(text: string): string {
  const lower = text.normalize('NFC').trim().toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
