/**
 * Serves the renderer from `app://bundle/…` instead of file:// (S-18): a fixed secure origin for
 * IndexedDB (D-09), CSP as a response header (S-07), and nothing readable outside out/renderer.
 * `resolveAppUrl` is pure; the handler takes its file reads injected so both are tested in Node.
 */
import { extname, resolve, sep } from 'node:path';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl } from './security-policy';

/** Must run before `app.whenReady()` (Electron requirement). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: storage APIs (IndexedDB) work and relative URLs resolve; secure: a secure context, so
  // navigator.storage.persist() is available.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * Maps an app URL to a file under `rootDir`, or null. Rejects other origins, `..`/`.` segments in
 * any encoding, backslashes, NUL, drive letters and anything that would resolve outside the root.
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  if (!isAppUrl(url) || url.includes('\\')) return null;
  const { pathname } = new URL(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const parts = segments.filter((s) => s !== '');
  if (parts.length === 0 || decoded.endsWith('/')) parts.push('index.html');
  const root = resolve(rootDir);
  const target = resolve(root, ...parts);
  return target.startsWith(root + sep) ? target : null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Resolves symlinks so a link inside out/renderer cannot point outside it. */
  realpath(path: string): Promise<string>;
}

/** The `protocol.handle(APP_SCHEME, …)` handler. Errors become plain 404/405 responses. */
export function createAppProtocolHandler(rootDir: string, fsx: AppProtocolFs): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const filePath = resolveAppUrl(request.url, rootDir);
    if (filePath === null) return notFound();
    try {
      const [root, real] = await Promise.all([fsx.realpath(resolve(rootDir)), fsx.realpath(filePath)]);
      if (!real.startsWith(root + sep)) return notFound();
      const body = await fsx.readFile(real);
      const type = contentTypeFor(real);
      const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch {
      return notFound();
    }
  };
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}
