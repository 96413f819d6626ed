// Workshops in the desktop app itself, through Playwright's Electron support: File ▸
// Host Workshop… on a saved plan shows the links and the QR code and opens the
// facilitator's view (the workshop's web page, no preload); File ▸ Join Workshop…
// opens a link in a window of its own and refuses what is not a workshop link;
// Stop workshop writes the room's work into the file.
// Where the Electron binary is not installed these tests report themselves skipped.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(ROOT, 'examples', 'churn-scoring.handoff.json');
const executablePath = findElectronBinary();

test.skip(!executablePath, 'Electron binary not installed on this machine: desktop tests skipped');
test.describe.configure({ mode: 'serial' });

const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

let work: string;

test.beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/preload/index.cjs'))) {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }
});

test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'handoff-desktop-workshop-'));
});

test.afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

async function launch(plan: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: executablePath!,
    args: [...rootArgs, ROOT, plan],
    cwd: ROOT,
    env: { ...process.env, HANDOFF_DATA_DIR: join(work, 'data') },
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
  return { app, page };
}

/** Chooses a File menu item with the plan window focused. */
async function clickMenu(app: ElectronApplication, page: Page, id: string): Promise<void> {
  const url = page.url();
  await app.evaluate(({ Menu, BrowserWindow }, { itemId, pageUrl }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL() === pageUrl);
    window?.focus();
    Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click(undefined, window, window?.webContents);
  }, { itemId: id, pageUrl: url });
}

/** A workshop page has neither the host API nor Node: it is a web page like in a browser. */
async function exposure(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({
    handoffHost: typeof (window as unknown as Record<string, unknown>).handoffHost,
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
  }));
}

const nodeCount = (file: string): number => (JSON.parse(readFileSync(file, 'utf8')) as { nodes: unknown[] }).nodes.length;

test('hosts a workshop on the open plan, joins it from a link, and writes the room’s work on stop', async () => {
  const plan = join(work, 'churn.handoff.json');
  copyFileSync(SAMPLE, plan);
  const before = nodeCount(plan);
  const { app, page } = await launch(plan);
  try {
    const facilitatorWindow = app.waitForEvent('window');
    await clickMenu(app, page, 'file.host-workshop');
    const choose = page.getByRole('dialog', { name: 'Host a workshop' });
    await expect(choose.getByLabel('Only this computer')).toBeChecked();
    await choose.getByRole('button', { name: 'Host workshop' }).click();

    const running = page.getByRole('dialog', { name: 'Workshop running' });
    const participantLink = await running.getByLabel(/^Participant link/).inputValue();
    expect(participantLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?workshop=1#token=[\w-]+$/);
    const qr = running.getByRole('img', { name: 'QR code of the participant link' });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The facilitator's view: the workshop's page on 127.0.0.1, without preload.
    const view = await facilitatorWindow;
    expect(view.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?workshop=1/);
    expect(await exposure(view)).toEqual({ handoffHost: 'undefined', require: 'undefined', process: 'undefined' });
    const name = view.getByRole('dialog', { name: 'Join the workshop' });
    await name.getByLabel('Your name').fill('Fran');
    await name.getByRole('button', { name: 'Join' }).click();
    await expect(view.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
    await view.getByRole('button', { name: 'Add Monitoring' }).click();

    // A guest joining from the link, as the Join dialog does (the hosting dialog is modal,
    // so this window's menu commands wait; the next test drives the Join dialog itself).
    const guestWindow = app.waitForEvent('window');
    await page.evaluate(
      (link) => (window as unknown as { handoffHost: { joinWorkshop(r: { link: string }): Promise<unknown> } }).handoffHost.joinWorkshop({ link }),
      participantLink,
    );
    const guest = await guestWindow;
    expect(guest.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?workshop=1/);
    expect(await exposure(guest)).toEqual({ handoffHost: 'undefined', require: 'undefined', process: 'undefined' });
    await expect(guest.getByRole('dialog', { name: 'Join the workshop' })).toBeVisible();

    const viewClosed = view.waitForEvent('close');
    await running.getByRole('button', { name: 'Stop workshop' }).click();
    await viewClosed;
    await expect(running).toBeHidden();
    expect(nodeCount(plan)).toBe(before + 1);
    // The plan window opens the file again, with the room's work.
    await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('Join Workshop… refuses what is not a workshop link', async () => {
  const plan = join(work, 'churn.handoff.json');
  copyFileSync(SAMPLE, plan);
  const { app, page } = await launch(plan);
  try {
    await clickMenu(app, page, 'file.join-workshop');
    const dialog = page.getByRole('dialog', { name: 'Join a workshop' });
    for (const [link, message] of [
      ['file:///etc/passwd?workshop=1#token=abc', 'A workshop link starts with http:// or https://, not file://.'],
      ['http://127.0.0.1:9/?workshop=1', 'This link has no access token'],
      ['http://127.0.0.1:9/#token=abc', 'This is not a workshop link'],
    ]) {
      await dialog.getByLabel('Workshop link').fill(link);
      await dialog.getByRole('button', { name: 'Join' }).click();
      await expect(dialog.getByRole('alert')).toContainText(message);
    }
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
