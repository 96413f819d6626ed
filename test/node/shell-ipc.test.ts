// The host API over IPC, in the real main process against the electron fake: who
// may call (the main frame of a window the app opened, showing app://), which
// payloads pass (the contract's request schemas), what answers leave the main
// process (the response schemas), and the preload that carries calls and events.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, HOST_CALL_NAMES, HOST_GLOBAL, ipcChannel } from '../../shared/host/contract.js';
import { startDesktopShell, type DesktopShell, type ElectronFake, type ShellFolders } from './support/desktop-shell.js';

const REFUSED = { ok: false, error: 'This window may not use the Handoff Studio host API.' };

const running: DesktopShell[] = [];
async function start(prepare?: (electron: ElectronFake, folders: ShellFolders) => void): Promise<DesktopShell> {
  const shell = await startDesktopShell(prepare);
  running.push(shell);
  return shell;
}
afterEach(() => {
  running.splice(0).forEach((shell) => shell.dispose());
  vi.restoreAllMocks();
});

describe('who may call the host API', () => {
  it('answers one channel per contract call and no other', async () => {
    const { electron } = await start();
    expect(electron.ipcMain.channels().sort()).toEqual(HOST_CALL_NAMES.map(ipcChannel).sort());
    // Besides: electron-store's own listener for ipcRenderer.sendSync, which the sandboxed preload does not expose.
    expect(electron.ipcMain.eventNames()).toEqual(['electron-store-get-data']);
  });

  it('answers the main frame of its own window', async () => {
    const { electron, window } = await start();
    const reply = await electron.ipcMain.invoke(ipcChannel('getHostInfo'), electron.invokeEvent(window.webContents), {});
    expect(reply).toEqual({ ok: true, value: { kind: 'desktop', appVersion: '0.0.0-fake', platform: process.platform, nativeDialogs: true } });
  });

  it('refuses a subframe, a page on another origin, a window it did not open and a frame that is gone, before anything happens', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const shell = await start();
    const { electron, window } = shell;
    const contents = window.webContents;
    const stranger = new electron.BrowserWindow();
    await stranger.loadURL('app://handoff/index.html');

    const senders = {
      subframe: electron.invokeEvent(contents, new electron.FakeFrame('app://handoff/index.html', contents.mainFrame)),
      'window it did not open': electron.invokeEvent(stranger.webContents),
      'frame that is gone': electron.invokeEvent(contents, null),
    };
    for (const [who, event] of Object.entries(senders)) {
      expect(await electron.ipcMain.invoke(ipcChannel('updateSettings'), event, { authorName: 'Mallory' }), who).toEqual(REFUSED);
    }
    // As if a navigation had got past the will-navigate block: the page's origin is checked on every call.
    contents.mainFrame.url = 'https://evil.example/';
    expect(await electron.ipcMain.invoke(ipcChannel('updateSettings'), electron.invokeEvent(contents), { authorName: 'Mallory' })).toEqual(REFUSED);
    expect(warn).toHaveBeenLastCalledWith('Refused updateSettings from an untrusted sender (https://evil.example/).');
    contents.mainFrame.url = 'app://handoff/index.html';

    expect(await shell.pageApi(window).getSettings({})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('payloads and answers', () => {
  it('refuses a payload that breaks the request schema with a message that names the field, and nothing is done', async () => {
    const shell = await start();
    const api = shell.pageApi(shell.window);
    await expect(api.updateSettings({ theme: 'neon' } as never)).rejects.toThrow(/^Invalid updateSettings request: theme: /);
    await expect(api.writeRecovery({ key: 'k1', name: 'a.handoff.json', title: 'A' } as never)).rejects.toThrow(/^Invalid writeRecovery request: text: /);
    await expect(api.openPlan({ ref: 42 } as never)).rejects.toThrow(/^Invalid openPlan request: ref: /);
    expect(await api.getSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(await api.listRecovery({})).toEqual([]);
  });

  it('passes a valid call to the backend, which writes the settings file', async () => {
    const shell = await start();
    const api = shell.pageApi(shell.window);
    const expected = { ...DEFAULT_SETTINGS, authorName: 'Ada Lovelace', theme: 'dark' };
    expect(await api.updateSettings({ authorName: 'Ada Lovelace', theme: 'dark' })).toEqual(expected);
    expect(JSON.parse(readFileSync(join(shell.dataDir, 'settings.json'), 'utf8'))).toMatchObject({ authorName: 'Ada Lovelace', theme: 'dark' });
    expect(await api.getSettings({})).toEqual(expected);
  });

  it('keeps an answer that breaks the response schema inside the main process', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A damaged recent list from an earlier session: a path longer than a plan ref may be.
    const longRef = `/${'deep/'.repeat(900)}plan.handoff.json`;
    const shell = await start((_electron, { dataDir }) => {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'recent.json'), JSON.stringify({ recent: [{ ref: longRef, name: 'plan.handoff.json', openedAt: '2024-01-01T00:00:00.000Z' }] }));
    });
    await expect(shell.pageApi(shell.window).listRecent({})).rejects.toThrow('Handoff Studio could not complete listRecent (an internal error).');
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^The listRecent answer broke the contract: 0\.ref: /));
  });

  it("saves IT's backlog as CSV through a save dialog that filters on .csv, the name ending in .csv", async () => {
    const shell = await start();
    const csv = 'Summary,Description\r\n"Feature store, read access","Zeile 1\n第二行"\r\n';
    const chosen = join(shell.documents, 'churn-backlog');
    shell.electron.dialog.willSave(chosen);
    expect(await shell.pageApi(shell.window).saveExport({ suggestedName: 'churn-scoring-backlog', format: 'jira-csv', content: csv, encoding: 'utf8' })).toEqual({
      saved: chosen,
    });
    expect(shell.electron.dialog.shown.at(-1)).toMatchObject({
      kind: 'save',
      options: { title: 'Export Jira CSV', defaultPath: join(shell.documents, 'churn-scoring-backlog.csv'), filters: [{ name: 'Jira CSV', extensions: ['csv'] }] },
    });
    expect(readFileSync(chosen, 'utf8')).toBe(csv);
  });

  it('saves the diagram as PNG through a save dialog that filters on .png, the bytes decoded from base64', async () => {
    const shell = await start();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    const chosen = join(shell.documents, 'churn-diagram.png');
    shell.electron.dialog.willSave(chosen);
    const api = shell.pageApi(shell.window);
    expect(await api.saveExport({ suggestedName: 'churn-scoring-diagram', format: 'png', content: png.toString('base64'), encoding: 'base64' })).toEqual({ saved: chosen });
    expect(shell.electron.dialog.shown.at(-1)).toMatchObject({
      kind: 'save',
      options: { title: 'Export PNG image', defaultPath: join(shell.documents, 'churn-scoring-diagram.png'), filters: [{ name: 'PNG image', extensions: ['png'] }] },
    });
    expect(readFileSync(chosen)).toEqual(png);
  });

  it('offers the diagram as SVG under its own .svg name and filter', async () => {
    const shell = await start();
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n';
    const chosen = join(shell.documents, 'churn-diagram.svg');
    shell.electron.dialog.willSave(chosen);
    expect(await shell.pageApi(shell.window).saveExport({ suggestedName: 'churn-scoring-diagram.svg', format: 'svg', content: svg, encoding: 'utf8' })).toEqual({ saved: chosen });
    expect(shell.electron.dialog.shown.at(-1)).toMatchObject({
      kind: 'save',
      options: { title: 'Export SVG image', defaultPath: join(shell.documents, 'churn-scoring-diagram.svg'), filters: [{ name: 'SVG image', extensions: ['svg'] }] },
    });
    expect(readFileSync(chosen, 'utf8')).toBe(svg);
  });

  it('opens only web links in the system browser', async () => {
    const shell = await start();
    const api = shell.pageApi(shell.window);
    await expect(api.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrow('Only web links (http, https) can be opened, not "file:///etc/passwd".');
    await expect(api.openExternal({ url: 'not a url' })).rejects.toThrow(/^Invalid openExternal request: url: /);
    expect(await api.openExternal({ url: 'https://example.com/guide' })).toEqual({});
    expect(shell.electron.shell.openedExternally).toEqual(['https://example.com/guide']);
  });
});

describe('preload', () => {
  it('exposes one function per contract call and onEvent, under one global', async () => {
    const { electron } = await start();
    expect(Object.keys(electron.mainWorld)).toEqual([HOST_GLOBAL]);
    const api = electron.mainWorld[HOST_GLOBAL] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...HOST_CALL_NAMES, 'onEvent'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('hands host events to the page without the IPC event, until unsubscribed', async () => {
    const shell = await start();
    const events: unknown[] = [];
    const unsubscribe = shell.pageApi(shell.window).onEvent((event) => events.push(event));
    shell.electron.Menu.getApplicationMenu()?.getMenuItemById('file.save')?.click();
    expect(events).toEqual([{ type: 'menu', command: 'save' }]);
    unsubscribe();
    shell.electron.Menu.getApplicationMenu()?.getMenuItemById('file.save')?.click();
    expect(events).toHaveLength(1);
  });
});
