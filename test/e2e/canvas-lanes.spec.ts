// Issue 14, lanes by team and frames: the lane view draws one band per team, a node
// dropped in another team's lane changes owner (one undo step restores owner and
// place), handoff flows across lanes are marked; a frame drawn round the selection
// moves its nodes, is renamed in place and, deleted, leaves its nodes. Through the UI
// against `handoff serve` on a copy of the sample; the saved file is the proof.

import type { Locator, Page } from '@playwright/test';
import type { Plan } from '../../shared/model/types';
import { canvasNode, canvasRegion, showWholePlan, viewAtRest } from './support/canvas';
import { expect, test } from './support/serve';
import { openSample, savedPlan } from './support/sample';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

/** Presses on `handle` and lets go `dx`, `dy` screen pixels away, moving in steps like a hand. */
async function dragBy(page: Page, handle: Locator, dx: number, dy: number): Promise<void> {
  const box = await handle.boundingBox();
  if (!box) throw new Error('nothing to drag');
  const x = box.x + Math.min(box.width / 2, 40);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}

const nodeOf = (plan: Plan, id: string) => (plan.nodes ?? []).find((n) => n.id === id)!;
const nodePosition = (plan: Plan, id: string) => nodeOf(plan, id).position;

test('the lane view draws a band per team, a drop in another lane changes the owner in one undo step, handoff flows are marked', async ({ page, served }) => {
  await openSample(page, served.url);
  const toggle = page.getByRole('button', { name: 'Lane view' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await showWholePlan(page);

  const bands = canvasRegion(page).locator('.lane-band');
  await expect(bands).toHaveCount(4);
  for (const team of ['Customer Analytics', 'Platform Engineering', 'CRM Applications', 'Retention']) {
    await expect(bands.filter({ hasText: team })).toHaveCount(1);
  }
  // Lanes in rows follow one another without overlapping, in team order.
  const boxes = await bands.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 1);

  // A handoff flow (Churn model v3 → Nightly scoring: Customer Analytics to Platform Engineering) is highlighted.
  const handoff = canvasRegion(page).getByRole('group', { name: /Churn model v3 to Nightly scoring/ });
  await expect(handoff).toHaveClass(/edge--boundary/);
  const stroke = await handoff.locator('.react-flow__edge-path').evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(2.5);

  // Drag "Churn feature pipeline" (Customer Analytics) into the Retention lane.
  const before = await savedPlan(page, served.dir);
  const node = canvasNode(page, 'Churn feature pipeline');
  const nodeBox = (await node.boundingBox())!;
  const retention = (await bands.filter({ hasText: 'Retention' }).boundingBox())!;
  await dragBy(page, node, 0, retention.y + retention.height / 2 - (nodeBox.y + nodeBox.height / 2));
  await node.click();
  await expect(inspector(page).getByLabel('Owner team')).toHaveText(/Retention/);
  const moved = await savedPlan(page, served.dir);
  expect(nodeOf(moved, 'n-features').ownerTeamId).toBe('team-ret');
  expect(nodePosition(moved, 'n-features').y).toBeGreaterThan(nodePosition(before, 'n-features').y);

  // One Undo restores both the owner and the place.
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  const undone = await savedPlan(page, served.dir);
  expect(nodeOf(undone, 'n-features').ownerTeamId).toBe('team-ds');
  expect(nodePosition(undone, 'n-features')).toEqual(nodePosition(before, 'n-features'));

  // Columns, and off again (the L key).
  await page.getByRole('combobox', { name: 'Lane direction' }).selectOption('columns');
  await expect(canvasRegion(page).locator('.lane-layer--columns .lane-band').first()).toBeVisible();
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(bands).toHaveCount(0);
});

test('a frame round the selection moves its nodes, is renamed in place, and deleted leaves its nodes', async ({ page, served }) => {
  await openSample(page, served.url);
  await canvasNode(page, 'Billing database').click();
  await canvasNode(page, 'Product usage events').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Frame selection' }).click();

  // The new frame's title opens for editing: name it.
  const titleField = page.getByRole('textbox', { name: 'Frame title' });
  await expect(titleField).toBeFocused();
  await titleField.fill('Sources');
  await titleField.press('Enter');
  const frame = canvasRegion(page).getByRole('group', { name: 'Frame Sources' });
  await expect(frame).toBeVisible();
  let plan = await savedPlan(page, served.dir);
  expect(plan.frames).toHaveLength(1);
  const frameId = plan.frames![0].id;
  expect((plan.nodes ?? []).filter((n) => n.frameId === frameId).map((n) => n.id).sort()).toEqual(['n-billing', 'n-usage']);

  // Dragging the frame by its title moves its nodes by the same distance.
  const before = plan;
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await dragBy(page, frame.getByRole('button', { name: 'Sources' }), 30, 110);
  plan = await savedPlan(page, served.dir);
  const frameDelta = { x: plan.frames![0].position.x - before.frames![0].position.x, y: plan.frames![0].position.y - before.frames![0].position.y };
  expect(Math.abs(frameDelta.x)).toBeGreaterThan(20);
  expect(Math.abs(frameDelta.y)).toBeGreaterThan(20);
  for (const id of ['n-billing', 'n-usage']) {
    expect(nodePosition(plan, id).x - nodePosition(before, id).x).toBe(frameDelta.x);
    expect(nodePosition(plan, id).y - nodePosition(before, id).y).toBe(frameDelta.y);
  }
  // Nodes outside the frame stay.
  expect(nodePosition(plan, 'n-features')).toEqual(nodePosition(before, 'n-features'));

  // Renamed in place: double-click the title.
  await frame.getByRole('button', { name: 'Sources' }).dblclick();
  await page.getByRole('textbox', { name: 'Frame title' }).fill('Data sources');
  await page.keyboard.press('Enter');
  await expect(canvasRegion(page).getByRole('group', { name: 'Frame Data sources' })).toBeVisible();
  plan = await savedPlan(page, served.dir);
  expect(plan.frames![0].title).toBe('Data sources');

  // Deleted: the nodes stay where they are, in no frame.
  const placed = plan;
  const renamed = canvasRegion(page).getByRole('group', { name: 'Frame Data sources' });
  await renamed.getByRole('button', { name: 'Data sources' }).hover();
  await renamed.getByRole('button', { name: 'Delete frame' }).click();
  await expect(renamed).toHaveCount(0);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  plan = await savedPlan(page, served.dir);
  expect(plan.frames ?? []).toHaveLength(0);
  for (const id of ['n-billing', 'n-usage']) {
    expect(nodeOf(plan, id).frameId).toBeUndefined();
    expect(nodePosition(plan, id)).toEqual(nodePosition(placed, id));
  }

  // Undo brings the frame back with its nodes in it.
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(canvasRegion(page).getByRole('group', { name: 'Frame Data sources' })).toBeVisible();
  await viewAtRest(page);
});

test('a node dropped into a frame joins it, dropped outside leaves it; Ctrl+Shift+G frames the selection', async ({ page, served }) => {
  await openSample(page, served.url);
  await canvasNode(page, 'Billing database').click();
  await page.keyboard.press('Control+Shift+G');
  await page.getByRole('textbox', { name: 'Frame title' }).press('Enter');
  let plan = await savedPlan(page, served.dir);
  const frameId = plan.frames![0].id;
  expect(nodeOf(plan, 'n-billing').frameId).toBe(frameId);

  // Drag Product usage events up into the frame, then Billing database out of it.
  const frame = canvasRegion(page).getByRole('group', { name: 'Frame Frame' });
  const frameBox = (await frame.boundingBox())!;
  const usage = canvasNode(page, 'Product usage events');
  const usageBox = (await usage.boundingBox())!;
  await frame.getByRole('button', { name: 'Frame', exact: true }).hover();
  // Make room: resize the frame down to take the second source in.
  await dragBy(page, frame.locator('.react-flow__resize-control.handle.bottom.right'), 0, usageBox.y + usageBox.height + 20 - (frameBox.y + frameBox.height));
  plan = await savedPlan(page, served.dir);
  expect(plan.frames![0].size.height).toBeGreaterThan(150);
  // Resizing does not take nodes in: a drop does.
  expect(nodeOf(plan, 'n-usage').frameId).toBeUndefined();
  await dragBy(page, usage, 10, 0);
  plan = await savedPlan(page, served.dir);
  expect(nodeOf(plan, 'n-usage').frameId).toBe(frameId);

  const billing = canvasNode(page, 'Billing database');
  await dragBy(page, billing, 0, -200);
  plan = await savedPlan(page, served.dir);
  expect(nodeOf(plan, 'n-billing').frameId).toBeUndefined();
});
