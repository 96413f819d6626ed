// `handoff serve --host 0.0.0.0` as a user starts it (a real process, a real
// folder, real Chromium for the PDFs), reached only through 127.0.0.1: the API
// gives strangers nothing, the printed link's token opens it, and a flood of PDF
// requests is cut off at the queue while the server keeps answering.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkUrls } from '../../electron/server/network-urls.js';
import { HOST_CALL_NAMES } from '../../shared/host/calls.js';
import { serializePlan } from '../../shared/model/serialize.js';
import { parsePlan } from '../../shared/model/parse.js';
import { runHandoff } from './support/run-handoff.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'handoff.js');
const SAMPLE = path.join(ROOT, 'examples', 'churn-scoring.handoff.json');
/** The sample's title, and a phrase from its summary: neither may reach a stranger. */
const PLAN_WORDS = ['Subscriber churn scoring', 'riskiest accounts'];

/** A body each call accepts, so that a refusal can only be about the token (`{}` for calls not named here). */
const VALID_REQUESTS: Partial<Record<(typeof HOST_CALL_NAMES)[number], unknown>> = {
  getHostInfo: {},
  listPlans: {},
  listRecent: {},
  openPlan: { ref: 'churn-scoring.handoff.json' },
  readRevision: { ref: 'churn-scoring.handoff.json' },
  savePlan: { ref: 'churn-scoring.handoff.json', text: '{}' },
  chooseSaveLocation: { suggestedName: 'x.handoff.json' },
  renderPdf: { planText: '{}', exportDate: '2026-11-20' },
  saveExport: { suggestedName: 'a.md', format: 'md', content: 'x', encoding: 'utf8' },
  getSettings: {},
  updateSettings: { authorName: 'Stranger' },
  listRecovery: {},
  readRecovery: { key: 'doc-1' },
  writeRecovery: { key: 'doc-1', name: 'n', title: 't', text: '' },
  discardRecovery: { key: 'doc-1' },
  setDocumentState: { title: 't', dirty: false },
  closeWindow: {},
  openExternal: { url: 'https://example.com/' },
};

interface Served {
  child: ChildProcessWithoutNullStreams;
  port: number;
  /** The link with the token the server printed, if it printed one by the time it resolved. */
  link?: string;
  stdout(): string;
  stderr(): string;
  /** Resolves once standard error has matched `pattern`. */
  stderrMatching(pattern: RegExp): Promise<string>;
}

const LISTENING = /^Handoff Studio is serving .+ at http:\/\/[^:]+:(\d+)\/$/m;
const LINK = /^Open with the access token: (http:\/\/\S+)$/m;

/** Starts `handoff serve DIR --port 0 ARGS…`; resolves once it listens and, if `withLink`, has printed its link. */
function serve(dir: string, args: string[], withLink: boolean): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, HANDOFF_DATA_DIR: path.join(dir, '..', 'data'), HANDOFF_DEBUG: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const stderrMatching = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const check = () => {
        const match = pattern.exec(err);
        if (!match) return;
        child.stderr.off('data', check);
        resolve(match[0]);
      };
      child.stderr.on('data', check);
      check();
    });
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const listening = LISTENING.exec(out);
      const link = LINK.exec(out);
      if (listening && (link || !withLink)) resolve({ child, port: Number(listening[1]), link: link?.[1], stdout: () => out, stderr: () => err, stderrMatching });
    });
    child.on('exit', (code) => reject(new Error(`handoff serve exited with ${code}.\nstdout: ${out}\nstderr: ${err}`)));
  });
}

async function stop(served: Served | undefined): Promise<void> {
  if (!served || served.child.exitCode !== null) return;
  const exited = new Promise((resolve) => served.child.once('exit', resolve));
  served.child.kill('SIGTERM');
  await exited;
}

/** A host call to 127.0.0.1 (never another address), with `token` as Bearer when given. */
async function call(port: number, name: string, body: unknown, token?: string): Promise<{ status: number; text: string; headers: Headers; ms: number }> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, ms: performance.now() - started };
}

let root: string;
let dir: string;
let lan: Served | undefined;
let token: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'handoff-serve-lan-'));
  dir = path.join(root, 'plans');
  mkdirSync(dir);
  copyFileSync(SAMPLE, path.join(dir, 'churn-scoring.handoff.json'));
  lan = await serve(dir, ['--host', '0.0.0.0'], true);
  token = new URLSearchParams(new URL(lan.link!).hash.slice(1)).get('token') ?? '';
});
afterAll(async () => {
  await stop(lan);
  rmSync(root, { recursive: true, force: true });
});

describe('handoff serve --host 0.0.0.0', () => {
  it('prints the link with a fresh random token in its fragment, and a warning', async () => {
    expect(lan!.link).toMatch(new RegExp(`^http://[^/]+:${lan!.port}/#token=`));
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const warning = await lan!.stderrMatching(/^Warning: .*$/m);
    expect(warning).toMatch(/this server can be reached from the network\. Anyone with the link can read and change the plans in .+not encrypted \(no TLS\)/);
  });

  it('answers every host call without the token with 401 and no plan data', async () => {
    for (const name of HOST_CALL_NAMES) {
      const res = await call(lan!.port, name, VALID_REQUESTS[name] ?? {});
      expect(res.status, name).toBe(401);
      expect(JSON.parse(res.text).error, name).toMatch(/needs the link with its access token/);
      for (const words of PLAN_WORDS) expect(res.text, name).not.toContain(words);
    }
  });

  it('answers a wrong token with 401, whatever its length', async () => {
    for (const wrong of [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token.slice(0, 22), `${token}${token}`, 'x']) {
      const res = await call(lan!.port, 'listPlans', {}, wrong);
      expect(res.status, wrong).toBe(401);
      for (const words of PLAN_WORDS) expect(res.text).not.toContain(words);
    }
  });

  it('with the token from the link, the API works', async () => {
    const listed = await call(lan!.port, 'listPlans', {}, token);
    expect(listed.status).toBe(200);
    expect(listed.text).toContain('Subscriber churn scoring');
    const opened = await call(lan!.port, 'openPlan', { ref: 'churn-scoring.handoff.json' }, token);
    expect(opened.status).toBe(200);
    expect(JSON.parse(opened.text).text).toContain('riskiest accounts');
  });

  it('prints one PDF at a time: a flood gets 503s, and other calls are answered meanwhile', async () => {
    const small = parsePlan(
      JSON.stringify({ format: 'handoff-plan', version: 1, id: 'plan-small', title: 'Small plan', phase: 'exploration', nodes: [{ id: 'n-1', type: 'model', title: 'Scorer', position: { x: 0, y: 0 } }] }),
    );
    if (!small.ok) throw new Error(`the small plan does not parse: ${JSON.stringify(small.errors)}`);
    const planText = serializePlan(small.plan);

    let lastPdfAt = 0;
    const flood = Array.from({ length: 12 }, () =>
      call(lan!.port, 'renderPdf', { planText, exportDate: '2026-11-20' }, token).then((res) => {
        lastPdfAt = Math.max(lastPdfAt, performance.now());
        return res;
      }),
    );
    // The first refusal says the queue is full, so prints are running and waiting now.
    const firstRefusal = await Promise.race(flood.map((p) => p.then((res) => (res.status === 503 ? res : new Promise<never>(() => {})))));
    expect(firstRefusal.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(JSON.parse(firstRefusal.text).error).toMatch(/busy printing other PDFs/);

    const info = await call(lan!.port, 'getHostInfo', {}, token);
    const infoAt = performance.now();
    expect(info.status).toBe(200);
    expect(info.ms).toBeLessThan(2000);

    const answers = await Promise.all(flood);
    const printed = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 503);
    expect(printed.length + refused.length).toBe(12);
    // One printing and four waiting are always taken; the rest came while they were busy.
    expect(printed.length).toBeGreaterThanOrEqual(5);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of printed) expect(Buffer.from(JSON.parse(a.text).base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // getHostInfo did not wait behind the queue.
    expect(infoAt).toBeLessThan(lastPdfAt);
  }, 120_000);
});

describe('handoff serve: tokens on the command line', () => {
  it('takes a token given with --token, on any address', async () => {
    const fixed = 'fixed-token-for-the-test-0123456789';
    let served: Served | undefined;
    try {
      served = await serve(dir, ['--host', '0.0.0.0', '--token', fixed], true);
      expect(served.link).toMatch(new RegExp(`/#token=${fixed}$`));
      expect((await call(served.port, 'listPlans', {}, fixed)).status).toBe(200);
      expect((await call(served.port, 'listPlans', {})).status).toBe(401);
    } finally {
      await stop(served);
    }
  });

  it('refuses a token shorter than 22 characters, or with characters a link would mangle, with exit 64', async () => {
    for (const [bad, message] of [
      ['short-token', /at least 22 characters long \(it has 11\)/],
      ['a-token-with+plus/slash=0123', /only letters, digits and - \. _ ~/],
    ] as const) {
      const run = await runHandoff(['serve', dir, '--host', '0.0.0.0', '--port', '0', '--token', bad], { cwd: root });
      expect(run.code, bad).toBe(64);
      expect(run.stderr, bad).toMatch(message);
    }
  });

  it('on 127.0.0.1 needs no token and prints no link with one, nor a warning', async () => {
    const served = await serve(dir, [], false);
    expect((await call(served.port, 'listPlans', {})).status).toBe(200);
    await stop(served);
    expect(served.stdout()).not.toContain('#token=');
    expect(served.stderr()).not.toContain('Warning');
  });
});

describe('the addresses the link is printed for', () => {
  const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
    ({ address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) }) as import('node:os').NetworkInterfaceInfo;
  const interfaces = {
    lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
    eth0: [nic('192.168.1.20', 'IPv4'), nic('fe80::1', 'IPv6'), nic('2001:db8::20', 'IPv6')],
  };

  it('lists the external addresses for 0.0.0.0 (IPv4) and :: (both, without link-local)', () => {
    expect(networkUrls('0.0.0.0', 4400, interfaces)).toEqual(['http://192.168.1.20:4400/']);
    expect(networkUrls('::', 4400, interfaces)).toEqual(['http://192.168.1.20:4400/', 'http://[2001:db8::20]:4400/']);
  });

  it('names the given address itself, and the wildcard when there is no network', () => {
    expect(networkUrls('192.168.1.20', 80, interfaces)).toEqual(['http://192.168.1.20:80/']);
    expect(networkUrls('0.0.0.0', 4400, { lo: interfaces.lo })).toEqual(['http://0.0.0.0:4400/']);
  });
});
