// The browser host: `handoff serve [DIR]`. Serves the built editor and answers the
// host API over HTTP (`POST /api/call/<name>`, JSON in and out) for the plans in
// DIR, and nothing outside it. Every request is checked (Host, Origin, size, JSON,
// the call's schema) and a bad one gets a 4xx with a message, never a crash.
// Bound to an address other computers can reach, the API answers only requests
// that carry the access token (access-token.ts); the editor's files stay public,
// they hold no plan data.
import { createHash } from 'node:crypto';
import { readFileSync, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { hostCalls, type HostCallName } from '../../shared/host/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { BACKEND_CALLS, createHostBackend, type BackendCallName, type HostBackend, type PrintPdf } from '../services/host-backend.js';
import { errnoCode, isHostError } from '../services/host-error.js';
import { createRecentStore } from '../services/recent.js';
import { createRecoveryStore } from '../services/recovery.js';
import { createJsonSettingsStore } from '../services/settings.js';
import { TOKEN_REQUIRED_MESSAGE, tokenFromRequest, tokenMatcher, tokenProblem } from './access-token.js';
import { listServedPlans } from './list-plans.js';
import { PrintQueueFullError, queuedPrinter } from './pdf-queue.js';
import { resolveServedRef } from './refs.js';
import { createRequestGuard, isLoopback, urlHost } from './request-guard.js';
import { notBuiltMessage, serveStatic } from './static-files.js';

export { tokenFromRequest } from './access-token.js';

export const DEFAULT_PORT = 4400;
export const DEFAULT_HOST = '127.0.0.1';
/** Bigger request bodies get 413 (a plan's text is limited to 50 MB; JSON escaping adds some). */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Calls the browser client answers itself; the server gives the same harmless answers. */
const BROWSER_SIDE_ANSWERS: Partial<Record<HostCallName, unknown>> = {
  chooseSaveLocation: { canceled: true },
  setDocumentState: {},
  closeWindow: {},
};

export interface ServerOptions {
  /** The folder whose plans are served. */
  dir: string;
  /** Default 4400; 0 picks any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The built renderer; default out/renderer of this project. */
  rendererDir?: string;
  /** Settings, recent plans and recovery copies; default $HANDOFF_DATA_DIR or the OS data folder. */
  dataDir?: string;
  /** Print the listening line to stdout (default true). */
  announce?: boolean;
  /** Replaces Chromium printing (tests of other parts). Either way prints queue one at a time (pdf-queue.ts). */
  printPdf?: PrintPdf;
  /**
   * The access token every `/api/` request must present (`Authorization: Bearer T`).
   * Required, or `authorize`, when `host` is not a loopback address.
   */
  token?: string;
  /**
   * Decides instead of `token` whether the token a request presents (undefined when
   * none) may use the API: for servers with several tokens, or tokens that change.
   */
  authorize?: (presented: string | undefined) => boolean;
  /**
   * For servers of one plan (a workshop): the only folder-backend calls offered (the
   * others are refused with 403), and calls answered here instead, given the token the
   * request presented. Default: every backend call, no extra ones.
   */
  calls?: {
    backend: readonly BackendCallName[];
    extra?: Partial<Record<HostCallName, (request: unknown, presentedToken: string | undefined) => Promise<unknown>>>;
  };
}

export interface RunningServer {
  url: string;
  port: number;
  /** The real path of the served folder. */
  dir: string;
  dataDir: string;
  /** The Node server itself, e.g. to handle WebSocket `upgrade` requests beside the API. */
  httpServer: Server;
  close(): Promise<void>;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `$XDG_DATA_HOME/handoff-studio` (or the platform's equivalent); `$HANDOFF_DATA_DIR` wins. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HANDOFF_DATA_DIR) return path.resolve(env.HANDOFF_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'handoff-studio');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'handoff-studio');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'handoff-studio');
}

/** `Handoff Studio is serving <DIR> at http://<host>:<port>/` — tests and scripts parse this line. */
export function listeningLine(dir: string, url: string): string {
  return `Handoff Studio is serving ${dir} at ${url}`;
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Loaded on first use (the Typst compiler is big and most sessions never print); typeset off the event loop. */
const typesetPdf: PrintPdf = async (doc) => (await import('../services/typst-pdf.js')).typesetDocumentPdfOffThread(doc);

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

const sendError = (res: ServerResponse, status: number, message: string): void => sendJson(res, status, { error: message });

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`)
    .join('; ');
}

/** The request body, or null after answering 413 (the rest is read and dropped so the client sees the answer). */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const tooLarge = (): void => {
      res.setHeader('Connection', 'close');
      sendError(res, 413, `The request is too large (more than ${MAX_BODY_BYTES / 1048576} MB).`);
      req.removeAllListeners('data');
      req.resume();
      resolve(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return tooLarge();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleCall(req: IncomingMessage, res: ServerResponse, name: string, backend: HostBackend, calls: ServerOptions['calls']): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'Host calls are POST requests with a JSON body.');
  }
  if (!Object.hasOwn(hostCalls, name)) return sendError(res, 404, `There is no host call named "${name}".`);
  const call = name as HostCallName;
  const contentType = req.headers['content-type'];
  if (contentType !== undefined && !/^application\/json\s*(;|$)/i.test(contentType)) {
    return sendError(res, 415, 'Send the request body as application/json.');
  }
  const body = await readBody(req, res);
  if (body === null) return;
  let payload: unknown;
  try {
    payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (err) {
    return sendError(res, 400, `The request body is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const checked = hostCalls[call].request.safeParse(payload);
  if (!checked.success) return sendError(res, 400, `Invalid ${call} request: ${describeIssues(checked.error)}`);

  if (Object.hasOwn(BROWSER_SIDE_ANSWERS, call)) return sendJson(res, 200, BROWSER_SIDE_ANSWERS[call]);
  const extra = calls?.extra?.[call];
  if (!extra && !(BACKEND_CALLS as readonly string[]).includes(call)) {
    return sendError(res, 404, `"${call}" is handled by the browser, not by the server.`);
  }
  let result: unknown;
  if (extra) result = await extra(checked.data, tokenFromRequest(req));
  else if (calls && !calls.backend.includes(call as BackendCallName)) {
    return sendError(res, 403, `This server does not offer "${call}".`);
  } else {
    const handler = backend[call as BackendCallName] as (request: unknown) => Promise<unknown>;
    result = await handler(checked.data);
  }
  const valid = hostCalls[call].response.safeParse(result);
  if (!valid.success) throw new Error(`the ${call} answer does not fit the contract: ${describeIssues(valid.error)}`);
  sendJson(res, 200, valid.data);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let dir: string;
  try {
    dir = await fs.realpath(path.resolve(options.dir));
  } catch {
    throw new Error(`The folder ${path.resolve(options.dir)} does not exist.`);
  }
  if (!(await fs.stat(dir)).isDirectory()) throw new Error(`${dir} is not a folder.`);
  const host = options.host ?? DEFAULT_HOST;
  if (options.token !== undefined && options.authorize === undefined) {
    const problem = tokenProblem(options.token);
    if (problem) throw new Error(problem);
  }
  const authorize = options.authorize ?? (options.token !== undefined ? tokenMatcher(options.token) : undefined);
  if (!authorize && !isLoopback(host)) {
    throw new Error(`${host} can be reached from other computers: the server needs an access token.`);
  }
  const rendererDir = path.resolve(options.rendererDir ?? path.join(PROJECT_ROOT, 'out', 'renderer'));
  const realRendererDir = await fs.realpath(rendererDir).catch(() => rendererDir);
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  // Recovery copies and recent plans belong to the served folder (refs are relative to it).
  const workspaceDir = path.join(dataDir, 'workspaces', createHash('sha256').update(dir).digest('hex').slice(0, 16));

  const settings = createJsonSettingsStore(path.join(dataDir, 'settings.json'));
  const backend = createHostBackend({
    kind: 'browser',
    appVersion: appVersion(),
    workspace: path.basename(dir),
    nativeDialogs: false,
    resolveRef: (ref) => resolveServedRef(dir, ref),
    listFolder: async () => ({ folder: dir, plans: await listServedPlans(dir) }),
    settings,
    recent: createRecentStore(path.join(workspaceDir, 'recent.json')),
    recovery: createRecoveryStore(path.join(workspaceDir, 'recovery')),
    printPdf: queuedPrinter(options.printPdf ?? typesetPdf),
  });

  let guard = createRequestGuard(host, options.port ?? DEFAULT_PORT);

  const server = createServer((req, res) => {
    for (const [header, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(header, value);
    const method = req.method ?? 'GET';
    const refusal = guard.refusal(method, req.headers);
    if (refusal) {
      res.setHeader('Connection', 'close');
      return sendError(res, 403, refusal);
    }
    const pathname = (req.url ?? '/').split('?')[0];
    if (authorize && pathname.startsWith('/api/') && !authorize(tokenFromRequest(req))) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      res.setHeader('Connection', 'close');
      return sendError(res, 401, TOKEN_REQUIRED_MESSAGE);
    }
    const route = async (): Promise<void> => {
      const callMatch = /^\/api\/call\/([^/]*)$/.exec(pathname);
      if (callMatch) return handleCall(req, res, decodeURIComponent(callMatch[1]), backend, options.calls);
      if (pathname.startsWith('/api/')) return sendError(res, 404, `Unknown API address ${pathname}.`);
      if (method === 'GET' || method === 'HEAD') return serveStatic(req, res, realRendererDir);
      res.setHeader('Allow', 'GET, HEAD');
      sendError(res, 405, 'Method not allowed.');
    };
    const work = route();
    work.catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof PrintQueueFullError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      if (isHostError(err)) return sendError(res, err.httpStatus, err.message);
      if (err instanceof URIError) return sendError(res, 400, 'Bad request: the address is not valid.');
      console.error(`handoff serve: ${req.method} ${pathname} failed:`, err);
      sendError(res, 500, `Internal error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => {
      if (errnoCode(err) === 'EADDRINUSE') {
        reject(new Error(`Port ${options.port ?? DEFAULT_PORT} on ${host} is already in use: choose another with --port N (0 picks a free one).`));
      } else reject(err);
    });
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.removeAllListeners('error');
      server.on('error', (err) => console.error('handoff serve:', err));
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  guard = createRequestGuard(host, port);
  const url = `http://${urlHost(host)}:${port}/`;

  try {
    await fs.access(path.join(realRendererDir, 'index.html'));
  } catch {
    console.error(notBuiltMessage(realRendererDir));
  }
  if (options.announce !== false) process.stdout.write(`${listeningLine(dir, url)}\n`);

  return {
    url,
    port,
    dir,
    dataDir,
    httpServer: server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

