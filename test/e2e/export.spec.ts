// Export from the UI: open the sample plan, export a PDF and Markdown through the
// export dialog, and check what lands in the downloads.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openPlan } from './panel-helpers';
import { expect, makePlanFolder, REPO_ROOT, startServer, stopServer, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export requirements document' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('exports the sample plan as a PDF from the export dialog', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  // The preview is the document itself, in a sandboxed frame.
  const preview = page.frameLocator('iframe[title="Document preview"]');
  await expect(preview.getByRole('heading', { level: 1, name: 'Subscriber churn scoring' })).toBeVisible();
  await expect(dialog.locator('iframe')).toHaveAttribute('sandbox', '');
  await mkdir(ARTIFACTS, { recursive: true });
  await dialog.screenshot({ path: join(ARTIFACTS, 'export-preview.png') });
  await page.screenshot({ path: join(ARTIFACTS, 'export-dialog.png') });

  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('subscriber-churn-scoring.pdf');
  const file = testInfo.outputPath('export.pdf');
  await download.saveAs(file);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Subscriber churn scoring');
  expect(text).toContain('Billing database');
  await expect(dialog).toBeHidden();
});

test('exports Markdown, shows it as text first, and remembers the format', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  let dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  const preview = dialog.locator('pre');
  await expect(preview).toContainText('# Subscriber churn scoring');
  await expect(preview).toContainText('## ');
  await dialog.screenshot({ path: join(ARTIFACTS, 'export-preview-markdown.png') });

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('subscriber-churn-scoring.md');
  const file = testInfo.outputPath('export.md');
  await download.saveAs(file);
  const markdown = await readFile(file, 'utf8');
  expect(markdown).toContain('## ');
  expect(markdown).toContain('Billing database');

  // The next time, the dialog starts from the format used last.
  dialog = await openExportDialog(page);
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a PDF export that cannot reach its host says so, writes nothing, and can be tried again', async ({ page }) => {
  // A server of our own, stopped while the dialog is open: as when the host machine went away.
  const dir = await makePlanFolder();
  const { url, child } = await startServer(dir);
  try {
    await openPlan(page, { url, dir });
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: /PDF/ }).check();
    await stopServer(child);
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('PDF export failed');
    await expect(alert).toContainText('cannot be reached');
    await dialog.screenshot({ path: join(ARTIFACTS, 'export-error.png') });
    // The dialog stays open for another try or another format.
    await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
    expect(downloaded).toBe(false);
  } finally {
    child.kill();
    await rm(dir, { recursive: true, force: true });
  }
});
