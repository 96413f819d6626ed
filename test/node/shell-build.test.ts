// The desktop app as electron-vite builds it: the built preload runs in a VM as a
// sandboxed preload would, and the built main process boots in a child Node process
// against the electron fake, so the bundles' own paths (renderer folder, preload)
// and module formats are checked, not just the sources. The packaging config is
// validated with electron-builder's own schema.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CALL_NAMES, HOST_GLOBAL, IPC_EVENT_CHANNEL, ipcChannel } from '../../shared/host/contract.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Loads the built main with `electron` mapped to the fake, starts the app and reports its first window. */
const BOOT_BUILT_MAIN = `
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
const [fakeFile, mainFile, documents] = process.argv.slice(2);
const fakeUrl = pathToFileURL(fakeFile).href;
const hook = 'export async function resolve(specifier, context, next) {' +
  ' return specifier === "electron" ? { url: ' + JSON.stringify(fakeUrl) + ', shortCircuit: true } : next(specifier, context); }';
register('data:text/javascript,' + encodeURIComponent(hook));
const electron = await import(fakeUrl);
electron.app.setPath('documents', documents);
await import(pathToFileURL(mainFile).href);
electron.app.emitReady();
while (!electron.BrowserWindow.getAllWindows()[0]?.visible) await new Promise((resolve) => setTimeout(resolve, 10));
const [window] = electron.BrowserWindow.getAllWindows();
const { page } = window.webContents;
console.log(JSON.stringify({
  url: window.webContents.getURL(),
  status: page.status,
  csp: page.headers.get('content-security-policy'),
  body: page.body,
  preload: window.options.webPreferences.preload,
  channels: electron.ipcMain.channels(),
}));
`;

describe('electron-vite build', () => {
  let work: string;
  let built: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    // Built in a scratch folder (sources linked in) so a test run never rewrites out/ under other tools.
    work = mkdtempSync(join(tmpdir(), 'handoff-build-'));
    for (const name of ['node_modules', 'shared', 'electron', 'renderer', 'package.json', 'tsconfig.json']) {
      symlinkSync(join(ROOT, name), join(work, name));
    }
    copyFileSync(join(ROOT, 'electron.vite.config.ts'), join(work, 'electron.vite.config.ts'));
    built = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 240_000,
    });
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('succeeds and writes main, preload and renderer', () => {
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(statSync(join(work, file)).size, file).toBeGreaterThan(0);
    }
  });

  it('emits a CommonJS preload that requires only electron and exposes exactly the contract', async () => {
    const code = readFileSync(join(work, 'out/preload/index.cjs'), 'utf8');
    // Run it as a sandboxed preload runs: CommonJS, with a require that knows only electron.
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const invoked: [string, unknown][] = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const electronInPreload = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: async (channel: string, request: unknown) => {
          invoked.push([channel, request]);
          return channel === ipcChannel('savePlan') ? { ok: false, error: 'Could not save "a.handoff.json": the disk is full.' } : { ok: true, value: { echoed: request } };
        },
        on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    const module = { exports: {} };
    runInNewContext(code, {
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
        return electronInPreload;
      },
      module,
      exports: module.exports,
    });

    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual([HOST_GLOBAL]);
    const api = exposed[HOST_GLOBAL] as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual([...HOST_CALL_NAMES, 'onEvent'].sort());

    await expect(api.openPlan({ ref: '/a.handoff.json' })).resolves.toEqual({ echoed: { ref: '/a.handoff.json' } });
    expect(invoked[0]).toEqual(['handoff:openPlan', { ref: '/a.handoff.json' }]);
    await expect(api.getHostInfo()).resolves.toEqual({ echoed: {} });
    await expect(api.savePlan({ ref: '/a.handoff.json', text: '{}' })).rejects.toThrow('Could not save "a.handoff.json": the disk is full.');

    const events: unknown[] = [];
    const unsubscribe = api.onEvent((event: unknown) => events.push(event)) as () => void;
    listeners.get(IPC_EVENT_CHANNEL)?.({ sender: 'not for the page' }, { type: 'menu', command: 'save' });
    expect(events).toEqual([{ type: 'menu', command: 'save' }]);
    unsubscribe();
    expect(listeners.has(IPC_EVENT_CHANNEL)).toBe(false);
  });

  it('boots the built main process: it serves the built renderer over app:// and answers the contract', async () => {
    const fake = join(work, 'electron-fake.mjs');
    await build({ entryPoints: [join(ROOT, 'test/support/electron-fake.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: fake, logLevel: 'silent' });
    const script = join(work, 'boot-built-main.mjs');
    writeFileSync(script, BOOT_BUILT_MAIN);
    const documents = join(work, 'documents');
    mkdirSync(documents);
    const run = spawnSync(process.execPath, [script, fake, join(work, 'out/main/index.js'), documents], {
      cwd: work,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HANDOFF_DATA_DIR: join(work, 'data') },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const booted = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');

    expect(booted.url).toBe('app://handoff/index.html');
    expect(booted.status).toBe(200);
    expect(booted.body).toBe(readFileSync(join(work, 'out/renderer/index.html'), 'utf8'));
    expect(booted.csp).toContain("script-src 'self'");
    expect(booted.preload).toBe(join(work, 'out/preload/index.cjs'));
    expect(existsSync(booted.preload)).toBe(true);
    expect(booted.channels.sort()).toEqual(HOST_CALL_NAMES.map(ipcChannel).sort());
  }, 90_000);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema and packages what the app needs", async () => {
    const require = createRequire(import.meta.url);
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util/out/DebugLogger.js');
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));

    expect(config.appId).toBe('studio.handoff.app');
    expect(config.productName).toBe('Handoff Studio');
    expect(config.directories.output).toBe('dist');
    expect(config.asar).toBe(true);
    // getConfig normalises `files` to [{ filter: [...] }].
    expect(config.files.flatMap((entry: string | { filter: string[] }) => (typeof entry === 'string' ? [entry] : entry.filter))).toEqual(
      expect.arrayContaining(['out/**', 'package.json', 'docs/plan-format.md']),
    );
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'handoff.json', name: 'Handoff plan', mimeType: 'application/vnd.handoff-plan+json' }),
    ]);
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Development', executableName: 'handoff-studio' });
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, grantFileProtocolExtraPrivileges: false, onlyLoadAppFromAsar: true });
    for (const icon of ['build/icon.png', 'build/icons/256x256.png', 'build/icons/512x512.png', 'docs/plan-format.md']) {
      expect(statSync(join(ROOT, icon)).size, icon).toBeGreaterThan(0);
    }
  }, 60_000);
});
