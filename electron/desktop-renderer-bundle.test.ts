/**
 * The DOCX writer belongs to main, not to the renderer bundle (it is large and main renders anyway). The desktop renderer build (out/renderer,
 * `electron-vite build`) must not contain the docx library in any chunk; the browser build (out/web) keeps it as a
 * lazy fallback. Detected by a namespace URI only docx writes (docx-preview, which reads DOCX, does not carry it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DOCX_MARKER = 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas';
/** Set only by @popperjs/core's `hide` modifier; MUI's own styles mention data-popper-placement, never this. */
const POPPER_MARKER = 'data-popper-escaped';
const desktop = join(ROOT, 'out', 'renderer');
const web = join(ROOT, 'out', 'web');
const desktopBuilt = existsSync(join(desktop, 'index.html'));
const webBuilt = existsSync(join(web, 'index.html'));
// `npm test` builds both before the unit tests; a partial local run says what it could not check.
if (!desktopBuilt)
  console.log(
    'Bỏ qua kiểm tra bản dựng máy tính: chưa có out/renderer — chạy `npm run build:app` trước (desktop renderer not built).',
  );
if (!webBuilt)
  console.log(
    'Bỏ qua kiểm tra bản dựng trình duyệt: chưa có out/web — chạy `npm run build:web` trước (browser build not built).',
  );

function chunksWithMarker(dir: string, marker = DOCX_MARKER): string[] {
  return readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes(marker))
    .sort();
}

describe('DOCX writer only in main', () => {
  it('the marker is the docx library’s own (and not docx-preview’s), so finding it means docx was bundled', () => {
    const require = createRequire(join(ROOT, 'package.json'));
    expect(readFileSync(require.resolve('docx').replace(/index\.cjs$/, 'index.mjs'), 'utf8')).toContain(DOCX_MARKER);
    expect(readFileSync(join(ROOT, 'node_modules', 'docx-preview', 'dist', 'docx-preview.mjs'), 'utf8')).not.toContain(
      DOCX_MARKER,
    );
  });

  it.runIf(desktopBuilt)('no chunk of the desktop renderer build contains the docx library', () => {
    expect(chunksWithMarker(desktop)).toEqual([]);
  });

  it.runIf(webBuilt)('the browser build keeps it in one lazy chunk, not in the one index.html loads', () => {
    const found = chunksWithMarker(web);
    expect(found).toHaveLength(1);
    expect(readFileSync(join(web, 'index.html'), 'utf8')).not.toContain(found[0]);
  });
});

/**
 * Tooltips and the abbreviation list are drawn by the app itself (renderer/src/app/tooltip.tsx,
 * abbreviation-field.tsx), so Popper.js (~7 KB gzip, pulled by MUI Tooltip/Autocomplete/Popper) stays out.
 */
describe('no Popper.js in the desktop renderer', () => {
  it('the marker is Popper.js’s own and not MUI’s, so finding it means Popper.js was bundled', () => {
    const popperHide = join(ROOT, 'node_modules', '@popperjs', 'core', 'lib', 'modifiers', 'hide.js');
    expect(readFileSync(popperHide, 'utf8')).toContain(POPPER_MARKER);
    const muiTooltip = join(ROOT, 'node_modules', '@mui', 'material', 'Tooltip', 'Tooltip.mjs');
    expect(readFileSync(muiTooltip, 'utf8')).not.toContain(POPPER_MARKER);
  });

  it.runIf(desktopBuilt)('no chunk of the desktop renderer build contains Popper.js', () => {
    expect(chunksWithMarker(desktop, POPPER_MARKER)).toEqual([]);
  });
});

/**
 * What the desktop renderer leaves out or defers beyond the first screen: the start-up chunks (what index.html
 * loads) hold no MUI dialog (only lazy screens and dialogs use one); the Word parser ships once, in its worker (the
 * in-page fallback is the browser build's); Paged.js's css-tree carries no lexer data (MDN's CSS property list).
 */
describe('desktop renderer: what stays out of the start-up and out of the bundle', () => {
  const DIALOG_MARKER = 'MuiDialog';
  const XML_PARSER_MARKER = 'Invalid Tag instead of DOCTYPE';
  const CSS_DATA_MARKER = 'mask-border-outset';

  it('each marker is the library’s own, so finding it means that library was bundled', () => {
    const file = (...path: string[]) => readFileSync(join(ROOT, 'node_modules', ...path), 'utf8');
    expect(file('@mui', 'material', 'Dialog', 'dialogClasses.mjs')).toContain(DIALOG_MARKER);
    expect(file('fast-xml-parser', 'src', 'xmlparser', 'DocTypeReader.js')).toContain(XML_PARSER_MARKER);
    expect(file('mdn-data', 'css', 'properties.json')).toContain(CSS_DATA_MARKER);
  });

  it.runIf(desktopBuilt)('no chunk that index.html loads contains a MUI dialog', () => {
    const html = readFileSync(join(desktop, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((f) => chunksWithMarker(desktop, DIALOG_MARKER).includes(f))).toEqual([]);
  });

  it.runIf(desktopBuilt)('the XML parser of the Word import is only in its worker', () => {
    const found = chunksWithMarker(desktop, XML_PARSER_MARKER);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^word-import\.worker-/);
  });

  it.runIf(desktopBuilt)('no chunk carries css-tree’s lexer data', () => {
    expect(chunksWithMarker(desktop, CSS_DATA_MARKER)).toEqual([]);
  });
});
