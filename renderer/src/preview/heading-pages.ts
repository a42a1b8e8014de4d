/**
 * On which page each heading is printed, from the text of the pages: the preview's pages and a PDF's
 * (`pdftotext`) are searched the same way, so the two can be compared. Headings are found in report order, each
 * after the previous one, at the start of a line (after its marker "I.", "1.", "1.1.", "a)"), and case-blind
 * because chapter headings are printed in capitals.
 */
/** In capitals, as the page text is compared in capitals ("a)" reads "A)"). */
const MARKER = String.raw`(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[A-ZĐ]\)|[-+])?`;

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleUpperCase('vi')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based page of each heading, or null when it was not found after the previous one. */
export function headingPages(pageTexts: readonly string[], headings: readonly string[]): (number | null)[] {
  const pages = pageTexts.map(normalise);
  let page = 0;
  let offset = 0;
  return headings.map((heading) => {
    const words = normalise(heading).split(/\s+/).filter(Boolean).map(escape);
    if (words.length === 0) return null;
    const pattern = new RegExp(`(?:^|\\n)${MARKER}\\s*${words.join('\\s+')}`, 'u');
    for (let p = page; p < pages.length; p += 1) {
      const text = pages[p]!.slice(p === page ? offset : 0);
      const m = pattern.exec(text);
      if (m) {
        offset = (p === page ? offset : 0) + m.index + m[0].length;
        page = p;
        return p + 1;
      }
    }
    return null;
  });
}
