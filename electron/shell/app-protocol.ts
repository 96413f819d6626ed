// The app's pages come from app://handoff/, a privileged standard+secure scheme
// served from out/renderer, instead of file:// (which would give the page
// access to every file the user can read). Every response carries the CSP header.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, appResponseHeaders, contentTypeOf, resolveAppAsset } from './app-protocol-paths.js';

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
