#!/usr/bin/env node
// Bundles the `handoff` command (electron/cli/main.ts) into plain JavaScript in
// out/cli/, so a run starts Node only (about 0.1 s) instead of compiling the
// TypeScript with tsx every time (about 0.8 s of CPU). Runs at `npm install`
// (prepare) and in `npm run build`; offline, well under a second.
//
// - Packages stay external: they load from node_modules as they are, and the
//   commands' dynamic imports (playwright-core, the Typst compiler, the server)
//   stay lazy chunks, loaded only by the command that needs them.
// - Every chunk lands directly in out/cli/, two folders below the project like
//   electron/cli/ and electron/server/, so their `new URL('../../…', import.meta.url)`
//   still finds package.json and out/renderer/.
// - out/cli/inputs.json lists the sources; bin/handoff.js runs the bundle only
//   while none of them is newer, and otherwise the sources through tsx.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = path.join(root, 'out', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without devDependencies: bin/handoff.js runs the sources through tsx instead.
  console.warn('handoff: esbuild is not installed, so the command runs from its TypeScript sources (slower start).');
  process.exit(0);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { handoff: 'electron/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).sort();
writeFileSync(path.join(outdir, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
