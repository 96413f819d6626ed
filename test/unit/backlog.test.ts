// IT's backlog: the Jira CSV parsed back with a real CSV parser (papaparse) has
// the importer's columns, one row per item, and text with commas, quotes, line
// breaks and Chinese intact; the GitHub issues are what the API takes; by default
// only IT's items, with --all everything; external ids stay the same.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { JIRA_COLUMNS, backlogItems, renderBacklog, type GithubIssue } from '../../shared/export/index.js';
import type { Plan } from '../../shared/model/types.js';
import * as ops from '../../shared/ops/index.js';
import { loadSample } from './support/sample-plan.js';

function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const HOSTILE = 'Scores, "hot" leads\nand 客户流失评分 — second line, with "quotes"';

/** The sample with one requirement and one open checklist item of hostile text on an IT-run node. */
function hostile(): Plan {
  let plan = ops.addRequirement(loadSample(), 'n-batch', { id: 'r-hostile', category: 'operations', text: HOSTILE, priority: 'could', acceptance: 'Reviewed by 运维, "ops"' });
  plan = ops.addChecklistItem(plan, 'n-batch', { id: 'c-hostile', text: HOSTILE, done: false, phase: 'productionization' });
  return plan;
}

describe('jira-csv', () => {
  it('has the importer’s columns and one row per requirement and open checklist item of IT', () => {
    const plan = hostile();
    const rows = parseCsv(renderBacklog(plan, 'jira-csv'));
    expect(rows[0]).toEqual([...JIRA_COLUMNS]);
    expect(rows[0].slice(0, 7)).toEqual(['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Component', 'Due date']);
    const items = backlogItems(plan);
    expect(rows).toHaveLength(items.length + 1);
    expect(rows.slice(1).map((r) => r[7])).toEqual(items.map((i) => i.externalId));
    for (const row of rows) expect(row).toHaveLength(JIRA_COLUMNS.length);
  });

  it('keeps commas, quotes, line breaks and Chinese text through quoting', () => {
    const rows = parseCsv(renderBacklog(hostile(), 'jira-csv'));
    const req = rows.find((r) => r[7] === 'handoff:plan-churn-scoring:r-hostile')!;
    expect(req[0]).toBe('Scores, "hot" leads'); // the summary is the first line
    expect(req[1]).toContain(HOSTILE);
    expect(req[1]).toContain('Acceptance: Reviewed by 运维, "ops"');
    expect(req.slice(2, 7)).toEqual(['Story', 'Low', 'handoff plan:plan-churn-scoring node:n-batch', 'Nightly scoring', '']);
    const item = rows.find((r) => r[7] === 'handoff:plan-churn-scoring:c-hostile')!;
    expect(item.slice(2, 7)).toEqual(['Task', 'Medium', 'handoff plan:plan-churn-scoring node:n-batch phase:productionization', 'Nightly scoring', '2027-02-01']);
  });

  it('lists only what IT owns, runs or is assigned by default, and everything with --all', () => {
    const plan = loadSample();
    const mine = backlogItems(plan);
    const all = backlogItems(plan, { all: true });
    expect(all.length).toBeGreaterThan(mine.length);
    // Ben's (data science) "share the notebook" item on the feature pipeline is not IT's to do.
    expect(mine.map((i) => i.externalId)).not.toContain('handoff:plan-churn-scoring:c-f2');
    expect(all.map((i) => i.externalId)).toContain('handoff:plan-churn-scoring:c-f2');
    // Done checklist items are never in the backlog.
    const done = plan.nodes!.flatMap((n) => n.checklist ?? []).filter((c) => c.done).map((c) => `handoff:plan-churn-scoring:${c.id}`);
    expect(all.map((i) => i.externalId).filter((id) => done.includes(id))).toEqual([]);
  });

  it('gives every item the same external id in every export', () => {
    const before = backlogItems(loadSample(), { all: true }).map((i) => i.externalId);
    const edited = ops.updateNode(loadSample(), 'n-model', { title: 'Churn model v4' });
    expect(backlogItems(edited, { all: true }).map((i) => i.externalId)).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
  });
});

describe('github-issues', () => {
  it('is a JSON array of title, body and labels, the external id in each body', () => {
    const issues = JSON.parse(renderBacklog(hostile(), 'github-issues')) as GithubIssue[];
    expect(issues).toHaveLength(backlogItems(hostile()).length);
    for (const issue of issues) expect(Object.keys(issue)).toEqual(['title', 'body', 'labels']);
    const req = issues.find((i) => i.body.includes('handoff-id: handoff:plan-churn-scoring:r-hostile'))!;
    expect(req.title).toBe('Scores, "hot" leads');
    expect(req.body).toContain(HOSTILE);
    expect(req.labels).toEqual(['handoff', 'plan:plan-churn-scoring', 'node:n-batch', 'requirement']);
  });
});
