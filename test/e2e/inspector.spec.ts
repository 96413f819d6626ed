// The inspector, through the UI only: edit a node (title, owner, operator, RACI,
// checklist, requirements), an edge's contract, and the plan (phase, teams,
// people), save, and check the file on disk against the spec.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { canvasOf, inspectorOf, nodeIn, openPlan, readinessOf, readPlanFile, save, selectNode, showPlanView } from './panel-helpers';
import { expect, REPO_ROOT, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');

test('editing a node, an edge and the plan in the inspector is saved to the file', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);

  // --- A node: title, ownership, RACI ---
  await selectNode(page, 'Churn feature pipeline');
  await inspector.getByLabel('Title', { exact: true }).fill('Churn features');
  await expect(canvasOf(page).getByLabel('Churn features', { exact: true })).toBeVisible();
  await inspector.getByLabel('Owner team', { exact: true }).selectOption({ label: 'Platform Engineering' });
  await inspector.getByLabel('Operator team', { exact: true }).selectOption({ label: 'CRM Applications' });
  await expect(inspector.getByText('Handoff point: built by Platform Engineering, run by CRM Applications.')).toBeVisible();
  await inspector.getByLabel('Accountable', { exact: true }).selectOption({ label: 'Eli Park' });
  await inspector.getByLabel('Responsible', { exact: true }).selectOption({ label: 'Ana Ruiz' });
  await expect(inspector.getByRole('button', { name: 'Remove Ana Ruiz from Responsible' })).toBeVisible();

  // --- Checklist: add two, check and uncheck one, delete the other ---
  const newItem = inspector.getByLabel('New checklist item', { exact: true });
  await newItem.fill('Write the runbook');
  await newItem.press('Enter');
  await newItem.fill('Item to delete');
  await inspector.getByRole('button', { name: 'Add checklist item' }).click();
  const runbook = inspector.getByRole('checkbox', { name: 'Write the runbook', exact: true });
  await runbook.check();
  await expect(runbook).toBeChecked();
  await expect(inspector.getByRole('button', { name: /^Checklist/ })).toContainText('2/4');
  await runbook.uncheck();
  await expect(runbook).not.toBeChecked();
  await inspector.getByRole('button', { name: 'Delete "Item to delete"' }).click();
  await expect(inspector.getByRole('checkbox', { name: 'Item to delete' })).toHaveCount(0);

  // --- A requirement, made a privacy one ---
  const newRequirement = inspector.getByLabel('New requirement', { exact: true });
  await newRequirement.fill('Reads billing data only through the masked replica.');
  await newRequirement.press('Enter');
  const added = inspector.getByRole('group', { name: 'Requirement 2' });
  await added.getByLabel('Category', { exact: true }).selectOption({ label: 'Privacy' });
  await added.getByLabel('Acceptance criteria', { exact: true }).fill('Access review shows no reads of the raw billing tables.');

  await mkdir(ARTIFACTS, { recursive: true });
  await inspector.evaluate((element) => (element.scrollTop = 0));
  await inspector.screenshot({ path: join(ARTIFACTS, 'inspector-node.png') });

  // --- An edge, reached from its readiness finding: give the integration a contract ---
  await readinessOf(page).getByRole('button', { name: /Nightly scoring → CRM call list/ }).click();
  await expect(inspector.getByRole('heading', { level: 2 })).toContainText('Nightly scoring');
  await expect(inspector.getByText(/Crosses a team boundary/)).toBeVisible();
  await inspector.getByLabel('Contract', { exact: true }).fill('OpenAPI churn-scores v1; CRM team approves changes.');
  await expect(inspector.getByText('No findings for this connection.')).toBeVisible();
  await inspector.screenshot({ path: join(ARTIFACTS, 'inspector-edge.png') });

  // --- The plan: phase, a team renamed, a person removed (references cleared) ---
  await showPlanView(page);
  await inspector.getByLabel('Phase', { exact: true }).selectOption({ label: 'Productionization' });
  await expect(inspector.getByRole('status').filter({ hasText: 'Launch & maintenance' })).toBeVisible();
  await inspector.getByRole('group', { name: 'Customer Analytics' }).getByLabel('Team name').fill('Data Science Guild');
  await inspector.getByRole('button', { name: 'Remove Dana Schulz' }).click();
  await inspector.getByRole('button', { name: /Remove and clear \d+ references/ }).click();
  await expect(inspector.getByRole('group', { name: 'Dana Schulz' })).toHaveCount(0);
  // Scroll the phase section up under the sticky heading for the picture.
  await inspector.evaluate((element) => {
    const header = [...element.querySelectorAll('.section-header')].find((h) => h.textContent?.includes('Phase and milestones'));
    if (header) element.scrollTop += header.getBoundingClientRect().top - element.getBoundingClientRect().top - 64;
  });
  await inspector.screenshot({ path: join(ARTIFACTS, 'inspector-plan.png') });

  await save(page);

  // --- The file on disk ---
  const { text, plan } = await readPlanFile(served);
  const features = nodeIn(plan, 'n-features');
  expect(features.title).toBe('Churn features');
  expect(features.ownerTeamId).toBe('team-it');
  expect(features.operatorTeamId).toBe('team-crm');
  expect(features.raci?.accountable).toBe('p-eli');
  expect(features.raci?.responsible).toEqual(['p-ben', 'p-ana']);
  const texts = (features.checklist ?? []).map((i) => i.text);
  expect(texts).toContain('Write the runbook');
  expect(texts).not.toContain('Item to delete');
  const runbookItem = features.checklist?.find((i) => i.text === 'Write the runbook');
  expect(runbookItem?.done).toBe(false);
  expect(runbookItem?.id).toMatch(/^c-[a-z0-9]+$/);
  expect(features.requirements?.[1]).toMatchObject({
    category: 'privacy',
    priority: 'must',
    text: 'Reads billing data only through the masked replica.',
    acceptance: 'Access review shows no reads of the raw billing tables.',
  });
  expect(plan.edges?.find((e) => e.id === 'e-7')?.contract).toBe('OpenAPI churn-scores v1; CRM team approves changes.');
  expect(plan.phase).toBe('productionization');
  expect(plan.teams?.find((t) => t.id === 'team-ds')?.name).toBe('Data Science Guild');
  // Dana is gone, and so is every reference to her (CRM call list's RACI, question q-1's owner).
  expect(plan.people?.map((p) => p.id)).not.toContain('p-dana');
  expect(text).not.toContain('p-dana');
  expect(nodeIn(plan, 'n-crm').raci?.accountable).toBeUndefined();
  expect(plan.questions?.find((q) => q.id === 'q-1')?.ownerId).toBeUndefined();
  // Canonical form: cleared fields are left out, not written as empty values.
  expect(text).not.toMatch(/"accountable": ""|"responsible": \[\]/);
});

test('typing in a field is one undo step, and undo restores the saved value', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  await selectNode(page, 'Weekly retraining');
  const tech = inspector.getByLabel('Tech', { exact: true });
  await tech.fill('');
  await tech.pressSequentially('PyTorch', { delay: 20 });
  await expect(tech).toHaveValue('PyTorch');
  // Undo from outside the field (the field keeps Ctrl+Z for its own text).
  await canvasOf(page).getByLabel('Weekly retraining', { exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(tech).toHaveValue('scikit-learn, gradient boosting');
  await page.keyboard.press('Control+Shift+z');
  await expect(tech).toHaveValue('PyTorch');
});

test('an empty title is refused and the node keeps its name', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  await selectNode(page, 'Nightly scoring');
  const title = inspector.getByLabel('Title', { exact: true });
  await title.fill('');
  await expect(inspector.getByText('Title cannot be empty.')).toBeVisible();
  await expect(canvasOf(page).getByLabel('Nightly scoring', { exact: true })).toBeVisible();
  await inspector.getByLabel('Description', { exact: true }).click();
  await expect(title).toHaveValue('Nightly scoring');
});

test('checklist items come from a library, keep their phase, and reorder', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  await selectNode(page, 'Weekly retraining');
  await inspector.getByRole('button', { name: 'Add from library' }).click();
  const picker = page.getByRole('dialog', { name: 'Add from library' });
  await picker.getByLabel('Checklist library').selectOption({ label: 'Handoff checklist by phase' });
  await picker.getByRole('checkbox', { name: 'All phases' }).check();
  await picker.getByText('Runbook written and on-call rota agreed').click();
  await picker.getByRole('button', { name: 'Add 1 item' }).click();
  const added = inspector.getByRole('checkbox', { name: 'Runbook written and on-call rota agreed' });
  await expect(added).toBeVisible();
  // Move it above the existing item.
  await inspector.getByRole('button', { name: 'Move "Runbook written and on-call rota agreed" up' }).click();
  await expect(inspector.locator('.checklist-item').first()).toContainText('Productionization');
  await expect(inspector.locator('.checklist-item textarea').first()).toHaveValue('Runbook written and on-call rota agreed');
});

test('several selected nodes get one owner team in one step, and can be deleted together', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  const canvas = canvasOf(page);
  await selectNode(page, 'Weekly retraining');
  await canvas.getByLabel('Nightly scoring', { exact: true }).click({ modifiers: ['Shift'] });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('2 nodes selected');
  await inspector.getByLabel('Owner team', { exact: true }).selectOption({ label: 'Retention' });
  await expect(inspector.getByLabel('Owner team', { exact: true })).toHaveValue('team-ret');
  await save(page);
  const { plan } = await readPlanFile(served);
  expect(nodeIn(plan, 'n-train').ownerTeamId).toBe('team-ret');
  expect(nodeIn(plan, 'n-batch').ownerTeamId).toBe('team-ret');
  expect(nodeIn(plan, 'n-model').ownerTeamId).toBe('team-ds');

  await inspector.getByRole('button', { name: 'Delete selected' }).click();
  await expect(canvas.getByLabel('Weekly retraining', { exact: true })).toHaveCount(0);
  await expect(canvas.getByLabel('Nightly scoring', { exact: true })).toHaveCount(0);
  await expect(inspector.getByLabel('Phase', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(canvas.getByLabel('Nightly scoring', { exact: true })).toBeVisible();
});

test('Delete pressed on a checkbox in the inspector does not delete the node', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  await selectNode(page, 'Churn feature pipeline');
  const item = inspector.getByRole('checkbox', { name: 'Share the prototype notebook with Platform Engineering' });
  await item.focus();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(canvasOf(page).getByLabel('Churn feature pipeline', { exact: true })).toBeVisible();
  await expect(item).toBeVisible();
});
