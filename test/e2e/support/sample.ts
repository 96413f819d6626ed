// The sample plan in the editor, the way the canvas specs use it: opened from
// the served folder, and read back from disk after a save.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parsePlan } from '../../../shared/model/parse';
import type { Plan } from '../../../shared/model/types';
import { canvasNode, openingViewSettled, showWholePlan } from './canvas';
import { expect, SAMPLE_PLAN } from './serve';

/**
 * Opens the sample plan; `view: 'whole'` (the default) then fits the whole plan
 * so every node can be reached, `'opening'` leaves the view where the plan opens.
 */
export async function openSample(page: Page, url: string, view: 'whole' | 'opening' = 'whole'): Promise<void> {
  await page.goto(`${url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeAttached();
  if (view === 'opening') await openingViewSettled(page);
  else await showWholePlan(page);
}

/** Saves (Ctrl+S), waits for "All changes saved" and returns the plan as written in `dir`. */
export async function savedPlan(page: Page, dir: string): Promise<Plan> {
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  const result = parsePlan(await readFile(join(dir, SAMPLE_PLAN), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}
