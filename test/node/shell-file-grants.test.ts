// Which plan files a desktop window may read and write, in the real main process
// against the electron fake: only files the user chose (open or save dialog, the
// command line, the OS opening a file, the recent list), never a path the page
// makes up, even when the file exists.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecentStore } from '../../electron/services/recent.js';
import type { HostEvent } from '../../shared/host/contract.js';
import { startDesktopShell, type DesktopShell, type ElectronFake, type ShellFolders } from './support/desktop-shell.js';

const running: DesktopShell[] = [];
async function start(prepare?: (electron: ElectronFake, folders: ShellFolders) => void | Promise<void>): Promise<DesktopShell> {
  const shell = await startDesktopShell(prepare);
  running.push(shell);
  return shell;
}
afterEach(() => running.splice(0).forEach((shell) => shell.dispose()));

const PLAN = `${JSON.stringify({ format: 'handoff-plan', title: 'Churn scoring' })}\n`;

function writePlan(path: string, text = PLAN): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const notChosen = (name: string) => `"${name}" was not opened or chosen in this app; open it with File ▸ Open… first.`;

describe('a plan the user never chose', () => {
  it('cannot be opened, read, saved over or shadowed by a recovery copy, though it exists', async () => {
    const shell = await start();
    const secret = writePlan(join(shell.root, 'elsewhere', 'secret.handoff.json'));
    const api = shell.pageApi(shell.window);

    await expect(api.openPlan({ ref: secret })).rejects.toThrow(notChosen('secret.handoff.json'));
    await expect(api.readRevision({ ref: secret })).rejects.toThrow(notChosen('secret.handoff.json'));
    await expect(api.savePlan({ ref: secret, text: '{}', overwrite: true })).rejects.toThrow(notChosen('secret.handoff.json'));
    await expect(api.writeRecovery({ key: 'k1', ref: secret, name: 'secret.handoff.json', title: 'x', text: '{}' })).rejects.toThrow(
      notChosen('secret.handoff.json'),
    );
    expect(readFileSync(secret, 'utf8')).toBe(PLAN);
    expect(await api.listRecovery({})).toEqual([]);
  });

  it('is refused when the ref is not an absolute path to a plan file', async () => {
    const shell = await start();
    const api = shell.pageApi(shell.window);
    await expect(api.openPlan({ ref: '/etc/passwd' })).rejects.toThrow('"passwd" is not a Handoff plan (the file name must end in .handoff.json).');
    await expect(api.openPlan({ ref: 'plans/a.handoff.json' })).rejects.toThrow('"plans/a.handoff.json" is not an absolute path to a plan file.');
  });
});

describe('a plan chosen in a dialog', () => {
  it('may be opened, read and saved; its neighbour may not', async () => {
    const shell = await start();
    const chosen = writePlan(join(shell.root, 'plans', 'churn.handoff.json'));
    const neighbour = writePlan(join(shell.root, 'plans', 'other.handoff.json'));
    const api = shell.pageApi(shell.window);

    shell.electron.dialog.willOpen(chosen);
    const opened = await api.openPlan({});
    expect(opened).toMatchObject({ ref: chosen, name: 'churn.handoff.json', text: PLAN });
    expect(shell.electron.dialog.shown.at(-1)).toMatchObject({ kind: 'open', window: shell.window, options: { defaultPath: shell.documents } });

    const { revision } = await api.readRevision({ ref: chosen });
    const changed = PLAN.replace('Churn scoring', 'Churn scoring v2');
    expect(await api.savePlan({ ref: chosen, text: changed, expectedRevision: revision })).toMatchObject({ status: 'saved', ref: chosen });
    expect(readFileSync(chosen, 'utf8')).toBe(changed);

    await expect(api.openPlan({ ref: neighbour })).rejects.toThrow(notChosen('other.handoff.json'));
    // The next dialog starts where the last plan was chosen.
    shell.electron.dialog.willOpen();
    expect(await api.openPlan({})).toEqual({ canceled: true });
    expect(shell.electron.dialog.shown.at(-1)?.options).toMatchObject({ defaultPath: dirname(chosen) });
  });

  it('grants nothing when the dialog is canceled or answers a file that is not a plan', async () => {
    const shell = await start();
    const api = shell.pageApi(shell.window);
    shell.electron.dialog.willOpen();
    expect(await api.openPlan({})).toEqual({ canceled: true });
    shell.electron.dialog.willOpen('/etc/passwd');
    await expect(api.openPlan({})).rejects.toThrow('"passwd" is not a Handoff plan');
  });

  it('Save As grants the chosen place, named *.handoff.json whatever was typed', async () => {
    const shell = await start();
    const api = shell.pageApi(shell.window);
    shell.electron.dialog.willSave(join(shell.documents, 'Churn report.json'));
    const place = await api.chooseSaveLocation({ suggestedName: 'Churn: draft' });
    const ref = join(shell.documents, 'Churn report.handoff.json');
    expect(place).toEqual({ ref });
    expect(shell.electron.dialog.shown.at(-1)?.options).toMatchObject({ defaultPath: join(shell.documents, 'Churn draft.handoff.json') });

    expect(await api.savePlan({ ref, text: PLAN })).toMatchObject({ status: 'saved', ref });
    expect(readFileSync(ref, 'utf8')).toBe(PLAN);

    shell.electron.dialog.willSave(undefined);
    expect(await api.chooseSaveLocation({ suggestedName: 'x' })).toEqual({ canceled: true });
  });
});

describe('plans chosen outside a dialog', () => {
  it('a plan under Open Recent (from an earlier session) may be opened from the menu', async () => {
    let recent = '';
    const shell = await start(async (_electron, { root, dataDir }) => {
      recent = writePlan(join(root, 'last-week', 'fraud.handoff.json'));
      await createRecentStore(join(dataDir, 'recent.json')).add({ ref: recent, name: 'fraud.handoff.json' });
    });
    const api = shell.pageApi(shell.window);
    const events: HostEvent[] = [];
    api.onEvent((event) => events.push(event));
    shell.electron.Menu.getApplicationMenu()?.getMenuItemById('file.recent.0')?.click();
    expect(events).toEqual([{ type: 'open-plan', ref: recent }]);
    expect(await api.openPlan({ ref: recent })).toMatchObject({ ref: recent, text: PLAN });
  });

  it('a plan the start screen lists as recent may be opened', async () => {
    const shell = await start();
    const recent = writePlan(join(shell.root, 'last-week', 'fraud.handoff.json'));
    // Listed in the data folder, but not yet shown to the user.
    await createRecentStore(join(shell.dataDir, 'recent.json')).add({ ref: recent, name: 'fraud.handoff.json' });
    const api = shell.pageApi(shell.window);
    await expect(api.openPlan({ ref: recent })).rejects.toThrow(notChosen('fraud.handoff.json'));
    expect(await api.listRecent({})).toEqual([expect.objectContaining({ ref: recent, name: 'fraud.handoff.json' })]);
    expect(await api.openPlan({ ref: recent })).toMatchObject({ ref: recent, text: PLAN });
  });

  it('a recovery copy of a chosen plan may be saved back to it in a later session', async () => {
    const first = await start();
    const plan = writePlan(join(first.root, 'plans', 'churn.handoff.json'));
    first.electron.dialog.willOpen(plan);
    const api = first.pageApi(first.window);
    await api.openPlan({});
    await api.writeRecovery({ key: 'k1', ref: plan, name: 'churn.handoff.json', title: 'Churn scoring', text: '{"recovered":true}' });

    // The app crashed; the next start finds the copy (and no recent list that would grant the plan too).
    const second = await start((_electron, { dataDir }) => cpSync(join(first.dataDir, 'recovery'), join(dataDir, 'recovery'), { recursive: true }));
    const later = second.pageApi(second.window);
    expect(await later.listRecovery({})).toEqual([expect.objectContaining({ key: 'k1', ref: plan })]);
    expect(await later.savePlan({ ref: plan, text: '{"recovered":true}', overwrite: true })).toMatchObject({ status: 'saved' });
    expect(readFileSync(plan, 'utf8')).toBe('{"recovered":true}');
  });

  it('plans on the command line of a second instance open in windows that may use them; other arguments are ignored', async () => {
    const shell = await start();
    const { electron } = shell;
    const fromArgv = writePlan(join(shell.root, 'work', 'plans', 'a.handoff.json'));
    const other = writePlan(join(shell.root, 'work', 'plans', 'b.handoff.json'));
    const argv = ['/opt/Handoff Studio/handoff-studio', '--no-sandbox', 'plans/a.handoff.json', 'notes.txt'];

    const window = await shell.windowOpenedBy(() => electron.app.emit('second-instance', new electron.FakeEvent(), argv, join(shell.root, 'work')));
    expect(new URL(window.webContents.getURL()).searchParams.get('plan')).toBe(fromArgv);
    const api = shell.pageApi(window);
    expect(await api.openPlan({ ref: fromArgv })).toMatchObject({ ref: fromArgv });
    await expect(api.openPlan({ ref: other })).rejects.toThrow(notChosen('b.handoff.json'));
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(2);
  });

  it('a plan the OS asks to open (macOS open-file) opens in a window that may use it', async () => {
    const shell = await start();
    const { electron } = shell;
    const plan = writePlan(join(shell.root, 'Downloads', 'shared.handoff.json'));
    const event = new electron.FakeEvent();
    const window = await shell.windowOpenedBy(() => electron.app.emit('open-file', event, plan));
    expect(event.defaultPrevented).toBe(true);
    expect(await shell.pageApi(window).openPlan({ ref: plan })).toMatchObject({ ref: plan });
  });
});
