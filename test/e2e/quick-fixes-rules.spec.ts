// The quick fixes of the rules beyond privacy, ownership and contracts, through the
// UI: each finding offers its remedy, the remedy (with the user's own choice where
// it asks for one) makes the finding go, and one Undo brings it back.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { inspectorOf, openPlan, readinessOf, readPlanFile, selectNode, showPlanView } from './panel-helpers';
import type { Plan } from '../../shared/model/types';
import { expect, test, type ServedFolder } from './support/serve';

/** A variant of the sample plan, written beside it (JSON drops the fields set to undefined). */
const writePlan = (served: ServedFolder, name: string, plan: Plan): Promise<void> => writeFile(join(served.dir, name), `${JSON.stringify(plan, null, 2)}\n`);
const undoButton = (page: Page): Locator => page.getByRole('button', { name: 'Undo', exact: true });
const findingOf = (panel: Locator, ruleId: string): Locator => panel.locator(`[data-rule-id="${ruleId}"]`);
/** The quick fix offered next to the (only) finding of `ruleId` in `panel`. */
const fixOf = (panel: Locator, ruleId: string, name: string): Locator =>
  panel.locator('li', { has: panel.page().locator(`[data-rule-id="${ruleId}"]`) }).getByRole('button', { name, exact: true });

test('missing-accountable focuses the Accountable picker, whose New person… settles it in one undoable step', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  const readiness = readinessOf(page);
  await selectNode(page, 'Backtest and fairness review');
  const accountable = inspector.getByLabel('Accountable', { exact: true });
  await accountable.selectOption({ label: 'Nobody yet' });
  const finding = findingOf(readiness, 'missing-accountable');
  await expect(finding).toHaveCount(1);

  await showPlanView(page);
  await fixOf(readiness, 'missing-accountable', 'Choose accountable person').click();
  await expect(inspector.getByRole('heading', { level: 2, name: 'Backtest and fairness review' })).toBeVisible();
  await expect(accountable).toBeFocused();

  await accountable.selectOption({ label: 'New person…' });
  const form = inspector.getByRole('form', { name: 'New person' });
  await form.getByLabel('Person name', { exact: true }).fill('Farah Ito');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(accountable.locator('option:checked')).toHaveText('Farah Ito');
  await expect(finding).toHaveCount(0);

  await undoButton(page).click();
  await expect(finding).toHaveCount(1);
  await expect(accountable.locator('option', { hasText: 'Farah Ito' })).toHaveCount(0);
});

test('handoff-terms focuses the missing Maintainer; business-context the Objective', async ({ page, served }) => {
  // A plan without them from the start: a burst of edits to one field is one undo step.
  const { plan } = await readPlanFile(served);
  await writePlan(served, 'unfinished.handoff.json', {
    ...plan,
    business: { ...plan.business, objective: undefined },
    nodes: plan.nodes?.map((n) => (n.id === 'n-features' ? { ...n, handoff: { ...n.handoff, maintainerId: undefined } } : n)),
  });
  await openPlan(page, served, 'unfinished.handoff.json');
  const inspector = inspectorOf(page);
  const readiness = readinessOf(page);

  await selectNode(page, 'Churn feature pipeline');
  const maintainer = inspector.getByLabel('Maintainer', { exact: true });
  const handoff = findingOf(readiness, 'handoff-terms');
  await expect(handoff).toHaveCount(1);
  await inspector.getByRole('button', { name: 'Choose maintainer', exact: true }).click();
  await expect(maintainer).toBeFocused();
  await maintainer.selectOption({ label: 'Chen Wei' });
  await expect(handoff).toHaveCount(0);
  await undoButton(page).click();
  await expect(handoff).toHaveCount(1);

  const objective = inspector.getByLabel('Objective', { exact: true });
  const business = findingOf(readiness, 'business-context');
  await expect(business).toHaveCount(1);
  await fixOf(readiness, 'business-context', 'Write objective').click();
  await expect(objective).toBeFocused();
  await objective.fill('Cut voluntary churn by 10% this year.');
  await objective.press('Tab');
  await expect(business).toHaveCount(0);
  await undoButton(page).click();
  await expect(business).toHaveCount(1);
  await expect(objective).toHaveValue('');
});

test('phase-gate marks the due checklist item done, one undo step', async ({ page, served }) => {
  await openPlan(page, served);
  const readiness = readinessOf(page);
  const gate = findingOf(readiness, 'phase-gate');
  await expect(gate).toHaveCount(1);

  await fixOf(readiness, 'phase-gate', 'Mark done').click();
  await expect(gate).toHaveCount(0);
  // The item is shown, ticked, in its node's inspector.
  await expect(inspectorOf(page).getByRole('heading', { level: 2, name: 'Churn feature pipeline' })).toBeVisible();
  await expect(inspectorOf(page).locator('[data-entity-id="c-f2"] input[type="checkbox"]')).toBeChecked();
  await expect(undoButton(page)).toHaveAttribute('title', /Mark done/);

  await undoButton(page).click();
  await expect(gate).toHaveCount(1);
  await expect(inspectorOf(page).locator('[data-entity-id="c-f2"] input[type="checkbox"]')).not.toBeChecked();
});

test('broken-reference clears the ids that name nothing, or deletes a connection without its end', async ({ page, served }) => {
  const { plan } = await readPlanFile(served);
  const broken = {
    ...plan,
    nodes: plan.nodes?.map((n) => (n.id === 'n-eval' ? { ...n, operatorTeamId: 'team-gone', raci: { ...n.raci, consulted: ['p-gone', 'p-ben'] } } : n)),
    edges: [...(plan.edges ?? []), { id: 'e-gone', source: 'n-eval', target: 'n-gone' }],
  };
  await writePlan(served, 'broken.handoff.json', broken);
  await openPlan(page, served, 'broken.handoff.json');
  const readiness = readinessOf(page);
  const inspector = inspectorOf(page);
  const findings = findingOf(readiness, 'broken-reference');
  await expect(findings).toHaveCount(2);

  await fixOf(readiness, 'broken-reference', 'Clear broken references').click();
  await expect(findings).toHaveCount(1);
  await expect(inspector.getByRole('heading', { level: 2, name: 'Backtest and fairness review' })).toBeVisible();
  await expect(inspector.getByLabel('Operator team', { exact: true }).locator('option:checked')).toHaveText('Same as owner');
  // The person who exists stays consulted.
  await expect(inspector.getByRole('list', { name: 'Consulted people' })).toHaveText(/^Ben Okafor×?$/);
  await expect(undoButton(page)).toHaveAttribute('title', /Clear broken references/);

  await fixOf(readiness, 'broken-reference', 'Delete broken connection').click();
  await expect(findings).toHaveCount(0);

  await undoButton(page).click();
  await expect(findings).toHaveCount(1);
  await expect(findings).toContainText('n-gone');
  await undoButton(page).click();
  await expect(findings).toHaveCount(2);
});

test('stale-signoff opens "Sign off" again as the same person and role; gate-signoff opens the passed gate’s form', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  const readiness = readinessOf(page);

  // Chen Wei signs the Churn model handoff, then the node changes.
  await selectNode(page, 'Churn model v3');
  await inspector.getByRole('button', { name: 'Sign off as…' }).click();
  let form = inspector.getByRole('group', { name: 'Sign off' });
  await form.getByLabel('Signed by', { exact: true }).selectOption({ label: 'Chen Wei' });
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  await inspector.getByLabel('Description', { exact: true }).fill('Gradient-boosted trees, retrained weekly.');
  await inspector.getByLabel('Description', { exact: true }).press('Tab');
  const stale = findingOf(readiness, 'stale-signoff');
  await expect(stale).toHaveCount(1);

  await showPlanView(page);
  await fixOf(readiness, 'stale-signoff', 'Sign off again…').click();
  await expect(inspector.getByRole('heading', { level: 2, name: 'Churn model v3' })).toBeVisible();
  form = inspector.getByRole('group', { name: 'Sign off' });
  await expect(form.getByLabel('Signed by', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Signed by', { exact: true }).locator('option:checked')).toHaveText('Chen Wei');
  await expect(form.getByLabel('Role', { exact: true })).toHaveValue('operator');
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(stale).toHaveCount(0);
  await undoButton(page).click();
  await expect(stale).toHaveCount(1);

  // Chen Wei (operator side) signs the Model development gate and the plan passes it:
  // the owner side is missing, and the fix opens that gate's form in the owner role.
  await showPlanView(page);
  await inspector.getByRole('button', { name: 'Sign off gate…' }).click();
  form = inspector.getByRole('group', { name: 'Sign off gate' });
  await form.getByLabel('Signed by', { exact: true }).selectOption({ label: 'Chen Wei' });
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  await inspector.getByLabel('Phase', { exact: true }).selectOption('productionization');
  // One finding per passed gate; the earlier ones nobody signed at all.
  const gate = findingOf(readiness, 'gate-signoff').filter({ hasText: 'Model development' });
  await expect(gate).toHaveCount(1);

  await fixOf(readiness, 'gate-signoff', 'Sign off Model development gate…').click();
  form = inspector.getByRole('group', { name: 'Sign off gate' });
  await expect(form.getByLabel('Gate', { exact: true })).toHaveValue('model-development');
  await expect(form.getByLabel('Role', { exact: true })).toHaveValue('owner');
  await expect(form.getByLabel('Signed by', { exact: true })).toBeFocused();
  await form.getByLabel('Signed by', { exact: true }).selectOption({ label: 'Ana Ruiz' });
  await form.getByLabel('Role', { exact: true }).selectOption('owner');
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(gate).toHaveCount(0);
  await undoButton(page).click();
  await expect(gate).toHaveCount(1);
});
