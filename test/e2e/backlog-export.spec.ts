// IT's backlog from the export dialog: choose Jira CSV, see the CSV in the preview,
// download it under the backlog's file name and parse it back with a CSV library
// (the importer's columns, an item's labels and external id), byte for byte what
// `handoff export --format jira-csv` writes; "Include everything" is `--all`;
// GitHub issues are the same JSON as the CLI's.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { openPlan, readPlanFile } from './panel-helpers';
import { expect, REPO_ROOT, SAMPLE_PLAN, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
const JIRA_COLUMNS = ['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Component', 'Due date', 'External ID'];

/** What the command line writes for the same plan file: the reference the dialog must match. */
function cliBacklog(planFile: string, format: 'jira-csv' | 'github-issues', all = false): string {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/handoff.js'), 'export', planFile, '--format', format, '-o', '-', ...(all ? ['--all'] : [])], {
    encoding: 'utf8',
  });
  // 1: written, and the plan has error findings (the sample has one).
  expect([0, 1], run.stderr).toContain(run.status);
  return run.stdout;
}

function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

test('exports the Jira CSV backlog from the export dialog, and everything when asked', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  const { plan } = await readPlanFile(served);
  const planFile = join(served.dir, SAMPLE_PLAN);
  const itCsv = cliBacklog(planFile, 'jira-csv');
  const itCount = parseCsv(itCsv).length - 1;
  const allCount = parseCsv(cliBacklog(planFile, 'jira-csv', true)).length - 1;
  expect(itCount).toBeGreaterThan(0);
  expect(allCount).toBeGreaterThan(itCount);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export requirements document' });
  await dialog.getByRole('radio', { name: /Jira CSV \(IT backlog\)/ }).check();
  const everything = dialog.getByRole('checkbox', { name: 'Include everything (not only what IT owns or must provide)' });
  await expect(everything).not.toBeChecked();
  // The backlog is not a document version IT reads, so there is nothing to record.
  await expect(dialog.getByRole('checkbox', { name: /Record this export/ })).toHaveCount(0);
  await expect(dialog.locator('pre')).toContainText(JIRA_COLUMNS.join(','));
  await expect(dialog.locator('.export-facts')).toContainText('subscriber-churn-scoring-backlog.csv');
  await expect(dialog.locator('.export-facts')).toContainText(`${itCount} items`);
  await mkdir(ARTIFACTS, { recursive: true });
  await dialog.screenshot({ path: join(ARTIFACTS, 'export-backlog-csv.png') });

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export Jira CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('subscriber-churn-scoring-backlog.csv');
  const file = testInfo.outputPath('backlog.csv');
  await download.saveAs(file);
  const csv = await readFile(file, 'utf8');
  expect(csv).toBe(itCsv);
  const rows = parseCsv(csv);
  expect(rows[0]).toEqual(JIRA_COLUMNS);
  expect(rows).toHaveLength(itCount + 1);
  const [summary, description, issueType, priority, labels, component, , externalId] = rows[1];
  expect(summary.length).toBeGreaterThan(0);
  expect(description).toContain(`Plan: ${plan.title}.`);
  expect(['Story', 'Task']).toContain(issueType);
  expect(['High', 'Medium', 'Low']).toContain(priority);
  expect(labels.split(' ')).toEqual(expect.arrayContaining(['handoff', `plan:${plan.id}`]));
  expect(plan.nodes?.map((n) => n.title)).toContain(component);
  expect(externalId).toMatch(new RegExp(`^handoff:${plan.id}:`));
  await expect(dialog).toBeHidden();

  // Everything, and the GitHub issues JSON of it.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('radio', { name: /Jira CSV/ }).check();
  await dialog.getByRole('checkbox', { name: /Include everything/ }).check();
  await expect(dialog.locator('.export-facts')).toContainText(`${allCount} items`);
  await dialog.getByRole('radio', { name: /GitHub issues \(JSON\)/ }).check();
  await expect(dialog.locator('.export-facts')).toContainText('subscriber-churn-scoring-issues.json');
  const issuesDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export GitHub issues' }).click();
  const issuesFile = testInfo.outputPath('issues.json');
  await (await issuesDownload).saveAs(issuesFile);
  const json = await readFile(issuesFile, 'utf8');
  expect(json).toBe(cliBacklog(planFile, 'github-issues', true));
  const issues = JSON.parse(json) as { title: string; body: string; labels: string[] }[];
  expect(issues).toHaveLength(allCount);
  expect(issues[0].body).toMatch(/<!-- handoff-id: handoff:\S+ -->/);
});
