/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3) as the clipboard and Word HTML deliver it: each key is the Windows-1252
 * character of a legacy byte, each value the Vietnamese letter a .Vn* font draws for it. Generated from the
 * project reference table (shared/format/tcvn3_to_unicode.json, itself derived from glibc iconv TCVN5712-1
 * restricted to the VN3 repertoire); the unit test checks every entry against that file.
 */
export const TCVN3_TO_UNICODE: Readonly<Record<string, string>> = {
  '\u00A1': '\u0102', // ¡ → Ă
  '\u00A2': '\u00C2', // ¢ → Â
  '\u00A3': '\u00CA', // £ → Ê
  '\u00A4': '\u00D4', // ¤ → Ô
  '\u00A5': '\u01A0', // ¥ → Ơ
  '\u00A6': '\u01AF', // ¦ → Ư
  '\u00A7': '\u0110', // § → Đ
  '\u00A8': '\u0103', // ¨ → ă
  '\u00A9': '\u00E2', // © → â
  '\u00AA': '\u00EA', // ª → ê
  '\u00AB': '\u00F4', // « → ô
  '\u00AC': '\u01A1', // ¬ → ơ
  '\u00AD': '\u01B0', // soft hyphen → ư
  '\u00AE': '\u0111', // ® → đ
  '\u00B5': '\u00E0', // µ → à
  '\u00B6': '\u1EA3', // ¶ → ả
  '\u00B7': '\u00E3', // · → ã
  '\u00B8': '\u00E1', // ¸ → á
  '\u00B9': '\u1EA1', // ¹ → ạ
  '\u00BB': '\u1EB1', // » → ằ
  '\u00BC': '\u1EB3', // ¼ → ẳ
  '\u00BD': '\u1EB5', // ½ → ẵ
  '\u00BE': '\u1EAF', // ¾ → ắ
  '\u00C6': '\u1EB7', // Æ → ặ
  '\u00C7': '\u1EA7', // Ç → ầ
  '\u00C8': '\u1EA9', // È → ẩ
  '\u00C9': '\u1EAB', // É → ẫ
  '\u00CA': '\u1EA5', // Ê → ấ
  '\u00CB': '\u1EAD', // Ë → ậ
  '\u00CC': '\u00E8', // Ì → è
  '\u00CE': '\u1EBB', // Î → ẻ
  '\u00CF': '\u1EBD', // Ï → ẽ
  '\u00D0': '\u00E9', // Ð → é
  '\u00D1': '\u1EB9', // Ñ → ẹ
  '\u00D2': '\u1EC1', // Ò → ề
  '\u00D3': '\u1EC3', // Ó → ể
  '\u00D4': '\u1EC5', // Ô → ễ
  '\u00D5': '\u1EBF', // Õ → ế
  '\u00D6': '\u1EC7', // Ö → ệ
  '\u00D7': '\u00EC', // × → ì
  '\u00D8': '\u1EC9', // Ø → ỉ
  '\u00DC': '\u0129', // Ü → ĩ
  '\u00DD': '\u00ED', // Ý → í
  '\u00DE': '\u1ECB', // Þ → ị
  '\u00DF': '\u00F2', // ß → ò
  '\u00E1': '\u1ECF', // á → ỏ
  '\u00E2': '\u00F5', // â → õ
  '\u00E3': '\u00F3', // ã → ó
  '\u00E4': '\u1ECD', // ä → ọ
  '\u00E5': '\u1ED3', // å → ồ
  '\u00E6': '\u1ED5', // æ → ổ
  '\u00E7': '\u1ED7', // ç → ỗ
  '\u00E8': '\u1ED1', // è → ố
  '\u00E9': '\u1ED9', // é → ộ
  '\u00EA': '\u1EDD', // ê → ờ
  '\u00EB': '\u1EDF', // ë → ở
  '\u00EC': '\u1EE1', // ì → ỡ
  '\u00ED': '\u1EDB', // í → ớ
  '\u00EE': '\u1EE3', // î → ợ
  '\u00EF': '\u00F9', // ï → ù
  '\u00F1': '\u1EE7', // ñ → ủ
  '\u00F2': '\u0169', // ò → ũ
  '\u00F3': '\u00FA', // ó → ú
  '\u00F4': '\u1EE5', // ô → ụ
  '\u00F5': '\u1EEB', // õ → ừ
  '\u00F6': '\u1EED', // ö → ử
  '\u00F7': '\u1EEF', // ÷ → ữ
  '\u00F8': '\u1EE9', // ø → ứ
  '\u00F9': '\u1EF1', // ù → ự
  '\u00FA': '\u1EF3', // ú → ỳ
  '\u00FB': '\u1EF7', // û → ỷ
  '\u00FC': '\u1EF9', // ü → ỹ
  '\u00FD': '\u00FD', // ý → ý
  '\u00FE': '\u1EF5', // þ → ỵ
};
