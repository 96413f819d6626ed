// Maps app://handoff/… URLs to files of the built renderer, refusing anything that
// would leave its folder. Kept free of `electron` so tests can exercise the guard.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';

// The same content types as `handoff serve` answers with.
export { contentTypeOf } from '../server/static-files.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'handoff';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Headers of every app:// page and asset: its content type, the editor's one
 * Content-Security-Policy (shared/security/csp.ts, the same one `handoff serve`
 * sends) and no content sniffing.
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/**
 * The file under `rootDir` that `url` names, or null when the URL is not ours or
 * its path (after percent-decoding) would escape `rootDir`.
 */
export function resolveAppAsset(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** The URL a window loads: the editor, showing `planRef` when given. */
export function appPageUrl(planRef?: string): string {
  const url = new URL(`${APP_ORIGIN}/index.html`);
  if (planRef) url.searchParams.set('plan', planRef);
  return url.toString();
}

/** True for URLs of our own pages (parsed, never a string prefix test). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Only http(s) links may leave the app, to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
