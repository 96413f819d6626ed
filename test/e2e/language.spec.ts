// The interface language: the browser's languages choose it (a zh-CN browser sees
// the start screen in Chinese, and a plan made from a template is written in
// Chinese); Settings > "Language / 语言" switches the open editor at once without
// touching the plan or its undo history, is kept in the settings file, and
// "System" follows the browser again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../shared/i18n/index';
import { createPlanFromTemplate, PIPELINE_TEMPLATES } from '../../shared/templates/index';
import { openPlan } from './panel-helpers';
import { expect, test } from './support/serve';

/** The server's settings file; empty until the first write. */
async function readSettingsFile(dataDir: string | undefined): Promise<Record<string, unknown>> {
  const text = await readFile(join(dataDir!, 'settings.json'), 'utf8').catch(() => '{}');
  return JSON.parse(text) as Record<string, unknown>;
}

const topBarTools = (page: Page) => page.locator('.topbar__tools');

test.describe('in a browser whose language is Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the start screen is in Chinese, and a plan from a template is written in Chinese', async ({ page, served }) => {
    await page.goto(served.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('main', { name: '开始' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '新建计划' })).toBeVisible();
    await expect(page.getByRole('button', { name: '设置' })).toBeVisible();
    await expect(page.getByRole('button', { name: '空白计划' })).toBeVisible();

    const template = PIPELINE_TEMPLATES[0];
    const chineseName = createTranslator('zh-CN').content(template.name);
    expect(chineseName).not.toBe(template.name);
    await page.getByRole('list', { name: '模板' }).getByRole('button', { name: chineseName }).click();

    // The new plan's own text is Chinese (the plan keeps it), and so is the editor around it.
    const title = createPlanFromTemplate(template.id, { lang: 'zh-CN' }).title;
    expect(title).not.toBe(createPlanFromTemplate(template.id).title);
    await expect(page.locator('.topbar__title')).toHaveText(title);
    await expect(topBarTools(page).getByRole('button', { name: '导出' })).toBeVisible();
    await expect(page.getByRole('status', { name: '有未保存的更改' })).toBeVisible();
  });
});

test.describe('in a browser whose language is English', () => {
  test.use({ locale: 'en-US' });

  test('Settings switches the open editor to Chinese at once, keeps plan and undo, and remembers the choice', async ({ page, served }) => {
    await openPlan(page, served);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const original = (await page.locator('.topbar__title').textContent())!;

    // An edit to undo later.
    await page.locator('.topbar__title').click();
    await page.getByRole('textbox', { name: 'Plan title' }).fill('Renamed before switching');
    await page.keyboard.press('Enter');
    await expect(page.locator('.topbar__title')).toHaveText('Renamed before switching');

    await topBarTools(page).getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Language / 语言').selectOption({ label: '简体中文' });

    // At once: the dialog and the top bar speak Chinese.
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const chineseDialog = page.getByRole('dialog', { name: '设置' });
    await expect(chineseDialog.getByLabel('Language / 语言')).toHaveValue('zh-CN');
    await expect(chineseDialog.getByRole('status')).toHaveText('已保存');
    await chineseDialog.getByRole('button', { name: '完成' }).click();
    await expect(chineseDialog).toBeHidden();
    await expect(topBarTools(page).getByRole('button', { name: '导出' })).toBeVisible();
    await expect(topBarTools(page).getByRole('button', { name: '保存', exact: true })).toBeVisible();
    await expect(topBarTools(page).getByRole('button', { name: '隐藏组件面板' })).toBeVisible();

    // The plan and its history are the same: the rename is still there, and undo takes it back.
    await expect(page.locator('.topbar__title')).toHaveText('Renamed before switching');
    await topBarTools(page).getByRole('button', { name: '撤销' }).click();
    await expect(page.locator('.topbar__title')).toHaveText(original);

    await expect.poll(() => readSettingsFile(served.dataDir)).toMatchObject({ language: 'zh-CN' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // The rename may have been autosaved before it was undone: the offer to restore it is in Chinese too.
    const exportButton = topBarTools(page).getByRole('button', { name: '导出' });
    const restoreOffer = page.getByRole('dialog', { name: '恢复未保存的更改？' });
    await expect(exportButton.or(restoreOffer)).toBeVisible();
    if (await restoreOffer.isVisible()) await restoreOffer.getByRole('button', { name: '丢弃更改' }).click();
    await expect(exportButton).toBeVisible();
    await expect(page.locator('.topbar__title')).toHaveText(original);

    // "System" follows the browser's language (English here) again.
    await topBarTools(page).getByRole('button', { name: '设置' }).click();
    await page.getByRole('dialog', { name: '设置' }).getByLabel('Language / 语言').selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language / 语言')).toHaveValue('system');
    await expect(topBarTools(page).getByRole('button', { name: 'Export' })).toBeVisible();
    await expect.poll(() => readSettingsFile(served.dataDir)).toMatchObject({ language: 'system' });
  });
});
