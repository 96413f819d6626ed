// Issue 14, dialogs and teams where they are needed (browser host, real files):
// the merge dialog shows mine and theirs side by side at any width with nothing
// scrolled out of view; "The file changed on disk" offers a three-way Merge from
// the last saved plan; declining "Replace the file?" goes back to the Save As choice;
// team and person pickers create a team or person in place, in one undoable step.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { withBase } from '../../shared/merge/index';
import { serializePlan } from '../../shared/model/serialize';
import type { Plan, PlanNode } from '../../shared/model/types';
import { inspectorOf, nodeIn, openPlan, readPlanFile, save, selectNode, showPlanView } from './panel-helpers';
import { expect, SAMPLE_PLAN, test, type ServedFolder } from './support/serve';

const SHOTS = '/tmp/pw-14b-shots';

function editNode(plan: Plan, id: string, edit: (node: PlanNode) => PlanNode): Plan {
  return { ...plan, nodes: (plan.nodes ?? []).map((n) => (n.id === id ? edit(n) : n)) };
}

const retitle = (plan: Plan, id: string, title: string): Plan => editNode(plan, id, (n) => ({ ...n, title }));
const describe = (plan: Plan, id: string, description: string): Plan => editNode(plan, id, (n) => ({ ...n, description }));

// Long values, one of them a single unbroken "word", that must wrap inside the dialog rather than widen it.
const LONG_URL = 'https://wiki.example.com/data-platform/contracts/crm-call-list/v3/fields-and-retention-rules-approved-by-legal-2026';
const MINE_DESCRIPTION = `Daily list of customers to call, ranked by churn score; agents see the score band and the top three reasons. Contract: ${LONG_URL}`;
const THEIRS_DESCRIPTION = `Daily call list ranked by score, with reasons hidden from agents until the privacy review signs off. Contract: ${LONG_URL}-draft`;

/** Mine and theirs, copies of the sample recording it as their ancestor, with five conflicting long edits. */
async function writeLongConflicts(served: ServedFolder): Promise<void> {
  const base = withBase((await readPlanFile(served)).plan);
  let mine = describe(base, 'n-crm', MINE_DESCRIPTION);
  let theirs = describe(base, 'n-crm', THEIRS_DESCRIPTION);
  mine = retitle(mine, 'n-eval', 'Backtest, fairness review and sign-off by the model risk committee before every release');
  theirs = retitle(theirs, 'n-eval', 'Backtest and fairness review, with the results published to the retention team wiki page');
  mine = describe(mine, 'n-batch', 'Runs at 02:00 UTC after the feature pipeline; scores land in the warehouse table crm.churn_scores_daily.');
  theirs = describe(theirs, 'n-batch', 'Runs at 03:30 UTC once the nightly billing export has landed; writes crm.churn_scores_daily_v2.');
  // Mine deletes the workshop note that theirs documents: a whole node against nothing, its fields listed.
  mine = { ...mine, nodes: (mine.nodes ?? []).filter((n) => n.id !== 'n-note') };
  theirs = describe(theirs, 'n-note', `Settled on 12 May: reasons are shown. Minutes: ${LONG_URL}/workshop-minutes`);
  // Both moved the same milestone: the plan's milestones, long runs of JSON without a space to break at.
  mine = { ...mine, milestones: (mine.milestones ?? []).map((m) => (m.phase === 'model-development' ? { ...m, targetDate: '2026-12-20' } : m)) };
  theirs = { ...theirs, milestones: (theirs.milestones ?? []).map((m) => (m.phase === 'model-development' ? { ...m, targetDate: '2027-01-10' } : m)) };
  await writeFile(join(served.dir, 'mine.handoff.json'), serializePlan(mine));
  await writeFile(join(served.dir, 'theirs.handoff.json'), serializePlan(theirs));
}

async function openMergeFrom(page: Page, served: ServedFolder, mine: string, theirs: string): Promise<Locator> {
  await openPlan(page, served, mine);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Merge from…' }).click();
  await page.getByRole('dialog', { name: 'Merge from…' }).getByRole('button', { name: new RegExp(theirs.replace(/\./g, '\\.')) }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Everything in the dialog is within its width, and it opened scrolled to its top-left corner. */
async function expectNothingScrolledAway(dialog: Locator): Promise<void> {
  const scroll = await dialog.evaluate((el) => ({
    left: el.scrollLeft,
    top: el.scrollTop,
    overflowX: el.scrollWidth - el.clientWidth,
  }));
  expect(scroll).toEqual({ left: 0, top: 0, overflowX: 0 });
}

/** Mine and theirs of a conflict sit side by side, both wholly inside the dialog. */
async function expectSideBySide(dialog: Locator, conflict: Locator): Promise<void> {
  const box = (await dialog.boundingBox())!;
  const mine = (await conflict.getByRole('button', { name: 'Keep mine' }).locator('..').boundingBox())!;
  const theirs = (await conflict.getByRole('button', { name: 'Take theirs' }).locator('..').boundingBox())!;
  expect(Math.abs(mine.y - theirs.y)).toBeLessThan(2);
  expect(theirs.x).toBeGreaterThanOrEqual(mine.x + mine.width);
  expect(mine.x).toBeGreaterThanOrEqual(box.x);
  expect(theirs.x + theirs.width).toBeLessThanOrEqual(box.x + box.width);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 900, height: 700 },
]) {
  const size = `${viewport.width}×${viewport.height}`;

  test(`merge dialog at ${size}: mine and theirs side by side, long text wrapped, nothing scrolled away`, async ({ page, served }) => {
    await page.setViewportSize(viewport);
    await writeLongConflicts(served);
    const dialog = await openMergeFrom(page, served, 'mine.handoff.json', 'theirs.handoff.json');
    await expect(dialog.getByLabel('Merge summary')).toHaveText('0 changes merged automatically · 5 conflicts to settle');
    // The bulk choice has the focus, without having scrolled the dialog to reach it.
    await expect(dialog.getByRole('button', { name: 'Keep all mine' })).toBeFocused();
    await expectNothingScrolledAway(dialog);
    await expect(dialog.getByLabel('Merge summary')).toBeInViewport();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `merge-dialog-${viewport.width}x${viewport.height}.png`) });

    const conflicts = dialog.getByRole('list', { name: 'Conflicts' }).getByRole('group');
    await expect(conflicts).toHaveCount(5);
    for (const conflict of await conflicts.all()) {
      await conflict.scrollIntoViewIfNeeded();
      await expectSideBySide(dialog, conflict);
    }
    await expect(conflicts.filter({ hasText: MINE_DESCRIPTION })).toContainText(THEIRS_DESCRIPTION);
    // Scrolling down to each conflict never needed a sideways scroll.
    expect(await dialog.evaluate((el) => ({ left: el.scrollLeft, overflowX: el.scrollWidth - el.clientWidth }))).toEqual({ left: 0, overflowX: 0 });
  });

  test(`merge dialog at ${size}: two different plans, every difference a conflict, still fits its width`, async ({ page, served }) => {
    await page.setViewportSize(viewport);
    const dialog = await openMergeFrom(page, served, SAMPLE_PLAN, 'card-fraud-api.handoff.json');
    await expect(dialog.getByRole('note')).toContainText('No common ancestor recorded');
    await expect(dialog.getByRole('button', { name: 'Keep all mine' })).toBeFocused();
    await expectNothingScrolledAway(dialog);
    const conflicts = dialog.getByRole('list', { name: 'Conflicts' }).getByRole('group');
    for (let i = 0; i < 3; i += 1) await expectSideBySide(dialog, conflicts.nth(i));
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `merge-two-way-${viewport.width}x${viewport.height}.png`) });
  });
}

test('the file changed on disk: "Merge" merges three-way from the last saved plan, then Save writes without asking again', async ({ page, served }) => {
  await openPlan(page, served);
  // Mine: a new title for the billing database, typed in the inspector.
  await selectNode(page, 'Billing database');
  await inspectorOf(page).getByLabel('Title', { exact: true }).fill('Billing warehouse');
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();

  // Meanwhile someone else saves the file: another title for it (a conflict) and a description elsewhere (no conflict).
  const onDisk = (await readPlanFile(served)).plan;
  const theirs = describe(retitle(onDisk, 'n-billing', 'Billing DB (Oracle)'), 'n-usage', 'Clickstream from the mobile app and the web shop.');
  await writeFile(join(served.dir, SAMPLE_PLAN), serializePlan(theirs));

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const changed = page.getByRole('dialog', { name: 'The file changed on disk' });
  await expect(changed).toBeVisible();
  await changed.getByRole('button', { name: 'Merge', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Merge' });
  await expect(dialog).toBeVisible();
  // Three-way: only the title both changed is a conflict; the other description merges by itself.
  await expect(dialog.getByLabel('Merge summary')).toHaveText('1 change merged automatically · 1 conflict to settle');
  await expect(dialog).not.toContainText('No common ancestor');
  const conflict = dialog.getByRole('list', { name: 'Conflicts' }).getByRole('group');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('Billing database');
  await expect(conflict).toContainText('Billing warehouse');
  await expect(conflict).toContainText('Billing DB (Oracle)');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await dialog.getByRole('button', { name: 'Apply merge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /Merge from churn-scoring\.handoff\.json on disk/);

  // The file on disk is part of the plan now: Save writes over it without asking again.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  await expect(changed).toBeHidden();
  const saved = (await readPlanFile(served)).plan;
  expect(nodeIn(saved, 'n-billing').title).toBe('Billing warehouse');
  expect(nodeIn(saved, 'n-usage').description).toBe('Clickstream from the mobile app and the web shop.');
});

test('declining "Replace the file?" goes back to the Save As choice, and a new name saves there', async ({ page, served }) => {
  await openPlan(page, served);
  const other = 'card-fraud-api.handoff.json';
  const otherBefore = await readFile(join(served.dir, other), 'utf8');
  await page.keyboard.press('Control+Shift+s');
  const saveAs = page.getByRole('dialog', { name: 'Save plan as' });
  await saveAs.getByLabel('File name').fill('card-fraud-api');
  await saveAs.getByRole('button', { name: 'Save' }).click();

  const replace = page.getByRole('dialog', { name: 'Replace the file?' });
  await expect(replace).toBeVisible();
  await replace.getByRole('button', { name: 'Cancel' }).click();
  // Back at the choice, holding the name just tried.
  await expect(replace).toBeHidden();
  await expect(saveAs).toBeVisible();
  await expect(saveAs.getByLabel('File name')).toHaveValue('card-fraud-api');
  await saveAs.getByLabel('File name').fill('churn-copy');
  await saveAs.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText('churn-copy.handoff.json').first()).toBeVisible();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  expect((await readPlanFile(served, 'churn-copy.handoff.json')).plan.title).toBe((await readPlanFile(served)).plan.title);
  expect(await readFile(join(served.dir, other), 'utf8')).toBe(otherBefore);
});

const chosen = (select: Locator): Locator => select.locator('option:checked');
const undoButton = (page: Page): Locator => page.getByRole('button', { name: 'Undo', exact: true });

test('"New team…" in the Owner team picker adds a team of a kind and makes it the owner, one undoable step', async ({ page, served }) => {
  await openPlan(page, served);
  await selectNode(page, 'Billing database');
  const inspector = inspectorOf(page);
  const owner = inspector.getByLabel('Owner team', { exact: true });
  const before = await chosen(owner).textContent();
  await owner.selectOption({ label: 'New team…' });

  const form = inspector.getByRole('form', { name: 'New team' });
  await expect(form.getByLabel('Team name')).toBeFocused();
  await form.getByLabel('Team name').fill('Billing Data Office');
  await form.getByLabel('Kind').selectOption({ label: 'Business' });
  await mkdir(SHOTS, { recursive: true });
  await inspector.screenshot({ path: join(SHOTS, 'new-team-inline.png') });
  await form.getByRole('button', { name: 'Add team' }).click();
  await expect(form).toBeHidden();
  await expect(chosen(owner)).toHaveText('Billing Data Office');
  await expect(undoButton(page)).toHaveAttribute('title', /Add team “Billing Data Office”/);

  // One step: Undo takes back both the team and the owner.
  await undoButton(page).click();
  await expect(chosen(owner)).toHaveText(before!);
  await expect(owner.locator('option', { hasText: 'Billing Data Office' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(chosen(owner)).toHaveText('Billing Data Office');

  // Cancel (or Escape) leaves the plan as it was.
  const operator = inspector.getByLabel('Operator team', { exact: true });
  await operator.selectOption({ label: 'New team…' });
  await inspector.getByRole('form', { name: 'New team' }).getByLabel('Team name').fill('Never added');
  await inspector.getByRole('form', { name: 'New team' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(inspector.getByRole('form', { name: 'New team' })).toBeHidden();
  await expect(operator.locator('option', { hasText: 'Never added' })).toHaveCount(0);
  await expect(undoButton(page)).toHaveAttribute('title', /Add team “Billing Data Office”/);

  await save(page);
  const plan = (await readPlanFile(served)).plan;
  const team = plan.teams?.find((t) => t.name === 'Billing Data Office');
  expect(team).toMatchObject({ kind: 'business' });
  expect(nodeIn(plan, 'n-billing').ownerTeamId).toBe(team!.id);
  expect(plan.teams?.some((t) => t.name === 'Never added')).toBe(false);
});

test('"New person…" in the RACI pickers adds a person of the owner team and assigns them, one undoable step each', async ({ page, served }) => {
  await openPlan(page, served);
  await selectNode(page, 'Nightly scoring');
  const inspector = inspectorOf(page);
  const ownerTeamId = nodeIn((await readPlanFile(served)).plan, 'n-batch').ownerTeamId;

  const accountable = inspector.getByLabel('Accountable', { exact: true });
  await accountable.selectOption({ label: 'New person…' });
  let form = inspector.getByRole('form', { name: 'New person' });
  await form.getByLabel('Person name').fill('Farah Haddad');
  // Their team starts as the node's owner team.
  await expect(form.getByLabel('Their team')).toHaveValue(ownerTeamId ?? '');
  await form.getByLabel('Person name').press('Enter');
  await expect(form).toBeHidden();
  await expect(chosen(accountable)).toHaveText('Farah Haddad');
  await expect(undoButton(page)).toHaveAttribute('title', /Add person “Farah Haddad”/);

  const responsible = inspector.getByLabel('Responsible', { exact: true });
  await responsible.selectOption({ label: 'New person…' });
  form = inspector.getByRole('form', { name: 'New person' });
  await form.getByLabel('Person name').fill('Gus Lee');
  await form.getByLabel('Their team').selectOption({ label: 'No team' });
  await form.getByRole('button', { name: 'Add person' }).click();
  const chips = inspector.getByRole('list', { name: 'Responsible people' });
  await expect(chips).toContainText('Gus Lee');

  // Undo takes back Gus and his place in Responsible together; Farah stays accountable.
  await undoButton(page).click();
  await expect(inspector.getByText('Gus Lee')).toHaveCount(0);
  await expect(responsible.locator('option', { hasText: 'Gus Lee' })).toHaveCount(0);
  await expect(chosen(accountable)).toHaveText('Farah Haddad');

  await save(page);
  const plan = (await readPlanFile(served)).plan;
  const farah = plan.people?.find((p) => p.name === 'Farah Haddad');
  expect(farah?.teamId).toBe(ownerTeamId);
  expect(nodeIn(plan, 'n-batch').raci?.accountable).toBe(farah!.id);
  expect(plan.people?.some((p) => p.name === 'Gus Lee')).toBe(false);
});

test('every team and person picker offers to create one: a multi-selection\'s owner, a checklist assignee, a person\'s team, a question\'s owner', async ({ page, served }) => {
  await openPlan(page, served);
  const inspector = inspectorOf(page);

  // A checklist item's assignee.
  await selectNode(page, 'Churn feature pipeline');
  await inspector.getByRole('button', { name: /^Details of / }).first().click();
  const assignee = inspector.getByLabel('Assignee', { exact: true });
  await assignee.selectOption({ label: 'New person…' });
  await inspector.getByRole('form', { name: 'New person' }).getByLabel('Person name').fill('Ivo Novak');
  await inspector.getByRole('form', { name: 'New person' }).getByRole('button', { name: 'Add person' }).click();
  await expect(chosen(assignee)).toHaveText('Ivo Novak');

  // The owner team of several nodes at once.
  await page.keyboard.down('Shift');
  await page.getByRole('region', { name: 'Canvas' }).getByLabel('Billing database', { exact: true }).click();
  await page.keyboard.up('Shift');
  await expect(inspector.getByRole('heading', { level: 2, name: '2 nodes selected' })).toBeVisible();
  const bulkOwner = inspector.getByLabel('Owner team', { exact: true });
  await bulkOwner.selectOption({ label: 'New team…' });
  await inspector.getByRole('form', { name: 'New team' }).getByLabel('Team name').fill('Data Foundations');
  await inspector.getByRole('form', { name: 'New team' }).getByRole('button', { name: 'Add team' }).click();
  await expect(chosen(bulkOwner)).toHaveText('Data Foundations');

  // In the plan's settings: a person's team, and the owner of a question.
  await showPlanView(page);
  const ana = inspector.getByRole('group', { name: 'Ana Ruiz' });
  await ana.getByLabel('Team', { exact: true }).selectOption({ label: 'New team…' });
  await ana.getByRole('form', { name: 'New team' }).getByLabel('Team name').fill('Model Risk');
  await ana.getByRole('form', { name: 'New team' }).getByLabel('Kind').selectOption({ label: 'External' });
  await ana.getByRole('form', { name: 'New team' }).getByRole('button', { name: 'Add team' }).click();
  await expect(chosen(ana.getByLabel('Team', { exact: true }))).toHaveText('Model Risk');
  const question = inspector.locator('[data-entity-id="q-3"]');
  await question.getByLabel('Owner', { exact: true }).selectOption({ label: 'New person…' });
  await question.getByRole('form', { name: 'New person' }).getByLabel('Person name').fill('Jo Marsh');
  await question.getByRole('form', { name: 'New person' }).getByRole('button', { name: 'Add person' }).click();
  await expect(chosen(question.getByLabel('Owner', { exact: true }))).toHaveText('Jo Marsh');

  await save(page);
  const plan = (await readPlanFile(served)).plan;
  const ivo = plan.people?.find((p) => p.name === 'Ivo Novak');
  expect(nodeIn(plan, 'n-features').checklist?.some((c) => c.assigneeId === ivo!.id)).toBe(true);
  const foundations = plan.teams?.find((t) => t.name === 'Data Foundations');
  expect(foundations).toMatchObject({ kind: 'data-science' });
  expect(nodeIn(plan, 'n-features').ownerTeamId).toBe(foundations!.id);
  expect(nodeIn(plan, 'n-billing').ownerTeamId).toBe(foundations!.id);
  const modelRisk = plan.teams?.find((t) => t.name === 'Model Risk');
  expect(modelRisk).toMatchObject({ kind: 'external' });
  expect(plan.people?.find((p) => p.id === 'p-ana')?.teamId).toBe(modelRisk!.id);
  const jo = plan.people?.find((p) => p.name === 'Jo Marsh');
  expect(plan.questions?.find((q) => q.id === 'q-3')?.ownerId).toBe(jo!.id);
});
