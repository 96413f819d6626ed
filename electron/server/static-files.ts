// The built renderer (out/renderer) served at `/`. Only files inside that folder,
// with their real content type; everything else is a 404.
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { isInside } from './refs.js';

const CONTENT_TYPES: Record<string, string> = {
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
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function notBuiltMessage(rendererDir: string): string {
  return `The editor is not built yet (no ${path.join(rendererDir, 'index.html')}). Run \`npm run build\` first, then start \`handoff serve\` again.`;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Answers a GET or HEAD for a file of the renderer. `rendererDir` is a real, absolute path. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  let pathname: string;
  try {
    // The URL parser already resolves `..` and `%2e%2e` segments; decoding may bring back
    // `..` from `%2F`-joined segments, so the result is checked again below.
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return sendText(res, 400, 'Bad request: the address is not valid.');
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
    return sendText(res, 403, 'Forbidden.');
  }
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = path.join(rendererDir, ...relative.split('/').filter(Boolean));
  if (!isInside(rendererDir, file)) return sendText(res, 403, 'Forbidden.');

  let real: string;
  try {
    real = await fs.realpath(file);
    if (!isInside(rendererDir, real) || !(await fs.stat(real)).isFile()) throw new Error('not a file');
  } catch {
    try {
      await fs.access(path.join(rendererDir, 'index.html'));
    } catch {
      return sendText(res, 503, notBuiltMessage(rendererDir));
    }
    return sendText(res, 404, `Not found: ${pathname}`);
  }
  const stat = await fs.stat(real);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(real),
    'Content-Length': stat.size,
    // Local server, files change with every build: always revalidate.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(real);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', done);
    stream.pipe(res);
  });
}
