// The native menu as main installs it, clicked through the electron fake: items
// send commands to the focused window's page, Open Recent follows the plans the
// user opened, and edit commands act natively inside text fields.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, type HostEvent } from '../../shared/host/contract.js';
import type { BrowserWindow, FakeMenuItem } from '../support/electron-fake.js';
import { startDesktopShell, type DesktopShell } from './support/desktop-shell.js';

const running: DesktopShell[] = [];
async function start(): Promise<DesktopShell> {
  const shell = await startDesktopShell();
  running.push(shell);
  return shell;
}
afterEach(() => running.splice(0).forEach((shell) => shell.dispose()));

function menuItem(shell: DesktopShell, id: string): FakeMenuItem {
  const item = shell.electron.Menu.getApplicationMenu()?.getMenuItemById(id);
  if (!item) throw new Error(`The application menu has no item "${id}".`);
  return item;
}

/** The host events a window's page has been sent. */
const hostEvents = (window: BrowserWindow): HostEvent[] =>
  window.webContents.sent.filter((m) => m.channel === IPC_EVENT_CHANNEL).map((m) => m.args[0] as HostEvent);

describe('application menu', () => {
  it('sends File, View and Edit commands to the focused window', async () => {
    const shell = await start();
    for (const id of ['file.save', 'file.export.pdf', 'view.fit', 'edit.find']) menuItem(shell, id).click();
    expect(hostEvents(shell.window)).toEqual([
      { type: 'menu', command: 'save' },
      { type: 'menu', command: 'export-pdf' },
      { type: 'menu', command: 'fit-view' },
      { type: 'menu', command: 'find' },
    ]);
  });

  it('lists a plan under Open Recent once it was opened, and asks the window to open it', async () => {
    const shell = await start();
    expect(menuItem(shell, 'file.recent.none').enabled).toBe(false);
    const plan = join(shell.root, 'plans', 'r&d.handoff.json');
    mkdirSync(join(shell.root, 'plans'));
    writeFileSync(plan, JSON.stringify({ title: 'R&D scoring' }));
    shell.electron.dialog.willOpen(plan);
    await shell.pageApi(shell.window).openPlan({});

    // The menu is rebuilt after the open (the recent list changed).
    await expect.poll(() => shell.electron.Menu.getApplicationMenu()?.getMenuItemById('file.recent.0')).toBeTruthy();
    const item = menuItem(shell, 'file.recent.0');
    // `&` marks a mnemonic in menu labels; it is doubled to show as itself.
    expect(item).toMatchObject({ label: 'R&&D scoring — r&&d.handoff.json', sublabel: plan });
    item.click();
    expect(hostEvents(shell.window).at(-1)).toEqual({ type: 'open-plan', ref: plan });
  });

  it('opens a start window for File ▸ New when every window is closed, and tells it once loaded', async () => {
    const shell = await start();
    shell.window.close();
    expect(shell.electron.BrowserWindow.getAllWindows()).toEqual([]);
    const window = await shell.windowOpenedBy(() => menuItem(shell, 'file.new').click());
    expect(hostEvents(window)).toEqual([{ type: 'menu', command: 'new' }]);
  });

  it('runs edit commands natively in a text field and sends them to the editor elsewhere', async () => {
    const shell = await start();
    const contents = shell.window.webContents;
    contents.scriptResults.push(false);
    menuItem(shell, 'edit.undo').click();
    await expect.poll(() => hostEvents(shell.window)).toEqual([{ type: 'menu', command: 'undo' }]);

    contents.scriptResults.push(true);
    menuItem(shell, 'edit.paste').click();
    await expect.poll(() => contents.editCommands).toEqual(['paste']);
    expect(hostEvents(shell.window)).toHaveLength(1);
  });

  it('opens the plan format specification shipped with the app', async () => {
    const shell = await start();
    menuItem(shell, 'help.spec').click();
    await expect.poll(() => shell.electron.shell.openedPaths).toEqual([join(shell.electron.app.getAppPath(), 'docs', 'plan-format.md')]);
  });

  it('speaks the OS language, and follows the Settings language at once', async () => {
    const shell = await startDesktopShell((electron) => {
      electron.app.systemLanguages = ['zh-Hans-CN', 'en-US'];
    });
    running.push(shell);
    expect(menuItem(shell, 'file.save').label).toBe('保存');
    expect(menuItem(shell, 'file').label).toBe('文件(&F)');
    expect(menuItem(shell, 'help.about').label).toBe('关于 Handoff Studio');

    await shell.pageApi(shell.window).updateSettings({ language: 'en' });
    // The menu is rebuilt once the setting is stored.
    await expect.poll(() => menuItem(shell, 'file.save').label).toBe('Save');
    expect(menuItem(shell, 'edit.select-all').label).toBe('Select All');

    await shell.pageApi(shell.window).updateSettings({ language: 'system' });
    await expect.poll(() => menuItem(shell, 'view.fit').label).toBe('适应窗口');
  });
});
