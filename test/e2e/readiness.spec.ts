// The readiness panel, through the UI: findings follow every edit at once, a
// click on one takes you to its entity, and the phase gate says what blocks it.
import { join } from 'node:path';
import { inspectorOf, openPlan, readinessOf, selectNode } from './panel-helpers';
import { expect, REPO_ROOT, test } from './support/serve';

test('findings appear and disappear as the plan is edited', async ({ page, served }) => {
  await openPlan(page, served);
  const readiness = readinessOf(page);
  const inspector = inspectorOf(page);

  // The sample's three findings (the spec's expected `handoff validate` output).
  await expect(readiness.getByLabel('1 error, 2 warnings, 0 info')).toBeVisible();
  const privacy = readiness.getByRole('button', { name: /Restricted personal data flows from Billing database to Churn feature pipeline/ });
  await expect(privacy).toBeVisible();
  await expect(readiness.getByRole('status')).toHaveText(/Not ready for Productionization: 2 blockers/);

  // A node without an owner team: a missing-owner warning appears, and goes when the owner is back.
  await selectNode(page, 'Weekly retraining');
  const missingOwner = readiness.locator('[data-rule-id="missing-owner"]');
  await expect(missingOwner).toHaveCount(0);
  await inspector.getByLabel('Owner team', { exact: true }).selectOption({ label: 'No team' });
  await expect(missingOwner).toHaveCount(1);
  await expect(missingOwner).toContainText('Weekly retraining');
  await expect(inspector.locator('[data-rule-id="missing-owner"]')).toBeVisible();
  await inspector.getByLabel('Owner team', { exact: true }).selectOption({ label: 'Customer Analytics' });
  await expect(missingOwner).toHaveCount(0);

  // Fix the privacy error with a privacy requirement on the flow's target node.
  await selectNode(page, 'Churn feature pipeline');
  await inspector.getByLabel('New requirement', { exact: true }).fill('Masked replica access only.');
  await inspector.getByLabel('New requirement', { exact: true }).press('Enter');
  await inspector.getByRole('group', { name: 'Requirement 2' }).getByLabel('Category', { exact: true }).selectOption({ label: 'Privacy' });
  await expect(privacy).toHaveCount(0);
  await expect(readiness.getByLabel('0 errors, 2 warnings, 0 info')).toBeVisible();

  // Tick the open item of the current phase: nothing blocks the gate any more.
  await inspector.getByRole('checkbox', { name: 'Share the prototype notebook with Platform Engineering' }).check();
  await expect(readiness.getByRole('status')).toHaveText(/Ready for Productionization/);
  await readiness.screenshot({ path: join(REPO_ROOT, 'test/artifacts/readiness-ready.png') });

  // Undo brings the blocker back.
  await page.getByRole('region', { name: 'Canvas' }).getByLabel('Churn feature pipeline', { exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(readiness.getByRole('status')).toHaveText(/Not ready for Productionization: 1 blocker/);
});

test('clicking a finding selects its entity', async ({ page, served }) => {
  await openPlan(page, served);
  const readiness = readinessOf(page);
  const inspector = inspectorOf(page);

  // An edge finding selects the edge.
  await readiness.getByRole('button', { name: /Restricted personal data flows from Billing database/ }).click();
  await expect(inspector.getByText('Connection', { exact: true })).toBeVisible();
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/^Billing database.*Churn feature pipeline$/);
  await expect(page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__edge.selected')).toHaveCount(1);

  // A checklist-item finding selects its node and points at the item.
  await readiness.locator('[data-rule-id="phase-gate"]').click();
  await expect(inspector.getByRole('heading', { level: 2, name: 'Churn feature pipeline' })).toBeVisible();
  await expect(inspector.getByRole('checkbox', { name: 'Share the prototype notebook with Platform Engineering' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__node.selected')).toHaveAttribute('aria-label', 'Churn feature pipeline');
  await readiness.locator('.readiness-findings').evaluate((element) => (element.scrollTop = 0));
  await readiness.screenshot({ path: join(REPO_ROOT, 'test/artifacts/readiness.png') });
});

test('a plan with hundreds of findings lists them a hundred at a time', async ({ page, served }) => {
  const { writeFile } = await import('node:fs/promises');
  const { serializePlan } = await import('../../shared/model/serialize');
  // 130 nodes without owner or accountable and no business context: 261 warnings, plus isolated-node info for each.
  const nodes = Array.from({ length: 130 }, (_, i) => ({
    id: `n-${i}`,
    type: 'pipeline' as const,
    title: `Job ${i}`,
    position: { x: (i % 13) * 260, y: Math.floor(i / 13) * 140 },
  }));
  const plan = { format: 'handoff-plan' as const, version: 1, id: 'p-many', title: 'Many findings', phase: 'exploration' as const, nodes };
  await writeFile(join(served.dir, 'many.handoff.json'), serializePlan(plan));
  await openPlan(page, served, 'many.handoff.json');

  const readiness = readinessOf(page);
  const warnings = readiness.locator('.finding-warning');
  await expect(warnings).toHaveCount(100);
  await readiness.getByRole('button', { name: /Show 100 more \(161 not shown\)/ }).first().click();
  await expect(warnings).toHaveCount(200);
  await readiness.getByRole('button', { name: /Show 61 more \(61 not shown\)/ }).first().click();
  await expect(warnings).toHaveCount(261);
});
