// Workshops from the desktop app, in the real main process against the electron
// fake: File ▸ Host Workshop… starts the real workshop server on the window's plan
// file (reached here over 127.0.0.1 with fetch and real Hocuspocus providers), and
// File ▸ Join Workshop… opens a checked link in a window without preload that,
// like every page of the app, cannot navigate, open windows or get permissions.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, type HostApi, type HostEvent, type HostedWorkshop } from '../../shared/host/contract.js';
import type { BrowserWindow } from '../support/electron-fake.js';
import { startDesktopShell, type DesktopShell } from './support/desktop-shell.js';
import { joinWorkshop as joinAsClient, tokenOf, until } from './support/workshop.js';

const SAMPLE = fileURLToPath(new URL('../../examples/churn-scoring.handoff.json', import.meta.url));

const running: DesktopShell[] = [];
afterEach(async () => {
  for (const shell of running.splice(0)) {
    // Every test's workshops stop (and write their files) before the folder goes.
    shell.electron.app.quit();
    await until('the app has quit', () => shell.electron.app.quitted);
    shell.dispose();
  }
});

/** The app with its window showing a saved copy of the sample plan, chosen in the open dialog. */
async function startWithPlan(): Promise<{ shell: DesktopShell; api: HostApi; plan: string }> {
  const shell = await startDesktopShell();
  running.push(shell);
  const plan = join(shell.root, 'churn.handoff.json');
  copyFileSync(SAMPLE, plan);
  const api = shell.pageApi(shell.window);
  shell.electron.dialog.willOpen(plan);
  await api.openPlan({});
  // What the editor reports once the plan is open.
  await api.setDocumentState({ title: 'Subscriber churn scoring', dirty: false, ref: plan });
  return { shell, api, plan };
}

const hostEvents = (window: BrowserWindow): HostEvent[] =>
  window.webContents.sent.filter((m) => m.channel === IPC_EVENT_CHANNEL).map((m) => m.args[0] as HostEvent);

/** A host call to the workshop server at `link`'s address, with its token. */
async function workshopCall(link: string, name: string): Promise<Response> {
  const url = new URL(link);
  return fetch(`http://127.0.0.1:${url.port}/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(link)}` },
    body: '{}',
  });
}

const serverGone = async (link: string): Promise<boolean> => workshopCall(link, 'getWorkshopInfo').then(() => false, () => true);

function newWindows(shell: DesktopShell, known: BrowserWindow[]): BrowserWindow[] {
  return shell.electron.BrowserWindow.created.filter((w) => !known.includes(w));
}

describe('the File menu', () => {
  it('has Host Workshop… and Join Workshop…, which reach the focused window', async () => {
    const shell = await startDesktopShell();
    running.push(shell);
    const menu = shell.electron.Menu.getApplicationMenu();
    expect(menu?.getMenuItemById('file.host-workshop')?.label).toBe('Host Workshop…');
    expect(menu?.getMenuItemById('file.join-workshop')?.label).toBe('Join Workshop…');
    menu?.getMenuItemById('file.host-workshop')?.click();
    menu?.getMenuItemById('file.join-workshop')?.click();
    expect(hostEvents(shell.window)).toEqual([
      { type: 'menu', command: 'host-workshop' },
      { type: 'menu', command: 'join-workshop' },
    ]);
  });
});

describe('hosting a workshop', () => {
  it('starts the workshop server on the saved plan: three links, a QR code, and the facilitator view on 127.0.0.1', async () => {
    const { shell, api } = await startWithPlan();
    const known = [...shell.electron.BrowserWindow.created];
    const hosted = await api.hostWorkshop({ lan: false });

    expect(hosted.lan).toBe(false);
    for (const link of Object.values(hosted.links)) expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?workshop=1#token=[\w-]{22,}$/);
    expect(new Set(Object.values(hosted.links).map(tokenOf)).size).toBe(3);
    expect(hosted.qrSvg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);

    const info = await workshopCall(hosted.links.participant, 'getWorkshopInfo');
    expect(info.status).toBe(200);
    expect(await info.json()).toEqual({ planId: JSON.parse(readFileSync(SAMPLE, 'utf8')).id, fileName: 'churn.handoff.json', role: 'participant', collabPath: '/collab' });
    expect((await workshopCall(hosted.links.participant.replace(/token=.*/, 'token=wrong-token-0000000000000'), 'getWorkshopInfo')).status).toBe(401);

    // The facilitator's view: the workshop's own page, in a window without preload.
    const [view] = newWindows(shell, known);
    await until('the view is shown', () => view?.visible === true);
    expect(view?.webContents.getURL()).toBe(hosted.links.facilitator);
    expect(view?.options.webPreferences).not.toHaveProperty('preload');
    expect(view?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('hands back the same workshop when asked again, and reopens a closed facilitator view', async () => {
    const { shell, api } = await startWithPlan();
    const first = await api.hostWorkshop({ lan: false });
    const view = shell.electron.BrowserWindow.getAllWindows().find((w) => w !== shell.window);
    view?.close();
    const known = [...shell.electron.BrowserWindow.created];
    const again = await api.hostWorkshop({ lan: false });
    expect(again.links).toEqual(first.links);
    expect(newWindows(shell, known)).toHaveLength(1);
  });

  it('on the network: links other computers can use, the view still on 127.0.0.1', async () => {
    const { shell, api } = await startWithPlan();
    const known = [...shell.electron.BrowserWindow.created];
    const hosted = await api.hostWorkshop({ lan: true });
    expect(hosted.lan).toBe(true);
    expect(new URL(hosted.links.participant).hostname).not.toBe('127.0.0.1');
    const [view] = newWindows(shell, known);
    await until('the view is shown', () => view?.visible === true);
    expect(view?.webContents.getURL()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?workshop=1#token=/);
    expect((await workshopCall(hosted.links.viewer, 'getWorkshopInfo')).status).toBe(200);
  });

  it('needs a plan saved to a file the user chose, with nothing unsaved', async () => {
    const { shell, api, plan } = await startWithPlan();
    await api.setDocumentState({ title: 'Subscriber churn scoring', dirty: true, ref: plan });
    await expect(api.hostWorkshop({ lan: false })).rejects.toThrow('Save your changes first: the workshop starts from the file.');
    await api.setDocumentState({ title: 'Untitled plan', dirty: false });
    await expect(api.hostWorkshop({ lan: false })).rejects.toThrow('Save the plan to a file first: a workshop hosts a plan file.');
    // A page cannot name a file the user never chose.
    const other = join(shell.root, 'never-chosen.handoff.json');
    copyFileSync(SAMPLE, other);
    await api.setDocumentState({ title: 'x', dirty: false, ref: other });
    await expect(api.hostWorkshop({ lan: false })).rejects.toThrow();
    expect(shell.electron.BrowserWindow.getAllWindows()).toEqual([shell.window]);
  });
});

describe('stopping a workshop', () => {
  /** Hosts, and changes the plan's title as a participant would, until the host has it. */
  async function hostAndEdit(api: HostApi): Promise<HostedWorkshop> {
    const hosted = await api.hostWorkshop({ lan: false });
    const info = (await (await workshopCall(hosted.links.participant, 'getWorkshopInfo')).json()) as { planId: string };
    const client = await joinAsClient(Number(new URL(hosted.links.participant).port), info.planId, tokenOf(hosted.links.participant));
    client.apply((plan) => ({ ...plan, title: 'Churn scoring, as the room left it' }));
    await until('the host has the edit', () => !client.provider.hasUnsyncedChanges);
    client.destroy();
    return hosted;
  }
  const titleOf = (file: string): string => (JSON.parse(readFileSync(file, 'utf8')) as { title: string }).title;

  it('Stop workshop writes the file, stops the server and closes the facilitator view', async () => {
    const { shell, api, plan } = await startWithPlan();
    const hosted = await hostAndEdit(api);
    const view = shell.electron.BrowserWindow.getAllWindows().find((w) => w !== shell.window);
    expect(await api.stopWorkshop({})).toEqual({});
    expect(titleOf(plan)).toBe('Churn scoring, as the room left it');
    expect(await serverGone(hosted.links.participant)).toBe(true);
    expect(view?.isDestroyed()).toBe(true);
    expect(shell.window.isDestroyed()).toBe(false);
  });

  it('closing the plan window stops it, and the file is written', async () => {
    const { shell, api, plan } = await startWithPlan();
    const hosted = await hostAndEdit(api);
    shell.window.close();
    // The facilitator view closes once the host has stopped.
    await until('every window has closed', () => shell.electron.BrowserWindow.getAllWindows().length === 0);
    expect(titleOf(plan)).toBe('Churn scoring, as the room left it');
    expect(await serverGone(hosted.links.participant)).toBe(true);
  });

  it('quitting the app stops it after writing the file', async () => {
    const { shell, api, plan } = await startWithPlan();
    const hosted = await hostAndEdit(api);
    shell.electron.app.quit();
    await until('the app has quit', () => shell.electron.app.quitted);
    expect(titleOf(plan)).toBe('Churn scoring, as the room left it');
    expect(await serverGone(hosted.links.participant)).toBe(true);
  });
});

describe('joining a workshop', () => {
  it('refuses anything but an http(s) workshop link with a token, and opens nothing', async () => {
    const shell = await startDesktopShell();
    running.push(shell);
    const api = shell.pageApi(shell.window);
    const refused: [string, string][] = [
      ['http://192.168.1.20:4410/?workshop=1', 'This link has no access token (#token=… at its end). Copy the whole link.'],
      ['http://192.168.1.20:4410/?workshop=1#token=', 'This link has no access token'],
      ['http://192.168.1.20:4410/#token=abcdefghijklmnopqrstuvwxyz', 'This is not a workshop link (it has no ?workshop=1).'],
      ['javascript:alert(1)//?workshop=1#token=abc', 'A workshop link starts with http:// or https://, not javascript://.'],
      ['file:///etc/passwd?workshop=1#token=abc', 'A workshop link starts with http:// or https://, not file://.'],
      ['http://evil.example@192.168.1.20:4410/?workshop=1#token=abc', 'A workshop link has no user name or password in it.'],
      ['not a link', 'This is not a link.'],
    ];
    for (const [link, message] of refused) await expect(api.joinWorkshop({ link }), link).rejects.toThrow(message);
    expect(shell.electron.BrowserWindow.created).toEqual([shell.window]);
  });

  it('opens a valid link in a sandboxed window without preload that stays where it is', async () => {
    const { shell, api } = await startWithPlan();
    const hosted = await api.hostWorkshop({ lan: false });
    const known = [...shell.electron.BrowserWindow.created];
    const window = await shell.windowOpenedBy(() => api.joinWorkshop({ link: ` ${hosted.links.participant}\n` }));
    expect(newWindows(shell, known)).toEqual([window]);
    expect(window.webContents.getURL()).toBe(hosted.links.participant);
    // The page came from the workshop's host (here without a built editor, which it says), with its CSP.
    expect(window.webContents.page?.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      devTools: true,
    });

    const contents = window.webContents;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://handoff/index.html']) {
      expect(contents.navigate(url).defaultPrevented, url).toBe(true);
      expect(contents.navigate(url, 'will-redirect').defaultPrevented, url).toBe(true);
    }
    expect(contents.getURL()).toBe(hosted.links.participant);
    expect(contents.openWindow('https://example.com/guide')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(shell.electron.shell.openedExternally).toEqual(['https://example.com/guide']);
    for (const permission of ['clipboard-read', 'media', 'notifications', 'geolocation'] as const) {
      expect(await shell.electron.session.defaultSession.requestPermission(contents, permission), permission).toBe(false);
    }
    // No host API: the page cannot reach the main process at all.
    const reply = await shell.electron.ipcMain.invoke('handoff:getSettings', shell.electron.invokeEvent(contents), {});
    expect(reply).toEqual({ ok: false, error: 'This window may not use the Handoff Studio host API.' });
  });

  it('says so when the workshop cannot be reached, and leaves no empty window', async () => {
    const shell = await startDesktopShell();
    running.push(shell);
    // A port nothing listens on: a server started and stopped.
    const { createServer } = await import('node:http');
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));

    await shell.pageApi(shell.window).joinWorkshop({ link: `http://127.0.0.1:${port}/?workshop=1#token=abcdefghijklmnopqrstuvwxyz` });
    await until('an error box', () => shell.electron.dialog.errorBoxes.length > 0);
    expect(shell.electron.dialog.errorBoxes[0]?.content).toMatch(new RegExp(`^The workshop at http://127\\.0\\.0\\.1:${port} cannot be reached`));
    expect(shell.electron.BrowserWindow.getAllWindows()).toEqual([shell.window]);
  });
});
