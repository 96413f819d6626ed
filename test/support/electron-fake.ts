// A typed, in-memory stand-in for the parts of `electron` the desktop shell uses.
// The Electron binary cannot run under vitest, so vitest.config.ts loads this
// module for every `import … from 'electron'`, and tests drive the real shell code
// against it: they fire the events Chromium would fire (navigation, window.open,
// permission requests, IPC from a chosen frame, app:// requests) and look at what
// the shell answered and recorded.
// Where the shell relies on a default, the fake has Electron's default: with no
// handler installed, permissions are granted and window.open is allowed, so a
// test passes only because the shell said no.
import { EventEmitter } from 'node:events';
import type * as Real from 'electron';

/** An Electron event: listeners may cancel the default action. */
export class FakeEvent {
  defaultPrevented = false;

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** A frame of a page (Electron's WebFrameMain): its URL and, for subframes, its parent. */
export class FakeFrame {
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
}

type Permission = Parameters<NonNullable<Parameters<Real.Session['setPermissionRequestHandler']>[0]>>[1];
type PermissionRequestHandler = NonNullable<Parameters<Real.Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Real.Session['setPermissionCheckHandler']>[0]>;
type InvokeListener = Parameters<Real.IpcMain['handle']>[1];
type ProtocolHandler = Parameters<Real.Protocol['handle']>[1];
type WindowOpenHandler = Parameters<Real.WebContents['setWindowOpenHandler']>[0];

/** What a page was served: the response of the protocol handler that answered its URL. */
export interface LoadedPage {
  status: number;
  headers: Headers;
  body: string;
}

let lastContentsId = 0;

export class FakeWebContents extends EventEmitter {
  readonly id = ++lastContentsId;
  readonly mainFrame = new FakeFrame('about:blank');
  /** Messages sent to the page (webContents.send), in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** Native edit commands run on the page (undo, copy, …). */
  readonly editCommands: string[] = [];
  /** Answers for executeJavaScript, in order; the fake has no script engine of its own. */
  readonly scriptResults: unknown[] = [];
  page: LoadedPage | undefined;
  private windowOpenHandler: WindowOpenHandler | undefined;
  private destroyed = false;

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Loads through the protocol handler registered for the URL's scheme, or over the network for http(s), as Chromium would. */
  async loadURL(url: string): Promise<void> {
    const response = /^https?:/i.test(url) ? await fetch(url) : await protocol.fetch(url);
    this.page = { status: response.status, headers: response.headers, body: await response.text() };
    this.mainFrame.url = url;
    this.emit('did-finish-load');
  }

  send(channel: string, ...args: unknown[]): void {
    // IPC arguments cross processes by structured clone.
    const copied = structuredClone(args);
    this.sent.push({ channel, args: copied });
    if (ipcRenderer.page === this) ipcRenderer.emit(channel, { sender: ipcRenderer }, ...copied);
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  executeJavaScript(code: string): Promise<unknown> {
    if (!this.scriptResults.length) return Promise.reject(new Error(`The fake page cannot run script (${code.slice(0, 40)}…).`));
    return Promise.resolve(this.scriptResults.shift());
  }

  printToPDF(): Promise<Buffer> {
    // Stands in for Chromium's PDF: a PDF header, then the HTML that was printed.
    return Promise.resolve(Buffer.from(`%PDF-1.7\n${this.page?.body ?? ''}`));
  }

  undo(): void {
    this.editCommands.push('undo');
  }
  redo(): void {
    this.editCommands.push('redo');
  }
  cut(): void {
    this.editCommands.push('cut');
  }
  copy(): void {
    this.editCommands.push('copy');
  }
  paste(): void {
    this.editCommands.push('paste');
  }
  selectAll(): void {
    this.editCommands.push('selectAll');
  }
  delete(): void {
    this.editCommands.push('delete');
  }

  /** The page tries to navigate (a link, location.href, a server redirect): goes ahead unless a listener prevents it. */
  navigate(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate'): FakeEvent {
    const event = Object.assign(new FakeEvent(), { url, isMainFrame: true });
    this.emit(kind, event, url, false, true);
    if (!event.defaultPrevented) {
      this.mainFrame.url = url;
      this.page = undefined;
    }
    return event;
  }

  /** The page calls window.open(url) or a link opens a new window: the handler's answer, `allow` without one. */
  openWindow(url: string): Real.WindowOpenHandlerResponse {
    const details: Real.HandlerDetails = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' } };
    return this.windowOpenHandler ? this.windowOpenHandler(details) : { action: 'allow' };
  }

  /** The page adds a <webview>. */
  attachWebview(src: string): FakeEvent {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return event;
  }

  markDestroyed(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  private static readonly open: BrowserWindow[] = [];
  private static focusedWindow: BrowserWindow | null = null;
  /** Every window ever created, also the closed ones (the print window lives briefly). */
  static readonly created: BrowserWindow[] = [];

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.open];
  }

  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focusedWindow;
  }

  readonly webContents = new FakeWebContents();
  visible: boolean;
  documentEdited = false;
  representedFilename = '';
  private title: string;
  private bounds: Bounds;
  private maximized = false;
  private destroyed = false;
  private shown = false;

  constructor(readonly options: Real.BrowserWindowConstructorOptions = {}) {
    super();
    this.title = options.title ?? app.getName();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.visible = options.show !== false;
    BrowserWindow.open.push(this);
    BrowserWindow.created.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    await this.webContents.loadURL(url);
    if (!this.shown) {
      this.shown = true;
      this.emit('ready-to-show');
    }
  }

  show(): void {
    this.visible = true;
    this.focus();
  }
  focus(): void {
    BrowserWindow.focusedWindow = this;
  }
  /** The fake's windows are never minimized or full screen. */
  restore(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }

  /** Asks to close (the user clicked ✕): 'close' listeners may prevent it. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    BrowserWindow.open.splice(BrowserWindow.open.indexOf(this), 1);
    if (BrowserWindow.focusedWindow === this) BrowserWindow.focusedWindow = null;
    this.webContents.markDestroyed();
    this.emit('closed');
    if (!BrowserWindow.open.length) app.emit('window-all-closed');
  }
}

/** The event an ipcMain.handle listener receives for a message from `frame` of `sender`. */
export function invokeEvent(sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame): Real.IpcMainInvokeEvent {
  const event = Object.assign(new FakeEvent(), { sender, senderFrame: frame, frameId: 1, processId: 1, type: 'frame' as const });
  return event as unknown as Real.IpcMainInvokeEvent;
}

class FakeIpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** The channels with an invoke handler. */
  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /** What ipcRenderer.invoke(channel, …args) from the event's sender gets back. */
  async invoke(channel: string, event: Real.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  }
}

/**
 * The preload's side of IPC. The fake runs one preload (imported by the test) and
 * attaches it to one page at a time: the page whose main frame sends its calls
 * and receives webContents.send messages.
 */
class FakeIpcRenderer extends EventEmitter {
  page: FakeWebContents | undefined;

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    if (!this.page) return Promise.reject(new Error('The fake preload is not attached to a page (set ipcRenderer.page).'));
    return ipcMain.invoke(channel, invokeEvent(this.page), ...args);
  }
}

/** What the preload exposed on `window` through the context bridge. */
export const mainWorld: Record<string, unknown> = {};

class FakeSession extends EventEmitter {
  private permissionRequestHandler: PermissionRequestHandler | null = null;
  private permissionCheckHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /** A page asks for a permission (camera, notifications, …): granted unless the handler says no. */
  requestPermission(contents: FakeWebContents, permission: Permission): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(contents as unknown as Real.WebContents, permission, resolve, { isMainFrame: true, requestingUrl: contents.getURL() }),
    );
  }

  /** Chromium checks a permission synchronously for `origin`: allowed unless the handler says no. */
  checkPermission(contents: FakeWebContents | null, permission: Permission, origin: string): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(contents as unknown as Real.WebContents | null, permission, origin, { isMainFrame: true, requestingUrl: contents?.getURL() });
  }

  /** The page starts a download. */
  download(contents: FakeWebContents, url: string): FakeEvent {
    const event = new FakeEvent();
    this.emit('will-download', event, { getURL: () => url }, contents);
    return event;
  }
}

class FakeProtocol {
  /** Schemes registered with registerSchemesAsPrivileged. */
  readonly privileged: Real.CustomScheme[] = [];
  private readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: Real.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw new Error('protocol.handle may only be used after the app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** A request the page makes: answered by the scheme's handler, with the URL canonicalised as Chromium does. */
  async fetch(input: string | Request): Promise<Response> {
    const request = typeof input === 'string' ? new Request(this.canonical(input)) : input;
    const scheme = new URL(request.url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME: the fake has no handler for ${request.url}`);
    return handler(request);
  }

  /**
   * Chromium parses a scheme registered as `standard` like http: `\` becomes `/`,
   * `.` and `..` segments (also as %2e) are resolved, the host is lower-cased.
   * Node's URL parses unknown schemes less strictly, so the fake borrows http's rules.
   */
  private canonical(url: string): string {
    const scheme = url.slice(0, url.indexOf(':'));
    if (!this.privileged.some((s) => s.scheme === scheme && s.privileges?.standard)) return url;
    return `${scheme}:${new URL(`http:${url.slice(scheme.length + 1)}`).href.slice('http:'.length)}`;
  }
}

type DialogAnswers = {
  open: Real.OpenDialogReturnValue[];
  save: Real.SaveDialogReturnValue[];
  message: Real.MessageBoxReturnValue[];
};

class FakeDialog {
  /** Every dialog shown, in order. */
  readonly shown: { kind: keyof DialogAnswers; window: unknown; options: Real.OpenDialogOptions | Real.SaveDialogOptions | Real.MessageBoxOptions }[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  private readonly answers: DialogAnswers = { open: [], save: [], message: [] };

  /** The user will pick `filePaths` in the next open dialog (none: cancel). */
  willOpen(...filePaths: string[]): void {
    this.answers.open.push({ canceled: filePaths.length === 0, filePaths });
  }

  /** The user will type `filePath` in the next save dialog (undefined: cancel). */
  willSave(filePath: string | undefined): void {
    this.answers.save.push(filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath });
  }

  /** The user will click the button at `response` in the next message box. */
  willAnswer(response: number): void {
    this.answers.message.push({ response, checkboxChecked: false });
  }

  showOpenDialog(windowOrOptions: unknown, options?: Real.OpenDialogOptions): Promise<Real.OpenDialogReturnValue> {
    return this.answer('open', windowOrOptions, options);
  }

  showSaveDialog(windowOrOptions: unknown, options?: Real.SaveDialogOptions): Promise<Real.SaveDialogReturnValue> {
    return this.answer('save', windowOrOptions, options);
  }

  showMessageBox(windowOrOptions: unknown, options?: Real.MessageBoxOptions): Promise<Real.MessageBoxReturnValue> {
    return this.answer('message', windowOrOptions, options);
  }

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }

  private answer<K extends keyof DialogAnswers>(kind: K, windowOrOptions: unknown, options: unknown): Promise<DialogAnswers[K][number]> {
    const [window, shownOptions] = options === undefined ? [undefined, windowOrOptions] : [windowOrOptions, options];
    this.shown.push({ kind, window, options: shownOptions as Real.OpenDialogOptions });
    const next = this.answers[kind].shift();
    if (!next) return Promise.reject(new Error(`The test did not say how the ${kind} dialog answers.`));
    return Promise.resolve(next);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** Where the app's own files are (app.getAppPath()). */
  appPath = '';
  /** What requestSingleInstanceLock answers (false: another instance runs). */
  singleInstanceLock = true;
  /** True once app.quit() went through (no 'before-quit' listener prevented it). */
  quitted = false;
  private readonly paths = new Map<string, string>();
  private name = 'Electron';
  private ready = false;
  private markReady: () => void = () => {};
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`app.getPath('${name}'): the test did not set this path.`);
    return path;
  }

  setName(name: string): void {
    this.name = name;
  }
  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  /** The OS's preferred languages, as a test sets them (Electron: from the OS). */
  systemLanguages: string[] = ['en-US'];
  getPreferredSystemLanguages(): string[] {
    return [...this.systemLanguages];
  }
  getLocale(): string {
    return this.systemLanguages[0] ?? 'en-US';
  }
  getAppPath(): string {
    if (!this.appPath) throw new Error('app.getAppPath(): the test did not set app.appPath.');
    return this.appPath;
  }

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Electron finished starting: 'ready' fires and whenReady() resolves. */
  emitReady(): void {
    if (this.ready) throw new Error('The fake app is ready already.');
    this.ready = true;
    this.emit('ready', new FakeEvent(), {});
    this.markReady();
  }

  quit(): void {
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
}

export class FakeMenuItem {
  readonly id: string | undefined;
  readonly label: string;
  readonly sublabel: string | undefined;
  readonly enabled: boolean;
  readonly submenu: Menu | undefined;

  constructor(private readonly options: Real.MenuItemConstructorOptions) {
    if (!options.label && !options.role && !options.type) {
      throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    this.id = options.id;
    this.label = options.label ?? '';
    this.sublabel = options.sublabel;
    this.enabled = options.enabled !== false;
    const submenu = options.submenu;
    this.submenu = submenu === undefined ? undefined : submenu instanceof Menu ? submenu : Menu.buildFromTemplate(submenu as Real.MenuItemConstructorOptions[]);
  }

  /** The user chooses the item (with `window` focused). */
  click(window?: BrowserWindow): void {
    if (!this.enabled) throw new Error(`The menu item "${this.label}" is disabled.`);
    this.options.click?.(this as unknown as Real.MenuItem, window as unknown as Real.BaseWindow, {} as Real.KeyboardEvent);
  }
}

export class Menu {
  private static applicationMenu: Menu | null = null;

  static buildFromTemplate(template: (Real.MenuItemConstructorOptions | Real.MenuItem)[]): Menu {
    return new Menu(template.map((options) => new FakeMenuItem(options as Real.MenuItemConstructorOptions)));
  }

  static setApplicationMenu(menu: Menu | null): void {
    Menu.applicationMenu = menu;
  }

  static getApplicationMenu(): Menu | null {
    return Menu.applicationMenu;
  }

  constructor(readonly items: FakeMenuItem[]) {}

  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}

const DISPLAY = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 }, scaleFactor: 1 };

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const protocol = new FakeProtocol();
export const dialog = new FakeDialog();
export const session = { defaultSession: new FakeSession() };
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in mainWorld) throw new Error('Cannot bind an API on top of an existing property on the window object');
    mainWorld[key] = api;
  },
};
export const shell = {
  /** URLs handed to the system browser, in order. */
  openedExternally: [] as string[],
  /** Paths handed to the system's default application, in order. */
  openedPaths: [] as string[],
  openExternal(url: string): Promise<void> {
    this.openedExternally.push(url);
    return Promise.resolve();
  },
  openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return Promise.resolve('');
  },
};
export const screen = {
  getCursorScreenPoint: () => ({ x: 10, y: 40 }),
  getDisplayNearestPoint: () => DISPLAY,
  getDisplayMatching: () => DISPLAY,
};

// Compile-time check: where the shell calls Electron, the fake accepts what Electron accepts.
const shellFacing = { ipcMain, ipcRenderer, protocol, dialog, contextBridge, shell, session: session.defaultSession } satisfies {
  ipcMain: Pick<Real.IpcMain, 'handle'>;
  ipcRenderer: Pick<Real.IpcRenderer, 'invoke'>;
  protocol: Pick<Real.Protocol, 'handle' | 'registerSchemesAsPrivileged'>;
  dialog: Pick<Real.Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'>;
  contextBridge: Pick<Real.ContextBridge, 'exposeInMainWorld'>;
  shell: Pick<Real.Shell, 'openExternal' | 'openPath'>;
  session: Pick<Real.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
};
void shellFacing;

// electron-store reads the module's default export.
export default { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, protocol, screen, session, shell };
