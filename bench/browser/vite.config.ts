// Builds the bare React Flow baseline page (bench/browser/bare) to out/bench-bare.
// Used through vite's JS API by bench/editor.ts, so it needs no npm script.
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const BARE_OUT_DIR = resolve(here, '../../out/bench-bare');

export default defineConfig({
  root: resolve(here, 'bare'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: BARE_OUT_DIR, emptyOutDir: true },
});
