// The app:// handler (electron/shell/app-protocol.ts) serving a renderer folder on
// disk, called with real Requests the way Chromium calls it: it serves the files
// of that folder with the security headers and nothing outside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAppScheme, serveAppProtocol } from '../../electron/shell/app-protocol.js';
import { app, protocol } from '../support/electron-fake.js';

const INDEX = '<!doctype html><title>Handoff Studio</title>';
const SECRET = 'root:x:0:0:the file next to the app';
let base: string;

beforeAll(() => {
  // base/renderer is served; base/secret.txt and base/renderer-old/ sit beside it.
  base = mkdtempSync(join(tmpdir(), 'handoff-app-protocol-'));
  mkdirSync(join(base, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(base, 'renderer', 'index.html'), INDEX);
  writeFileSync(join(base, 'renderer', 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'renderer', 'assets', 'a b.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'renderer-old'));
  writeFileSync(join(base, 'renderer-old', 'secret.txt'), SECRET);
  registerAppScheme();
  app.emitReady();
  serveAppProtocol(join(base, 'renderer'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('app:// serves the renderer folder', () => {
  it('answers the editor page with a strict Content-Security-Policy and nosniff', async () => {
    for (const url of ['app://handoff/', 'app://handoff/index.html', 'app://handoff/index.html?plan=%2Fhome%2Fa.handoff.json']) {
      const response = await protocol.fetch(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    }
  });

  it('serves assets with their content type, also names with escaped characters', async () => {
    const script = await protocol.fetch('app://handoff/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await (await protocol.fetch('app://handoff/assets/a%20b.css')).text()).toBe('body{}');
  });

  it('answers 404 for missing files, other hosts and anything but GET', async () => {
    expect((await protocol.fetch('app://handoff/missing.js')).status).toBe(404);
    expect((await protocol.fetch('app://evil/index.html')).status).toBe(404);
    expect((await protocol.fetch(new Request('app://handoff/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});

describe('app:// refuses to leave the renderer folder', () => {
  const attempts = [
    'app://handoff/../secret.txt',
    'app://handoff/../../../../etc/passwd',
    'app://handoff/%2e%2e/secret.txt',
    'app://handoff/..%2Fsecret.txt',
    'app://handoff/..%2fsecret.txt',
    'app://handoff/assets/..%2F..%2Fsecret.txt',
    'app://handoff/%2e%2e%2fsecret.txt',
    'app://handoff/..%5Csecret.txt',
    'app://handoff/..\\secret.txt',
    'app://handoff/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://handoff/%2Fetc%2Fpasswd',
    'app://handoff/..%2Frenderer-old%2Fsecret.txt',
    'app://handoff/index.html%00.png',
    'app://handoff/%E0%A4%A',
    'app://app/../../etc/passwd',
  ];

  it.each(attempts)('%s', async (url) => {
    const response = await protocol.fetch(url);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toMatch(/^root:/);
    // Chromium resolves plain dot segments itself; what is left inside the folder is simply missing.
    expect(response.status).toBe(404);
  });
});
