// Compare mode end to end (browser host): a second copy of the sample plan sits
// next to it in the served folder; the editor overlays it on the canvas, lists
// the differences, and takes a person from a difference to the node.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parsePlan } from '../../shared/model/parse';
import { serializePlan } from '../../shared/model/serialize';
import type { Plan } from '../../shared/model/types';
import { canvasNode, canvasRegion } from './support/canvas';
import { expect, REPO_ROOT, SAMPLE_PLAN, test, type ServedFolder } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
const OTHER = 'churn-scoring-it.handoff.json';

async function readSample(dir: string): Promise<Plan> {
  const parsed = parsePlan(await readFile(join(dir, SAMPLE_PLAN), 'utf8'));
  if (!parsed.ok) throw new Error('the sample plan does not parse');
  return parsed.plan;
}

/** The IT lead's copy: a renamed model, a new feature store fed by the pipeline, the workshop note gone, the CRM moved, an item ticked. */
async function writeOtherCopy(served: ServedFolder): Promise<void> {
  const plan = await readSample(served.dir);
  const nodes = (plan.nodes ?? [])
    .filter((n) => n.id !== 'n-note')
    .map((n) => {
      if (n.id === 'n-model') return { ...n, title: 'Churn model v4' };
      if (n.id === 'n-crm') return { ...n, position: { x: 1500, y: 400 } };
      if (n.id === 'n-features') return { ...n, checklist: (n.checklist ?? []).map((c) => (c.id === 'c-f2' ? { ...c, done: true } : c)) };
      return n;
    });
  nodes.push({ id: 'n-store', type: 'dataset', title: 'Feature store', position: { x: 300, y: 300 } });
  const edges = [...(plan.edges ?? []), { id: 'e-store', source: 'n-features', target: 'n-store', label: 'daily features' }];
  await writeFile(join(served.dir, OTHER), serializePlan({ ...plan, nodes, edges }));
}

async function openCompare(page: Page, served: ServedFolder): Promise<void> {
  await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Compare with…' }).click();
  const picker = page.getByRole('dialog', { name: 'Compare with…' });
  await expect(picker).toBeVisible();
  // The open plan itself is not offered.
  await expect(picker.getByRole('button', { name: new RegExp(SAMPLE_PLAN.replace(/\./g, '\\.')) })).toHaveCount(0);
  await picker.getByRole('button', { name: new RegExp(OTHER.replace(/\./g, '\\.')) }).click();
  await expect(picker).toBeHidden();
}

test('compare with another copy: marks on the canvas, a legend, the change list, reveal, Esc', async ({ page, served }) => {
  await writeOtherCopy(served);
  await openCompare(page, served);

  const panel = page.getByRole('region', { name: 'Compare' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(OTHER);
  await expect(panel).toContainText('2 added · 1 removed · 2 changed · 1 moved');
  const legend = panel.getByRole('list', { name: 'Compare legend' });
  await expect(legend).toContainText('Added in churn-scoring-it');
  await expect(legend).toContainText('Not in churn-scoring-it');
  await expect(legend).toContainText('Changed');

  // The added node is a ghost at the other copy's position; the others are marked in place.
  const ghost = canvasNode(page, 'Feature store');
  await expect(ghost).toBeVisible();
  await expect(ghost).toHaveClass(/compare--added/);
  await expect(ghost).toHaveAttribute('aria-description', 'Added in churn-scoring-it');
  await expect(ghost).toContainText('Added');
  await expect(canvasNode(page, 'Churn model v3')).toHaveClass(/compare--changed/);
  await expect(canvasNode(page, 'Churn model v3')).toHaveAttribute('aria-description', 'Changed in churn-scoring-it');
  await expect(canvasNode(page, 'Churn feature pipeline')).toHaveClass(/compare--changed/);
  await expect(canvasNode(page, 'Workshop: confirm whether the CRM team needs reasons or only scores')).toHaveClass(/compare--removed/);
  await expect(canvasNode(page, 'CRM call list')).toHaveClass(/compare--moved/);
  await expect(canvasNode(page, 'Billing database')).toHaveClass(/compare--same/);
  // The new flow to the ghost is drawn too.
  await expect(canvasRegion(page).getByRole('img', { name: 'Flow from Churn feature pipeline to Feature store' })).toHaveCount(1);
  // A ghost is not part of the plan: it cannot be selected or dragged.
  await expect(ghost).not.toHaveClass(/selectable|draggable/);

  // The change list names each difference, field by field, moves last under "minor".
  const changes = panel.getByLabel('Changes');
  await expect(changes.getByRole('region', { name: 'Nodes' })).toContainText('Feature store');
  await expect(changes.getByRole('region', { name: 'Nodes' })).toContainText('Workshop: confirm');
  const renamed = changes.getByRole('button', { name: /Churn model v4/ });
  await expect(renamed).toContainText('Title');
  await expect(renamed).toContainText('Churn model v3');
  await expect(changes.getByRole('region', { name: 'Checklist items' })).toContainText('Not done');
  await expect(changes.getByRole('region', { name: 'Checklist items' })).toContainText('Done');
  await expect(changes.getByRole('region', { name: 'Flows' })).toContainText('daily features');
  await expect(changes.getByRole('region', { name: 'Moved on the canvas (minor)' })).toContainText('CRM call list');
  await expect(changes.getByRole('region', { name: 'Moved on the canvas (minor)' })).toContainText('(1500, 80)');

  await mkdir(ARTIFACTS, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(ARTIFACTS, 'compare-mode.png') });

  // Clicking a difference selects the node and the inspector shows it.
  await renamed.click();
  await expect(canvasNode(page, 'Churn model v3')).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 2, name: 'Churn model v3' })).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(ARTIFACTS, 'compare-mode-revealed.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ARTIFACTS, 'compare-mode-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Editing the open plan updates the comparison: renaming the model the same way makes that difference go away.
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Title', { exact: true }).fill('Churn model v4');
  await expect(changes.getByRole('button', { name: /Churn model v4/ })).toHaveCount(0);
  await expect(panel).toContainText('2 added · 1 removed · 1 changed · 1 moved');

  // Esc (outside a text field) leaves compare mode: no panel, no ghosts, no marks.
  await panel.getByText('Comparing with').click();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(canvasNode(page, 'Feature store')).toHaveCount(0);
  await expect(canvasNode(page, 'Billing database')).not.toHaveClass(/compare--/);
});

test('a file that is not a plan is refused with its name and nothing changes', async ({ page, served }) => {
  await writeFile(join(served.dir, 'broken.handoff.json'), '{"format":"handoff-plan","version":1,"id":"x","title":"Broken","nodes":[{"id":"n1","type":"modle","title":"A","position":{"x":0,"y":0}}]}');
  await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
  await expect(canvasNode(page, 'Billing database')).toBeVisible();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Compare with…' }).click();
  await page.getByRole('dialog', { name: 'Compare with…' }).getByRole('button', { name: /broken\.handoff\.json/ }).click();
  const alert = page.getByRole('dialog', { name: 'Cannot compare with broken.handoff.json' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('broken.handoff.json: nodes[0].type');
  await alert.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('dialog', { name: 'Compare with…' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'Compare' })).toHaveCount(0);
});
