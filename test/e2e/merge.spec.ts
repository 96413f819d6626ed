// "Merge from…" end to end (browser host). Two leads took copies of the sample
// plan (each records it as meta.base); both reworded the same requirement (a real
// conflict, settled in the dialog) and one ticked a checklist item (merged without
// asking). The merged plan is saved and read back from disk.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { baseHashOf, baseOf, planHash, withBase } from '../../shared/merge/index';
import { parsePlan } from '../../shared/model/parse';
import { serializePlan } from '../../shared/model/serialize';
import type { Plan, PlanNode } from '../../shared/model/types';
import { canvasNode } from './support/canvas';
import { expect, REPO_ROOT, SAMPLE_PLAN, test, type ServedFolder } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
const BASE_TEXT = 'Scores are visible to retention agents only.';
const MINE_TEXT = 'Scores are visible to retention agents and team leads only.';
const THEIRS_TEXT = 'Only retention agents see scores; access is logged.';

async function readPlan(served: ServedFolder, name: string): Promise<Plan> {
  const parsed = parsePlan(await readFile(join(served.dir, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}

function editNode(plan: Plan, id: string, edit: (node: PlanNode) => PlanNode): Plan {
  return { ...plan, nodes: (plan.nodes ?? []).map((n) => (n.id === id ? edit(n) : n)) };
}

const setRequirementText = (plan: Plan, text: string): Plan =>
  editNode(plan, 'n-crm', (n) => ({ ...n, requirements: (n.requirements ?? []).map((r) => (r.id === 'r-c1' ? { ...r, text } : r)) }));

const tick = (plan: Plan, itemId: string): Plan =>
  editNode(plan, 'n-features', (n) => ({ ...n, checklist: (n.checklist ?? []).map((c) => (c.id === itemId ? { ...c, done: true } : c)) }));

const requirementText = (plan: Plan): string | undefined =>
  plan.nodes?.find((n) => n.id === 'n-crm')?.requirements?.find((r) => r.id === 'r-c1')?.text;

/** Writes mine and theirs: copies of the sample recording it as their ancestor, each edited by its lead. */
async function writeCopies(served: ServedFolder): Promise<Plan> {
  const sample = await readPlan(served, SAMPLE_PLAN);
  // The scenario starts from a known requirement text, whatever the sample says today.
  const base = setRequirementText(sample, BASE_TEXT);
  await writeFile(join(served.dir, 'mine.handoff.json'), serializePlan(setRequirementText(withBase(base), MINE_TEXT)));
  await writeFile(join(served.dir, 'theirs.handoff.json'), serializePlan(tick(setRequirementText(withBase(base), THEIRS_TEXT), 'c-f2')));
  return base;
}

async function openMergeFrom(page: Page, served: ServedFolder, mine: string, theirs: string): Promise<void> {
  await page.goto(`${served.url}?plan=${encodeURIComponent(mine)}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Merge from…' }).click();
  await page.getByRole('dialog', { name: 'Merge from…' }).getByRole('button', { name: new RegExp(theirs.replace(/\./g, '\\.')) }).click();
}

test('three-way merge: the checklist tick merges by itself, the requirement conflict is settled, saved to disk', async ({ page, served }) => {
  const base = await writeCopies(served);
  await openMergeFrom(page, served, 'mine.handoff.json', 'theirs.handoff.json');

  const dialog = page.getByRole('dialog', { name: 'Merge' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Merge summary')).toHaveText('1 change merged automatically · 1 conflict to settle');
  await expect(dialog).not.toContainText('No common ancestor');
  const conflicts = dialog.getByRole('list', { name: 'Conflicts' });
  await expect(conflicts.getByRole('group')).toHaveCount(1);
  const conflict = conflicts.getByRole('group').first();
  await expect(conflict).toContainText('Requirement');
  await expect(conflict).toContainText('Text');
  await expect(conflict).toContainText(BASE_TEXT);
  await expect(conflict).toContainText(MINE_TEXT);
  await expect(conflict).toContainText(THEIRS_TEXT);

  // Nothing is applied until every conflict is settled.
  const apply = dialog.getByRole('button', { name: 'Apply merge' });
  await expect(apply).toBeDisabled();
  await expect(dialog.getByRole('status')).toHaveText('0 of 1 settled');
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(conflict.getByRole('button', { name: 'Take theirs' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('status')).toHaveText('1 of 1 settled');
  await expect(apply).toBeEnabled();

  await mkdir(ARTIFACTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ARTIFACTS, 'merge-dialog.png') });

  await apply.click();
  await expect(dialog).toBeHidden();
  // One undoable step, named after the copy.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /Merge from theirs\.handoff\.json/);
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();

  const saved = await readPlan(served, 'mine.handoff.json');
  expect(requirementText(saved)).toBe(THEIRS_TEXT);
  expect(saved.nodes?.find((n) => n.id === 'n-features')?.checklist?.find((c) => c.id === 'c-f2')?.done).toBe(true);
  // Every id once.
  const entities = [
    ...(saved.teams ?? []),
    ...(saved.people ?? []),
    ...(saved.nodes ?? []),
    ...(saved.nodes ?? []).flatMap((n) => [...(n.checklist ?? []), ...(n.requirements ?? [])]),
    ...(saved.edges ?? []),
    ...(saved.questions ?? []),
  ];
  const ids = entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain('n-crm');
  // The merged copy still records the common ancestor, so a third copy merges three-way too.
  expect(baseHashOf(saved)).toBe(planHash(base));
});

test('the dialog lets a person type the text, and undo takes the merge back', async ({ page, served }) => {
  await writeCopies(served);
  await openMergeFrom(page, served, 'mine.handoff.json', 'theirs.handoff.json');
  const dialog = page.getByRole('dialog', { name: 'Merge' });
  const conflict = dialog.getByRole('list', { name: 'Conflicts' }).getByRole('group').first();
  await conflict.getByRole('button', { name: 'Edit' }).click();
  const text = conflict.getByRole('textbox');
  await expect(text).toHaveValue(MINE_TEXT);
  await text.fill('Retention agents and team leads see scores; access is logged.');
  await dialog.getByRole('button', { name: 'Apply merge' }).click();
  await expect(dialog).toBeHidden();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  // The canvas redraws the merged plan as the dialog closes; a click in that moment can land before the nodes settle.
  await expect(async () => {
    await canvasNode(page, 'CRM call list').click();
    await expect(inspector.getByLabel('Title', { exact: true })).toHaveValue('CRM call list', { timeout: 1000 });
  }).toPass();
  const values = () => inspector.locator('textarea, input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await expect.poll(values).toContain('Retention agents and team leads see scores; access is logged.');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  const saved = await readPlan(served, 'mine.handoff.json');
  expect(requirementText(saved)).toBe(MINE_TEXT);
  expect(saved.nodes?.find((n) => n.id === 'n-features')?.checklist?.find((c) => c.id === 'c-f2')?.done).toBe(false);
});

test('without a recorded ancestor every difference is a conflict; "Take all theirs" takes the other copy', async ({ page, served }) => {
  const sample = await readPlan(served, SAMPLE_PLAN);
  await writeFile(join(served.dir, 'renamed.handoff.json'), serializePlan(tick({ ...sample, title: 'Churn scoring, IT copy' }, 'c-f2')));
  await openMergeFrom(page, served, SAMPLE_PLAN, 'renamed.handoff.json');
  const dialog = page.getByRole('dialog', { name: 'Merge' });
  await expect(dialog.getByRole('note')).toContainText('No common ancestor recorded: every difference is listed');
  await expect(dialog.getByLabel('Merge summary')).toHaveText('0 changes merged automatically · 2 conflicts to settle');
  await dialog.getByRole('button', { name: 'Take all theirs' }).click();
  await dialog.getByRole('button', { name: 'Apply merge' }).click();
  await expect(page.getByRole('banner').getByText('Churn scoring, IT copy')).toBeVisible();
});

test('"Save as" records the plan it was copied from, so the two copies later merge three-way', async ({ page, served }) => {
  await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await page.keyboard.press('Control+Shift+s');
  const ask = page.getByRole('dialog', { name: 'Save plan as' });
  await ask.getByLabel('File name').fill('it-copy');
  await ask.getByRole('button', { name: 'Save' }).click();
  // The plan was saved already before Save as, so "All changes saved" alone does not show that the copy is written.
  await expect(page.getByText('it-copy.handoff.json').first()).toBeVisible();
  await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
  await expect.poll(() => readFile(join(served.dir, 'it-copy.handoff.json'), 'utf8').then(() => true, () => false)).toBe(true);
  const sample = await readPlan(served, SAMPLE_PLAN);
  const copy = await readPlan(served, 'it-copy.handoff.json');
  expect(baseHashOf(copy)).toBe(planHash(sample));
  expect(baseOf(copy)).not.toBeNull();
  // A save of the original itself records nothing.
  expect(baseHashOf(sample)).toBeNull();
});
