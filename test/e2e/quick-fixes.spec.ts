// Quick fixes, through the UI: a finding with an obvious remedy offers it as one
// action next to it, in the readiness panel and in the inspector's findings box.
import { join } from 'node:path';
import { inspectorOf, openPlan, readinessOf, selectNode } from './panel-helpers';
import { expect, REPO_ROOT, test } from './support/serve';

test('the privacy finding adds a privacy requirement to the flow’s target node, in one undoable step', async ({ page, served }) => {
  await openPlan(page, served);
  const readiness = readinessOf(page);
  const inspector = inspectorOf(page);
  const privacy = readiness.locator('[data-rule-id="privacy-review"]');
  await expect(privacy).toHaveCount(1);
  await readiness.locator('.readiness-findings').evaluate((element) => (element.scrollTop = 0));
  await readiness.screenshot({ path: join(REPO_ROOT, 'test/artifacts/readiness-quick-fixes.png') });

  await readiness.getByRole('button', { name: 'Add privacy requirement', exact: true }).click();

  // The edge's target node is selected, its new requirement a Privacy one, focused for the user's own words.
  await expect(inspector.getByRole('heading', { level: 2, name: 'Churn feature pipeline' })).toBeVisible();
  const added = inspector.getByRole('group', { name: 'Requirement 2' });
  await expect(added.getByLabel('Category', { exact: true })).toHaveValue('privacy');
  const text = added.getByLabel('Requirement', { exact: true });
  await expect(text).toHaveValue(/Billing database/);
  await expect(text).toBeFocused();
  await expect(privacy).toHaveCount(0);
  await expect(readiness.getByLabel('0 errors, 2 warnings, 0 info')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /Add privacy requirement/);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(privacy).toHaveCount(1);
  await expect(inspector.getByRole('group', { name: 'Requirement 2' })).toHaveCount(0);
  await expect(readiness.getByLabel('1 error, 2 warnings, 0 info')).toBeVisible();
});

test('the integration-contract fix focuses the edge’s Contract field; the missing-owner fix the Owner team picker', async ({ page, served }) => {
  await openPlan(page, served);
  const readiness = readinessOf(page);
  const inspector = inspectorOf(page);

  // missing-owner, from the node's own findings box: the Owner team picker, focused.
  await selectNode(page, 'Weekly retraining');
  const owner = inspector.getByLabel('Owner team', { exact: true });
  await owner.selectOption({ label: 'No team' });
  await inspector.getByRole('button', { name: 'Choose owner team', exact: true }).click();
  await expect(owner).toBeFocused();

  // integration-contract: the edge selected and its Contract field focused, even
  // when the user had collapsed the Contract section.
  await readiness.getByRole('button', { name: /Nightly scoring → CRM call list/ }).click();
  await inspector.getByRole('button', { name: 'Contract', exact: true }).click();
  await expect(inspector.getByLabel('Contract', { exact: true })).toHaveCount(0);
  await readiness.locator('[data-rule-id="missing-owner"]').click();
  await expect(inspector.getByRole('heading', { level: 2, name: 'Weekly retraining' })).toBeVisible();

  await readiness.locator('li', { has: page.locator('[data-rule-id="integration-contract"]') }).getByRole('button', { name: 'Write contract' }).click();
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/^Nightly scoring.*CRM call list$/);
  await expect(page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(inspector.getByLabel('Contract', { exact: true })).toBeFocused();
});

test('a node’s findings box names the node once, in its heading, and leaves its fields in view', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  const long = 'Churn feature pipeline built from billing, usage and support-ticket history for the quarterly model';
  await selectNode(page, 'Weekly retraining');
  await inspector.getByLabel('Title', { exact: true }).fill(long);
  await inspector.getByLabel('Owner team', { exact: true }).selectOption({ label: 'No team' });
  await inspector.getByLabel('Accountable', { exact: true }).selectOption({ label: 'Nobody yet' });

  const box = inspector.locator('.finding-list');
  await expect(box.locator('[data-rule-id="missing-owner"]')).toHaveText(/Nobody owns this node/);
  await expect(box.locator('[data-rule-id="missing-accountable"]')).toHaveText(/This node has no accountable person/);
  // The whole message stays in the tooltip.
  await expect(box.locator('[data-rule-id="missing-owner"]')).toHaveAttribute('title', `Nobody owns ${long}: choose the team that builds it as its owner.`);
  expect((await box.innerText()).split(long).length - 1).toBe(0);
  await expect(inspector.getByRole('heading', { level: 2, name: long })).toBeVisible();
  await inspector.evaluate((element) => (element.scrollTop = 0));
  await expect(inspector.getByLabel('Title', { exact: true })).toBeInViewport();
  await inspector.screenshot({ path: join(REPO_ROOT, 'test/artifacts/inspector-compact-findings.png') });
});
