import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppUrl } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security-policy';

const ROOT = '/app/out/renderer';

describe('resolveAppUrl', () => {
  it.each([
    ['app://bundle/index.html', `${ROOT}/index.html`],
    ['app://bundle/', `${ROOT}/index.html`],
    ['app://bundle', `${ROOT}/index.html`],
    ['app://bundle/assets/index-abc.js?v=1#x', `${ROOT}/assets/index-abc.js`],
    ['app://bundle/assets/', `${ROOT}/assets/index.html`],
    ['app://bundle/Ti%E1%BA%BFng%20Vi%E1%BB%87t.png', `${ROOT}/Tiếng Việt.png`],
    // The URL parser itself folds dot segments back into the bundle.
    ['app://bundle/a/../../../etc/passwd', `${ROOT}/etc/passwd`],
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', `${ROOT}/etc/passwd`],
  ])('%s → %s', (url, path) => {
    expect(resolveAppUrl(url, ROOT)).toBe(path);
  });

  it.each([
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'app://bundle/..%5c..%5cwin.ini',
    'app://bundle/assets\\..\\..\\win.ini',
    'app://bundle/%00index.html',
    'app://bundle/index.html%00.png',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C%3A%5CWindows%5Cwin.ini',
    'app://bundle/%E0%A4%A',
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
  ])('rejects %s', (url) => {
    expect(resolveAppUrl(url, ROOT)).toBeNull();
  });

  it('property: whatever the path segments, the result is inside the root or null', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '%2f',
        '%2F',
        '%5c',
        '%5C',
        '\\',
        '%00',
        'C:',
        '%3A',
        '%252e%252e',
        '',
        'a',
        'index.html',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
        const result = resolveAppUrl(`app://bundle/${segments.join('/')}`, ROOT);
        if (result !== null) expect(result.startsWith(ROOT + sep)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('contentTypeFor', () => {
  it('serves the bundle with the types Chromium needs for module scripts', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/noext')).toBe('application/octet-stream');
  });
});

describe('the app protocol handler, on a real folder', () => {
  const base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Soạn Báo Cáo</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'bí mật');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  const handle = createAppProtocolHandler(root, { readFile, realpath });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves index.html with the CSP header', async () => {
    const response = await handle(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Soạn Báo Cáo');
  });

  it('serves scripts without the HTML-only header', async () => {
    const response = await handle(new Request('app://bundle/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('does not follow a symlink out of the bundle', async () => {
    expect((await handle(new Request('app://bundle/assets/link.txt'))).status).toBe(404);
  });

  it('answers 404 for missing files and traversal, 405 for writes', async () => {
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
