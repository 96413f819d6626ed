// Plan windows in the real main process against the electron fake: the title
// follows what the page reports, and closing a window (or quitting) with unsaved
// changes asks first — Save, Don't Save or Cancel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL } from '../../shared/host/contract.js';
import { startDesktopShell, type DesktopShell } from './support/desktop-shell.js';

const SAVE = 0;
const DONT_SAVE = 1;
const CANCEL = 2;

const running: DesktopShell[] = [];
/** The app with its window showing unsaved changes to "Churn scoring". */
async function startDirty(): Promise<DesktopShell> {
  const shell = await startDesktopShell();
  running.push(shell);
  await shell.pageApi(shell.window).setDocumentState({ title: 'Churn scoring', dirty: true });
  return shell;
}
afterEach(() => running.splice(0).forEach((shell) => shell.dispose()));

const asked = (shell: DesktopShell) => shell.electron.dialog.shown.filter((d) => d.kind === 'message');

describe('window title', () => {
  it('shows the plan title and a dot while there are unsaved changes', async () => {
    const shell = await startDirty();
    expect(shell.window.getTitle()).toBe('Churn scoring • — Handoff Studio');
    await shell.pageApi(shell.window).setDocumentState({ title: '  ', dirty: false });
    expect(shell.window.getTitle()).toBe('Untitled plan — Handoff Studio');
  });
});

describe('closing with unsaved changes', () => {
  it('asks, and Cancel keeps the window open', async () => {
    const shell = await startDirty();
    shell.electron.dialog.willAnswer(CANCEL);
    shell.window.close();
    await expect.poll(() => asked(shell)).toHaveLength(1);
    expect(asked(shell)[0]).toMatchObject({ window: shell.window, options: { message: 'Do you want to save the changes you made to "Churn scoring"?' } });
    // Still open with its changes: closing again asks again.
    shell.electron.dialog.willAnswer(DONT_SAVE);
    shell.window.close();
    await expect.poll(() => asked(shell)).toHaveLength(2);
    await expect.poll(() => shell.window.isDestroyed()).toBe(true);
  });

  it("Don't Save closes the window", async () => {
    const shell = await startDirty();
    shell.electron.dialog.willAnswer(DONT_SAVE);
    shell.window.close();
    await expect.poll(() => shell.window.isDestroyed()).toBe(true);
  });

  it('Save asks the page to save and close; the window closes when the page says it is done', async () => {
    const shell = await startDirty();
    shell.electron.dialog.willAnswer(SAVE);
    shell.window.close();
    await expect.poll(() => shell.window.webContents.sent.at(-1)).toEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'save-and-close' }] });
    await shell.pageApi(shell.window).closeWindow({});
    expect(shell.window.isDestroyed()).toBe(true);
  });

  it('closes a window without changes without asking', async () => {
    const shell = await startDirty();
    await shell.pageApi(shell.window).setDocumentState({ title: 'Churn scoring', dirty: false });
    shell.window.close();
    expect(shell.window.isDestroyed()).toBe(true);
    expect(asked(shell)).toEqual([]);
  });
});

describe('quitting with unsaved changes', () => {
  it('asks; Cancel keeps the app running, Don\'t Save quits', async () => {
    const shell = await startDirty();
    const { app, dialog } = shell.electron;
    dialog.willAnswer(CANCEL);
    app.quit();
    await expect.poll(() => asked(shell)).toHaveLength(1);
    expect(app.quitted).toBe(false);
    // Still running with the changes: quitting again asks again.
    dialog.willAnswer(DONT_SAVE);
    app.quit();
    await expect.poll(() => asked(shell)).toHaveLength(2);
    await expect.poll(() => app.quitted).toBe(true);
  });

  it('Save lets the page save and close, then the quit goes on', async () => {
    const shell = await startDirty();
    const { app, dialog, FakeEvent } = shell.electron;
    // A second window without changes stays open until the quit, so only the quit itself can end the app.
    const plan = join(shell.root, 'clean.handoff.json');
    writeFileSync(plan, '{}');
    await shell.windowOpenedBy(() => app.emit('second-instance', new FakeEvent(), ['/opt/handoff-studio', plan], shell.root));

    dialog.willAnswer(SAVE);
    app.quit();
    await expect.poll(() => shell.window.webContents.sent.at(-1)?.args).toEqual([{ type: 'save-and-close' }]);
    expect(app.quitted).toBe(false);
    await shell.pageApi(shell.window).closeWindow({});
    await expect.poll(() => app.quitted).toBe(true);
  });
});
