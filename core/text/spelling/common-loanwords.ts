/**
 * Foreign words that Vietnamese administrative reports write in lower case as ordinary vocabulary ("mạng xã hội
 * Zalo, facebook", "100 fanpage"). The syllable dictionary has none of them; flagging them would be a false
 * alarm in almost every report about communication work. Lower-case, compared case-insensitively.
 */
export const COMMON_LOANWORDS: ReadonlySet<string> = new Set([
  'app',
  'blog',
  'camera',
  'clip',
  'email',
  'facebook',
  'fanpage',
  'file',
  'game',
  'hashtag',
  'internet',
  'laptop',
  'livestream',
  'logo',
  'marketing',
  'meeting',
  'online',
  'offline',
  'website',
  'web',
  'wifi',
  'youtube',
  'zalo',
  'tiktok',
  'video',
  'virus',
  'vaccine',
  'smartphone',
  'fax',
]);
