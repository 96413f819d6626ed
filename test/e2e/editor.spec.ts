// The editor end to end, through the UI only, against `handoff serve` on a
// temporary folder: build a plan from a template, then read the saved file.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '../../shared/model/parse';
import { serializePlan } from '../../shared/model/serialize';
import { canvasNode, connectNodes } from './support/canvas';
import { expect, SAMPLE_PLAN, test } from './support/serve';

test('a plan built from a template in the editor is saved as a valid, canonical plan file', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Batch scoring into a business application' }).click();
  await expect(canvasNode(page, 'Customer database')).toBeVisible();
  const readiness = page.getByRole('region', { name: 'Readiness' });
  const inspector = page.getByRole('region', { name: 'Inspector' });

  // Two new parts from the palette; the new data source has no owner yet, and the readiness panel says so.
  await page.getByRole('button', { name: 'Add Data source' }).click();
  await expect(canvasNode(page, 'Data source')).toBeVisible();
  await expect(readiness).toContainText('Nobody owns Data source');
  await page.getByRole('button', { name: 'Add Dashboard' }).click();
  await expect(canvasNode(page, 'Dashboard')).toBeVisible();

  // Connect them by dragging from one handle to the other.
  await connectNodes(page, 'Data source', 'Dashboard');
  await expect(page.getByRole('group', { name: 'Flow from Data source to Dashboard' })).toHaveCount(1);

  // Owner, operator and accountable person in the inspector; the missing-owner finding goes away.
  await canvasNode(page, 'Data source').click();
  await expect(inspector.getByLabel('Title', { exact: true })).toHaveValue('Data source');
  await inspector.getByLabel('Owner team').selectOption({ label: 'IT platform' });
  await expect(readiness).not.toContainText('Nobody owns Data source');
  await inspector.getByLabel('Operator team').selectOption({ label: 'Application team' });
  await inspector.getByLabel('Accountable').selectOption({ label: 'ML engineer' });
  await expect(readiness).not.toContainText('Data source has no accountable person');

  // A checklist item due by the current phase gate: a finding while open, none once done.
  const itemText = 'Read access to the source approved';
  await inspector.getByLabel('New checklist item').fill(itemText);
  await inspector.getByLabel('New checklist item').press('Enter');
  const item = inspector.getByRole('checkbox', { name: itemText });
  await expect(item).not.toBeChecked();
  await expect(readiness).toContainText(`"${itemText}" on Data source`);
  await item.check();
  await expect(readiness).not.toContainText(itemText);
  await item.uncheck();
  await expect(readiness).toContainText(`"${itemText}" on Data source`);
  await item.check();
  await expect(readiness).not.toContainText(itemText);

  // Undo (keyboard, outside any field) and redo (toolbar) of that last check.
  await canvasNode(page, 'Data source').click();
  await page.keyboard.press('Control+z');
  await expect(item).not.toBeChecked();
  await expect(readiness).toContainText(`"${itemText}" on Data source`);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(item).toBeChecked();
  await expect(readiness).not.toContainText(itemText);

  // Save: the browser host asks for a file name in the folder it serves.
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Save plan as' });
  await dialog.getByLabel('File name').fill('workshop-plan');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  await expect(page).toHaveURL(/\?plan=workshop-plan\.handoff\.json$/);

  // The file on disk: a valid plan, in canonical form, with every edit made above.
  const text = await readFile(join(served.dir, 'workshop-plan.handoff.json'), 'utf8');
  const parsed = parsePlan(text);
  if (!parsed.ok) throw new Error(`saved plan does not parse: ${JSON.stringify(parsed.errors)}`);
  expect(serializePlan(parsed.plan)).toBe(text);
  const plan = parsed.plan;
  expect(plan.title).toBe('Batch scoring into a business application');
  expect(plan.nodes?.some((n) => n.title === 'Customer database')).toBe(true);
  const source = plan.nodes?.find((n) => n.title === 'Data source');
  const dashboard = plan.nodes?.find((n) => n.title === 'Dashboard');
  expect(source).toMatchObject({ type: 'data-source', ownerTeamId: 'team-it', operatorTeamId: 'team-app', raci: { accountable: 'p-ml-eng' } });
  expect(source?.checklist).toEqual([expect.objectContaining({ text: itemText, done: true, phase: 'exploration' })]);
  expect(dashboard).toMatchObject({ type: 'dashboard' });
  expect(plan.edges?.filter((e) => e.source === source?.id && e.target === dashboard?.id)).toHaveLength(1);

  // Saving again without changes writes the same bytes.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  expect(await readFile(join(served.dir, 'workshop-plan.handoff.json'), 'utf8')).toBe(text);
});

test('a file that is not a valid plan is not opened, and the message names the file and the problem', async ({ page, served }) => {
  const broken = '{"format":"handoff-plan","version":1,"id":"p","title":"Broken","phase":"exploration","nodes":[{"id":"n-1","type":"modle","title":"A","position":{"x":0,"y":0}}]}\n';
  await writeFile(join(served.dir, 'broken.handoff.json'), broken);
  await page.goto(`${served.url}?plan=broken.handoff.json`);
  const dialog = page.getByRole('dialog', { name: 'Cannot open broken.handoff.json' });
  await expect(dialog).toContainText('broken.handoff.json: nodes[0].type: "modle" is not a node type');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('button', { name: 'Blank plan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Canvas' })).toHaveCount(0);
  expect(await readFile(join(served.dir, 'broken.handoff.json'), 'utf8')).toBe(broken);
});

test('a plan from a newer format version opens read-only and says why', async ({ page, served }) => {
  const sample = JSON.parse(await readFile(join(served.dir, SAMPLE_PLAN), 'utf8'));
  const future = `${JSON.stringify({ ...sample, version: 2, addedByNewerApp: { keep: true } }, null, 2)}\n`;
  await writeFile(join(served.dir, 'future.handoff.json'), future);
  await page.goto(`${served.url}?plan=future.handoff.json`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'format version 2' })).toContainText('read-only');
  await expect(page.getByRole('button', { name: 'Add Model' })).toBeDisabled();
  await page.keyboard.press('Control+s');
  const readOnly = page.getByRole('dialog', { name: 'This plan is read-only' });
  await readOnly.getByRole('button', { name: 'OK' }).click();
  await expect(readOnly).toHaveCount(0);
  expect(await readFile(join(served.dir, 'future.handoff.json'), 'utf8')).toBe(future);
});

test('saving over a file changed on disk asks: overwrite, or reload theirs', async ({ page, served }) => {
  const file = join(served.dir, SAMPLE_PLAN);
  const original = await readFile(file, 'utf8');
  await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();

  // Someone else changes the file; my save is stopped and I choose to overwrite.
  await page.getByRole('button', { name: 'Add Model' }).click();
  await writeFile(file, original.replace('"Subscriber churn scoring"', '"Changed elsewhere"'));
  await page.keyboard.press('Control+s');
  const conflict = page.getByRole('dialog', { name: 'The file changed on disk' });
  await conflict.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  let onDisk = parsePlan(await readFile(file, 'utf8'));
  expect(onDisk.ok && onDisk.plan.title).toBe('Subscriber churn scoring');
  expect(onDisk.ok && onDisk.plan.nodes?.some((n) => n.title === 'Model')).toBe(true);

  // Again, and this time I take their version.
  await page.getByRole('button', { name: 'Add Dashboard' }).click();
  const theirs = original.replace('"Subscriber churn scoring"', '"Their version"');
  await writeFile(file, theirs);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(page.locator('.topbar__title')).toHaveText('Their version');
  await expect(canvasNode(page, 'Dashboard')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(theirs);
  onDisk = parsePlan(theirs);
  expect(onDisk.ok).toBe(true);
});

test('unsaved work is autosaved and offered again after the window is lost', async ({ page, served, context }) => {
  await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await page.getByRole('button', { name: 'Add Evaluation' }).click();
  await expect(canvasNode(page, 'Evaluation')).toBeVisible();
  // Wait for the autosave (every few seconds while there are unsaved changes).
  await expect
    .poll(async () => (await (await page.request.post(`${served.url}api/call/listRecovery`, { data: {} })).json()).length, { timeout: 15_000 })
    .toBe(1);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto(served.url);
  const offers = next.getByRole('region', { name: 'Unsaved work' });
  await expect(offers).toContainText('Subscriber churn scoring');
  await expect(offers).toContainText('autosaved just now');
  await offers.getByRole('button', { name: 'Restore Subscriber churn scoring' }).click();
  await expect(canvasNode(next, 'Evaluation')).toBeVisible();
  await expect(next.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();
  await next.keyboard.press('Control+s');
  await expect(next.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  const saved = parsePlan(await readFile(join(served.dir, SAMPLE_PLAN), 'utf8'));
  expect(saved.ok && saved.plan.nodes?.some((n) => n.title === 'Evaluation')).toBe(true);

  // Saved work is no longer offered.
  await next.goto(served.url);
  await expect(next.getByRole('button', { name: 'Blank plan' })).toBeVisible();
  await expect(next.getByRole('region', { name: 'Unsaved work' })).toHaveCount(0);
});
