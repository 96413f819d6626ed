// Steps the inspector, readiness and export specs share: open a plan in the
// browser host, pick things on the canvas, save and read the file back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parsePlan } from '../../shared/model/parse';
import type { Plan } from '../../shared/model/types';
import { expect, SAMPLE_PLAN, type ServedFolder } from './support/serve';
import { showWholePlan } from './support/canvas';

export const inspectorOf = (page: Page): Locator => page.getByRole('region', { name: 'Inspector' });
export const readinessOf = (page: Page): Locator => page.getByRole('region', { name: 'Readiness' });
export const canvasOf = (page: Page): Locator => page.getByRole('region', { name: 'Canvas' });

/** Opens a plan of the served folder in the editor and waits for its nodes. */
export async function openPlan(page: Page, served: ServedFolder, plan = SAMPLE_PLAN): Promise<void> {
  await page.goto(`${served.url}?plan=${encodeURIComponent(plan)}`);
  await expect(canvasOf(page)).toBeVisible();
  await expect(canvasOf(page).locator('.react-flow__node').first()).toBeVisible();
  await showWholePlan(page);
}

/** Clicks the canvas node whose accessible name is `title`. */
export async function selectNode(page: Page, title: string): Promise<void> {
  await canvasOf(page).getByLabel(title, { exact: true }).click();
  await expect(inspectorOf(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Clears the selection by clicking an empty part of the canvas, so the inspector shows the plan. */
export async function showPlanView(page: Page): Promise<void> {
  const pane = canvasOf(page).locator('.react-flow__pane');
  // A point where the pane itself is on top (no node, edge, minimap or control panel).
  const spot = await pane.evaluate((element) => {
    const box = element.getBoundingClientRect();
    for (let fy = 0.05; fy < 1; fy += 0.1) {
      for (let fx = 0.05; fx < 1; fx += 0.1) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (document.elementFromPoint(x, y) === element) return { x: x - box.left, y: y - box.top };
      }
    }
    return null;
  });
  if (!spot) throw new Error('No empty spot on the canvas to click.');
  await pane.click({ position: spot });
  await expect(inspectorOf(page).getByLabel('Phase', { exact: true })).toBeVisible();
}

/** Saves with the top bar's Save button and waits until the editor says so. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
}

/** The plan file as it is on disk now, parsed by the app's own reader (so it is valid by the spec). */
export async function readPlanFile(served: ServedFolder, name = SAMPLE_PLAN): Promise<{ text: string; plan: Plan }> {
  const text = await readFile(join(served.dir, name), 'utf8');
  const parsed = parsePlan(text);
  if (!parsed.ok) throw new Error(`${name} is not a valid plan: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { text, plan: parsed.plan };
}

export const nodeIn = (plan: Plan, id: string) => {
  const node = plan.nodes?.find((n) => n.id === id);
  if (!node) throw new Error(`node ${id} is missing from the saved plan`);
  return node;
};
