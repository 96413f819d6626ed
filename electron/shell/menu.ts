// The native application menu. Items do not act themselves: each sends a menu
// command to the focused window's renderer (which does the same on a keyboard
// shortcut in the browser host), so the desktop and browser editors behave alike.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, PlanEntry } from '../../shared/host/contract.js';
import type { CatalogKey, Translator } from '../../shared/i18n/index.js';

/** Commands that also mean something inside a text field (handled natively there). */
export type EditCommand = Extract<MenuCommand, 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'select-all' | 'delete'>;

export interface MenuActions {
  command(command: MenuCommand): void;
  edit(command: EditCommand): void;
  openRecent(ref: string): void;
  about(): void;
  openSpec(): void;
}

export interface MenuOptions {
  recent: PlanEntry[];
  isDev: boolean;
  platform: NodeJS.Platform;
  appName: string;
  /** The interface language's translator: labels are the catalog's `app.menu.<id>` (`.` written `_`). */
  tr: Translator;
}

/** Menu labels treat `&` as a mnemonic marker on Windows and Linux. */
const literal = (text: string): string => text.replace(/&/g, '&&');

function recentLabel(entry: PlanEntry): string {
  return literal(entry.title && entry.title !== entry.name ? `${entry.title} — ${entry.name}` : entry.name);
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  // Shortcuts the editor itself handles (in the browser host too) are shown but, off
  // macOS, not registered, so a key press reaches the page once, not twice. macOS
  // needs them registered for text fields; there the page gets the key first.
  const pageKey = (accelerator: string) => ({ accelerator, registerAccelerator: isMac });
  const label = (id: string): string => options.tr.t(`app.menu.${id.replace(/\./g, '_')}` as CatalogKey, { appName: options.appName });
  const send = (id: string, command: MenuCommand, extra: Partial<MenuItemConstructorOptions> = {}) =>
    ({ id, label: label(id), click: () => actions.command(command), ...extra }) satisfies MenuItemConstructorOptions;
  const edit = (id: string, command: EditCommand, accelerator?: string) =>
    ({ id, label: label(id), click: () => actions.edit(command), ...(accelerator ? pageKey(accelerator) : {}) }) satisfies MenuItemConstructorOptions;

  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.map((entry, index) => ({
        id: `file.recent.${index}`,
        label: recentLabel(entry),
        sublabel: entry.ref,
        toolTip: entry.ref,
        click: () => actions.openRecent(entry.ref),
      }))
    : [{ id: 'file.recent.none', label: label('file.recent.none'), enabled: false }];

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: label('file'),
    submenu: [
      send('file.new', 'new', { accelerator: 'CmdOrCtrl+N' }),
      send('file.new-from-template', 'new-from-template', { accelerator: 'Shift+CmdOrCtrl+N' }),
      send('file.open', 'open', { accelerator: 'CmdOrCtrl+O' }),
      { id: 'file.recent', label: label('file.recent'), submenu: recentItems },
      { type: 'separator' },
      send('file.save', 'save', { accelerator: 'CmdOrCtrl+S' }),
      send('file.save-as', 'save-as', { accelerator: 'Shift+CmdOrCtrl+S' }),
      {
        id: 'file.export',
        label: label('file.export'),
        submenu: [
          send('file.export.md', 'export-md'),
          send('file.export.html', 'export-html'),
          send('file.export.pdf', 'export-pdf', { accelerator: 'CmdOrCtrl+P' }),
          { type: 'separator' },
          send('file.export.diagram-svg', 'export-diagram-svg'),
          send('file.export.diagram-png', 'export-diagram-png'),
        ],
      },
      { type: 'separator' },
      send('file.compare', 'compare'),
      send('file.merge', 'merge'),
      { type: 'separator' },
      send('file.host-workshop', 'host-workshop'),
      send('file.join-workshop', 'join-workshop'),
      { type: 'separator' },
      send('file.close', 'close', { accelerator: 'CmdOrCtrl+W' }),
      ...(isMac ? [] : [{ type: 'separator' as const }, { id: 'file.quit', label: label('file.quit'), role: 'quit' as const }]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: label('edit'),
    submenu: [
      edit('edit.undo', 'undo', 'CmdOrCtrl+Z'),
      edit('edit.redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      edit('edit.cut', 'cut', 'CmdOrCtrl+X'),
      edit('edit.copy', 'copy', 'CmdOrCtrl+C'),
      edit('edit.paste', 'paste', 'CmdOrCtrl+V'),
      send('edit.duplicate', 'duplicate', pageKey('CmdOrCtrl+D')),
      // No accelerator: Delete and Backspace belong to text fields and the canvas.
      edit('edit.delete', 'delete'),
      { type: 'separator' },
      edit('edit.select-all', 'select-all', 'CmdOrCtrl+A'),
      send('edit.find', 'find', pageKey('CmdOrCtrl+F')),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: label('view'),
    submenu: [
      send('view.fit', 'fit-view', pageKey('CmdOrCtrl+0')),
      send('view.zoom-in', 'zoom-in', pageKey('CmdOrCtrl+=')),
      send('view.zoom-out', 'zoom-out', pageKey('CmdOrCtrl+-')),
      { type: 'separator' },
      send('view.ownership', 'toggle-ownership', pageKey('Shift+CmdOrCtrl+O')),
      send('view.inspector', 'toggle-inspector', pageKey('Alt+CmdOrCtrl+1')),
      send('view.readiness', 'toggle-readiness', pageKey('Alt+CmdOrCtrl+2')),
      send('view.auto-layout', 'auto-layout', pageKey('Shift+CmdOrCtrl+L')),
      { type: 'separator' },
      { id: 'view.fullscreen', label: label('view.fullscreen'), role: 'togglefullscreen' },
      ...(options.isDev
        ? [
            { type: 'separator' as const },
            { id: 'view.reload', label: label('view.reload'), role: 'reload' as const },
            { id: 'view.devtools', label: label('view.devtools'), role: 'toggleDevTools' as const },
          ]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: label('help'),
    role: 'help',
    submenu: [
      { id: 'help.spec', label: label('help.spec'), click: () => actions.openSpec() },
      { type: 'separator' },
      { id: 'help.about', label: label('help.about'), click: () => actions.about() },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: label('help.about'), click: () => actions.about() },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, editMenu, view, help];
}

export function installMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, options)));
}
