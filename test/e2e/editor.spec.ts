// The editor end to end, through the UI only, against `handoff serve` on a
// temporary folder: build a plan from a template, then read the saved file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '../../shared/model/parse';
import { serializePlan } from '../../shared/model/serialize';
import { canvasNode, connectNodes } from './support/canvas';
import { expect, test } from './support/serve';

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
