// The readiness panel's quick fixes in a Chinese browser: every fix is named in
// Chinese, "阻碍项：" runs straight into the rule names, and the export dialog
// offers a document language only for formats that have one. The screenshots are
// test/artifacts/readiness-quick-fixes-zh*.png and export-dialog-language-zh.png.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTranslator } from '../../shared/i18n/index';
import { readPlanFile } from './panel-helpers';
import { expect, REPO_ROOT, test } from './support/serve';

test.use({ locale: 'zh-CN' });

const zh = createTranslator('zh-CN');

test('quick fixes, the blockers line and the export language read as Chinese', async ({ page, served }) => {
  // The sample plan with more to fix: no objective, an item due, nobody accountable for the evaluation.
  const { plan } = await readPlanFile(served);
  const unfinished = {
    ...plan,
    business: { ...plan.business, objective: undefined },
    nodes: plan.nodes?.map((n) => (n.id === 'n-eval' ? { ...n, raci: { ...n.raci, accountable: undefined } } : n)),
  };
  await writeFile(join(served.dir, 'unfinished.handoff.json'), `${JSON.stringify(unfinished, null, 2)}\n`);
  await page.goto(`${served.url}?plan=unfinished.handoff.json`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  const readiness = page.getByRole('region', { name: zh.t('ui.panels.readiness.title') });
  for (const key of ['addPrivacyRequirement', 'writeContract', 'writeObjective', 'chooseAccountable', 'markDone'] as const) {
    await expect(readiness.getByRole('button', { name: zh.t(`ui.panels.quickFix.${key}`), exact: true })).toBeVisible();
  }
  for (const text of await readiness.locator('.finding-fix').allInnerTexts()) expect(text).not.toMatch(/[A-Za-z]/);
  await expect(readiness.locator('.gate-blockers')).toHaveText(/^阻碍项：\S/);
  await readiness.locator('.readiness-findings').evaluate((element) => (element.scrollTop = 0));
  await readiness.screenshot({ path: join(REPO_ROOT, 'test/artifacts/readiness-quick-fixes-zh.png') });
  await readiness.locator('.readiness-findings').evaluate((element) => (element.scrollTop = element.scrollHeight));
  await readiness.screenshot({ path: join(REPO_ROOT, 'test/artifacts/readiness-quick-fixes-zh-warnings.png') });

  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: zh.t('ui.panels.exportDialog.title') });
  const language = dialog.getByLabel(zh.t('ui.panels.exportDialog.language'));
  await expect(language).toBeVisible();
  await dialog.getByRole('radio', { name: /Jira CSV/ }).check();
  await expect(language).toHaveCount(0);
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await expect(language).toHaveValue('zh-CN');
  await dialog.screenshot({ path: join(REPO_ROOT, 'test/artifacts/export-dialog-language-zh.png') });
});
