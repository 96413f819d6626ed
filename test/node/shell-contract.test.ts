// The desktop shell cannot run here (no Electron binary), so its security
// settings are checked where they can be: in the sources, in the built bundles,
// and in the shell's electron-free helpers (the app:// path guard, plan grants).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CALL_NAMES, HOST_GLOBAL, IPC_EVENT_CHANNEL, hostCalls, ipcChannel } from '../../shared/host/contract.js';
import { isExternalWebUrl, resolveAppAsset } from '../../electron/shell/app-protocol-paths.js';
import { PlanGrants, planFileName, planPathOfRef, plansFromArgv } from '../../electron/shell/plan-paths.js';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(ROOT, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Module specifiers a source file loads: import/export from, import(), require(). */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

describe('window security settings (electron/shell sources)', () => {
  const windows = read('electron/shell/windows.ts');
  const main = read('electron/shell/main.ts');
  const allShell = sourceFiles('electron/shell').map((f) => read(f)).join('\n');

  it('creates plan windows isolated, sandboxed, without Node, webviews or relaxed web security', () => {
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'nodeIntegrationInSubFrames: false', 'webviewTag: false', 'webSecurity: true', 'allowRunningInsecureContent: false']) {
      expect(windows, setting).toContain(setting);
    }
    expect(windows).toMatch(/devTools: this\.options\.isDev/);
  });

  it('never turns a protection off anywhere in the shell', () => {
    for (const bad of [/nodeIntegration\w*:\s*true/, /contextIsolation:\s*false/, /sandbox:\s*false/, /webSecurity:\s*false/, /allowRunningInsecureContent:\s*true/, /experimentalFeatures:\s*true/, /enableBlinkFeatures/, /webviewTag:\s*true/, /allowpopups/]) {
      expect(allShell, String(bad)).not.toMatch(bad);
    }
  });

  it('loads pages from app:// only, never file:// or a remote URL', () => {
    expect(allShell).not.toMatch(/loadFile\(|['"`]file:\/\/|https?:\/\/localhost|pathToFileURL/);
    expect(windows).toContain('loadURL(appPageUrl(planRef))');
    expect(read('electron/shell/app-protocol.ts')).toMatch(/standard: true, secure: true/);
  });

  it('blocks navigation, new windows, webviews, downloads and permissions for every web contents', () => {
    expect(main).toMatch(/contents\.on\('will-navigate', \(event\) => event\.preventDefault\(\)\)/);
    expect(main).toMatch(/contents\.on\('will-redirect', \(event\) => event\.preventDefault\(\)\)/);
    expect(main).toMatch(/contents\.on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/);
    expect(main).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(main).toMatch(/if \(isExternalWebUrl\(url\)\) void shell\.openExternal\(url\)/);
    expect(main).toContain('setPermissionRequestHandler');
    expect(main).toContain('setPermissionCheckHandler');
    expect(main).toContain("ses.on('will-download', (event) => event.preventDefault())");
  });

  it('sends a strict Content-Security-Policy with every app:// response', () => {
    const protocol = read('electron/shell/app-protocol.ts');
    expect(protocol).toContain("'content-security-policy': CONTENT_SECURITY_POLICY");
    const csp = read('electron/shell/app-protocol-paths.ts');
    expect(csp).toContain(`"script-src 'self'"`);
    expect(csp).toContain(`"object-src 'none'"`);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^"]*unsafe-inline/);
  });

  it('opens external links only for http(s)', () => {
    expect(isExternalWebUrl('https://example.com/a')).toBe(true);
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://handoff/index.html', 'not a url']) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });
});

describe('IPC (electron/shell/ipc.ts)', () => {
  const ipc = read('electron/shell/ipc.ts');

  it('registers one handler per contract call, from the contract list', () => {
    expect(ipc).toMatch(/for \(const name of HOST_CALL_NAMES\) \{[\s\S]*?ipcMain\.handle\(ipcChannel\(name\)/);
    // The handler table is typed `{ [K in HostCallName]: Handler<K> }`: tsc proves it is complete.
    expect(ipc).toContain('{ [K in HostCallName]: Handler<K> }');
    for (const name of HOST_CALL_NAMES) expect(ipc, name).toMatch(new RegExp(`\\b${name}[:(]`));
    // No other IPC entry points anywhere in the shell.
    const allShell = sourceFiles('electron/shell').map((f) => read(f)).join('\n');
    expect(allShell.match(/ipcMain\.(handle|on|once|handleOnce)\(/g)).toHaveLength(1);
  });

  it('checks the sender frame and validates payload and answer with the call schemas', () => {
    expect(ipc).toMatch(/frame !== event\.sender\.mainFrame/);
    expect(ipc).toMatch(/isAppUrl\(frame\.url\)/);
    expect(ipc).toMatch(/windows\.windowOf\(event\.sender\)/);
    expect(ipc).toContain('call.request.safeParse(payload)');
    expect(ipc).toContain('call.response.safeParse(result)');
  });

  it('uses one channel per call and a separate event channel', () => {
    const channels = HOST_CALL_NAMES.map(ipcChannel);
    expect(new Set(channels).size).toBe(HOST_CALL_NAMES.length);
    expect(channels).not.toContain(IPC_EVENT_CHANNEL);
    expect(Object.keys(hostCalls).sort()).toEqual([...HOST_CALL_NAMES].sort());
  });
});

describe('preload (electron/shell/preload.ts)', () => {
  const preload = read('electron/shell/preload.ts');

  it('imports only electron, the zod-free call list and types', () => {
    const runtime = importsOf(preload.replace(/^import type .*$/gm, ''));
    expect(runtime.sort()).toEqual(['../../shared/host/calls.js', 'electron']);
    expect(importsOf(read('shared/host/calls.ts'))).toEqual([]);
    expect(preload).not.toMatch(/['"]zod['"]/);
  });

  it('exposes the API object built from the call list, never ipcRenderer itself', () => {
    expect(preload).toMatch(/for \(const name of HOST_CALL_NAMES\)/);
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain('contextBridge.exposeInMainWorld(HOST_GLOBAL, api as HostApi)');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/api\.\w+\s*=\s*ipcRenderer\b/);
  });
});

describe('layers: only electron/shell imports electron', () => {
  const layers = ['shared', 'electron/services', 'electron/cli', 'electron/server', 'renderer', 'bin'];
  const files = layers.flatMap(sourceFiles);

  it('finds the layers to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(layers)('%s never imports electron or electron-store', (layer) => {
    const offenders = files
      .filter((f) => f === layer || f.startsWith(`${layer}${sep}`) || f.startsWith(`${layer}/`))
      .filter((f) => importsOf(read(f)).some((s) => s === 'electron' || s.startsWith('electron/') || s === 'electron-store'));
    expect(offenders).toEqual([]);
  });

  it('renderer reaches no Node built-ins and nothing under electron/', () => {
    const offenders = sourceFiles('renderer').filter((f) =>
      importsOf(read(f)).some((s) => s.startsWith('node:') || /(^|\/)electron\//.test(s) || ['fs', 'path', 'os', 'child_process'].includes(s)),
    );
    expect(offenders).toEqual([]);
  });
});

describe('app:// path guard', () => {
  const root = '/opt/app/out/renderer';

  it('serves files of the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://handoff/')).toBe(`${root}/index.html`);
    expect(resolveAppAsset(root, 'app://handoff/index.html?plan=%2Fhome%2Fa.handoff.json')).toBe(`${root}/index.html`);
    expect(resolveAppAsset(root, 'app://handoff/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppAsset(root, 'app://handoff/assets/a%20b.css')).toBe(`${root}/assets/a b.css`);
  });

  it('refuses paths that leave the folder, other hosts and other schemes', () => {
    for (const url of [
      'app://handoff/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://handoff/assets/..%2f..%2f..%2f..%2fetc/passwd',
      'app://handoff/%2e%2e%2f%2e%2e%2fsecret',
      'app://handoff/..%5c..%5cwindows',
      'app://handoff/index.html%00.png',
      'app://handoff/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
      'https://handoff/index.html',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('keeps dot segments that the URL parser resolves inside the folder', () => {
    // WHATWG URL parsing removes ../ before we see the path: the result stays inside.
    const file = resolveAppAsset(root, 'app://handoff/../../etc/passwd');
    expect(file).toBe(`${root}/etc/passwd`);
  });
});

describe('desktop plan refs', () => {
  it('accepts only absolute *.handoff.json paths', () => {
    expect(planPathOfRef('/home/lead/plans/churn.handoff.json')).toBe('/home/lead/plans/churn.handoff.json');
    expect(() => planPathOfRef('plans/churn.handoff.json')).toThrow(/absolute path/);
    expect(() => planPathOfRef('/home/lead/.bashrc')).toThrow(/must end in \.handoff\.json/);
    expect(() => planPathOfRef('/home/lead/.handoff.json')).toThrow(/must end in/);
  });

  it('lets the renderer use only paths the user chose', () => {
    const grants = new PlanGrants();
    expect(() => grants.require('/tmp/other.handoff.json')).toThrow(/was not opened or chosen/);
    grants.grant('/tmp/x/../chosen.handoff.json');
    expect(grants.require('/tmp/chosen.handoff.json')).toBe('/tmp/chosen.handoff.json');
    expect(grants.has('/tmp/other.handoff.json')).toBe(false);
    // Listed refs (recent plans, recovery copies) are granted; damaged entries are skipped.
    grants.grantListed(['/srv/recent.handoff.json', 'relative.handoff.json', '/etc/passwd', undefined]);
    expect(grants.has('/srv/recent.handoff.json')).toBe(true);
    expect(grants.has('/etc/passwd')).toBe(false);
  });

  it('names saved files *.handoff.json whatever was typed', () => {
    expect(planFileName('Churn scoring')).toBe('Churn scoring.handoff.json');
    expect(planFileName('churn.json')).toBe('churn.handoff.json');
    expect(planFileName('churn.handoff')).toBe('churn.handoff.json');
    expect(planFileName('churn.handoff.json')).toBe('churn.handoff.json');
    expect(planFileName('../../etc/evil')).toBe('evil.handoff.json');
    expect(planFileName('')).toBe('Untitled.handoff.json');
  });

  it('finds the plans on a command line', () => {
    expect(plansFromArgv(['/usr/bin/handoff-studio', '--no-sandbox', 'a.handoff.json', 'notes.txt', '/abs/b.HANDOFF.json'], '/work')).toEqual([
      '/work/a.handoff.json',
      '/abs/b.HANDOFF.json',
    ]);
    // `electron .` in development: the app folder is not a plan.
    expect(plansFromArgv(['/x/electron', '/work/main'], '/work')).toEqual([]);
  });
});

describe('electron-vite build', () => {
  let work: string;
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    // Built in a scratch folder (sources linked in) so a test run never rewrites out/ under other tools.
    work = mkdtempSync(join(tmpdir(), 'handoff-build-'));
    for (const name of ['node_modules', 'shared', 'electron', 'renderer', 'package.json', 'tsconfig.json']) {
      symlinkSync(join(ROOT, name), join(work, name));
    }
    copyFileSync(join(ROOT, 'electron.vite.config.ts'), join(work, 'electron.vite.config.ts'));
    build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 240_000,
    });
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('succeeds and writes main, preload and renderer', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(statSync(join(work, file)).size, file).toBeGreaterThan(0);
    }
  });

  it('emits a CommonJS preload without zod that exposes exactly the contract', async () => {
    const code = readFileSync(join(work, 'out/preload/index.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/zod|ZodError|safeParse/);

    // Run it as Electron would, with a recording stand-in for the electron module.
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const invoked: [string, unknown][] = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const electronStandIn = {
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
        return electronStandIn;
      },
      module,
      exports: module.exports,
    });

    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual([HOST_GLOBAL]);
    const api = exposed[HOST_GLOBAL] as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual([...HOST_CALL_NAMES, 'onEvent'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);

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

  it('emits an ES module main that loads electron-store and the renderer from app://', () => {
    const main = readFileSync(join(work, 'out/main/index.js'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).toMatch(/from "electron-store"/);
    expect(main).toContain('registerSchemesAsPrivileged');
  });
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
