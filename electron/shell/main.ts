// The Electron main process: app lifecycle and wiring only. Files, settings,
// recent plans and recovery copies are the services' work (electron/services);
// this file connects them to windows, menus, dialogs and the OS.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, session, shell, type WebContents } from 'electron';
import { createHostBackend } from '../services/host-backend.js';
import { createRecentStore } from '../services/recent.js';
import { createRecoveryStore } from '../services/recovery.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { APP_ORIGIN, isAppUrl, isExternalWebUrl } from './app-protocol-paths.js';
import { registerHostHandlers } from './ipc.js';
import { installMenu, type EditCommand } from './menu.js';
import { PlanGrants, planPathOfRef, plansFromArgv } from './plan-paths.js';
import { typesetDocumentPdfOffThread } from '../services/typst-pdf.js';
import { createDesktopSettingsStore } from './settings-store.js';
import { applyShellLanguage, shellTranslator } from './shell-language.js';
import { WindowManager } from './windows.js';
import { WorkshopHosts } from './workshop-hosts.js';

const APP_NAME = 'Handoff Studio';
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

// A separate data folder (tests, a second profile) also gives a separate single-instance lock.
if (process.env.HANDOFF_DATA_DIR) app.setPath('userData', resolve(process.env.HANDOFF_DATA_DIR));
app.setName(APP_NAME);
registerAppScheme();

/** Plans the OS asked to open before the app was ready (macOS open-file). */
const pendingPlans: string[] = [];
let openPlanWindow: ((path: string) => void) | undefined;

app.on('open-file', (event, path) => {
  event.preventDefault();
  if (openPlanWindow) openPlanWindow(path);
  else pendingPlans.push(path);
});

if (!app.requestSingleInstanceLock()) {
  // The running instance receives our argv in 'second-instance' and opens the plans.
  app.quit();
} else {
  void app.whenReady().then(start);
}

function hardenSessions(): void {
  const ses = session.defaultSession;
  // Only clipboard access for our own page (copy and paste of nodes); nothing else.
  const allowed = new Set(['clipboard-read', 'clipboard-sanitized-write']);
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    callback(allowed.has(permission) && isAppUrl(contents.getURL()));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed.has(permission) && requestingOrigin === APP_ORIGIN);
  // Nothing is downloaded into the app: exports go through the save dialog.
  ses.on('will-download', (event) => event.preventDefault());

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web open in the user's browser; nothing opens inside the app.
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(): Promise<void> {
  hardenSessions();
  serveAppProtocol(RENDERER_DIR);

  const dataDir = app.getPath('userData');
  const settings = createDesktopSettingsStore(dataDir);
  const backend = createHostBackend({
    kind: 'desktop',
    appVersion: app.getVersion(),
    nativeDialogs: true,
    resolveRef: planPathOfRef,
    settings,
    recent: createRecentStore(join(dataDir, 'recent.json')),
    recovery: createRecoveryStore(join(dataDir, 'recovery')),
    // The same typesetting as the CLI and `handoff serve`: one PDF, whoever prints it.
    printPdf: typesetDocumentPdfOffThread,
  });
  const grants = new PlanGrants();
  const isDev = !app.isPackaged;
  const windows = new WindowManager({ preloadPath: PRELOAD, settings, appName: APP_NAME, isDev });
  const workshops = new WorkshopHosts({ dataDir, rendererDir: RENDERER_DIR, appName: APP_NAME, isDev });

  const openPlan = (path: string): void => {
    try {
      windows.open(grants.grant(resolve(path)));
    } catch (err) {
      dialog.showErrorBox(APP_NAME, err instanceof Error ? err.message : String(err));
    }
  };

  const refreshMenu = async (): Promise<void> => {
    const recent = await backend.listRecent({}).catch(() => []);
    grants.grantListed(recent.map((entry) => entry.ref));
    installMenu(
      {
        command: (command) => {
          const window = windows.focused();
          if (window) windows.send(window, { type: 'menu', command });
          else if (command === 'new' || command === 'new-from-template' || command === 'open' || command === 'join-workshop') {
            // macOS with every window closed: a start window, told once its page is there.
            const opened = windows.open();
            opened.webContents.once('did-finish-load', () => windows.send(opened, { type: 'menu', command }));
          }
        },
        edit: (command) => void editCommand(windows, command),
        openRecent: (ref) => {
          const window = windows.focused();
          if (window) windows.send(window, { type: 'open-plan', ref });
          else openPlan(ref);
        },
        about: () => void showAbout(windows.focused()),
        openSpec: () => void openSpec(),
      },
      { recent, isDev, platform: process.platform, appName: APP_NAME, tr: shellTranslator() },
    );
  };

  registerHostHandlers({ backend, windows, grants, workshops, recentChanged: () => void refreshMenu(), languageChanged: () => void refreshMenu() });
  applyShellLanguage((await backend.getSettings({})).language);
  await refreshMenu();

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const plans = plansFromArgv(argv, workingDirectory);
    if (plans.length) plans.forEach(openPlan);
    else if (windows.count() === 0) windows.open();
    else windows.focused()?.focus();
  });
  app.on('activate', () => {
    if (windows.count() === 0) windows.open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let quitConfirmed = false;
  app.on('before-quit', (event) => {
    if (quitConfirmed) return;
    event.preventDefault();
    void windows.confirmQuit().then(async (go) => {
      if (!go) return;
      // Hosted workshops write their plan files before the app goes.
      await workshops.stopAll().catch((err: unknown) => console.error('Stopping the workshops failed:', err));
      quitConfirmed = true;
      app.quit();
    });
  });

  openPlanWindow = openPlan;
  const initial = [...plansFromArgv(process.argv, process.cwd()), ...pendingPlans.splice(0)];
  if (initial.length) initial.forEach(openPlan);
  else windows.open();
}

/**
 * Edit commands act on a focused text field natively (its own undo, clipboard and
 * selection); elsewhere they go to the editor as menu commands (nodes, edges).
 */
async function editCommand(windows: WindowManager, command: EditCommand): Promise<void> {
  const window = windows.focused();
  if (!window) return;
  const contents = window.webContents;
  const inTextField = await contents
    .executeJavaScript(
      "(() => { const e = document.activeElement; return !!e && (e.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName)); })()",
    )
    .catch(() => false);
  if (!inTextField) {
    windows.send(window, { type: 'menu', command });
    return;
  }
  const native: Record<EditCommand, () => void> = {
    undo: () => contents.undo(),
    redo: () => contents.redo(),
    cut: () => contents.cut(),
    copy: () => contents.copy(),
    paste: () => contents.paste(),
    'select-all': () => contents.selectAll(),
    delete: () => contents.delete(),
  };
  native[command]();
}

async function showAbout(parent: BrowserWindow | undefined): Promise<void> {
  const { t } = shellTranslator();
  const options = {
    type: 'info' as const,
    title: t('ui.desktop.about.title', { appName: APP_NAME }),
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: `${t('ui.desktop.about.detail')}\n\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: [t('ui.desktop.about.ok')],
  };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** The plan format specification shipped with the app (unpacked from the asar archive). */
async function openSpec(): Promise<void> {
  const spec = join(app.getAppPath().replace(/app\.asar$/, 'app.asar.unpacked'), 'docs', 'plan-format.md');
  const problem = await shell.openPath(spec);
  if (problem) dialog.showErrorBox(APP_NAME, shellTranslator().t('ui.desktop.specUnavailable', { path: spec, problem }));
}
