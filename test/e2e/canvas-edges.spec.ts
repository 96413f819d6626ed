// Issue 14, edges: bend points added, dragged and removed on the canvas (each one
// undo step), flow labels clear of the nodes after auto-layout, and Tab visiting the
// nodes before the flows, with a visible focus ring.

import type { Locator, Page } from '@playwright/test';
import { canvasNode, canvasRegion, viewAtRest } from './support/canvas';
import { expect, test } from './support/serve';
import { openSample, savedPlan } from './support/sample';

type Point = { x: number; y: number };

const flow = (page: Page, from: string, to: string) => page.getByRole('group', { name: `Flow from ${from} to ${to}` });
const flowPath = (page: Page, from: string, to: string) => flow(page, from, to).locator('path.react-flow__edge-path');
const bendPoints = (page: Page) => canvasRegion(page).getByRole('button', { name: /^Bend point \d+ of \d+$/ });

/** A point a fraction of the way along a flow's drawn line, on screen. */
function pointAlong(path: Locator, fraction: number): Promise<Point> {
  return path.evaluate((el: SVGPathElement, f) => {
    const p = el.getPointAtLength(el.getTotalLength() * f);
    const m = el.getScreenCTM()!;
    return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
  }, fraction);
}

/** How far (screen pixels) the drawn line passes from a screen point. */
function distanceFromPath(path: Locator, at: Point): Promise<number> {
  return path.evaluate((el: SVGPathElement, q) => {
    const m = el.getScreenCTM()!;
    const length = el.getTotalLength();
    let best = Infinity;
    for (let s = 0; s <= length; s += 0.5) {
      const p = el.getPointAtLength(s);
      best = Math.min(best, Math.hypot(p.x * m.a + m.e - q.x, p.y * m.d + m.f - q.y));
    }
    return best;
  }, at);
}

async function centreOf(locator: Locator): Promise<Point> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const FROM = 'Churn feature pipeline';
const TO = 'Weekly retraining';

/** Selects the flow and double-clicks its line a quarter of the way along: a bend point there. */
async function addBendPointByDoubleClick(page: Page): Promise<Point> {
  const at = await pointAlong(flowPath(page, FROM, TO), 0.25);
  await page.mouse.click(at.x, at.y);
  await expect(flow(page, FROM, TO)).toHaveClass(/selected/);
  await page.mouse.dblclick(at.x, at.y);
  await expect(bendPoints(page)).toHaveCount(1);
  return at;
}

test('a double-click adds a bend point, dragging it reroutes the flow through it, and one Undo takes the move back', async ({ page, served }) => {
  await openSample(page, served.url);
  const clicked = await addBendPointByDoubleClick(page);
  const handle = page.getByRole('button', { name: 'Bend point 1 of 1' });
  const added = await centreOf(handle);
  expect(Math.hypot(added.x - clicked.x, added.y - clicked.y)).toBeLessThan(3);
  const afterAdd = (await savedPlan(page, served.dir)).edges!.find((e) => e.id === 'e-3')!.points;
  expect(afterAdd).toHaveLength(1);

  // Drag it 70 px down, in steps like a hand.
  await page.mouse.move(added.x, added.y);
  await page.mouse.down();
  await page.mouse.move(added.x + 10, added.y + 70, { steps: 12 });
  await page.mouse.up();
  const moved = await centreOf(handle);
  expect(moved.y - added.y).toBeGreaterThan(60);
  // The line passes through the point where it now is.
  expect(await distanceFromPath(flowPath(page, FROM, TO), moved)).toBeLessThan(2);
  const afterMove = (await savedPlan(page, served.dir)).edges!.find((e) => e.id === 'e-3')!.points!;
  expect(afterMove[0].y - afterAdd![0].y).toBeGreaterThan(20);

  // One undo step is the whole drag.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Move bend point/);
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = (await savedPlan(page, served.dir)).edges!.find((e) => e.id === 'e-3')!.points;
  expect(undone).toEqual(afterAdd);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Add bend point/);
});

test('a bend point goes with a double-click on it or Delete, and Clear bend points in the inspector removes them all', async ({ page, served }) => {
  await openSample(page, served.url);
  await addBendPointByDoubleClick(page);
  // Double-click on the handle removes it.
  await page.getByRole('button', { name: 'Bend point 1 of 1' }).dblclick();
  await expect(bendPoints(page)).toHaveCount(0);

  // Delete on a focused bend point removes the point, not the flow.
  await addBendPointByDoubleClick(page);
  await page.getByRole('button', { name: 'Bend point 1 of 1' }).focus();
  await page.keyboard.press('Delete');
  await expect(bendPoints(page)).toHaveCount(0);
  await expect(flow(page, FROM, TO)).toHaveCount(1);

  // Two points, then Clear bend points.
  await addBendPointByDoubleClick(page);
  const second = await pointAlong(flowPath(page, FROM, TO), 0.8);
  await page.mouse.dblclick(second.x, second.y);
  await expect(bendPoints(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear bend points' }).click();
  await expect(bendPoints(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear bend points' })).toHaveCount(0);
  const plan = await savedPlan(page, served.dir);
  expect(plan.edges!.find((e) => e.id === 'e-3')!.points).toBeUndefined();
});

test('after auto-layout no flow label sits on a node, and one Undo takes back the layout and the routes', async ({ page, served }) => {
  await openSample(page, served.url);
  const before = await canvasNode(page, 'Drift and outcome monitoring').boundingBox();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect.poll(async () => JSON.stringify(await canvasNode(page, 'Drift and outcome monitoring').boundingBox())).not.toBe(JSON.stringify(before));
  await viewAtRest(page);
  // The fit view after the layout may be far enough out to hide the labels: zoom in until they are drawn.
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  const labelShown = canvasRegion(page).locator('.plan-edge-label rect').first();
  for (let i = 0; i < 4 && !(await labelShown.isVisible()); i++) {
    await zoomIn.click();
    await viewAtRest(page);
  }

  const labels = await canvasRegion(page).locator('.plan-edge-label rect').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  const nodes = await canvasRegion(page).locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => ({ name: el.getAttribute('aria-label'), box: el.getBoundingClientRect().toJSON() as DOMRect })),
  );
  expect(labels.length).toBeGreaterThanOrEqual(6);
  expect(labels.every((label) => label.width > 0 && label.height > 0)).toBe(true);
  const overlaps = labels.flatMap((label) =>
    nodes
      .filter(({ box }) => label.left < box.right && box.left < label.right && label.top < box.bottom && box.top < label.bottom)
      .map(({ name }) => `label at ${Math.round(label.left)},${Math.round(label.top)} over ${name}`),
  );
  expect(overlaps).toEqual([]);

  const laidOut = await savedPlan(page, served.dir);
  expect(laidOut.edges!.some((e) => (e.points?.length ?? 0) > 0)).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await savedPlan(page, served.dir);
  expect(undone.edges!.every((e) => e.points === undefined)).toBe(true);
});

test('Tab from the canvas visits every node, in reading order, before any flow, with a visible focus ring', async ({ page, served }) => {
  await openSample(page, served.url);
  const plan = await savedPlan(page, served.dir);
  await page.getByRole('button', { name: 'Zoom In' }).focus();
  // Shift+Tab from the controls after the canvas comes back to its last flow first.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.react-flow__edge:focus')).toHaveCount(1);

  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  const visited: { kind: string; name: string; top: number; left: number; ring: string }[] = [];
  for (let i = 0; i < 80 && visited.length < plan.nodes!.length + plan.edges!.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const kind = el?.classList.contains('react-flow__node') ? 'node' : el?.classList.contains('react-flow__edge') ? 'edge' : 'other';
      const box = el?.getBoundingClientRect();
      const ring = kind === 'node' && el?.firstElementChild ? getComputedStyle(el.firstElementChild).boxShadow : '';
      return { kind, name: el?.getAttribute('aria-label') ?? '', top: box?.top ?? 0, left: box?.left ?? 0, ring };
    });
    if (focused.kind !== 'other') visited.push(focused);
    else if (visited.length > 0) break;
  }
  const kinds = visited.map((v) => v.kind);
  expect(kinds).toEqual([...plan.nodes!.map(() => 'node'), ...plan.edges!.map(() => 'edge')]);
  expect(new Set(visited.filter((v) => v.kind === 'node').map((v) => v.name))).toEqual(new Set(plan.nodes!.map((n) => n.title)));
  expect(new Set(visited.filter((v) => v.kind === 'edge').map((v) => v.name)).size).toBe(plan.edges!.length);
  // The first node is the top-left one of the first row.
  const nodes = visited.filter((v) => v.kind === 'node');
  const top = Math.min(...nodes.map((n) => n.top));
  expect(nodes[0].top).toBeLessThan(top + 40);
  // The ring around a focused node is a solid accent colour, not a faint tint.
  expect(nodes[0].ring).toMatch(/rgb\(\d+, \d+, \d+\) 0px 0px 0px 5px/);
});
