// Starts the desktop app's real main process (electron/shell/main.ts) against the
// electron fake, with its data folder and Documents in a scratch folder, and loads
// the real preload, so a test can act as the user (menus, dialogs), as a page (the
// host API) or as Chromium (navigation, permissions, IPC from any frame).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { HOST_GLOBAL, type HostApi } from '../../../shared/host/contract.js';
import type { BrowserWindow } from '../../support/electron-fake.js';

export type ElectronFake = typeof import('../../support/electron-fake.js');

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface ShellFolders {
  /** Scratch folder of this run; plans can go anywhere inside. */
  root: string;
  /** The app's data folder (settings, recent plans, recovery copies). */
  dataDir: string;
  documents: string;
}

export interface DesktopShell extends ShellFolders {
  electron: ElectronFake;
  /** The window main opened on start. */
  window: BrowserWindow;
  /** The host API as the page in `window` calls it, through the preload. */
  pageApi(window: BrowserWindow): HostApi;
  /** Runs `action` and waits for the window it shows. */
  windowOpenedBy(action: () => unknown): Promise<BrowserWindow>;
  dispose(): void;
}

const WAIT = { timeout: 10_000, interval: 10 };

/**
 * A fresh fake and a fresh main process each time. `prepare` runs before main is
 * loaded: put files in the data folder, set `app.isPackaged`, ….
 */
export async function startDesktopShell(prepare?: (electron: ElectronFake, folders: ShellFolders) => void | Promise<void>): Promise<DesktopShell> {
  vi.resetModules();
  const electron: ElectronFake = await import('../../support/electron-fake.js');
  const root = mkdtempSync(join(tmpdir(), 'handoff-shell-'));
  const folders = { root, dataDir: join(root, 'data'), documents: join(root, 'documents') };
  mkdirSync(folders.documents);
  electron.app.setPath('documents', folders.documents);
  electron.app.appPath = REPO;
  await prepare?.(electron, folders);

  const previous = process.env.HANDOFF_DATA_DIR;
  process.env.HANDOFF_DATA_DIR = folders.dataDir;
  try {
    await import('../../../electron/shell/main.js');
  } finally {
    if (previous === undefined) delete process.env.HANDOFF_DATA_DIR;
    else process.env.HANDOFF_DATA_DIR = previous;
  }
  electron.app.emitReady();
  const window = await vi.waitFor(() => {
    const [opened] = electron.BrowserWindow.getAllWindows();
    if (!opened?.visible) throw new Error('main has not shown its first window');
    return opened;
  }, WAIT);
  await import('../../../electron/shell/preload.js');

  return {
    ...folders,
    electron,
    window,
    pageApi(target) {
      electron.ipcRenderer.page = target.webContents;
      return electron.mainWorld[HOST_GLOBAL] as HostApi;
    },
    async windowOpenedBy(action) {
      const known = new Set(electron.BrowserWindow.created);
      await action();
      return vi.waitFor(() => {
        const fresh = electron.BrowserWindow.getAllWindows().find((w) => !known.has(w) && w.visible);
        if (!fresh) throw new Error('no new window has been shown');
        return fresh;
      }, WAIT);
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
