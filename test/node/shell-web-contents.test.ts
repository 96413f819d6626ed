// The lock-down of every page the desktop app shows, in the real main process
// against the electron fake: the fake fires what Chromium would (a navigation,
// window.open, a permission request, a download) and starts from Electron's
// defaults (allow), so each "no" below is the shell's own.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_ORIGIN } from '../../electron/shell/app-protocol-paths.js';
import { startDesktopShell, type DesktopShell, type ElectronFake, type ShellFolders } from './support/desktop-shell.js';

const running: DesktopShell[] = [];
async function start(prepare?: (electron: ElectronFake, folders: ShellFolders) => void): Promise<DesktopShell> {
  const shell = await startDesktopShell(prepare);
  running.push(shell);
  return shell;
}
afterEach(() => running.splice(0).forEach((shell) => shell.dispose()));

const PAGE = `${APP_ORIGIN}/index.html`;

describe('windows', () => {
  it('load the editor from app://, never file:// or the web', async () => {
    const { window } = await start();
    expect(window.webContents.getURL()).toBe(PAGE);
  });

  it('register app:// as a standard, secure scheme (before the app is ready, or Electron refuses)', async () => {
    const { electron } = await start();
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(electron.protocol.isProtocolHandled('app')).toBe(true);
  });

  it('are isolated and sandboxed, without Node, webviews or relaxed web security; dev tools only in development', async () => {
    const dev = await start();
    expect(dev.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    });
    expect(dev.window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    const packaged = await start((electron) => (electron.app.isPackaged = true));
    expect(packaged.window.options.webPreferences?.devTools).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('keeps every page where it is: links, redirects and dropped files do not navigate', async () => {
    const { window } = await start();
    for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', `${APP_ORIGIN}/other.html`]) {
      expect(window.webContents.navigate(url).defaultPrevented, url).toBe(true);
      expect(window.webContents.navigate(url, 'will-redirect').defaultPrevented, url).toBe(true);
    }
    expect(window.webContents.getURL()).toBe(PAGE);
  });

  it('opens no window: web links go to the system browser, anything else nowhere', async () => {
    const { electron, window } = await start();
    for (const url of ['https://example.com/docs', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', `${APP_ORIGIN}/index.html`, 'smb://host/share']) {
      expect(window.webContents.openWindow(url), url).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openedExternally).toEqual(['https://example.com/docs', 'http://example.com/']);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([window]);
  });

  it('attaches no webview', async () => {
    const { window } = await start();
    expect(window.webContents.attachWebview('https://evil.example/').defaultPrevented).toBe(true);
  });

  it('locks down every web contents, not just plan windows', async () => {
    const { electron } = await start();
    const other = new electron.BrowserWindow({ show: false });
    expect(other.webContents.navigate('https://evil.example/').defaultPrevented).toBe(true);
    expect(other.webContents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('permissions and downloads', () => {
  it('denies every permission request but the clipboard, and that only to our own page', async () => {
    const { electron, window } = await start();
    const ses = electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'midiSysex', 'openExternal', 'fullscreen', 'pointerLock', 'display-capture'] as const) {
      expect(await ses.requestPermission(window.webContents, permission), permission).toBe(false);
    }
    // Copy and paste of nodes.
    expect(await ses.requestPermission(window.webContents, 'clipboard-read')).toBe(true);
    expect(await ses.requestPermission(window.webContents, 'clipboard-sanitized-write')).toBe(true);
    const foreign = new electron.BrowserWindow({ show: false });
    foreign.webContents.mainFrame.url = 'https://evil.example/';
    expect(await ses.requestPermission(foreign.webContents, 'clipboard-read')).toBe(false);
  });

  it('answers permission checks the same way, by origin', async () => {
    const { electron, window } = await start();
    const ses = electron.session.defaultSession;
    expect(ses.checkPermission(window.webContents, 'clipboard-read', APP_ORIGIN)).toBe(true);
    expect(ses.checkPermission(window.webContents, 'clipboard-read', 'https://evil.example')).toBe(false);
    expect(ses.checkPermission(window.webContents, 'media', APP_ORIGIN)).toBe(false);
    expect(ses.checkPermission(null, 'notifications', APP_ORIGIN)).toBe(false);
  });

  it('downloads nothing (exports go through the save dialog)', async () => {
    const { electron, window } = await start();
    expect(electron.session.defaultSession.download(window.webContents, 'https://evil.example/payload.exe').defaultPrevented).toBe(true);
  });
});

describe('printing a PDF', () => {
  it('typesets the plan\'s document as the CLI does, with no window and no page to load', async () => {
    const shell = await start();
    const windowsBefore = shell.electron.BrowserWindow.created.length;
    const planText = readFileSync(new URL('../../examples/churn-scoring.handoff.json', import.meta.url), 'utf8');
    const { base64 } = await shell.pageApi(shell.window).renderPdf({ planText, exportDate: '2026-11-20' });
    const pdf = Buffer.from(base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(shell.electron.BrowserWindow.created.length).toBe(windowsBefore);
  });
});
