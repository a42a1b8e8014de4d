/**
 * A file dropped on the home screen is either a draft file (.baocao.json) or meant as a Word report. Decided by
 * content first (a draft file is JSON text, starting with "{" after an optional BOM and blank space), then by
 * name; everything else goes to the Word import, whose checks name .doc, .odt, PDF and the rest precisely.
 */
export type ReportFileKind = 'draft' | 'word';

export function reportFileKind(name: string, head: Uint8Array): ReportFileKind {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (i < head.length) return head[i] === 0x7b ? 'draft' : 'word';
  return /\.json$/i.test(name) ? 'draft' : 'word';
}
