// Settings through the UI of the browser host: the dialog saves each change at
// once into the server's data folder, the theme follows the choice (or the
// system), the author name reaches saved plans (`meta.updatedBy`) and new
// checklist items, the export dialog starts on the default format, and damaged
// settings are reset with a notice shown once.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { inspectorOf, openPlan, readPlanFile, save, selectNode } from './panel-helpers';
import { expect, makeDataFolder, makePlanFolder, REPO_ROOT, SAMPLE_PLAN, startServer, stopServer, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
/** The window's background (`--bg-app` of each theme in styles/theme.css), as the browser reports it. */
const APP_BACKGROUND = { light: 'rgb(246, 247, 249)', dark: 'rgb(18, 19, 22)' };

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Settings' });

async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(APP_BACKGROUND[theme]);
}

/** The server's settings file; empty until the first write. */
async function readSettingsFile(dataDir: string | undefined): Promise<Record<string, unknown>> {
  const text = await readFile(join(dataDir!, 'settings.json'), 'utf8').catch(() => '{}');
  return JSON.parse(text) as Record<string, unknown>;
}

test('settings are saved as they change, survive a reload, and reach plans and exports', async ({ page, served }) => {
  await page.goto(served.url);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.locator('.start__header').screenshot({ path: join(ARTIFACTS, 'settings-start-header.png') });
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'System' })).toBeChecked();

  await dialog.getByLabel('Your name').fill('Ana Ruiz');
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expectTheme(page, 'dark');
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  await expect(dialog.getByRole('status')).toHaveText('Saved');
  // Saved without any OK: the server's settings file already holds all three.
  await expect.poll(() => readSettingsFile(served.dataDir)).toMatchObject({ authorName: 'Ana Ruiz', theme: 'dark', defaultExportFormat: 'md' });

  await dialog.screenshot({ path: join(ARTIFACTS, 'settings-dialog-dark.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // A reload starts dark (the page's own scheme is light), even before the host has
  // answered with the settings (held back here), and the dialog shows what was saved.
  let releaseSettings = () => {};
  const settingsHeld = new Promise<void>((resolve) => (releaseSettings = resolve));
  await page.route('**/api/call/getSettings', async (route) => {
    await settingsHeld;
    await route.continue();
  });
  await page.reload();
  await expect(page.locator('.loading')).toBeVisible();
  await expectTheme(page, 'dark');
  releaseSettings();
  await expect(page.getByRole('button', { name: 'Blank plan' })).toBeVisible();
  await expectTheme(page, 'dark');
  await page.keyboard.press('Control+Comma');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Your name')).toHaveValue('Ana Ruiz');
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A new checklist item goes to the plan's person with the author's name.
  await openPlan(page, served);
  await expectTheme(page, 'dark');
  await selectNode(page, 'Churn feature pipeline');
  const inspector = inspectorOf(page);
  const newItem = inspector.getByLabel('New checklist item', { exact: true });
  await newItem.fill('Confirm the masked replica is used');
  await newItem.press('Enter');
  const details = inspector.getByRole('button', { name: 'Details of "Confirm the masked replica is used"' });
  await expect(details).toContainText('Ana Ruiz');
  await details.click();
  await expect(inspector.getByLabel('Assignee', { exact: true }).locator('option:checked')).toHaveText('Ana Ruiz');

  // Saving records the author; the file still parses, for the app and for the command line.
  await save(page);
  const { plan } = await readPlanFile(served);
  expect(plan.meta?.updatedBy).toBe('Ana Ruiz');
  const ana = plan.people?.find((p) => p.name === 'Ana Ruiz');
  const added = plan.nodes?.flatMap((n) => n.checklist ?? []).find((i) => i.text === 'Confirm the masked replica is used');
  expect(added?.assigneeId).toBe(ana?.id);
  const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/handoff.js'), 'validate', join(served.dir, SAMPLE_PLAN), '--json'], { encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(1); // the sample keeps its error finding; 2 would mean the file is unreadable
  const validated = JSON.parse(cli.stdout) as { findings: { ruleId: string }[] };
  expect(validated.findings.map((f) => f.ruleId)).toContain('privacy-review');

  // The export dialog starts on the default format.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export requirements document' });
  await expect(exportDialog.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await exportDialog.getByRole('button', { name: 'Cancel' }).click();

  // The gear in the editor's top bar opens the same dialog.
  await page.locator('.topbar').screenshot({ path: join(ARTIFACTS, 'settings-topbar.png') });
  await page.getByRole('toolbar', { name: 'Editor tools' }).getByRole('button', { name: 'Settings' }).click();
  await expect(dialog).toBeVisible();
});

test('checklist items stay unassigned when no person, or more than one, has the author name', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await settingsDialog(page).getByLabel('Your name').fill('Someone Else');
  await settingsDialog(page).getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => readSettingsFile(served.dataDir)).toMatchObject({ authorName: 'Someone Else' });

  await openPlan(page, served);
  await selectNode(page, 'Churn feature pipeline');
  const inspector = inspectorOf(page);
  await inspector.getByLabel('New checklist item', { exact: true }).fill('Nobody’s item');
  await inspector.getByLabel('New checklist item', { exact: true }).press('Enter');
  await inspector.getByRole('button', { name: 'Details of "Nobody’s item"' }).click();
  await expect(inspector.getByLabel('Assignee', { exact: true })).toHaveValue('');
});

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('"System" follows the system live; Light and Dark override it', async ({ page, served }) => {
    await page.goto(served.url);
    await expect(page.getByRole('button', { name: 'Blank plan' })).toBeVisible();
    await expectTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectTheme(page, 'light');

    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = settingsDialog(page);
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expectTheme(page, 'dark');
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectTheme(page, 'light');
    await expect(dialog.getByRole('status')).toHaveText('Saved');
    await dialog.getByLabel('Your name').fill('Ana Ruiz');
    await dialog.getByLabel('Your name').blur();
    await expect(dialog.getByRole('status')).toHaveText('Saved');
    await mkdir(ARTIFACTS, { recursive: true });
    await dialog.screenshot({ path: join(ARTIFACTS, 'settings-dialog-light.png') });

    await dialog.getByRole('radio', { name: 'System' }).check();
    await expectTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectTheme(page, 'light');
  });
});

test('a settings change the host cannot save is reported and not shown as saved', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = settingsDialog(page);
  await expect(dialog.getByRole('radio', { name: 'System' })).toBeChecked();
  // The data folder becomes a plain file: nothing can be written under it, not even by root.
  await rm(served.dataDir!, { recursive: true, force: true });
  await writeFile(served.dataDir!, 'not a folder');

  // Clicked, not checked: the choice goes back to what the host holds.
  await dialog.getByRole('radio', { name: 'Dark' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Your settings could not be saved');
  await expect(alert).toContainText('settings.json');
  await expect(alert).toContainText('The setting was not changed.');
  await expect(dialog.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await dialog.screenshot({ path: join(ARTIFACTS, 'settings-dialog-error.png') });
  await rm(served.dataDir!, { force: true });
});

test('damaged settings are reset to the defaults with a notice shown once', async ({ page }) => {
  const dir = await makePlanFolder();
  const dataDir = await makeDataFolder();
  await writeFile(join(dataDir, 'settings.json'), '{ "theme": "dark", "authorName": ');
  const { url, child } = await startServer(dir, dataDir);
  try {
    await page.goto(url);
    const notice = page.getByText(/settings file settings\.json was damaged .* reset to the defaults/);
    await expect(notice).toBeVisible();
    await expectTheme(page, 'light');
    // The damaged file is kept beside the repaired one.
    await stat(join(dataDir, 'settings.json.corrupt'));

    await page.reload();
    await expect(page.getByRole('button', { name: 'Blank plan' })).toBeVisible();
    // Start-up has shown every notice it had by now; the repaired file gives none.
    await expect(page.locator('html[data-startup="done"]')).toHaveCount(1);
    await expect(notice).toHaveCount(0);
  } finally {
    await stopServer(child);
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});
