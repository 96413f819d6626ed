// The desktop app itself, driven through Playwright's Electron support: the
// window, its lock-down, the native menu, a save/open round trip, the unsaved
// changes question and the recent plans menu. Native dialogs are replaced inside
// the main process (they cannot be clicked by a test); everything else is real.
// Where the Electron binary is not installed these tests report themselves skipped.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { HOST_CALL_NAMES } from '../../shared/host/calls.js';
import { findElectronBinary } from '../../scripts/electron-binary.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(ROOT, 'examples', 'churn-scoring.handoff.json');
const SAMPLE_TITLE = 'Subscriber churn scoring';
const executablePath = findElectronBinary();

test.skip(!executablePath, 'Electron binary not installed on this machine: desktop tests skipped');
test.describe.configure({ mode: 'serial' });

// Chromium refuses its sandbox to root (CI containers); elsewhere the app runs as shipped.
const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

let work: string;

test.beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/preload/index.cjs'))) {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }
});

test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'handoff-desktop-'));
});

test.afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

async function launch(dataDir: string, plans: string[] = []): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: executablePath!,
    args: [...rootArgs, ROOT, ...plans],
    cwd: ROOT,
    env: { ...process.env, HANDOFF_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Clicks a native menu item by its id, as a person choosing it from the menu would. */
async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu, BrowserWindow }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    const window = BrowserWindow.getAllWindows()[0];
    window?.focus();
    item.click(undefined, window, window?.webContents);
  }, id);
}

/** The next open dialog answers with `path`; the next save dialog with `savePath`. */
async function answerFileDialogs(app: ElectronApplication, answers: { open?: string; save?: string }): Promise<void> {
  await app.evaluate(({ dialog }, { open, save }) => {
    if (open) dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [open] })) as typeof dialog.showOpenDialog;
    if (save) dialog.showSaveDialog = (async () => ({ canceled: false, filePath: save })) as typeof dialog.showSaveDialog;
  }, answers);
}

/** The close question answers with button `response` (0 Save, 1 Don't Save, 2 Cancel) and is recorded. */
async function answerCloseQuestion(app: ElectronApplication, response: number): Promise<void> {
  await app.evaluate(({ dialog }, answer) => {
    const asked: string[] = ((globalThis as Record<string, unknown>).__asked as string[]) ?? [];
    (globalThis as Record<string, unknown>).__asked = asked;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as { message: string };
      asked.push(options.message);
      return { response: answer, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, response);
}

const askedQuestions = (app: ElectronApplication) => app.evaluate(() => ((globalThis as Record<string, unknown>).__asked as string[]) ?? []);

test('opens a locked-down window on the start screen', async () => {
  const { app, page } = await launch(join(work, 'data'));
  try {
    expect(page.url()).toMatch(/^app:\/\/handoff\/index\.html/);
    await expect(page.getByRole('main', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Start a new plan' })).toBeVisible();

    const exposure = await page.evaluate(() => ({
      require: typeof (window as unknown as Record<string, unknown>).require,
      process: typeof (window as unknown as Record<string, unknown>).process,
      host: Object.keys((window as unknown as Record<string, Record<string, unknown>>).handoffHost).sort(),
    }));
    expect(exposure.require).toBe('undefined');
    expect(exposure.process).toBe('undefined');
    expect(exposure.host).toEqual([...HOST_CALL_NAMES, 'onEvent'].sort());
    expect(await page.evaluate(() => fetch('app://handoff/index.html').then((r) => r.headers.get('content-security-policy')))).toContain("script-src 'self'");

    // Neither a popup nor a navigation leaves the app; web links go to the system browser.
    await app.evaluate(({ shell }) => {
      shell.openExternal = (async (url: string) => {
        (globalThis as Record<string, unknown>).__external = url;
      }) as typeof shell.openExternal;
    });
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await expect.poll(() => app.evaluate(() => (globalThis as Record<string, unknown>).__external)).toBe('https://example.com/');
    // The main process sees the navigation; it is prevented there, not just left to fail.
    const navigation = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<{ url: string; prevented: boolean }>((resolve) => {
          BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event, url) => {
            // After every listener (the app's guard among them) has run.
            setImmediate(() => resolve({ url, prevented: event.defaultPrevented }));
          });
        }),
    );
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await navigation).toEqual({ url: 'https://example.com/', prevented: true });
    expect(page.url()).toMatch(/^app:\/\/handoff\//);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('has the File, Edit, View and Help menus', async () => {
  const { app } = await launch(join(work, 'data'));
  try {
    const menus = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label.replace(/&/g, ''),
        items: (item.submenu?.items ?? []).filter((i) => i.type !== 'separator').map((i) => ({
          label: i.label,
          items: (i.submenu?.items ?? []).map((s) => s.label),
        })),
      })),
    );
    const menu = (label: string) => menus.find((m) => m.label === label)?.items.map((i) => i.label) ?? [];
    expect(menus.map((m) => m.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    expect(menu('File')).toEqual(expect.arrayContaining(['New', 'New from Template…', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export', 'Close']));
    expect(menus.find((m) => m.label === 'File')?.items.find((i) => i.label === 'Export')?.items).toEqual(['Markdown…', 'HTML…', 'PDF…']);
    expect(menu('Edit')).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All', 'Delete']));
    expect(menu('View')).toEqual(expect.arrayContaining(['Fit to Window', 'Zoom In', 'Zoom Out', 'Ownership View', 'Inspector Panel', 'Readiness Panel']));
    expect(menu('Help')).toEqual(expect.arrayContaining(['Plan Format Specification', 'About Handoff Studio']));
  } finally {
    await app.close();
  }
});

test('opens a plan, saves it elsewhere byte for byte, and opens the copy', async () => {
  const original = join(work, 'churn-scoring.handoff.json');
  const copy = join(work, 'copy.handoff.json');
  copyFileSync(SAMPLE, original);
  const { app, page } = await launch(join(work, 'data'));
  try {
    await answerFileDialogs(app, { open: original });
    await clickMenu(app, 'file.open');
    const canvas = page.getByRole('region', { name: 'Canvas' });
    await expect(canvas.getByText('Billing database')).toBeVisible();
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getTitle())).toContain(SAMPLE_TITLE);

    await answerFileDialogs(app, { save: copy });
    await clickMenu(app, 'file.save-as');
    await expect.poll(() => existsSync(copy)).toBe(true);
    // An unchanged plan saves to the same canonical bytes.
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(original, 'utf8'));

    await answerFileDialogs(app, { open: copy });
    await clickMenu(app, 'file.open');
    // The copy is now the open plan: it heads the recent list.
    await expect
      .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.recent.0')?.label))
      .toBe(`${SAMPLE_TITLE} — copy.handoff.json`);
    await expect(canvas.getByText('Billing database')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('asks before closing a window with unsaved changes', async () => {
  const plan = join(work, 'churn-scoring.handoff.json');
  copyFileSync(SAMPLE, plan);
  const { app, page } = await launch(join(work, 'data'), [plan]);
  try {
    await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
    await page.getByRole('button', { name: 'Add Monitoring' }).click();
    await expect(page.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();

    // Cancel: the window stays, with its changes.
    await answerCloseQuestion(app, 2);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await expect.poll(() => askedQuestions(app)).toEqual([`Do you want to save the changes you made to "${SAMPLE_TITLE}"?`]);
    expect(app.windows()).toHaveLength(1);
    await expect(page.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();

    // Don't Save: the window closes and the file is untouched.
    await answerCloseQuestion(app, 1);
    const closed = page.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await closed;
    expect(readFileSync(plan, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
  } finally {
    await app.close().catch(() => {});
  }
});

test('Save in the close question saves the plan, then closes', async () => {
  const plan = join(work, 'churn-scoring.handoff.json');
  copyFileSync(SAMPLE, plan);
  const { app, page } = await launch(join(work, 'data'), [plan]);
  try {
    await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
    await page.getByRole('button', { name: 'Add Monitoring' }).click();
    await answerCloseQuestion(app, 0);
    const closed = page.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await closed;
    const saved = JSON.parse(readFileSync(plan, 'utf8')) as { nodes: { type: string }[] };
    const before = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { nodes: { type: string }[] };
    expect(saved.nodes).toHaveLength(before.nodes.length + 1);
  } finally {
    await app.close().catch(() => {});
  }
});

test('lists opened plans under File ▸ Open Recent, also after a restart', async () => {
  const plan = join(work, 'churn-scoring.handoff.json');
  copyFileSync(SAMPLE, plan);
  const dataDir = join(work, 'data');
  const recentLabels = (app: ElectronApplication) =>
    app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.recent')?.submenu?.items.map((i) => `${i.label}|${i.enabled}`) ?? []);

  let { app, page } = await launch(dataDir);
  try {
    expect(await recentLabels(app)).toEqual(['No recent plans|false']);
    await answerFileDialogs(app, { open: plan });
    await clickMenu(app, 'file.open');
    await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
    await expect.poll(() => recentLabels(app)).toEqual([`${SAMPLE_TITLE} — churn-scoring.handoff.json|true`]);
  } finally {
    await app.close();
  }

  ({ app, page } = await launch(dataDir));
  try {
    await expect.poll(() => recentLabels(app)).toEqual([`${SAMPLE_TITLE} — churn-scoring.handoff.json|true`]);
    await expect(page.getByRole('list', { name: 'Recent plans' })).toContainText(SAMPLE_TITLE);
    await clickMenu(app, 'file.recent.0');
    await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a second launch with a plan opens it in a new window of the running app', async () => {
  const plan = join(work, 'churn-scoring.handoff.json');
  copyFileSync(SAMPLE, plan);
  const dataDir = join(work, 'data');
  const { app } = await launch(dataDir);
  try {
    const nextWindow = app.waitForEvent('window');
    const second = spawn(executablePath!, [...rootArgs, ROOT, plan], { cwd: work, env: { ...process.env, HANDOFF_DATA_DIR: dataDir }, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => second.once('exit', done));
    const page = await nextWindow;
    await expect(page.getByRole('region', { name: 'Canvas' }).getByText('Billing database')).toBeVisible();
    // The second process hands over and quits instead of starting another app.
    expect(await exited).toBe(0);
    expect(app.windows()).toHaveLength(2);
  } finally {
    await app.close();
  }
});
