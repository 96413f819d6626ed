// The native application menu. Items do not act themselves: each sends a menu
// command to the focused window's renderer (which does the same on a keyboard
// shortcut in the browser host), so the desktop and browser editors behave alike.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, PlanEntry } from '../../shared/host/contract.js';

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
  const send = (id: string, label: string, command: MenuCommand, extra: Partial<MenuItemConstructorOptions> = {}) =>
    ({ id, label, click: () => actions.command(command), ...extra }) satisfies MenuItemConstructorOptions;
  const edit = (id: string, label: string, command: EditCommand, accelerator?: string) =>
    ({ id, label, click: () => actions.edit(command), ...(accelerator ? pageKey(accelerator) : {}) }) satisfies MenuItemConstructorOptions;

  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.map((entry, index) => ({
        id: `file.recent.${index}`,
        label: recentLabel(entry),
        sublabel: entry.ref,
        toolTip: entry.ref,
        click: () => actions.openRecent(entry.ref),
      }))
    : [{ id: 'file.recent.none', label: 'No recent plans', enabled: false }];

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: '&File',
    submenu: [
      send('file.new', 'New', 'new', { accelerator: 'CmdOrCtrl+N' }),
      send('file.new-from-template', 'New from Template…', 'new-from-template', { accelerator: 'Shift+CmdOrCtrl+N' }),
      send('file.open', 'Open…', 'open', { accelerator: 'CmdOrCtrl+O' }),
      { id: 'file.recent', label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      send('file.save', 'Save', 'save', { accelerator: 'CmdOrCtrl+S' }),
      send('file.save-as', 'Save As…', 'save-as', { accelerator: 'Shift+CmdOrCtrl+S' }),
      {
        id: 'file.export',
        label: 'Export',
        submenu: [
          send('file.export.md', 'Markdown…', 'export-md'),
          send('file.export.html', 'HTML…', 'export-html'),
          send('file.export.pdf', 'PDF…', 'export-pdf', { accelerator: 'CmdOrCtrl+P' }),
          { type: 'separator' },
          send('file.export.diagram-svg', 'Diagram as SVG…', 'export-diagram-svg'),
          send('file.export.diagram-png', 'Diagram as PNG…', 'export-diagram-png'),
        ],
      },
      { type: 'separator' },
      send('file.compare', 'Compare With…', 'compare'),
      send('file.merge', 'Merge From…', 'merge'),
      { type: 'separator' },
      send('file.host-workshop', 'Host Workshop…', 'host-workshop'),
      send('file.join-workshop', 'Join Workshop…', 'join-workshop'),
      { type: 'separator' },
      send('file.close', 'Close', 'close', { accelerator: 'CmdOrCtrl+W' }),
      ...(isMac ? [] : [{ type: 'separator' as const }, { id: 'file.quit', label: 'Quit', role: 'quit' as const }]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: '&Edit',
    submenu: [
      edit('edit.undo', 'Undo', 'undo', 'CmdOrCtrl+Z'),
      edit('edit.redo', 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      edit('edit.cut', 'Cut', 'cut', 'CmdOrCtrl+X'),
      edit('edit.copy', 'Copy', 'copy', 'CmdOrCtrl+C'),
      edit('edit.paste', 'Paste', 'paste', 'CmdOrCtrl+V'),
      send('edit.duplicate', 'Duplicate', 'duplicate', pageKey('CmdOrCtrl+D')),
      // No accelerator: Delete and Backspace belong to text fields and the canvas.
      edit('edit.delete', 'Delete', 'delete'),
      { type: 'separator' },
      edit('edit.select-all', 'Select All', 'select-all', 'CmdOrCtrl+A'),
      send('edit.find', 'Find…', 'find', pageKey('CmdOrCtrl+F')),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: '&View',
    submenu: [
      send('view.fit', 'Fit to Window', 'fit-view', pageKey('CmdOrCtrl+0')),
      send('view.zoom-in', 'Zoom In', 'zoom-in', pageKey('CmdOrCtrl+=')),
      send('view.zoom-out', 'Zoom Out', 'zoom-out', pageKey('CmdOrCtrl+-')),
      { type: 'separator' },
      send('view.ownership', 'Ownership View', 'toggle-ownership', pageKey('Shift+CmdOrCtrl+O')),
      send('view.inspector', 'Inspector Panel', 'toggle-inspector', pageKey('Alt+CmdOrCtrl+1')),
      send('view.readiness', 'Readiness Panel', 'toggle-readiness', pageKey('Alt+CmdOrCtrl+2')),
      send('view.auto-layout', 'Auto-layout', 'auto-layout', pageKey('Shift+CmdOrCtrl+L')),
      { type: 'separator' },
      { id: 'view.fullscreen', label: 'Toggle Full Screen', role: 'togglefullscreen' },
      ...(options.isDev
        ? [
            { type: 'separator' as const },
            { id: 'view.reload', label: 'Reload', role: 'reload' as const },
            { id: 'view.devtools', label: 'Toggle Developer Tools', role: 'toggleDevTools' as const },
          ]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: '&Help',
    role: 'help',
    submenu: [
      { id: 'help.spec', label: 'Plan Format Specification', click: () => actions.openSpec() },
      { type: 'separator' },
      { id: 'help.about', label: `About ${options.appName}`, click: () => actions.about() },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: `About ${options.appName}`, click: () => actions.about() },
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
