// A large plan (a generated 600 nodes, past the canvas's LARGE_PLAN_NODES) in the
// browser host: it opens fitted in its far rendering (one drawn layer for the
// flows) and without the minimap; zoomed in, the nodes in view get their detail and
// the flows near the view are React Flow's, and back out the far rendering
// returns; search and the readiness panel find, reveal and select a node out of
// view. A small plan keeps its minimap.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializePlan } from '../../shared/model/serialize';
import { generatePlan } from '../../bench/generate';
import { canvasNode, canvasRegion } from './support/canvas';
import { expect, SAMPLE_PLAN, test } from './support/serve';

const LARGE_PLAN = 'large.handoff.json';
const NODE_COUNT = 600;

/** The React Flow zoom now (the scale of the viewport transform). */
async function zoomOf(page: Page): Promise<number> {
  const transform = await canvasRegion(page).locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

/** How many drawn nodes lie entirely inside the visible canvas. */
async function nodesInsideCanvas(page: Page): Promise<number> {
  return canvasRegion(page)
    .locator('.react-flow')
    .evaluate((flow) => {
      const view = flow.getBoundingClientRect();
      return [...flow.querySelectorAll('.react-flow__node')].filter((node) => {
        const r = node.getBoundingClientRect();
        return r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom;
      }).length;
    });
}

test('a 600-node plan opens fitted, switches its detail with the zoom, finds a node out of view, and toggles the minimap', async ({ page, served }) => {
  await writeFile(join(served.dir, LARGE_PLAN), serializePlan(generatePlan(NODE_COUNT)));
  await page.goto(`${served.url}?plan=${LARGE_PLAN}`);
  await expect(canvasNode(page, 'Component 0')).toBeVisible();

  // Fit view shows the whole plan: every node drawn, and inside the canvas, at a small zoom.
  await expect.poll(() => nodesInsideCanvas(page)).toBe(NODE_COUNT);
  expect(await zoomOf(page)).toBeLessThan(0.15);
  // Far out a node is its far rendering, without connection handles, and the flows are one
  // drawn layer (no React Flow edge each), yet every flow is drawn, one line each.
  const farFlows = canvasRegion(page).locator('.far-edges-layer');
  await expect(farFlows).toHaveAttribute('data-flows', String(NODE_COUNT - 1));
  expect(await farFlows.locator('path').evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0))).toBe(NODE_COUNT - 1);
  await expect(canvasRegion(page).locator('.react-flow__edge')).toHaveCount(0);
  await expect(canvasRegion(page).locator('.react-flow__handle')).toHaveCount(0);

  // Large plans start without the minimap; the view controls bring it and take it away.
  const minimap = canvasRegion(page).locator('.react-flow__minimap');
  await expect(minimap).toHaveCount(0);
  await page.getByRole('button', { name: 'Show minimap' }).click();
  await expect(minimap).toBeVisible();
  await page.getByRole('button', { name: 'Hide minimap' }).click();
  await expect(minimap).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show minimap' })).toBeVisible();

  // Search takes the view to the first node; the last one, far away, is then out of view.
  const find = async (title: string) => {
    await canvasRegion(page).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByRole('combobox', { name: 'Find node' }).fill(title);
    await page.keyboard.press('Enter');
  };
  await find('Component 0');
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.99);
  await expect(canvasNode(page, 'Component 0')).toBeVisible();
  // Drawn near, a node has its four connection handles and its detail rows, and the
  // flows near the view are React Flow's again (with their labels); the far layer is hidden.
  await expect(canvasNode(page, 'Component 0').locator('.react-flow__handle')).toHaveCount(4);
  await expect(canvasNode(page, 'Component 0').locator('.plan-node__meta')).toBeVisible();
  await expect(canvasRegion(page).locator('.react-flow__edge').first()).toBeVisible();
  // (The layer is a zero-size box whose SVG overflows it, so its display is what tells.)
  await expect(farFlows).toHaveCSS('display', 'none');
  const reactFlowEdges = await canvasRegion(page).locator('.react-flow__edge').count();
  expect(reactFlowEdges).toBeGreaterThan(0);
  expect(reactFlowEdges).toBeLessThan(NODE_COUNT / 4);
  const farNode = canvasNode(page, `Component ${NODE_COUNT - 1}`);
  await expect(farNode).not.toBeInViewport();

  // Fit view again: the far rendering is back (the flows one layer, the detail rows hidden).
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(farFlows).toHaveCSS('display', 'block');
  await expect(canvasNode(page, 'Component 0').locator('.plan-node__meta')).toBeHidden();
  await expect(canvasRegion(page).locator('.react-flow__edge:visible')).toHaveCount(0);

  // Ctrl+F finds it anyway: the view goes there, and it is drawn, selected and in the inspector.
  await find(`Component ${NODE_COUNT - 1}`);
  await expect(farNode).toBeInViewport();
  await expect(farNode).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2, name: `Component ${NODE_COUNT - 1}` })).toBeVisible();
  await expect(canvasNode(page, 'Component 0')).not.toBeInViewport();

  // A readiness finding about a node out of view brings it into view and selects it too.
  const fifth = canvasNode(page, 'Component 5');
  await expect(fifth).not.toBeInViewport();
  await page.getByRole('region', { name: 'Readiness' }).getByRole('button', { name: /^Error: Component 5 holds restricted personal data/ }).click();
  await expect(fifth).toBeInViewport();
  await expect(fifth).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2, name: 'Component 5' })).toBeVisible();
});

test('a small plan keeps every node in the page and shows its minimap', async ({ page, served }) => {
  await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await expect(canvasRegion(page).locator('.react-flow__minimap')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide minimap' })).toBeVisible();
  // Zoomed in on one corner, the nodes out of view are still there by name.
  const before = await canvasRegion(page).locator('.react-flow__node').count();
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect.poll(() => nodesInsideCanvas(page)).toBeLessThan(before);
  await expect(canvasRegion(page).locator('.react-flow__node')).toHaveCount(before);
});
