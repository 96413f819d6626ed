// Arranging nodes through the UI (issue 14): smart guides while dragging, the
// selection toolbar's align and distribute, resizing a node's width. Each runs on
// a small plan written into the served folder; the saved file is the proof.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parsePlan } from '../../shared/model/parse';
import { serializePlan } from '../../shared/model/serialize';
import type { Plan, PlanNode } from '../../shared/model/types';
import { canvasNode, canvasRegion, showWholePlan, viewAtRest } from './support/canvas';
import { expect, test, type ServedFolder } from './support/serve';

const FILE = 'arrange.handoff.json';

/** Three nodes of one width (short titles): Beta below and between, Gamma off to the right. */
const NODES: PlanNode[] = [
  { id: 'n-alpha', type: 'pipeline', title: 'Alpha', position: { x: 0, y: 0 } },
  { id: 'n-beta', type: 'pipeline', title: 'Beta', position: { x: 320, y: 240 } },
  { id: 'n-gamma', type: 'pipeline', title: 'Gamma', position: { x: 800, y: 112 } },
];

async function openArrangePlan(page: Page, served: ServedFolder): Promise<void> {
  const plan: Plan = { format: 'handoff-plan', version: 1, id: 'plan-arrange', title: 'Arrange', phase: 'exploration', nodes: NODES } as Plan;
  await writeFile(join(served.dir, FILE), serializePlan(plan));
  await page.goto(`${served.url}?plan=${FILE}`);
  await expect(canvasNode(page, 'Alpha')).toBeVisible();
  await showWholePlan(page);
  // Grid snapping off, so what lines the nodes up is the guides.
  await page.getByRole('button', { name: 'Snap to grid' }).click();
  await expect(page.getByRole('button', { name: 'Snap to grid' })).toHaveAttribute('aria-pressed', 'false');
}

async function savedPlan(page: Page, served: ServedFolder): Promise<Plan> {
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  const result = parsePlan(await readFile(join(served.dir, FILE), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const box = async (node: Locator) => (await node.boundingBox())!;
const positionOf = (plan: Plan, id: string) => plan.nodes!.find((n) => n.id === id)!.position;

test('dragging near another node’s row shows a guide and snaps to its y; Alt drags freely', async ({ page, served }) => {
  await openArrangePlan(page, served);
  const alpha = await box(canvasNode(page, 'Alpha'));
  const beta = await box(canvasNode(page, 'Beta'));
  // Grab Beta and bring its top to 3 px below Alpha's top (within the 6 px of a guide).
  const grab = { x: beta.x + 30, y: beta.y + beta.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  // React Flow starts the drag on the first move and leaves that move out: a 2 px one.
  await page.mouse.move(grab.x, grab.y + 2);
  await page.mouse.move(grab.x + 20, grab.y + (alpha.y - beta.y) + 3, { steps: 12 });
  const guide = page.locator('.smart-guides__line[data-axis="y"]');
  await expect(guide).toHaveCount(1);
  await expect(guide).toHaveAttribute('data-at', '0');
  await page.mouse.up();
  await expect(guide).toHaveCount(0);
  await expect.poll(async () => Math.abs((await box(canvasNode(page, 'Beta'))).y - alpha.y)).toBeLessThan(0.5);

  // With Alt held the same move keeps the 3 px: no guide, no snap.
  const gamma = await box(canvasNode(page, 'Gamma'));
  const grabGamma = { x: gamma.x + 30, y: gamma.y + gamma.height / 2 };
  await page.keyboard.down('Alt');
  await page.mouse.move(grabGamma.x, grabGamma.y);
  await page.mouse.down();
  await page.mouse.move(grabGamma.x, grabGamma.y + 2);
  await page.mouse.move(grabGamma.x, grabGamma.y + (alpha.y - gamma.y) + 3, { steps: 12 });
  await expect(page.locator('.react-flow__node.dragging')).toHaveCount(1);
  await expect(page.locator('.smart-guides')).toHaveCount(0);
  await page.mouse.up();
  await page.keyboard.up('Alt');

  const plan = await savedPlan(page, served);
  expect(positionOf(plan, 'n-beta').y).toBe(0);
  expect(positionOf(plan, 'n-gamma').y).toBeGreaterThan(1);
});

test('align top and distribute horizontally from the selection toolbar, each one undo step', async ({ page, served }) => {
  await openArrangePlan(page, served);
  const toolbar = page.getByRole('toolbar', { name: 'Arrange the selection' });
  await canvasNode(page, 'Alpha').click();
  await expect(toolbar).toHaveCount(0);
  await canvasNode(page, 'Beta').click({ modifiers: ['Shift'] });
  await expect(toolbar).toBeVisible();
  // Two nodes align but do not distribute.
  await expect(toolbar.getByRole('button', { name: 'Distribute horizontally' })).toBeDisabled();
  await canvasNode(page, 'Gamma').click({ modifiers: ['Shift'] });
  for (const name of ['Align left', 'Align centre', 'Align right', 'Align top', 'Align middle', 'Align bottom', 'Distribute vertically']) {
    await expect(toolbar.getByRole('button', { name })).toBeEnabled();
  }

  await toolbar.getByRole('button', { name: 'Align top' }).click();
  const tops = async () => Promise.all(['Alpha', 'Beta', 'Gamma'].map(async (title) => Math.round((await box(canvasNode(page, title))).y)));
  await expect.poll(async () => new Set(await tops()).size).toBe(1);

  await toolbar.getByRole('button', { name: 'Distribute horizontally' }).click();
  const gaps = async () => {
    const [a, b, c] = await Promise.all(['Alpha', 'Beta', 'Gamma'].map((title) => box(canvasNode(page, title))));
    return [b.x - (a.x + a.width), c.x - (b.x + b.width)];
  };
  await expect.poll(async () => Math.abs((await gaps())[0] - (await gaps())[1])).toBeLessThan(1);
  let plan = await savedPlan(page, served);
  expect(['n-alpha', 'n-beta', 'n-gamma'].map((id) => positionOf(plan, id))).toEqual([
    { x: 0, y: 0 },
    { x: 400, y: 0 },
    { x: 800, y: 0 },
  ]);

  // One undo takes back the distribution alone, the next the alignment.
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  plan = await savedPlan(page, served);
  expect(positionOf(plan, 'n-beta')).toEqual({ x: 320, y: 0 });
  await page.keyboard.press('Control+z');
  plan = await savedPlan(page, served);
  expect(['n-alpha', 'n-beta', 'n-gamma'].map((id) => positionOf(plan, id).y)).toEqual([0, 240, 112]);

  // The keyboard does the same: Alt+Shift+T aligns the tops of the selection.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Alt+Shift+T');
  await expect.poll(async () => new Set(await tops()).size).toBe(1);
  await page.keyboard.press('?');
  await expect(page.getByText('Alt+Shift+L / C / R / T / M / B')).toBeVisible();
});

test('a node resized by its corner keeps its width in the file; undo restores it', async ({ page, served }) => {
  await openArrangePlan(page, served);
  const node = canvasNode(page, 'Alpha');
  await node.click();
  const before = await box(node);
  const handle = node.locator('.node-width-handle');
  await expect(handle).toBeVisible();
  const grip = await box(handle);
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 + 120 * zoom, grip.y + grip.height / 2 + 30, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await box(node)).width - before.width).toBeGreaterThan(100 * zoom);
  // Only the width changes: the node stays where it was and as tall.
  const after = await box(node);
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  expect(Math.abs(after.height - before.height)).toBeLessThan(1);

  let plan = await savedPlan(page, served);
  const size = plan.nodes!.find((n) => n.id === 'n-alpha')!.size;
  expect(size?.width).toBeGreaterThanOrEqual(310);
  expect(size?.width).toBeLessThanOrEqual(330);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.abs((await box(node)).width - before.width)).toBeLessThan(1);
  plan = await savedPlan(page, served);
  expect(plan.nodes!.find((n) => n.id === 'n-alpha')!.size).toBeUndefined();
  await viewAtRest(page);
});
