// `handoff diff` and `handoff merge` as a user runs them: `node bin/handoff.js` in a
// child process on real files, checking exit codes, what is printed and what is
// (and is not) written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import * as ops from '../../shared/ops/index.js';
import { SAMPLE_TEXT, loadSample } from '../unit/support/sample-plan.js';
import { runHandoff } from './support/run-handoff.js';

const handoff = (args: string[]) => runHandoff(args, { cwd: work });

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-cli-merge-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function save(name: string, plan: Plan | string): string {
  const file = path.join(work, name);
  writeFileSync(file, typeof plan === 'string' ? plan : serializePlan(plan));
  return file;
}

function readPlan(file: string): Plan {
  const parsed = parsePlan(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.plan;
}

describe('handoff diff', () => {
  it('finds no difference between the sample and a canonical re-save (exit 0)', async () => {
    const a = save('diff-a.handoff.json', SAMPLE_TEXT);
    const b = save('diff-b.handoff.json', loadSample());
    const run = await handoff(['diff', a, b]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No differences.\n');
    const json = await handoff(['diff', a, b, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ identical: true, summary: { added: 0, removed: 0, changed: 0, moved: 0 }, changes: [] });
  });

  it('lists what changed, entity by entity and field by field', async () => {
    const before = loadSample();
    let after = ops.toggleChecklistItem(before, 'c-f2', true);
    after = ops.updateEdge(after, 'e-7', { contract: 'OpenAPI crm-scores v1' });
    after = ops.removeQuestion(after, 'q-3');
    after = ops.moveNodes(after, { 'n-note': { x: 1500, y: 400 } });
    const a = save('before.handoff.json', before);
    const b = save('after.handoff.json', after);

    const run = await handoff(['diff', a, b]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 added, 1 removed, 2 changed, 1 moved on the canvas.');
    expect(run.stdout).toContain('~ checklist-item c-f2 in node n-features');
    expect(run.stdout).toContain('    done: false → true');
    expect(run.stdout).toContain('    contract: (absent) → "OpenAPI crm-scores v1"');
    expect(run.stdout).toContain('- question q-3');
    expect(run.stdout).toMatch(/Moved on the canvas \(minor\):\n~ node n-note .*position: \(1500, 260\) → \(1500, 400\)/);

    const json = await handoff(['diff', a, b, '--json']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.summary).toEqual({ added: 0, removed: 1, changed: 2, moved: 1 });
    expect(data.changes).toContainEqual({
      kind: 'changed',
      entity: 'checklist-item',
      id: 'c-f2',
      nodeId: 'n-features',
      label: 'Share the prototype notebook with Platform Engineering',
      fields: [{ field: 'done', before: false, after: true }],
    });
  });

  it('exits 2 naming the file when one is not a plan', async () => {
    const a = save('ok.handoff.json', SAMPLE_TEXT);
    const bad = save('broken.handoff.json', '{"format": "handoff-plan", "version": 1');
    const run = await handoff(['diff', a, bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.handoff.json');
    expect(run.stdout).toBe('');
  });
});

describe('handoff merge', () => {
  const base = loadSample();
  const itLead = ops.updateEdge(ops.addRequirement(base, 'n-batch', { id: 'r-it-2', category: 'operations', text: 'On-call runbook before launch.', priority: 'should' }), 'e-7', {
    contract: 'OpenAPI crm-scores v1',
  });
  const dsLead = ops.addNode(ops.toggleChecklistItem(base, 'c-f2', true), {
    id: 'n-nb',
    type: 'notebook',
    title: 'Churn exploration notebook',
    position: { x: 300, y: 300 },
  });

  it('merges clean changes, writes OUT and exits 0', async () => {
    const files = [save('base.handoff.json', base), save('mine.handoff.json', itLead), save('theirs.handoff.json', dsLead)];
    const out = path.join(work, 'merged.handoff.json');
    const run = await handoff(['merge', ...files, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const merged = readPlan(out);
    expect(merged.edges!.find((e) => e.id === 'e-7')?.contract).toBe('OpenAPI crm-scores v1');
    expect(merged.nodes!.find((n) => n.id === 'n-batch')?.requirements?.map((r) => r.id)).toEqual(['r-b1', 'r-b2', 'r-it-2']);
    expect(merged.nodes!.flatMap((n) => n.checklist ?? []).find((c) => c.id === 'c-f2')?.done).toBe(true);
    expect(merged.nodes!.at(-1)?.id).toBe('n-nb');
    // Written in the canonical form.
    expect(readFileSync(out, 'utf8')).toBe(serializePlan(merged));

    const jsonOut = path.join(work, 'merged-json.handoff.json');
    const json = await handoff(['merge', ...files, '-o', jsonOut, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ output: jsonOut, conflicts: [] });
    expect(readFileSync(jsonOut, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('on a conflict writes nothing, lists kind, id, field and the three values, and exits 1', async () => {
    const mine = ops.updateRequirement(itLead, 'r-c1', { text: 'Visible to retention agents and team leads only.' });
    const theirs = ops.updateRequirement(dsLead, 'r-c1', { text: 'Only retention agents see scores; access is logged.' });
    const files = [save('base.handoff.json', base), save('mine-c.handoff.json', mine), save('theirs-c.handoff.json', theirs)];
    const out = path.join(work, 'never.handoff.json');

    const run = await handoff(['merge', ...files, '-o', out]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stdout).toContain('requirement r-c1 in node n-crm, field text');
    expect(run.stdout).toContain('  base:   "Scores are visible to retention agents only."');
    expect(run.stdout).toContain('  mine:   "Visible to retention agents and team leads only."');
    expect(run.stdout).toContain('  theirs: "Only retention agents see scores; access is logged."');
    expect(run.stderr).toContain('1 conflict; nothing was written');

    // An existing OUT (git's merge driver passes MINE as OUT) is left exactly as it was.
    const existing = save('existing.handoff.json', mine);
    const before = readFileSync(existing, 'utf8');
    expect((await handoff(['merge', ...files, '-o', existing])).code).toBe(1);
    expect(readFileSync(existing, 'utf8')).toBe(before);

    const json = await handoff(['merge', ...files, '-o', out, '--json']);
    expect(json.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(JSON.parse(json.stdout)).toEqual({
      output: null,
      conflicts: [
        {
          key: 'requirement:r-c1:text',
          entity: 'requirement',
          id: 'r-c1',
          nodeId: 'n-crm',
          field: 'text',
          reason: 'both-changed',
          label: 'Visible to retention agents and team leads only.',
          base: 'Scores are visible to retention agents only.',
          mine: 'Visible to retention agents and team leads only.',
          theirs: 'Only retention agents see scores; access is logged.',
        },
      ],
    });
  });

  it('reports an edit against a delete as a conflict about the whole entity', async () => {
    const mine = ops.removeNodes(base, ['n-eval']);
    const theirs = ops.addChecklistItem(base, 'n-eval', { id: 'c-e1', text: 'Fairness review signed off', done: false });
    const files = [save('base.handoff.json', base), save('mine-d.handoff.json', mine), save('theirs-d.handoff.json', theirs)];
    const run = await handoff(['merge', ...files, '-o', path.join(work, 'never-d.handoff.json'), '--json']);
    expect(run.code).toBe(1);
    const [conflict] = JSON.parse(run.stdout).conflicts;
    expect(conflict).toMatchObject({ key: 'node:n-eval', entity: 'node', id: 'n-eval', field: '', reason: 'edit-delete', mine: null });
    expect(conflict.theirs).toMatchObject({ id: 'n-eval', title: 'Backtest and fairness review' });
  });

  it('exits 2 and writes nothing when an input is not a plan', async () => {
    const bad = save('bad.handoff.json', SAMPLE_TEXT.replace('"type": "model"', '"type": "modle"'));
    const out = path.join(work, 'never-bad.handoff.json');
    const run = await handoff(['merge', save('base.handoff.json', base), bad, save('theirs.handoff.json', dsLead), '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.handoff.json: nodes[4].type: "modle" is not a node type');
    expect(existsSync(out)).toBe(false);
  });
});
