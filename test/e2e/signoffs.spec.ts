// Sign-offs through the UI: sign a handoff point in the inspector, change the node,
// see the sign-off turn stale and the stale-signoff finding appear; then export the
// PDF and find the "Sign-offs" section and the ML Test Score in its text. Sign a
// phase gate in the plan inspector: valid through passing the gate, stale on a change.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspectorOf, openPlan, readinessOf, readPlanFile, save, selectNode, showPlanView } from './panel-helpers';
import { expect, REPO_ROOT, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');

test('a signed handoff turns stale when the node changes, and the PDF lists the sign-offs and the score', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);
  const readiness = readinessOf(page);
  const stale = readiness.locator('[data-rule-id="stale-signoff"]');

  // Chen Wei (Platform Engineering, the operator team) signs the Churn model handoff.
  await selectNode(page, 'Churn model v3');
  await inspector.getByRole('button', { name: 'Sign off as…' }).click();
  const form = inspector.getByRole('group', { name: 'Sign off' });
  await form.getByLabel('Signed by', { exact: true }).selectOption({ label: 'Chen Wei' });
  await expect(form.getByLabel('Role', { exact: true })).toHaveValue('operator');
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  const signoffs = inspector.getByRole('list', { name: 'Sign-offs' });
  await expect(signoffs.getByRole('listitem')).toHaveCount(1);
  await expect(signoffs.getByRole('listitem').first()).toContainText('Valid');
  await expect(signoffs.getByRole('listitem').first()).toContainText('Chen Wei · Operator side');
  await expect(stale).toHaveCount(0);

  // A change to what was signed: the sign-off turns stale and the finding appears.
  await inspector.getByLabel('Description', { exact: true }).fill('Gradient-boosted trees, retrained weekly.');
  await inspector.getByLabel('Description', { exact: true }).press('Tab');
  await expect(signoffs.getByRole('listitem').first()).toContainText('Stale');
  await expect(signoffs.getByRole('listitem').first()).toContainText('Changed since it was signed');
  await expect(stale).toHaveCount(1);
  await expect(stale).toContainText('Chen Wei (Operator side) signed off Churn model v3');
  await expect(inspector.locator('[data-rule-id="stale-signoff"]')).toBeVisible();
  await mkdir(ARTIFACTS, { recursive: true });
  await inspector.locator('.signoffs').screenshot({ path: join(ARTIFACTS, 'signoffs-inspector.png') });
  await readiness.locator('.ml-test-score').screenshot({ path: join(ARTIFACTS, 'ml-test-score-panel.png') });

  // The file holds the sign-off with its hash, and the rule's finding reaches the file's readers too.
  await save(page);
  const { plan } = await readPlanFile(served);
  expect(plan.signoffs).toEqual([expect.objectContaining({ personId: 'p-chen', role: 'operator', nodeId: 'n-model', hash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);

  // Export the PDF: the Sign-offs section (with the stale sign-off) and the score are in its text.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export requirements document' });
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  const file = testInfo.outputPath('signoffs.pdf');
  await download.saveAs(file);
  expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Sign-offs');
  expect(text).toMatch(/Handoffs signed\s+No: 2 of 2 handoff points/);
  expect(text).toMatch(/Churn model v3\s+Chen Wei\s+Operator side\s+\d{4}-\d{2}-\d{2}\s+Stale/);
  expect(text).toMatch(/ML Test Score\s+0 — More of a research project/);
  expect(text).toContain('Changes since the last export');
  execFileSync('pdftoppm', ['-png', '-r', '60', file, testInfo.outputPath('page')]);

  // The export was recorded in the plan: the next document starts from it.
  await expect(dialog).toBeHidden();
  await save(page);
  const after = await readPlanFile(served);
  expect((after.plan.meta as { lastExport?: { hash?: string } }).lastExport?.hash).toMatch(/^[0-9a-f]{64}$/);
});

test('a phase gate signed in the plan inspector stays valid when the plan passes it and turns stale on a change', async ({ page, served }) => {
  await openPlan(page, served);
  await showPlanView(page);
  const inspector = inspectorOf(page);

  // Chen Wei (an IT team) signs the gate out of the current phase, Model development.
  await inspector.getByRole('button', { name: 'Sign off gate…' }).click();
  const form = inspector.getByRole('group', { name: 'Sign off gate' });
  await expect(form.getByLabel('Gate', { exact: true })).toHaveValue('model-development');
  await form.getByLabel('Signed by', { exact: true }).selectOption({ label: 'Chen Wei' });
  await expect(form.getByLabel('Role', { exact: true })).toHaveValue('operator');
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  const gateSignoffs = inspector.getByRole('list', { name: 'Gate sign-offs' });
  const signed = gateSignoffs.getByRole('listitem');
  await expect(signed).toHaveCount(1);
  await expect(signed.first()).toContainText('Valid');
  await expect(signed.first()).toContainText('Model development gate');
  await expect(signed.first()).toContainText('Chen Wei · Operator side');
  await mkdir(ARTIFACTS, { recursive: true });
  await inspector.locator('.signoffs').screenshot({ path: join(ARTIFACTS, 'signoffs-gate.png') });

  // Passing the gate is what signing it is for: the sign-off holds.
  await inspector.getByLabel('Phase', { exact: true }).selectOption('productionization');
  await expect(signed.first()).toContainText('Valid');

  // A change to the plan's content turns it stale.
  await inspector.getByLabel('Summary', { exact: true }).fill('Scores every subscriber weekly for churn risk.');
  await inspector.getByLabel('Summary', { exact: true }).press('Tab');
  await expect(signed.first()).toContainText('Stale');
  await expect(signed.first()).toContainText('The plan has changed since it was signed');

  await save(page);
  const { plan } = await readPlanFile(served);
  expect(plan.signoffs).toEqual([expect.objectContaining({ personId: 'p-chen', role: 'operator', gate: 'model-development', hash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
  expect(plan.signoffs?.[0]).not.toHaveProperty('nodeId');
});

test('the sign-off form’s Signed by picker makes a new person in place, who then signs', async ({ page, served }) => {
  await openPlan(page, served);
  await showPlanView(page);
  const inspector = inspectorOf(page);

  await inspector.getByRole('button', { name: 'Sign off gate…' }).click();
  const form = inspector.getByRole('group', { name: 'Sign off gate' });
  const signedBy = form.getByLabel('Signed by', { exact: true });
  await signedBy.selectOption({ label: 'New person…' });
  const newPerson = form.getByRole('form', { name: 'New person' });
  await newPerson.getByLabel('Person name', { exact: true }).fill('Gus Moreau');
  await newPerson.getByLabel('Their team', { exact: true }).selectOption({ label: 'Platform Engineering' });
  await newPerson.getByRole('button', { name: 'Add person' }).click();
  await expect(newPerson).toHaveCount(0);

  // The new person is the signer, in the role of their team's side (an IT team: operator).
  await expect(signedBy.locator('option:checked')).toHaveText('Gus Moreau');
  await expect(form.getByLabel('Role', { exact: true })).toHaveValue('operator');
  await form.getByRole('button', { name: 'Sign off', exact: true }).click();
  const signed = inspector.getByRole('list', { name: 'Gate sign-offs' }).getByRole('listitem');
  await expect(signed).toHaveCount(1);
  await expect(signed.first()).toContainText('Gus Moreau · Operator side');
  await expect(inspector.getByRole('group', { name: 'Gus Moreau' })).toBeVisible();

  // Signing and adding the person are two steps: Undo takes back the sign-off, then the person.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(signed).toHaveCount(0);
  await expect(inspector.getByRole('group', { name: 'Gus Moreau' })).toBeVisible();
  await undo.click();
  await expect(inspector.getByRole('group', { name: 'Gus Moreau' })).toHaveCount(0);
});
