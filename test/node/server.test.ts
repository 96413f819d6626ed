// The browser host over real HTTP: the editor's files, the host API, and every
// way a request could reach outside the served folder or from another site,
// which must be refused with a 4xx and a message while the server keeps running.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { listeningLine, startServer, tokenFromRequest, type RunningServer } from '../../electron/server/index.js';
import { PRINT_RETRY_AFTER_SECONDS } from '../../electron/server/pdf-queue.js';

const SAMPLE = path.resolve(__dirname, '../../examples/churn-scoring.handoff.json');
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');

let root: string;
let dir: string;
let outside: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'handoff-server-'));
  dir = path.join(root, 'plans');
  outside = path.join(root, 'outside');
  const renderer = path.join(root, 'renderer');
  for (const d of [dir, outside, renderer, path.join(renderer, 'assets'), path.join(dir, 'team', 'deep'), path.join(dir, '.hidden')]) mkdirSync(d, { recursive: true });
  copyFileSync(SAMPLE, path.join(dir, 'churn-scoring.handoff.json'));
  writeFileSync(path.join(dir, 'team', 'deep', 'fraud.handoff.json'), JSON.stringify({ title: 'Fraud alerts' }));
  writeFileSync(path.join(dir, 'broken.handoff.json'), '{ not json');
  writeFileSync(path.join(dir, 'notes.txt'), 'not a plan');
  writeFileSync(path.join(dir, '.hidden', 'secret.handoff.json'), '{}');
  writeFileSync(path.join(outside, 'secret.handoff.json'), JSON.stringify({ title: 'Outside secret' }));
  symlinkSync(path.join(outside, 'secret.handoff.json'), path.join(dir, 'link-out.handoff.json'));
  symlinkSync(outside, path.join(dir, 'linked-folder'));
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Handoff Studio</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("editor")');
  writeFileSync(path.join(renderer, 'assets', 'app.css'), 'body{}');
  server = await startServer({ dir, port: 0, rendererDir: renderer, dataDir: path.join(root, 'data'), announce: false });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function call(name: string, body: unknown, init: RequestInit = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(`${server.url}api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

/** A raw request: fetch would normalise the path and refuses to set Host. */
function raw(options: { method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string }, port = server.port): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const outsideUntouched = (): void => {
  expect(readdirSync(outside)).toEqual(['secret.handoff.json']);
  expect(readFileSync(path.join(outside, 'secret.handoff.json'), 'utf8')).toBe(JSON.stringify({ title: 'Outside secret' }));
};

describe('handoff serve: the editor files', () => {
  it('serves the built renderer with content types and security headers', async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('access-control-allow-origin')).toBeNull();
    expect(await index.text()).toContain('Handoff Studio');
    expect((await fetch(`${server.url}?plan=team/deep/fraud.handoff.json`)).status).toBe(200);
    expect((await fetch(`${server.url}assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.url}assets/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of ['/../plans/churn-scoring.handoff.json', '/%2e%2e/plans/churn-scoring.handoff.json', '/..%2Fplans%2Fchurn-scoring.handoff.json', '/assets/..%2F..%2Fplans%2Fchurn-scoring.handoff.json', '/%00', '/assets%5C..%5C..%5Cplans%5Cchurn-scoring.handoff.json']) {
      const res = await raw({ path: p });
      expect([403, 404], p).toContain(res.status);
      expect(res.text, p).not.toContain('Subscriber churn scoring');
    }
    expect((await raw({ path: '/%E0%A4%A' })).status).toBe(400);
  });

  it('says to run npm run build when the renderer is not built', async () => {
    const other = await startServer({ dir, port: 0, rendererDir: path.join(root, 'no-renderer'), dataDir: path.join(root, 'data'), announce: false });
    try {
      const res = await fetch(other.url);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/not built yet .*npm run build/);
    } finally {
      await other.close();
    }
  });

  it('prints the one listening line the tests and scripts parse', async () => {
    expect(listeningLine('/srv/plans', 'http://127.0.0.1:4400/')).toBe('Handoff Studio is serving /srv/plans at http://127.0.0.1:4400/');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let announced;
    try {
      announced = await startServer({ dir, port: 0, rendererDir: path.join(root, 'renderer'), dataDir: path.join(root, 'data') });
      expect(write).toHaveBeenCalledWith(`Handoff Studio is serving ${dir} at ${announced.url}\n`);
      expect(announced.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      write.mockRestore();
      await announced?.close();
    }
  });
});

describe('handoff serve: the host API', () => {
  it('describes itself as the browser host of the served folder', async () => {
    const { status, json } = await call('getHostInfo', {});
    expect(status).toBe(200);
    expect(json).toMatchObject({ kind: 'browser', workspace: 'plans', nativeDialogs: false, appVersion: expect.any(String) });
  });

  it('lists the plans of the folder with their titles, and nothing outside or hidden', async () => {
    const { json } = await call('listPlans', {});
    expect(json.folder).toBe(server.dir);
    expect(json.plans.map((p: { ref: string; title?: string }) => [p.ref, p.title])).toEqual([
      ['broken.handoff.json', undefined],
      ['churn-scoring.handoff.json', 'Subscriber churn scoring'],
      ['team/deep/fraud.handoff.json', 'Fraud alerts'],
    ]);
  });

  it('open, edit, save through HTTP writes the canonical file, keeps a backup and tracks revisions', async () => {
    const opened = await call('openPlan', { ref: 'churn-scoring.handoff.json' });
    expect(opened.status).toBe(200);
    expect(opened.json).toMatchObject({ ref: 'churn-scoring.handoff.json', name: 'churn-scoring.handoff.json' });
    expect(opened.json.text).toBe(readFileSync(SAMPLE, 'utf8'));
    const parsed = parsePlan(opened.json.text);
    if (!parsed.ok) throw new Error('sample does not parse');
    const edited = serializePlan({ ...parsed.plan, title: 'Subscriber churn scoring (v2)' });

    const saved = await call('savePlan', { ref: 'churn-scoring.handoff.json', text: edited, expectedRevision: opened.json.revision });
    expect(saved.json).toMatchObject({ status: 'saved', ref: 'churn-scoring.handoff.json', name: 'churn-scoring.handoff.json' });
    const onDisk = readFileSync(path.join(dir, 'churn-scoring.handoff.json'), 'utf8');
    expect(onDisk).toBe(edited);
    const reparsed = parsePlan(onDisk);
    expect(reparsed.ok && serializePlan(reparsed.plan)).toBe(onDisk); // canonical: a round trip changes nothing
    expect(readFileSync(path.join(dir, 'churn-scoring.handoff.json.bak'))).toEqual(readFileSync(SAMPLE));
    expect((await call('readRevision', { ref: 'churn-scoring.handoff.json' })).json).toEqual({ revision: saved.json.revision });

    // Saving with the old revision again: the file changed since, nothing is written.
    const stale = await call('savePlan', { ref: 'churn-scoring.handoff.json', text: 'x', expectedRevision: opened.json.revision });
    expect(stale.json).toEqual({ status: 'changed-on-disk', revision: saved.json.revision });
    expect(readFileSync(path.join(dir, 'churn-scoring.handoff.json'), 'utf8')).toBe(edited);

    const recent = await call('listRecent', {});
    expect(recent.json[0]).toMatchObject({ ref: 'churn-scoring.handoff.json', title: 'Subscriber churn scoring (v2)' });
  });

  it('saves a new plan into a subfolder, and reports a missing folder as a failed save', async () => {
    const created = await call('savePlan', { ref: 'team/new.handoff.json', text: '{"n":1}\n', expectedRevision: null });
    expect(created.json.status).toBe('saved');
    expect(readFileSync(path.join(dir, 'team', 'new.handoff.json'), 'utf8')).toBe('{"n":1}\n');
    const failed = await call('savePlan', { ref: 'nowhere/new.handoff.json', text: 'x' });
    expect(failed.json.status).toBe('failed');
    expect(failed.json.message).toMatch(/Could not save "nowhere\/new\.handoff\.json": the folder .* does not exist/);
  });

  it('a missing plan is a 404 with a message naming it', async () => {
    const { status, json } = await call('openPlan', { ref: 'gone.handoff.json' });
    expect(status).toBe(404);
    expect(json.error).toMatch(/"gone\.handoff\.json" does not exist/);
    expect((await call('readRevision', { ref: 'gone.handoff.json' })).json).toEqual({ revision: null });
  });

  it('keeps settings and recovery copies in the data folder, never in the plans folder', async () => {
    expect((await call('updateSettings', { authorName: 'Lin' })).json).toMatchObject({ authorName: 'Lin' });
    expect((await call('getSettings', {})).json.authorName).toBe('Lin');
    const written = await call('writeRecovery', { key: 'doc-7', ref: 'churn-scoring.handoff.json', name: 'churn-scoring.handoff.json', title: 'Churn', text: 'unsaved' });
    expect(written.status).toBe(200);
    expect((await call('listRecovery', {})).json).toEqual([
      { key: 'doc-7', ref: 'churn-scoring.handoff.json', name: 'churn-scoring.handoff.json', title: 'Churn', savedAt: written.json.savedAt },
    ]);
    expect((await call('readRecovery', { key: 'doc-7' })).json).toEqual({ text: 'unsaved' });
    expect((await call('writeRecovery', { key: '../x', name: 'n', title: 't', text: '' })).status).toBe(400);
    expect((await call('discardRecovery', { key: 'doc-7' })).json).toEqual({});
    expect((await call('listRecovery', {})).json).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(root, 'data', 'settings.json'), 'utf8')).authorName).toBe('Lin');
    expect(readdirSync(dir).filter((n) => !n.endsWith('.handoff.json') && !n.endsWith('.bak')).sort()).toEqual(['.hidden', 'linked-folder', 'notes.txt', 'team']);
  });

  it('answers the calls a browser handles itself harmlessly', async () => {
    expect((await call('chooseSaveLocation', { suggestedName: 'x' })).json).toEqual({ canceled: true });
    expect((await call('openPlan', {})).json).toEqual({ canceled: true });
    expect((await call('saveExport', { suggestedName: 'a.md', format: 'md', content: 'x', encoding: 'utf8' })).status).toBe(404);
  });
});

describe('handoff serve: refusals', () => {
  it('refuses plan refs that leave the folder: .., absolute, NUL, symlinks out', async () => {
    const cases: [string, number, RegExp][] = [
      ['../outside/secret.handoff.json', 403, /outside the served folder/],
      ['team/../../outside/secret.handoff.json', 403, /outside the served folder/],
      [path.join(outside, 'secret.handoff.json'), 403, /absolute path/],
      ['C:/Windows/x.handoff.json', 403, /absolute path/],
      ['link-out.handoff.json', 403, /through a symbolic link/],
      ['linked-folder/secret.handoff.json', 403, /through a symbolic link/],
      ['x\0.handoff.json', 400, /NUL/],
      ['..\\outside\\secret.handoff.json', 400, /use "\/"/],
      ['notes.txt', 400, /not a plan file/],
    ];
    for (const [ref, status, message] of cases) {
      for (const [name, body] of [
        ['openPlan', { ref }],
        ['savePlan', { ref, text: 'overwritten' }],
        ['readRevision', { ref }],
      ] as const) {
        const res = await call(name, body);
        expect(res.status, `${name} ${ref}`).toBe(status);
        expect(res.json.error, `${name} ${ref}`).toMatch(message);
      }
    }
    outsideUntouched();
  });

  it('a percent-encoded .. in a ref is a folder name, not a way out', async () => {
    expect((await call('openPlan', { ref: '%2e%2e/outside/secret.handoff.json' })).status).toBe(404);
    const save = await call('savePlan', { ref: '%2e%2e/outside/secret.handoff.json', text: 'overwritten' });
    expect(save.json.status).toBe('failed');
    outsideUntouched();
    expect(existsSync(path.join(dir, '%2e%2e'))).toBe(false);
  });

  it('bad requests get 4xx with a message', async () => {
    expect(await call('noSuchCall', {})).toMatchObject({ status: 404, json: { error: 'There is no host call named "noSuchCall".' } });
    expect(await call('__proto__', {})).toMatchObject({ status: 404 });
    const badJson = await call('openPlan', '{"ref": ');
    expect(badJson.status).toBe(400);
    expect(badJson.json.error).toMatch(/not valid JSON/);
    const invalid = await call('savePlan', { ref: 'a.handoff.json', text: 42 });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error).toMatch(/Invalid savePlan request: text: /);
    expect((await call('updateSettings', { theme: 'purple' })).status).toBe(400);
    expect((await fetch(`${server.url}api/call/getHostInfo`)).status).toBe(405);
    expect((await call('getHostInfo', {}, { headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
    expect((await fetch(`${server.url}api/other`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(server.url, { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses bodies over 60 MB with 413, announced or streamed', async () => {
    const announced = await raw({ method: 'POST', path: '/api/call/savePlan', headers: { 'Content-Type': 'application/json', 'Content-Length': 61 * 1024 * 1024 } });
    expect(announced.status).toBe(413);
    const big = Buffer.alloc(61 * 1024 * 1024, 0x20);
    const streamed = await raw({ method: 'POST', path: '/api/call/savePlan', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: big });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.text).error).toMatch(/too large/);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const body = '{}';
    const post = (headers: Record<string, string>) => raw({ method: 'POST', path: '/api/call/getHostInfo', headers: { 'Content-Type': 'application/json', ...headers }, body });
    const foreignHost = await raw({ path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect(foreignHost.status).toBe(403);
    expect((await post({ Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await post({ Host: `127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await post({ Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ Origin: 'null' })).status).toBe(403);
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post({ Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await post({ Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('is still answering after all of that', async () => {
    expect((await call('getHostInfo', {})).status).toBe(200);
  });
});

describe('handoff serve: the access token', () => {
  const TOKEN = 'in-process-token-0123456789abcdef';
  const post = (base: string, name: string, headers: Record<string, string> = {}, body: unknown = {}) =>
    fetch(`${base}api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const start = (extra: Partial<Parameters<typeof startServer>[0]>) =>
    startServer({ dir, port: 0, rendererDir: path.join(root, 'renderer'), dataDir: path.join(root, 'data'), announce: false, ...extra });

  it('reads the token of a request from its Bearer header only', () => {
    expect(tokenFromRequest({ headers: { authorization: 'Bearer abc.DEF-1_~' } })).toBe('abc.DEF-1_~');
    expect(tokenFromRequest({ headers: { authorization: 'bearer  abc' } })).toBe('abc');
    for (const authorization of [undefined, '', 'Basic abc', 'Bearer', 'Bearer a b', 'abc']) {
      expect(tokenFromRequest({ headers: { authorization } }), String(authorization)).toBeUndefined();
    }
  });

  it('with a token, the API answers 401 without it or with a wrong one; the editor files stay public', async () => {
    const guarded = await start({ token: TOKEN });
    try {
      for (const headers of [{}, bearer('wrong-token-0123456789abcdef'), bearer(`${TOKEN}x`), bearer(TOKEN.slice(0, -1)), { Authorization: TOKEN }]) {
        const res = await post(guarded.url, 'listPlans', headers);
        expect(res.status, JSON.stringify(headers)).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        const text = await res.text();
        expect(JSON.parse(text).error).toMatch(/needs the link with its access token/);
        expect(text).not.toContain('churn');
      }
      // Refused before anything else is looked at: method, call name, body.
      expect((await fetch(`${guarded.url}api/call/listPlans`)).status).toBe(401);
      expect((await post(guarded.url, 'noSuchCall')).status).toBe(401);
      expect((await fetch(`${guarded.url}api/other`, { method: 'POST' })).status).toBe(401);

      const listed = await post(guarded.url, 'listPlans', bearer(TOKEN));
      expect(listed.status).toBe(200);
      expect(JSON.stringify(await listed.json())).toContain('Subscriber churn scoring');
      expect((await fetch(guarded.url)).status).toBe(200);
      expect((await fetch(`${guarded.url}assets/app.js`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('authorize decides instead of token, so tokens can change while the server runs', async () => {
    let current = 'first-token-0123456789abcdef';
    const guarded = await start({ token: TOKEN, authorize: (presented) => presented === current });
    try {
      expect((await post(guarded.url, 'getHostInfo', bearer(current))).status).toBe(200);
      expect((await post(guarded.url, 'getHostInfo', bearer(TOKEN))).status).toBe(401);
      const old = current;
      current = 'second-token-0123456789abcdef';
      expect((await post(guarded.url, 'getHostInfo', bearer(old))).status).toBe(401);
      expect((await post(guarded.url, 'getHostInfo', bearer(current))).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('exposes its http.Server, so a WebSocket upgrade handler can sit beside the API', async () => {
    const guarded = await start({ token: TOKEN });
    try {
      expect((guarded.httpServer.address() as { port: number }).port).toBe(guarded.port);
      const seen = new Promise<string | undefined>((resolve) => {
        guarded.httpServer.on('upgrade', (req, socket) => {
          resolve(tokenFromRequest(req));
          socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        });
      });
      const upgrade = raw({ path: '/collab', headers: { Host: `127.0.0.1:${guarded.port}`, Connection: 'Upgrade', Upgrade: 'websocket', ...bearer(TOKEN) } }, guarded.port);
      expect(await seen).toBe(TOKEN);
      expect((await upgrade).status).toBe(403);
    } finally {
      await guarded.close();
    }
  });

  it('will not start on an address other computers reach without a token, nor with a short one', async () => {
    await expect(start({ host: '0.0.0.0' })).rejects.toThrow(/0\.0\.0\.0 can be reached from other computers: the server needs an access token/);
    await expect(start({ token: 'too-short' })).rejects.toThrow(/at least 22 characters/);
  });
});

describe('handoff serve: PDF printing', () => {
  it('prints one at a time; when 4 wait, the next gets 503 with Retry-After and a message', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let running = 0;
    let mostAtOnce = 0;
    let printed = 0;
    const printer = await startServer({
      dir,
      port: 0,
      rendererDir: path.join(root, 'renderer'),
      dataDir: path.join(root, 'data'),
      announce: false,
      // Stands in for Chromium: holds every print until the test opens the gate.
      printPdf: async () => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await gate;
        running -= 1;
        printed += 1;
        return new TextEncoder().encode('%PDF-1.7');
      },
    });
    try {
      const answers = Array.from({ length: 6 }, () =>
        fetch(`${printer.url}api/call/renderPdf`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ planText: SAMPLE_TEXT, exportDate: '2026-11-20' }) }),
      );
      // Five are held (one printing, four waiting), so the first answer is the refusal.
      const refused = await Promise.race(answers);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe(String(PRINT_RETRY_AFTER_SECONDS));
      expect((await refused.json()).error).toMatch(/busy printing other PDFs/);
      open();
      const statuses = (await Promise.all(answers)).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 503]);
      expect(printed).toBe(5);
      expect(mostAtOnce).toBe(1);
    } finally {
      await printer.close();
    }
  });
});
