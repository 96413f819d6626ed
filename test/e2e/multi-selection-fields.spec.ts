// A multi-selection edits what its nodes share, through the UI: each picker shows the
// common value or "Mixed", sets every selected node in one step, and one Undo gives
// each node back its own value. Checked against the file on disk. A screenshot of the
// multi-selection inspector goes to test/artifacts/.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { canvasOf, inspectorOf, nodeIn, openPlan, readPlanFile, save, selectNode, showPlanView } from './panel-helpers';
import { expect, REPO_ROOT, SAMPLE_PLAN, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
// Owners: Platform Engineering, Customer Analytics, CRM Applications.
const THREE = ['Billing database', 'Churn feature pipeline', 'CRM call list'];
const IDS = ['n-billing', 'n-features', 'n-crm'];

async function selectThree(page: Page): Promise<void> {
  await selectNode(page, THREE[0]);
  for (const title of THREE.slice(1)) await canvasOf(page).getByLabel(title, { exact: true }).click({ modifiers: ['Shift'] });
  await expect(inspectorOf(page).getByRole('heading', { level: 2 })).toHaveText('3 nodes selected');
}

/** The text of the option a select shows. */
const shown = (select: Locator) => select.locator('option:checked');
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });

test('three nodes with different owners show Mixed; one pick sets all three, one Undo restores each', async ({ page, served }) => {
  await openPlan(page, served);
  await selectThree(page);
  const owner = inspectorOf(page).getByLabel('Owner team', { exact: true });
  await expect(shown(owner)).toHaveText('Mixed');

  await owner.selectOption({ label: 'Retention' });
  await expect(shown(owner)).toHaveText('Retention');
  await save(page);
  let { plan } = await readPlanFile(served);
  expect(IDS.map((id) => nodeIn(plan, id).ownerTeamId)).toEqual(['team-ret', 'team-ret', 'team-ret']);

  await expect(undoButton(page)).toHaveAttribute('title', /Set owner team/);
  await undoButton(page).click();
  await expect(shown(owner)).toHaveText('Mixed');
  await save(page);
  ({ plan } = await readPlanFile(served));
  expect(IDS.map((id) => nodeIn(plan, id).ownerTeamId)).toEqual(['team-it', 'team-ds', 'team-crm']);
  // And each node, selected alone, shows its own team again.
  await showPlanView(page);
  await selectNode(page, 'Churn feature pipeline');
  await expect(shown(inspectorOf(page).getByLabel('Owner team', { exact: true }))).toHaveText('Customer Analytics');
});

test('operator team, data classification and the phase of checklist items are set on all, each as one step', async ({ page, served }) => {
  await openPlan(page, served);
  await selectThree(page);
  const inspector = inspectorOf(page);
  const operator = inspector.getByLabel('Operator team', { exact: true });
  const classification = inspector.getByLabel('Data classification', { exact: true });
  const itemPhase = inspector.getByLabel('Phase of checklist items', { exact: true });
  await expect(shown(operator)).toHaveText('Mixed');
  await expect(shown(classification)).toHaveText('Mixed');
  // Only the pipeline has checklist items, both due by Model development.
  await expect(shown(itemPhase)).toHaveText('Model development');

  await operator.selectOption({ label: 'Platform Engineering' });
  await classification.selectOption({ label: 'Confidential' });
  await itemPhase.selectOption({ label: 'Productionization' });
  await expect(shown(operator)).toHaveText('Platform Engineering');
  await expect(shown(classification)).toHaveText('Confidential');
  await expect(shown(itemPhase)).toHaveText('Productionization');

  await mkdir(ARTIFACTS, { recursive: true });
  await inspector.screenshot({ path: join(ARTIFACTS, 'inspector-multi-selection.png') });

  await save(page);
  let { plan } = await readPlanFile(served);
  expect(IDS.map((id) => nodeIn(plan, id).operatorTeamId)).toEqual(['team-it', 'team-it', 'team-it']);
  expect(IDS.map((id) => nodeIn(plan, id).data?.classification)).toEqual(['confidential', 'confidential', 'confidential']);
  // The billing database keeps the rest of its data fields.
  expect(nodeIn(plan, 'n-billing').data?.personalData).toBe(true);
  expect(nodeIn(plan, 'n-features').checklist?.map((item) => item.phase)).toEqual(['productionization', 'productionization']);

  // Three steps back, one per field: each node has its own values again.
  await expect(undoButton(page)).toHaveAttribute('title', /Set phase of checklist items/);
  await undoButton(page).click();
  await expect(undoButton(page)).toHaveAttribute('title', /Set data classification/);
  await undoButton(page).click();
  await expect(undoButton(page)).toHaveAttribute('title', /Set operator team/);
  await undoButton(page).click();
  await expect(shown(classification)).toHaveText('Mixed');
  await save(page);
  ({ plan } = await readPlanFile(served));
  expect(IDS.map((id) => nodeIn(plan, id).operatorTeamId)).toEqual([undefined, 'team-it', undefined]);
  expect(IDS.map((id) => nodeIn(plan, id).data?.classification)).toEqual(['restricted', undefined, 'confidential']);
  expect(nodeIn(plan, 'n-features').checklist?.map((item) => item.phase)).toEqual(['model-development', 'model-development']);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('screenshot of the multi-selection inspector (zh-CN)', async ({ page, served }) => {
    const zh = (area: string) => JSON.parse(readFileSync(join(REPO_ROOT, `shared/i18n/locales/ui/${area}.zh-CN.json`), 'utf8'));
    const canvas = page.getByRole('region', { name: zh('canvas').canvas.label });
    await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
    await canvas.getByLabel(THREE[0], { exact: true }).click();
    for (const title of THREE.slice(1)) await canvas.getByLabel(title, { exact: true }).click({ modifiers: ['Shift'] });
    const inspector = page.getByRole('region', { name: zh('inspector').inspector.label });
    await expect(shown(inspector.getByLabel(zh('inspector').node.ownerTeam, { exact: true }))).toHaveText(zh('inspector').multi.mixed);
    await mkdir(ARTIFACTS, { recursive: true });
    await inspector.screenshot({ path: join(ARTIFACTS, 'inspector-multi-selection-zh-CN.png') });
  });
});
