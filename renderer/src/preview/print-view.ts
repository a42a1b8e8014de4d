/**
 * What "In" and "Xuất PDF" print: a copy of the preview's latest pages directly under <body>, hidden on screen;
 * in print media everything else is hidden and each Paged.js page box is one sheet (its @page rules give the A4
 * size, the DOCX margins are inside the box). Kept in place while a preview is shown, so window.print,
 * webContents.print and printToPDF all print exactly the pages on screen without a re-layout.
 */
export const PRINT_VIEW_ID = 'trang-in-ban-in';

const PRINT_CSS = `
@media screen { #${PRINT_VIEW_ID} { display: none !important; } }
@media print {
  body > :not(#${PRINT_VIEW_ID}) { display: none !important; }
  #${PRINT_VIEW_ID} .pagedjs_page { box-shadow: none !important; margin: 0 !important; }
}
`;

function ensurePrintStylesheet(): void {
  const id = `${PRINT_VIEW_ID}-css`;
  if (document.getElementById(id)) return;
  const style = document.createElement('style');
  style.id = id;
  style.textContent = PRINT_CSS;
  document.head.append(style);
}

/** Puts a copy of `root` (styles and pages) in the print view; the returned function takes it out again. */
export function showInPrintView(root: HTMLElement): () => void {
  ensurePrintStylesheet();
  document.getElementById(PRINT_VIEW_ID)?.remove();
  const view = document.createElement('div');
  view.id = PRINT_VIEW_ID;
  view.append(root.cloneNode(true));
  document.body.append(view);
  return () => view.remove();
}
