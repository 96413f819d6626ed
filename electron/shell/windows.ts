// One BrowserWindow per plan: locked-down web preferences, the place it had on
// this display, its title and dirty state, and the "save your changes?" question
// when it closes or the app quits.
import { BrowserWindow, app, dialog, screen, type Display, type WebContents } from 'electron';
import type { HostEvent } from '../../shared/host/contract.js';
import { IPC_EVENT_CHANNEL } from '../../shared/host/calls.js';
import { appPageUrl } from './app-protocol-paths.js';
import { shellTranslator } from './shell-language.js';
import { lockedDownWebPreferences } from './web-preferences.js';
import type { DesktopSettingsStore, WindowPlace } from './settings-store.js';

export interface DocumentState {
  title: string;
  dirty: boolean;
  ref?: string;
}

interface Tracked {
  window: BrowserWindow;
  /** The plan the window was opened on (before the renderer reports its state). */
  openedRef?: string;
  state: DocumentState;
  /** The renderer settled unsaved changes (saved or discarded): close without asking. */
  closeApproved: boolean;
}

export interface WindowManagerOptions {
  preloadPath: string;
  settings: DesktopSettingsStore;
  appName: string;
  isDev: boolean;
}

const DEFAULT_SIZE = { width: 1440, height: 900 };
const CASCADE_STEP = 28;

function displayKey(display: Display): string {
  const b = display.bounds;
  return `${b.x},${b.y},${b.width}x${b.height}`;
}

type Answer = 'save' | 'discard' | 'cancel';

export class WindowManager {
  private readonly tracked = new Map<number, Tracked>();
  /** A quit waits for this window to save and close, then carries on. */
  private quitAfterWindow: number | null = null;

  constructor(private readonly options: WindowManagerOptions) {}

  /** Opens a window on `planRef` (or the start screen); focuses the window already showing it. */
  open(planRef?: string): BrowserWindow {
    if (planRef) {
      const existing = [...this.tracked.values()].find((t) => (t.state.ref ?? t.openedRef) === planRef);
      if (existing) {
        if (existing.window.isMinimized()) existing.window.restore();
        existing.window.focus();
        return existing.window;
      }
    }
    const { maximized, ...bounds } = this.initialPlace();
    const window = new BrowserWindow({
      ...bounds,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: this.options.appName,
      backgroundColor: '#1e1f24',
      webPreferences: { ...lockedDownWebPreferences(this.options.isDev), preload: this.options.preloadPath },
    });
    const id = window.webContents.id;
    this.tracked.set(id, { window, openedRef: planRef, state: { title: '', dirty: false, ref: planRef }, closeApproved: false });
    this.quitAfterWindow = null;

    if (maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => this.onClose(id, event));
    window.on('closed', () => this.onClosed(id));
    void window.loadURL(appPageUrl(planRef));
    return window;
  }

  /** The tracked window whose main frame sent an IPC message, if any. */
  windowOf(contents: WebContents): BrowserWindow | undefined {
    return this.tracked.get(contents.id)?.window;
  }

  focused(): BrowserWindow | undefined {
    const window = BrowserWindow.getFocusedWindow();
    if (window && this.tracked.has(window.webContents.id)) return window;
    return [...this.tracked.values()].at(-1)?.window;
  }

  count(): number {
    return this.tracked.size;
  }

  send(window: BrowserWindow, event: HostEvent): void {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  }

  /** What the window's page last reported it shows (or the plan it was opened on). */
  documentState(window: BrowserWindow): DocumentState | undefined {
    return this.tracked.get(window.webContents.id)?.state;
  }

  setDocumentState(contents: WebContents, state: DocumentState): void {
    const entry = this.tracked.get(contents.id);
    if (!entry) return;
    entry.state = state;
    const title = state.title.trim() || 'Untitled plan';
    entry.window.setTitle(`${title}${state.dirty ? ' •' : ''} — ${this.options.appName}`);
    if (process.platform === 'darwin') {
      entry.window.setDocumentEdited(state.dirty);
      if (state.ref) entry.window.setRepresentedFilename(state.ref);
    }
  }

  /** The renderer has settled its changes: close without asking. */
  closeApproved(contents: WebContents): void {
    const entry = this.tracked.get(contents.id);
    if (!entry) return;
    entry.closeApproved = true;
    entry.window.close();
  }

  /**
   * Before quitting: asks about each window with unsaved changes, one after the
   * other. Returns true when the quit may go ahead now.
   */
  async confirmQuit(): Promise<boolean> {
    for (const entry of [...this.tracked.values()]) {
      if (!entry.state.dirty || entry.closeApproved || entry.window.isDestroyed()) continue;
      const answer = await this.ask(entry);
      if (answer === 'cancel') return false;
      if (answer === 'discard') {
        entry.closeApproved = true;
        continue;
      }
      // Save: the renderer saves, then calls closeWindow; the quit resumes when it closes.
      this.quitAfterWindow = entry.window.webContents.id;
      this.send(entry.window, { type: 'save-and-close' });
      return false;
    }
    return true;
  }

  private onClose(id: number, event: Electron.Event): void {
    const entry = this.tracked.get(id);
    if (!entry) return;
    if (entry.state.dirty && !entry.closeApproved) {
      event.preventDefault();
      void this.ask(entry).then((answer) => {
        if (answer === 'discard') {
          entry.closeApproved = true;
          entry.window.close();
        } else if (answer === 'save') {
          this.send(entry.window, { type: 'save-and-close' });
        } else {
          this.quitAfterWindow = null;
        }
      });
      return;
    }
    this.rememberPlace(entry.window);
  }

  private onClosed(id: number): void {
    this.tracked.delete(id);
    if (this.quitAfterWindow === id) {
      this.quitAfterWindow = null;
      app.quit();
    }
  }

  private async ask(entry: Tracked): Promise<Answer> {
    const { window } = entry;
    if (window.isMinimized()) window.restore();
    window.focus();
    const { t } = shellTranslator();
    const title = entry.state.title.trim() || t('ui.desktop.untitledPlan');
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      title: this.options.appName,
      message: t('ui.desktop.saveChanges.message', { title }),
      detail: t('ui.desktop.saveChanges.detail'),
      buttons: [t('ui.desktop.saveChanges.save'), t('ui.desktop.saveChanges.dontSave'), t('ui.desktop.saveChanges.cancel')],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
  }

  /** The last place on the display under the cursor, shifted when another window sits there. */
  private initialPlace(): WindowPlace {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const area = display.workArea;
    const saved = this.options.settings.windowPlace(displayKey(display));
    const width = Math.min(saved?.width ?? DEFAULT_SIZE.width, area.width);
    const height = Math.min(saved?.height ?? DEFAULT_SIZE.height, area.height);
    let x = saved?.x ?? area.x + Math.round((area.width - width) / 2);
    let y = saved?.y ?? area.y + Math.round((area.height - height) / 2);
    // A saved place that no longer fits this display (resolution changed) is recentred.
    if (x < area.x || y < area.y || x + width > area.x + area.width || y + height > area.y + area.height) {
      x = area.x + Math.round((area.width - width) / 2);
      y = area.y + Math.round((area.height - height) / 2);
    }
    const taken = [...this.tracked.values()].map((t) => t.window.getBounds());
    while (taken.some((b) => b.x === x && b.y === y) && x + width + CASCADE_STEP <= area.x + area.width && y + height + CASCADE_STEP <= area.y + area.height) {
      x += CASCADE_STEP;
      y += CASCADE_STEP;
    }
    return { x, y, width, height, maximized: saved?.maximized ?? false };
  }

  private rememberPlace(window: BrowserWindow): void {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
    const display = screen.getDisplayMatching(bounds);
    try {
      this.options.settings.saveWindowPlace(displayKey(display), { ...bounds, maximized: window.isMaximized() });
    } catch {
      // Losing a window position is not worth an error dialog on close.
    }
  }
}
