// Issue 14, room to work and editing in place: panels that hide, resize and stay
// as the person left them; focus mode; a readable opening zoom; titles edited on
// the canvas and in the top bar. Through the UI, by accessible names, against
// `handoff serve` on a copy of the sample; the saved file is the proof of edits.

import type { Page } from '@playwright/test';
import { canvasNode, canvasRegion } from './support/canvas';
import { expect, test } from './support/serve';
import { openSample, savedPlan } from './support/sample';

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

test('the panels hide and show by button and shortcut, focus mode hides all three, and the canvas gets the room', async ({ page, served }) => {
  await openSample(page, served.url, 'opening');
  const canvasWidth = async () => (await canvasRegion(page).boundingBox())!.width;
  const before = await canvasWidth();

  await page.getByRole('button', { name: 'Hide palette' }).click();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hide inspector' }).click();
  await expect(page.getByRole('region', { name: 'Inspector' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hide readiness' }).click();
  await expect(page.getByRole('region', { name: 'Readiness' })).toHaveCount(0);
  expect(await canvasWidth()).toBeGreaterThan(before + 400);

  // The buttons now say what they will do.
  await page.getByRole('button', { name: 'Show palette' }).click();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();

  // Shortcuts: Ctrl+Alt+1 inspector, Ctrl+Alt+2 readiness, Ctrl+Alt+3 palette.
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Alt+1');
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
  await page.keyboard.press('Control+Alt+2');
  await expect(page.getByRole('region', { name: 'Readiness' })).toBeVisible();
  await page.keyboard.press('Control+Alt+3');
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await page.keyboard.press('Control+Alt+3');

  // Focus mode hides all three and brings them back as they were.
  const focus = page.getByRole('button', { name: 'Focus mode' });
  await focus.click();
  await expect(focus).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Inspector' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Readiness' })).toHaveCount(0);
  await page.keyboard.press('Control+.');
  await expect(focus).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();
});

test('a panel resized by dragging its edge keeps its size after a reload', async ({ page, served }) => {
  await openSample(page, served.url, 'opening');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const widthBefore = (await inspector.boundingBox())!.width;
  const edge = page.getByRole('separator', { name: 'Resize inspector' });
  const box = (await edge.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 150, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await inspector.boundingBox())!.width).toBeGreaterThan(widthBefore + 120);
  const widened = (await inspector.boundingBox())!.width;

  // The readiness panel by keyboard: the separator takes arrow keys.
  const readiness = page.getByRole('region', { name: 'Readiness' });
  const heightBefore = (await readiness.boundingBox())!.height;
  await page.getByRole('separator', { name: 'Resize readiness' }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await readiness.boundingBox())!.height).toBeGreaterThan(heightBefore + 20);

  await page.getByRole('button', { name: 'Hide palette' }).click();
  await page.reload();
  await expect(canvasNode(page, 'Billing database')).toBeAttached();
  await expect.poll(async () => Math.round((await page.getByRole('region', { name: 'Inspector' }).boundingBox())!.width)).toBe(Math.round(widened));
  await expect(page.getByRole('button', { name: 'Show palette' })).toBeVisible();
});

test('the sample opens with titles at least 11 px high, from the start of the pipeline; F fits the whole plan', async ({ page, served }) => {
  await openSample(page, served.url, 'opening');
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(11 / 13 - 0.001);
  const title = canvasNode(page, 'Billing database').locator('.plan-node__title');
  await expect(title).toBeInViewport();
  const height = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * new DOMMatrixReadOnly(getComputedStyle(el.closest('.react-flow__viewport')!).transform).a);
  expect(height).toBeGreaterThanOrEqual(11 - 0.01);

  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await expect.poll(() => zoomOf(page)).toBeLessThan(11 / 13 - 0.05);
  // The whole plan is in view: the last node of the pipeline too.
  await expect(canvasNode(page, 'CRM call list')).toBeInViewport();
});

test('double-click, F2 or Enter edits a title on the canvas: Enter keeps it as one step, Escape cancels', async ({ page, served }) => {
  await openSample(page, served.url, 'opening');
  const node = canvasNode(page, 'Billing database');
  await node.dblclick();
  const box = canvasRegion(page).getByRole('textbox', { name: 'Node title' });
  await expect(box).toHaveValue('Billing database');
  await expect(box).toBeFocused();
  await page.keyboard.type('Billing warehouse');
  await page.keyboard.press('Enter');
  await expect(canvasNode(page, 'Billing warehouse')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Rename node/);

  // F2 on the selected node, then Escape: nothing changes.
  await canvasNode(page, 'Billing warehouse').click();
  await page.keyboard.press('F2');
  await expect(box).toBeFocused();
  await page.keyboard.type('Something else');
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(canvasNode(page, 'Billing warehouse')).toBeVisible();

  // Enter on the focused node starts the edit too.
  await canvasNode(page, 'Billing warehouse').focus();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (raw)');
  await page.keyboard.press('Enter');
  await expect(canvasNode(page, 'Billing warehouse (raw)')).toBeVisible();

  // One undo takes back one rename.
  await page.keyboard.press('Control+z');
  await expect(canvasNode(page, 'Billing warehouse')).toBeVisible();
  const plan = await savedPlan(page, served.dir);
  expect(plan.nodes?.some((n) => n.title === 'Billing warehouse')).toBe(true);
});

test('a node added from the palette starts with its title ready to type; long titles widen the node and show whole in a tooltip', async ({ page, served }) => {
  await openSample(page, served.url, 'opening');
  await page.getByRole('button', { name: 'Add Model', exact: true }).click();
  const box = canvasRegion(page).getByRole('textbox', { name: 'Node title' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/^Model/);
  const long = 'Gradient-boosted churn propensity model retrained weekly on the subscriber feature store snapshot';
  await page.keyboard.type(long);
  await page.keyboard.press('Enter');
  const node = canvasNode(page, long);
  await expect(node).toBeVisible();
  const width = (await node.locator('.plan-node').boundingBox())!.width / (await zoomOf(page));
  expect(width).toBeGreaterThan(300);
  // Cut short, with the whole title as its tooltip; the owner row stays inside the node.
  const title = node.locator('.plan-node__title');
  await title.hover();
  await expect(title).toHaveAttribute('title', long);
  const nodeBox = (await node.locator('.plan-node').boundingBox())!;
  const metaBox = (await node.locator('.plan-node__meta').boundingBox())!;
  expect(metaBox.y + metaBox.height).toBeLessThanOrEqual(nodeBox.y + nodeBox.height + 0.5);
});

test('the plan title is edited in the top bar as one step', async ({ page, served }) => {
  await openSample(page, served.url, 'opening');
  await page.locator('.topbar').getByRole('button', { name: /Subscriber churn/i }).click();
  const field = page.getByRole('textbox', { name: 'Plan title' });
  await expect(field).toBeFocused();
  await field.fill('Churn scoring, second cut');
  await page.keyboard.press('Enter');
  await expect(page.locator('.topbar').getByRole('button', { name: 'Churn scoring, second cut' })).toBeVisible();
  const plan = await savedPlan(page, served.dir);
  expect(plan.title).toBe('Churn scoring, second cut');
});
