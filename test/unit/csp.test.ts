// One Content-Security-Policy (shared/security/csp.ts) for every way the editor is
// served: the header of `handoff serve`, the header of the desktop's app://
// responses (the real handler, against test/support/electron-fake.ts), and the
// meta tag the build writes into index.html.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../electron.vite.config.js';
import { startServer } from '../../electron/server/index.js';
import { registerAppScheme, serveAppProtocol } from '../../electron/shell/app-protocol.js';
import { escapeHtml } from '../../shared/export/escape.js';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, cspMetaTag, renderCsp } from '../../shared/security/csp.js';
import { app, protocol } from '../support/electron-fake.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_HTML = path.join(ROOT, 'renderer/index.html');
const BUILT_HTML = path.join(ROOT, 'out/renderer/index.html');
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/g;

/** A policy's directives by name, each with its sources. */
const directivesOf = (policy: string): Map<string, string[]> =>
  new Map(policy.split('; ').map((directive) => {
    const [name, ...sources] = directive.split(' ');
    return [name, sources];
  }));

/** index.html as the renderer build's plugins leave it (the CSP plugin is the only one that changes it). */
async function transformIndexHtml(html: string): Promise<string> {
  const config = viteConfig as { renderer: { plugins: Plugin[] } };
  const plugin = config.renderer.plugins.flat().find((p) => p?.name === 'handoff-csp-meta');
  expect(plugin, 'the renderer build writes the CSP meta tag').toBeDefined();
  const hook = plugin!.transformIndexHtml;
  const run = typeof hook === 'function' ? hook : hook!.handler;
  const result = await run.call(undefined as never, html, { path: '/index.html', filename: SOURCE_HTML } as IndexHtmlTransformContext);
  if (typeof result !== 'string') throw new Error('the CSP plugin returns the page as text');
  return result;
}

describe('the one Content-Security-Policy', () => {
  it('renders the directive map: all of it as a header, without frame-ancestors as a meta tag', () => {
    expect(renderCsp('header')).toBe(CONTENT_SECURITY_POLICY);
    expect(Object.fromEntries(directivesOf(CONTENT_SECURITY_POLICY))).toEqual(CSP_DIRECTIVES);
    const meta = directivesOf(renderCsp('meta'));
    const header = directivesOf(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('runs only the bundle, and allows nothing the editor does not use', () => {
    const csp = directivesOf(CONTENT_SECURITY_POLICY);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // The ELK worker is a bundled file (renderer/src/canvas/autoLayout.ts imports it `?url`), never a blob.
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });

  it('is the header handoff serve sends with the editor', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'handoff-csp-'));
    try {
      for (const dir of ['plans', 'renderer']) mkdirSync(path.join(root, dir));
      writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Handoff Studio</title>');
      const server = await startServer({ dir: path.join(root, 'plans'), port: 0, rendererDir: path.join(root, 'renderer'), dataDir: path.join(root, 'data'), announce: false });
      try {
        const res = await fetch(server.url);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is the header of the desktop app\'s app:// pages and assets', async () => {
    const renderer = mkdtempSync(path.join(tmpdir(), 'handoff-csp-app-'));
    try {
      writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Handoff Studio</title>');
      writeFileSync(path.join(renderer, 'app.js'), 'console.log(1)');
      registerAppScheme();
      app.emitReady();
      serveAppProtocol(renderer);
      for (const url of ['app://handoff/index.html', 'app://handoff/app.js']) {
        const response = await protocol.fetch(url);
        expect(response.status, url).toBe(200);
        expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      }
    } finally {
      rmSync(renderer, { recursive: true, force: true });
    }
  });

  it('is written into index.html by the build, first in <head>; the source file has no copy', async () => {
    const source = readFileSync(SOURCE_HTML, 'utf8');
    expect(source).not.toMatch(/http-equiv/i);
    const built = await transformIndexHtml(source);
    expect(built).toContain(`<head>\n    ${cspMetaTag()}`);
    expect([...built.matchAll(CSP_META)].map((m) => m[1])).toEqual([escapeHtml(renderCsp('meta'))]);
    await expect(transformIndexHtml(built)).rejects.toThrow(/must not carry its own Content-Security-Policy/);
  });

  it('is the policy docs/security.md quotes', () => {
    expect(readFileSync(path.join(ROOT, 'docs/security.md'), 'utf8')).toContain(`\`${CONTENT_SECURITY_POLICY}\``);
  });

  it.runIf(existsSync(BUILT_HTML))('is the meta tag of the built out/renderer/index.html', () => {
    const built = readFileSync(BUILT_HTML, 'utf8');
    expect([...built.matchAll(CSP_META)].map((m) => m[1])).toEqual([escapeHtml(renderCsp('meta'))]);
    expect(built.indexOf(cspMetaTag())).toBeLessThan(built.indexOf('<script'));
  });
});
