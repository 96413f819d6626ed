// The editor's Content-Security-Policy, defined once. `handoff serve` and the
// desktop's app:// protocol send it as a header with every response; the built
// renderer/index.html carries it as a meta tag (electron.vite.config.ts writes
// it in at build time), so the page is covered however it was opened.
import { escapeHtml } from '../export/escape.js';

/** Each directive with its allowed sources, in the order they are written out. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Only the bundle's own files: no inline script, no eval.
  'script-src': ["'self'"],
  // React Flow positions nodes with inline styles; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // The host API (`POST /api/call/…`) is same-origin; nothing else is fetched.
  'connect-src': ["'self'"],
  // The ELK layout worker is a bundled file loaded by URL (autoLayout.ts), never a blob.
  'worker-src': ["'self'"],
  'frame-src': ['blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  // Every form in the editor is handled by script; none is ever submitted anywhere.
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Browsers ignore these in a <meta> policy; only a header can say them. */
const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors']);

/** Where the policy travels: an HTTP header, or the page's own meta tag. */
export type CspDelivery = 'header' | 'meta';

/** The policy as the text of a header or of the meta tag's `content`. */
export function renderCsp(delivery: CspDelivery, directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The `Content-Security-Policy` header value of every response that serves the editor. */
export const CONTENT_SECURITY_POLICY = renderCsp('header');

/** The meta tag for index.html's head, before anything it governs. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(renderCsp('meta'))}" />`;
}
