// Canvas behaviour end to end, through the UI, against `handoff serve` on a
// temporary copy of the sample plan; where it matters, the saved file is the proof.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parsePlan } from '../../shared/model/parse';
import { crossesTeamBoundary, isHandoffPoint } from '../../shared/rules/index';
import { canvasNode, canvasRegion } from './support/canvas';
import { expect, SAMPLE_PLAN, test } from './support/serve';
import { openSample, savedPlan } from './support/sample';

const inspectorHeading = (page: Page) => page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2 }).first();

test('palette drop, move, duplicate, delete, undo and redo with the keyboard', async ({ page, served }) => {
  await openSample(page, served.url);
  const canvas = canvasRegion(page);
  const box = (await canvas.boundingBox())!;
  const drop = { x: Math.round(box.width * 0.25), y: Math.round(box.height * 0.85) };

  // Drag a note from the palette: it lands where it was dropped.
  await page.getByRole('button', { name: 'Add Note', exact: true }).dragTo(canvas, { targetPosition: drop });
  const notes = canvasRegion(page).getByRole('group', { name: 'Note', exact: true });
  await expect(notes).toHaveCount(1);
  const dropped = (await notes.boundingBox())!;
  expect(Math.abs(dropped.x - (box.x + drop.x))).toBeLessThan(60);
  expect(Math.abs(dropped.y - (box.y + drop.y))).toBeLessThan(60);

  // Move it by dragging.
  await page.mouse.move(dropped.x + 40, dropped.y + 30);
  await page.mouse.down();
  await page.mouse.move(dropped.x + 160, dropped.y - 10, { steps: 10 });
  await page.mouse.up();
  const moved = (await notes.boundingBox())!;
  expect(moved.x - dropped.x).toBeGreaterThan(80);

  // Duplicate (Ctrl+D), delete the copy (Delete), undo (Ctrl+Z), redo (Ctrl+Y).
  await page.keyboard.press('Control+d');
  await expect(notes).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(notes).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(notes).toHaveCount(2);
  await page.keyboard.press('Control+y');
  await expect(notes).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(notes).toHaveCount(1);

  // Backspace deletes too; undo brings the node back with its edges.
  await canvasNode(page, 'Nightly scoring').click();
  await page.keyboard.press('Backspace');
  await expect(canvasNode(page, 'Nightly scoring')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Flow from Nightly scoring to CRM call list' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvasNode(page, 'Nightly scoring')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Flow from Nightly scoring to CRM call list' })).toHaveCount(1);

  const plan = await savedPlan(page, served.dir);
  const saved = plan.nodes!.filter((n) => n.type === 'note' && n.title === 'Note');
  expect(saved).toHaveLength(1);
  expect(plan.nodes!.find((n) => n.id === 'n-batch')).toBeTruthy();
  expect(plan.edges!.filter((e) => e.source === 'n-batch')).toHaveLength(2);
});

test('shift-click, box selection and select all feed the inspector', async ({ page, served }) => {
  await openSample(page, served.url);
  await canvasNode(page, 'Billing database').click();
  await expect(inspectorHeading(page)).toHaveText('Billing database');
  await canvasNode(page, 'Product usage events').click({ modifiers: ['Shift'] });
  await expect(inspectorHeading(page)).toHaveText('2 nodes selected');

  // Click on empty canvas clears; a shift-drag box around both data sources selects them.
  // (Zoomed out first, so the box does not start at the canvas edge, where dragging pans the view.)
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.waitForTimeout(400);
  const a = (await canvasNode(page, 'Billing database').boundingBox())!;
  const b = (await canvasNode(page, 'Product usage events').boundingBox())!;
  const pane = (await canvasRegion(page).boundingBox())!;
  await page.mouse.click(pane.x + pane.width / 2, pane.y + pane.height - 40);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x - 20, a.y - 20);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 20, b.y + b.height + 20, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(inspectorHeading(page)).toHaveText('2 nodes selected');

  await page.keyboard.press('Control+a');
  await expect(inspectorHeading(page)).toHaveText('10 nodes and 8 connections selected');
});

test('copy on one plan and paste into another plan in a second tab', async ({ page, served, context }) => {
  await openSample(page, served.url);
  await canvasNode(page, 'Billing database').click();
  await page.keyboard.press('Control+c');

  const other = await context.newPage();
  await other.goto(served.url);
  await other.getByRole('button', { name: 'Blank plan' }).click();
  await expect(canvasRegion(other)).toBeVisible();
  await canvasRegion(other).click({ position: { x: 300, y: 200 } });
  await other.keyboard.press('Control+v');
  await expect(canvasNode(other, 'Billing database')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Inspector' }).getByLabel('Title', { exact: true })).toHaveValue('Billing database');
  // The blank plan has none of the sample's teams and people: teams are matched by name, and the paste says what it left empty.
  await expect(other.getByText(/Not in this plan, so left empty: .*“Platform Engineering”/)).toBeVisible();
  await expect(other.getByRole('region', { name: 'Inspector' }).getByLabel('Owner team')).toHaveValue('');

  // Pasting into the same plan makes a copy with new ids.
  await page.keyboard.press('Control+v');
  await expect(canvasNode(page, 'Billing database')).toHaveCount(2);
  const plan = await savedPlan(page, served.dir);
  const copies = plan.nodes!.filter((n) => n.title === 'Billing database');
  expect(copies).toHaveLength(2);
  expect(new Set(copies.map((n) => n.id)).size).toBe(2);
});

test('auto-layout places every flow left to right, as one undo step', async ({ page, served }) => {
  await openSample(page, served.url);
  const original = parsePlan(await readFile(join(served.dir, SAMPLE_PLAN), 'utf8'));
  if (!original.ok) throw new Error('sample does not parse');
  const before = await canvasNode(page, 'Drift and outcome monitoring').boundingBox();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect.poll(async () => JSON.stringify(await canvasNode(page, 'Drift and outcome monitoring').boundingBox())).not.toBe(JSON.stringify(before));
  const laidOut = await savedPlan(page, served.dir);
  const x = new Map(laidOut.nodes!.map((n) => [n.id, n.position.x]));
  for (const edge of laidOut.edges!) expect(x.get(edge.source)!).toBeLessThan(x.get(edge.target)!);
  expect(laidOut.nodes!.some((n, i) => n.position.x !== original.plan.nodes![i].position.x || n.position.y !== original.plan.nodes![i].position.y)).toBe(true);

  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await savedPlan(page, served.dir);
  expect(undone.nodes!.map((n) => n.position)).toEqual(original.plan.nodes!.map((n) => n.position));
});

test('find a node by title with Ctrl+F', async ({ page, served }) => {
  await openSample(page, served.url);
  await canvasRegion(page).click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Find node' });
  await expect(find).toBeFocused();
  await find.fill('nightly');
  await expect(page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option', { name: /Nightly scoring/ })).toBeVisible();
  await find.press('Enter');
  await expect(find).toHaveCount(0);
  await expect(inspectorHeading(page)).toHaveText('Nightly scoring');
});

test('the ownership view colours teams, marks handoff points and team-boundary flows', async ({ page, served }) => {
  await openSample(page, served.url);
  const parsed = parsePlan(await readFile(join(served.dir, SAMPLE_PLAN), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  const plan = parsed.plan;
  const handoffs = plan.nodes!.filter(isHandoffPoint).length;
  const boundaries = plan.edges!.filter((e) => crossesTeamBoundary(plan, e)).length;
  expect(handoffs).toBeGreaterThan(0);
  expect(boundaries).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Ownership view' }).click();
  await expect(page.getByRole('button', { name: 'Ownership view' })).toHaveAttribute('aria-pressed', 'true');
  const legend = page.getByRole('group', { name: 'Teams legend' });
  for (const team of plan.teams!) await expect(legend).toContainText(team.name);
  await expect(canvasRegion(page).locator('.canvas--ownership, .react-flow').first()).toBeVisible();
  await expect(page.locator('.canvas--ownership .plan-node.is-handoff')).toHaveCount(handoffs);
  await expect(page.locator('.canvas--ownership .react-flow__edge.edge--boundary')).toHaveCount(boundaries);

  await page.getByRole('button', { name: 'Ownership view' }).click();
  await expect(legend).toHaveCount(0);
});

test('a flow shows protocol and frequency, and clicking it opens it in the inspector', async ({ page, served }) => {
  await openSample(page, served.url);
  const label = canvasRegion(page).getByText('REST · daily', { exact: true });
  await expect(label).toBeVisible();
  await label.click();
  await expect(inspectorHeading(page)).toHaveText(/Nightly scoring.*CRM call list/);
  const readiness = page.getByRole('region', { name: 'Readiness' });
  await expect(readiness).toContainText('Nightly scoring → CRM call list crosses from Platform Engineering to CRM Applications');
  const contract = page.getByRole('region', { name: 'Inspector' }).getByLabel('Contract');
  await contract.fill('Daily CSV of scores; schema v2; CRM team approves changes');
  await contract.press('Tab');
  await expect(readiness).not.toContainText('Nightly scoring → CRM call list crosses');
  const plan = await savedPlan(page, served.dir);
  expect(plan.edges!.find((e) => e.id === 'e-7')?.contract).toBe('Daily CSV of scores; schema v2; CRM team approves changes');
});
