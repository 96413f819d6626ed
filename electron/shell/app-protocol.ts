// The app's pages come from app://handoff/, a privileged standard+secure scheme
// served from out/renderer, instead of file:// (which would give the page
// access to every file the user can read). Every response carries the CSP header.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME, appResponseHeaders, contentTypeOf, resolveAppAsset } from './app-protocol-paths.js';

/** Pages served from memory for a moment (a document being printed), by URL. */
const transientPages = new Map<string, string>();

/**
 * Serves `html` at a one-off app:// URL until `dispose` is called, so a hidden
 * window can load a generated document without writing it to a file:// path.
 */
export function publishTransientPage(html: string): { url: string; dispose(): void } {
  const url = `${APP_ORIGIN}/__transient/${randomUUID()}.html`;
  transientPages.set(url, html);
  return { url, dispose: () => transientPages.delete(url) };
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: real origins and relative URLs; secure: a secure context like https.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer; anything outside `rootDir` or missing is a 404. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const transient = request.method === 'GET' ? transientPages.get(request.url.split(/[?#]/)[0]) : undefined;
    if (transient !== undefined) {
      return new Response(transient, { status: 200, headers: appResponseHeaders('text/html; charset=utf-8') });
    }
    const file = resolveAppAsset(rootDir, request.url);
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: appResponseHeaders(contentTypeOf(file)),
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
