// Only the desktop shell may load Electron. Checked on the module graph esbuild
// resolves from every source file of each layer (what a bundler would load, type
// imports excluded), so an import is found however it is written and wherever it
// hides behind other modules.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The modules `entryPoints` load, by repository path, each with the packages it imports. */
async function moduleGraph(entryPoints: string[], platform: 'node' | 'browser'): Promise<Metafile['inputs']> {
  const { metafile } = await build({
    entryPoints,
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'module-graph',
    platform,
    format: 'esm',
    jsx: 'automatic',
    // Packages are not followed: what matters is which of them our modules import.
    packages: 'external',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  return metafile.inputs;
}

/** `module → package` for every package import in the graph that `forbidden` matches. */
function importsOf(graph: Metafile['inputs'], forbidden: (specifier: string) => boolean): string[] {
  return Object.entries(graph).flatMap(([module, { imports }]) =>
    imports.filter((i) => i.external && forbidden(i.path)).map((i) => `${module} → ${i.path}`),
  );
}

const isElectron = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/') || specifier === 'electron-store';
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);

describe('layers', () => {
  it.each(['shared', 'electron/services', 'electron/cli', 'electron/server', 'renderer', 'bin'])('%s never loads electron or the shell', async (layer) => {
    const graph = await moduleGraph(sourceFiles(layer), layer === 'renderer' ? 'browser' : 'node');
    expect(Object.keys(graph).length).toBeGreaterThan(1);
    expect(importsOf(graph, isElectron)).toEqual([]);
    expect(Object.keys(graph).filter((module) => module.startsWith('electron/shell/'))).toEqual([]);
  });

  it.each(['shared', 'renderer'])('%s loads no Node built-ins and nothing under electron/', async (layer) => {
    const graph = await moduleGraph(sourceFiles(layer), 'browser');
    expect(importsOf(graph, isNodeBuiltin)).toEqual([]);
    expect(Object.keys(graph).filter((module) => !module.startsWith(`${layer}/`) && !module.startsWith('shared/'))).toEqual([]);
  });

  it('the sandboxed preload loads only electron and the zod-free call list', async () => {
    const graph = await moduleGraph(['electron/shell/preload.ts'], 'node');
    expect(Object.keys(graph).sort()).toEqual(['electron/shell/preload.ts', 'shared/host/calls.ts']);
    expect(importsOf(graph, () => true)).toEqual(['electron/shell/preload.ts → electron']);
  });
});
