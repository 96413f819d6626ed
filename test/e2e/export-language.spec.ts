// The document's language is chosen at export: in a Chinese browser the export
// dialog offers 简体中文 first, the Markdown and the PDF carry Chinese headings, and
// switching the dialog to English gives English ones. Plan content stays as written.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../shared/i18n/index';
import { expect, SAMPLE_PLAN, test, type ServedFolder } from './support/serve';

test.use({ locale: 'zh-CN' });

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
/** Section titles every export of the sample plan has. */
const SECTIONS = ['system-inventory', 'integrations', 'requirements'] as const;

/** The sample plan in the editor (found by its drawn nodes: the canvas's own name is translated). */
async function openPlan(page: Page, served: ServedFolder) {
  await page.goto(`${served.url}?plan=${encodeURIComponent(SAMPLE_PLAN)}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

async function openExportDialog(page: Page) {
  // The shortcut, so the test does not depend on how the toolbar names its button.
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: zh.t('ui.panels.exportDialog.title') });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Every Markdown heading line's text, without its #s. */
const headings = (markdown: string) => [...markdown.matchAll(/^#{1,6} (.*)$/gm)].map((m) => m[1]);

test('the export dialog writes the document in the language chosen, the interface language first', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  let dialog = await openExportDialog(page);
  const language = dialog.getByLabel(zh.t('ui.panels.exportDialog.language'));
  await expect(language).toHaveValue('zh-CN');
  await expect(language.locator('option:checked')).toHaveText('简体中文');

  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await expect(dialog.locator('pre')).toContainText(zh.t('document.sections.system-inventory'));
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: zh.t('ui.panels.exportDialog.export', { format: 'Markdown' }) }).click();
  const chinese = await (await downloading).path();
  const chineseHeadings = headings(await readFile(chinese, 'utf8'));
  for (const id of SECTIONS) {
    expect(chineseHeadings.some((h) => h.includes(zh.t(`document.sections.${id}`)))).toBe(true);
    expect(chineseHeadings.some((h) => h.includes(en.t(`document.sections.${id}`)))).toBe(false);
  }
  await expect(dialog).toBeHidden();

  // The same plan in English: only the document's words change.
  dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await dialog.getByLabel(zh.t('ui.panels.exportDialog.language')).selectOption('en');
  await expect(dialog.locator('pre')).toContainText(en.t('document.sections.system-inventory'));
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: zh.t('ui.panels.exportDialog.export', { format: 'Markdown' }) }).click();
  const englishMarkdown = await readFile(await (await downloading).path(), 'utf8');
  const englishHeadings = headings(englishMarkdown);
  for (const id of SECTIONS) {
    expect(englishHeadings.some((h) => h.includes(en.t(`document.sections.${id}`)))).toBe(true);
    expect(englishHeadings.some((h) => h.includes(zh.t(`document.sections.${id}`)))).toBe(false);
  }
  expect(englishMarkdown).toContain('Billing database');

  // The PDF, typeset by the host, in the language the dialog starts with: Chinese.
  dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  await expect(dialog.getByLabel(zh.t('ui.panels.exportDialog.language'))).toHaveValue('zh-CN');
  downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: zh.t('ui.panels.exportDialog.export', { format: 'PDF' }) }).click();
  const pdf = testInfo.outputPath('export.zh-CN.pdf');
  await (await downloading).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const id of SECTIONS) expect(text).toContain(zh.t(`document.sections.${id}`));
  expect(text).not.toContain(en.t('document.sections.system-inventory'));
  expect(text).toContain('Billing database');

  // The diagram alone names its node types in the chosen language too.
  dialog = await openExportDialog(page);
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: zh.t('ui.panels.exportDialog.diagramSvg') }).click();
  const svg = await readFile(await (await downloading).path(), 'utf8');
  expect(svg).toContain(zh.t('vocab.nodeType.data-source'));
  expect(svg).not.toContain(en.t('vocab.nodeType.data-source'));
});
