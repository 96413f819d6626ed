// The README's screenshots: the sample plan in the normal, lane (with a frame) and focus views, in
// the light and the dark theme, written to test/artifacts/ (not committed); the ones
// that look right are copied by hand to docs/screenshots/ (committed, under 250 KB).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { canvasNode, canvasRegion, openingViewSettled, viewAtRest } from './support/canvas';
import { expect, REPO_ROOT, SAMPLE_PLAN, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await viewAtRest(page);
  // No hover marks or focus rings left over from the clicks that set the view up.
  await page.mouse.move(1, 1);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Fit view (F) with the canvas focused. */
async function fit(page: Page): Promise<void> {
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await viewAtRest(page);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the sample plan in the normal, lane and focus views (${scheme})`, async ({ page, served }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
    await expect(canvasNode(page, 'Billing database')).toBeVisible();
    await openingViewSettled(page);
    await shoot(page, `readme-editor-${scheme}`);

    const focus = page.getByRole('button', { name: 'Focus mode' });
    await focus.click();
    await expect(page.getByRole('region', { name: 'Inspector' })).toHaveCount(0);
    await fit(page);
    await shoot(page, `readme-focus-${scheme}`);

    // Turning the lane view on shows every lane.
    await page.getByRole('button', { name: 'Lane view' }).click();
    await expect(canvasRegion(page).locator('.lane-band')).toHaveCount(4);
    await shoot(page, `readme-focus-lanes-${scheme}`);

    // With the panels back, the model and its review in a frame.
    await focus.click();
    await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
    await canvasNode(page, 'Churn model v3').click();
    await canvasNode(page, 'Backtest and fairness review').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Frame selection' }).click();
    await page.getByRole('textbox', { name: 'Frame title' }).fill('Model release');
    await page.keyboard.press('Enter');
    await canvasRegion(page).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await fit(page);
    await shoot(page, `readme-lanes-${scheme}`);
  });
}
