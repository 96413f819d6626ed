import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { cspMetaTag } from './shared/security/csp';

/**
 * Writes the editor's Content-Security-Policy (shared/security/csp.ts) into
 * index.html as the first thing in <head>, so the policy governs everything after
 * it and the HTML file holds no copy that could drift from the served header.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'handoff-csp-meta',
    transformIndexHtml(html) {
      if (/http-equiv="Content-Security-Policy"/i.test(html)) {
        throw new Error('renderer/index.html must not carry its own Content-Security-Policy: it comes from shared/security/csp.ts.');
      }
      if (!/<head>/i.test(html)) throw new Error('renderer/index.html has no <head> for the Content-Security-Policy.');
      return html.replace(/<head>/i, (head) => `${head}\n    ${cspMetaTag()}`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/shell/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [contentSecurityPolicyMeta(), react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; a third of the bytes opens faster in the browser host.
      // HANDOFF_UNMINIFIED=1 keeps the names, for `npm run bench:editor -- --profile`.
      minify: !process.env.HANDOFF_UNMINIFIED,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
