// A workshop is a web page served by the machine that hosts it: the editor's
// browser host runs there exactly as in a browser, talking to its host over HTTP
// and WebSocket. Its window therefore gets no preload (no host API, no IPC), runs
// sandboxed and isolated, and, like every page of the app (main.ts), cannot
// navigate, open windows or get permissions. The app's own app:// pages keep
// their strict CSP (`connect-src 'self'`), which a remote host could not pass anyway.
import { BrowserWindow, dialog } from 'electron';
import { shellTranslator } from './shell-language.js';
import { lockedDownWebPreferences } from './web-preferences.js';

/** The link as a URL when it is a workshop link, else a sentence saying what is wrong with it. */
export function parseWorkshopLink(link: string): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { problem: 'This is not a link. Paste the whole workshop link, starting with http:// or https://.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `A workshop link starts with http:// or https://, not ${url.protocol}//.` };
  }
  // A user name in a link is a classic way to disguise where it leads.
  if (url.username || url.password) return { problem: 'A workshop link has no user name or password in it.' };
  if (url.searchParams.get('workshop') !== '1') {
    return { problem: 'This is not a workshop link (it has no ?workshop=1). Ask the host for the participant or viewer link.' };
  }
  if (!new URLSearchParams(url.hash.slice(1)).get('token')) {
    return { problem: 'This link has no access token (#token=… at its end). Copy the whole link.' };
  }
  return { url };
}

export interface WorkshopWindowOptions {
  appName: string;
  isDev: boolean;
}

/** Opens `url` (a checked workshop link) in a locked-down window without preload. */
export function openWorkshopWindow(url: URL, options: WorkshopWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: shellTranslator().t('ui.desktop.workshopWindow', { appName: options.appName }),
    backgroundColor: '#1e1f24',
    // No preload: the page is another machine's, it talks to its own host only.
    webPreferences: lockedDownWebPreferences(options.isDev),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url.href).catch((err: unknown) => {
    // Nothing to show (the host is gone, a wrong address): say so instead of a blank window.
    if (!window.isDestroyed()) window.destroy();
    dialog.showErrorBox(options.appName, shellTranslator().t('ui.desktop.workshopUnreachable', { origin: url.origin, reason: err instanceof Error ? err.message : String(err) }));
  });
  return window;
}
