// The checklist library picker, through the UI: it opens on the items that fit the
// node's type and the plan's phase, the toggles widen it, a word finds an item,
// items already on the node cannot be added twice, the keyboard works, and adding
// two items is one step that one Undo takes back. Screenshots of the picker in the
// light and dark themes and in Chinese go to test/artifacts/ for people to look at.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { inspectorOf, openPlan, selectNode } from './panel-helpers';
import { expect, REPO_ROOT, SAMPLE_PLAN, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
const catalog = (area: string) => JSON.parse(readFileSync(join(REPO_ROOT, `shared/i18n/locales/ui/${area}.zh-CN.json`), 'utf8'));
/** The Chinese names, from the catalog the app shows them from. */
const zh = catalog('inspector');
const canvasZh = catalog('canvas');

// "Weekly retraining" is a training node; the sample plan is in Model development.
const FITS_BOTH = 'Training is reproducible: the same data and code give an equivalent model';
const OTHER_TYPE = 'Quality on the important data slices reviewed with the business'; // QA, model development
const OTHER_PHASE = 'Runbook written and on-call rota agreed'; // operations, productionization

const pickerOf = (page: Page) => page.getByRole('dialog', { name: 'Add from library' });
const listOf = (picker: Locator) => picker.getByRole('listbox', { name: 'Library items' });
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });

test('the library opens filtered by node type and phase; toggles widen it, a word finds an item', async ({ page, served }) => {
  await openPlan(page, served);
  await selectNode(page, 'Weekly retraining');
  await inspectorOf(page).getByRole('button', { name: 'Add from library…' }).click();
  const picker = pickerOf(page);
  const search = picker.getByRole('combobox', { name: 'Search the library' });
  await expect(search).toBeFocused();
  await expect(picker.getByText('Items that fit a Training node, due by Model development.')).toBeVisible();
  const option = (name: string) => listOf(picker).getByRole('option', { name, exact: true });

  await expect(option(FITS_BOTH)).toBeVisible();
  await expect(option(OTHER_TYPE)).toHaveCount(0);
  await expect(option(OTHER_PHASE)).toHaveCount(0);

  await picker.getByRole('checkbox', { name: 'All node types' }).check();
  await expect(option(OTHER_TYPE)).toBeVisible();
  await expect(option(OTHER_PHASE)).toHaveCount(0);
  await picker.getByRole('checkbox', { name: 'All node types' }).uncheck();
  await picker.getByRole('checkbox', { name: 'All phases' }).check();
  await expect(option(OTHER_PHASE)).toBeVisible();
  await expect(option(OTHER_TYPE)).toHaveCount(0);

  // A word finds the item; the list holds nothing else.
  await search.fill('runbook');
  await expect(listOf(picker).getByRole('option')).toHaveCount(1);
  await expect(option(OTHER_PHASE)).toBeVisible();
  // Matched in another phase only: the picker says so and shows it on request.
  await picker.getByRole('checkbox', { name: 'All phases' }).uncheck();
  await expect(listOf(picker).getByRole('option')).toHaveCount(0);
  await expect(picker.getByText('No item matches “runbook”.')).toBeVisible();
  await expect(picker.getByText('1 more item matches in other node types or phases.')).toBeVisible();
  await picker.getByRole('button', { name: 'Show all' }).click();
  await expect(option(OTHER_PHASE)).toBeVisible();
  // A category matches too.
  await search.fill('ML infrastructure reproducible');
  await expect(listOf(picker).getByRole('option')).toHaveCount(1);
  await expect(option(FITS_BOTH)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(inspectorOf(page).getByRole('button', { name: 'Add from library…' })).toBeFocused();
});

test('an item already on the node is marked and cannot be added twice', async ({ page, served }) => {
  await openPlan(page, served);
  await selectNode(page, 'Weekly retraining');
  const inspector = inspectorOf(page);
  await inspector.getByRole('button', { name: 'Add from library…' }).click();
  const picker = pickerOf(page);
  await picker.getByRole('combobox', { name: 'Search the library' }).fill('reproducible');
  await listOf(picker).getByRole('option', { name: FITS_BOTH }).click();
  await picker.getByRole('button', { name: 'Add 1 item' }).click();
  await expect(inspector.getByRole('checkbox', { name: FITS_BOTH })).toBeVisible();

  await inspector.getByRole('button', { name: 'Add from library…' }).click();
  await picker.getByRole('combobox', { name: 'Search the library' }).fill('reproducible');
  const added = listOf(picker).getByRole('option', { name: FITS_BOTH });
  await expect(added).toHaveAttribute('aria-disabled', 'true');
  await expect(added).toHaveAccessibleDescription(/Already on this node/);
  // Enter on it picks nothing.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(added).toHaveClass(/is-active/);
  await expect(picker.getByRole('button', { name: 'Add items' })).toBeDisabled();
  await picker.getByRole('button', { name: 'Cancel' }).click();
  await expect(inspector.getByRole('checkbox', { name: FITS_BOTH })).toHaveCount(1);
});

test('two items picked with the keyboard are added in one step, and one Undo removes both', async ({ page, served }) => {
  await openPlan(page, served);
  await selectNode(page, 'Weekly retraining');
  const inspector = inspectorOf(page);
  const before = await inspector.locator('.checklist-item').count();
  await inspector.getByRole('button', { name: 'Add from library…' }).click();
  const picker = pickerOf(page);
  const options = listOf(picker).getByRole('option');
  const [first, second] = await picker.locator('.library-option__text').allTextContents();
  if (!first || !second) throw new Error('the picker offers fewer than two items');
  // Arrow down to each, Enter picks it, Ctrl+Enter adds what is picked.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(picker.getByRole('button', { name: 'Add 2 items' })).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await expect(picker).toHaveCount(0);

  await expect(inspector.getByRole('checkbox', { name: first, exact: true })).toBeVisible();
  await expect(inspector.getByRole('checkbox', { name: second, exact: true })).toBeVisible();
  await expect(inspector.locator('.checklist-item')).toHaveCount(before + 2);
  // Each keeps its phase gate from the library.
  await expect(inspector.locator('.checklist-item').last()).toContainText('Model development');

  await expect(undoButton(page)).toHaveAttribute('title', /Add checklist items/);
  await undoButton(page).click();
  await expect(inspector.getByRole('checkbox', { name: first, exact: true })).toHaveCount(0);
  await expect(inspector.getByRole('checkbox', { name: second, exact: true })).toHaveCount(0);
  await expect(inspector.locator('.checklist-item')).toHaveCount(before);
});

async function shootPicker(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test(`screenshot of the picker (${scheme})`, async ({ page, served }) => {
      await openPlan(page, served);
      await selectNode(page, 'Churn model v3');
      await inspectorOf(page).getByRole('button', { name: 'Add from library…' }).click();
      const picker = pickerOf(page);
      await picker.getByRole('checkbox', { name: 'All phases' }).check();
      await picker.getByRole('combobox', { name: 'Search the library' }).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await expect(picker.getByRole('button', { name: 'Add 1 item' })).toBeEnabled();
      await shootPicker(page, `checklist-library-${scheme}`);
    });
  });
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('screenshot of the picker (zh-CN)', async ({ page, served }) => {
    await page.goto(`${served.url}?plan=${SAMPLE_PLAN}`);
    await page.getByRole('region', { name: canvasZh.canvas.label }).getByLabel('Churn model v3', { exact: true }).click();
    await page.getByRole('button', { name: zh.checklist.addFromLibrary }).click();
    const picker = page.getByRole('dialog', { name: zh.checklist.library.title });
    await expect(picker.getByRole('combobox', { name: zh.checklist.library.search })).toBeFocused();
    await picker.getByRole('checkbox', { name: zh.checklist.library.allTypes }).check();
    await picker.getByRole('combobox', { name: zh.checklist.library.search }).fill('模型');
    await expect(picker.getByRole('listbox', { name: zh.checklist.library.items }).getByRole('option').first()).toBeVisible();
    await shootPicker(page, 'checklist-library-zh-CN');
  });
});
