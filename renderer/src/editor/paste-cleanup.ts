/**
 * Paste from Word: the editor schema keeps only paragraphs, bold/italic/underline and tables, so fonts,
 * colours, styles and images fall away on their own. Here we normalise to NFC (Windows Vietnamese keyboards
 * and some Word documents produce NFD) and drop Word's conditional comments and <o:p> filler, which would
 * otherwise come through as stray text.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .normalize('NFC')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<img\b[^>]*>/gi, '');
}

export function cleanPastedText(text: string): string {
  return text.normalize('NFC');
}
