// Screenshots of the main screens, kept as test artefacts (test/artifacts/, not
// committed) for people to look at: start screen, the editor with the sample
// plan in the normal and ownership views, the inspector, the export preview —
// each in the light and the dark theme.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { canvasNode } from './support/canvas';
import { expect, REPO_ROOT, SAMPLE_PLAN, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  // Let transitions and the viewport's fit animation settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`start screen, editor, ownership view, inspector and export preview (${scheme})`, async ({ page, served }) => {
      await page.goto(served.url);
      await expect(page.getByRole('button', { name: 'Blank plan' })).toBeVisible();
      await expect(page.getByText('Subscriber churn scoring')).toBeVisible();
      await shoot(page, `start-${scheme}`);

      await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
      await expect(canvasNode(page, 'Billing database')).toBeVisible();
      await shoot(page, `editor-${scheme}`);

      await page.getByRole('button', { name: 'Ownership view' }).click();
      await expect(page.getByRole('group', { name: 'Teams legend' })).toBeVisible();
      await shoot(page, `editor-ownership-${scheme}`);
      await page.getByRole('button', { name: 'Ownership view' }).click();

      await canvasNode(page, 'Churn feature pipeline').click();
      await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Title', { exact: true })).toHaveValue('Churn feature pipeline');
      await shoot(page, `inspector-${scheme}`);

      await page.getByRole('button', { name: 'Export' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await page.waitForTimeout(1500);
      await shoot(page, `export-preview-${scheme}`);
      await dialog.getByRole('radio', { name: /HTML/ }).check();
      await page.waitForTimeout(1500);
      await shoot(page, `export-preview-html-${scheme}`);
    });
  });
}
