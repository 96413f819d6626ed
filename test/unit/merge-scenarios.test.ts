// Two leads take copies of the sample plan home after a workshop and edit them
// offline; then the copies come together. Realistic edits, made with the editor's
// own operations, and what each lead expects to find in the merged plan.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import {
  conflictKey,
  conflictsToJson,
  diffPlans,
  formatConflictsText,
  mergePlans,
  mergeTwoWay,
  resolveConflicts,
} from '../../shared/merge/index.js';
import { MergeResolutionError } from '../../shared/merge/merge.js';
import * as ops from '../../shared/ops/index.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import { loadSample } from './support/sample-plan.js';

const node = (plan: Plan, id: string) => plan.nodes?.find((n) => n.id === id);
const item = (plan: Plan, id: string) => plan.nodes?.flatMap((n) => n.checklist ?? []).find((c) => c.id === id);
const requirement = (plan: Plan, id: string) => plan.nodes?.flatMap((n) => n.requirements ?? []).find((r) => r.id === id);
const edge = (plan: Plan, id: string) => plan.edges?.find((e) => e.id === id);

function expectSavable(plan: Plan): void {
  const parsed = parsePlan(serializePlan(plan));
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
}

/** The IT lead: requirements and integration contracts. */
function itLeadEdits(base: Plan): Plan {
  let p = ops.addRequirement(base, 'n-features', {
    id: 'r-it-1',
    category: 'security',
    text: 'Runs under a service account with read-only access to the masked replica.',
    priority: 'must',
  });
  p = ops.addRequirement(p, 'n-batch', { id: 'r-it-2', category: 'operations', text: 'On-call runbook before launch.', priority: 'should' });
  p = ops.updateEdge(p, 'e-7', { contract: 'POST /scores, OpenAPI crm-scores v1; CRM Applications owns changes.' });
  p = ops.updateEdge(p, 'e-3', { contract: 'Parquet, partitioned by scoring date.' });
  p = ops.updateRequirement(p, 'r-b1', { priority: 'should' });
  p = ops.updateChecklistItem(p, 'c-m1', { text: 'QA reproduces the evaluation metrics from the notebook' });
  // Chen joins the responsible people of the feature pipeline.
  p = ops.updateNode(p, 'n-features', { raci: { ...node(p, 'n-features')!.raci, responsible: ['p-ben', 'p-chen'] } });
  return p;
}

/** The data-science lead: ticks checklist items, adds a notebook node. */
function dsLeadEdits(base: Plan): Plan {
  let p = ops.toggleChecklistItem(base, 'c-f2', true);
  p = ops.toggleChecklistItem(p, 'c-m1', true);
  p = ops.updateRequirement(p, 'r-b1', { text: 'Scores available by 06:00 on 99% of working days.' });
  p = ops.addNode(p, { id: 'n-nb', type: 'notebook', title: 'Churn exploration notebook', position: { x: 300, y: 300 }, ownerTeamId: 'team-ds' });
  p = ops.connect(p, { id: 'e-nb', source: 'n-nb', target: 'n-features', label: 'prototype' });
  p = ops.addChecklistItem(p, 'n-nb', { id: 'c-nb1', text: 'Clear outputs before sharing', done: false, phase: 'model-development' });
  p = ops.updateNode(p, 'n-features', { raci: { ...node(p, 'n-features')!.raci, responsible: ['p-ben', 'p-ana'] } });
  p = ops.moveNodes(p, { 'n-note': { x: 1500, y: 420 } });
  return p;
}

describe('two leads merge their offline copies of the sample plan', () => {
  it('merges requirements and contracts with ticked items and a new node, without a conflict', () => {
    const base = loadSample();
    const mine = itLeadEdits(base);
    const theirs = dsLeadEdits(base);
    const result = mergePlans(base, mine, theirs);

    expect(result.conflicts).toEqual([]);
    expect(result.autoResolved).toEqual([]);
    const merged = result.plan;
    expectSavable(merged);

    // The IT lead's work.
    expect(node(merged, 'n-features')!.requirements!.map((r) => r.id)).toEqual(['r-f1', 'r-it-1']);
    expect(requirement(merged, 'r-it-2')?.text).toBe('On-call runbook before launch.');
    expect(edge(merged, 'e-7')?.contract).toBe('POST /scores, OpenAPI crm-scores v1; CRM Applications owns changes.');
    expect(edge(merged, 'e-3')?.contract).toBe('Parquet, partitioned by scoring date.');
    // The data-science lead's work.
    expect(item(merged, 'c-f2')?.done).toBe(true);
    expect(node(merged, 'n-nb')).toMatchObject({ type: 'notebook', checklist: [{ id: 'c-nb1' }] });
    expect(edge(merged, 'e-nb')).toMatchObject({ source: 'n-nb', target: 'n-features' });
    expect(node(merged, 'n-note')?.position).toEqual({ x: 1500, y: 420 });
    // Both touched the same entity, different fields: both changes are there.
    expect(item(merged, 'c-m1')).toMatchObject({ text: 'QA reproduces the evaluation metrics from the notebook', done: true });
    expect(requirement(merged, 'r-b1')).toMatchObject({ text: 'Scores available by 06:00 on 99% of working days.', priority: 'should' });
    // Both added someone to the same RACI list: both additions kept.
    expect(node(merged, 'n-features')!.raci!.responsible).toEqual(['p-ben', 'p-chen', 'p-ana']);

    // What the readiness panel shows: the sample's three findings are cleared by the two leads together
    // (the tick, the contract, the security requirement on the pipeline that receives billing data);
    // the new notebook still needs someone accountable.
    const findings = evaluatePlan(merged).map((f) => `${f.ruleId} ${f.target.id ?? ''}`);
    expect(findings).not.toContain('phase-gate c-f2');
    expect(findings).not.toContain('integration-contract e-7');
    expect(findings).not.toContain('privacy-review e-1');
    expect(findings).toContain('missing-accountable n-nb');

    // Nothing else changed: the merged plan is exactly both leads' changes.
    const changed = (p: Plan) => diffPlans(base, p).changes.map((c) => `${c.kind} ${c.entity} ${c.id}`);
    expect(new Set(changed(merged))).toEqual(new Set([...changed(mine), ...changed(theirs)]));
  });

  it('reports one conflict when both edit the same requirement text, and takes theirs when chosen', () => {
    const base = loadSample();
    const mine = ops.updateRequirement(itLeadEdits(base), 'r-c1', { text: 'Scores are visible to retention agents and team leads only.' });
    const theirs = ops.updateRequirement(dsLeadEdits(base), 'r-c1', { text: 'Only retention agents see scores; access is logged.' });
    const result = mergePlans(base, mine, theirs);

    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict).toMatchObject({
      entity: 'requirement',
      id: 'r-c1',
      nodeId: 'n-crm',
      field: 'text',
      reason: 'both-changed',
      base: 'Scores are visible to retention agents only.',
      mine: 'Scores are visible to retention agents and team leads only.',
      theirs: 'Only retention agents see scores; access is logged.',
    });
    expect(conflictKey(conflict)).toBe('requirement:r-c1:text');
    // Until settled, the merged plan holds mine.
    expect(requirement(result.plan, 'r-c1')?.text).toBe('Scores are visible to retention agents and team leads only.');

    const settled = resolveConflicts(result, { 'requirement:r-c1:text': 'theirs' });
    expect(requirement(settled, 'r-c1')?.text).toBe('Only retention agents see scores; access is logged.');
    expect(item(settled, 'c-f2')?.done).toBe(true);
    expect(requirement(settled, 'r-it-1')).toBeDefined();
    expectSavable(settled);

    const edited = resolveConflicts(result, { 'requirement:r-c1:text': { value: 'Visible to retention agents only; access is logged.' } });
    expect(requirement(edited, 'r-c1')?.text).toBe('Visible to retention agents only; access is logged.');

    const text = formatConflictsText(result.conflicts);
    expect(text).toBe(
      [
        '1 conflict:',
        '',
        'requirement r-c1 in node n-crm, field text  "Scores are visible to retention agents and team leads only."',
        '  both sides changed it',
        '  base:   "Scores are visible to retention agents only."',
        '  mine:   "Scores are visible to retention agents and team leads only."',
        '  theirs: "Only retention agents see scores; access is logged."',
        '  key:    requirement:r-c1:text',
        '',
      ].join('\n'),
    );
    expect(conflictsToJson(result.conflicts)).toEqual([
      {
        key: 'requirement:r-c1:text',
        entity: 'requirement',
        id: 'r-c1',
        nodeId: 'n-crm',
        field: 'text',
        reason: 'both-changed',
        label: 'Scores are visible to retention agents and team leads only.',
        base: 'Scores are visible to retention agents only.',
        mine: 'Scores are visible to retention agents and team leads only.',
        theirs: 'Only retention agents see scores; access is logged.',
      },
    ]);
  });

  it('asks when one lead deletes a node the other still worked on; keeping it brings back its items and flows', () => {
    const base = loadSample();
    const mine = ops.removeNodes(base, ['n-eval']);
    const theirs = ops.addChecklistItem(base, 'n-eval', { id: 'c-e1', text: 'Fairness review signed off', done: false });
    const result = mergePlans(base, mine, theirs);

    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ entity: 'node', id: 'n-eval', field: '', reason: 'edit-delete', mine: undefined });
    expect(formatConflictsText(result.conflicts)).toContain('  mine:   (deleted)\n  theirs: (kept)\n');
    // Placeholder: mine — deleted, with its flow.
    expect(node(result.plan, 'n-eval')).toBeUndefined();
    expect(edge(result.plan, 'e-5')).toBeUndefined();

    const kept = resolveConflicts(result, { 'node:n-eval': 'theirs' });
    expect(node(kept, 'n-eval')?.checklist?.map((c) => c.id)).toEqual(['c-e1']);
    expect(edge(kept, 'e-5')).toMatchObject({ source: 'n-model', target: 'n-eval' });
    expect(kept.nodes!.map((n) => n.id)).toEqual(base.nodes!.map((n) => n.id));
    expectSavable(kept);
  });

  it('treats a flow added to a node the other side deleted as a conflict about that node', () => {
    const base = loadSample();
    const mine = ops.removeNodes(base, ['n-monitor']);
    const theirs = ops.connect(base, { id: 'e-9', source: 'n-model', target: 'n-monitor', protocol: 'stream' });
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts.map(conflictKey)).toEqual(['node:n-monitor']);
    expect(edge(result.plan, 'e-9')).toBeUndefined();
    const kept = resolveConflicts(result, { 'node:n-monitor': 'theirs' });
    expect(edge(kept, 'e-9')).toMatchObject({ target: 'n-monitor' });
    expect(edge(kept, 'e-8')).toMatchObject({ target: 'n-monitor' });
  });

  it('deletes without asking when the other side left the entity alone', () => {
    const base = loadSample();
    const mine = ops.removeNodes(base, ['n-note']);
    const theirs = ops.toggleChecklistItem(base, 'c-f2', true);
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(node(result.plan, 'n-note')).toBeUndefined();
    expect(item(result.plan, 'c-f2')?.done).toBe(true);
  });

  it('settles both leads moving one node as mine, noted but not asked; a choice can take theirs', () => {
    const base = loadSample();
    const result = mergePlans(base, ops.moveNodes(base, { 'n-eval': { x: 900, y: 200 } }), ops.moveNodes(base, { 'n-eval': { x: 950, y: 160 } }));
    expect(result.conflicts).toEqual([]);
    expect(result.autoResolved).toMatchObject([{ entity: 'node', id: 'n-eval', field: 'position', minor: true }]);
    expect(node(result.plan, 'n-eval')?.position).toEqual({ x: 900, y: 200 });
    expect(node(resolveConflicts(result, { 'node:n-eval:position': 'theirs' }), 'n-eval')?.position).toEqual({ x: 950, y: 160 });
  });

  it('catches two different new entities that took the same id', () => {
    const base = loadSample();
    const mine = ops.addTeam(base, { id: 'x-1', name: 'Data governance', kind: 'business' });
    const theirs = ops.addQuestion(base, { id: 'x-1', kind: 'risk', text: 'Who signs off the model card?', status: 'open' });
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts).toMatchObject([
      { entity: 'team', id: 'x-1', field: 'id', reason: 'id-collision', mine: 'team "Data governance"', theirs: 'question "Who signs off the model card?"' },
    ]);
    expect(result.plan.teams!.some((t) => t.id === 'x-1')).toBe(true);
    expect(result.plan.questions!.some((q) => q.id === 'x-1')).toBe(false);
    const settled = resolveConflicts(result, { 'team:x-1:id': 'theirs' });
    expect(settled.teams!.some((t) => t.id === 'x-1')).toBe(false);
    expect(settled.questions!.some((q) => q.id === 'x-1')).toBe(true);
  });

  it('refuses an edited value that would make the plan invalid', () => {
    const base = loadSample();
    const result = mergePlans(base, ops.updateNode(base, 'n-crm', { title: 'CRM' }), ops.updateNode(base, 'n-crm', { title: 'CRM call list (v2)' }));
    expect(() => resolveConflicts(result, { 'node:n-crm:title': { value: '' } })).toThrow(MergeResolutionError);
    expect(() => resolveConflicts(result, { 'node:n-crm:title': { value: '' } })).toThrow(/nodes\[\d+\]\.title: must not be empty/);
  });

  it('without an ancestor, asks about every difference', () => {
    const base = loadSample();
    const mine = ops.toggleChecklistItem(base, 'c-f2', true);
    const theirs = ops.removeQuestion(ops.updateEdge(base, 'e-7', { contract: 'OpenAPI v1' }), 'q-3');
    const result = mergeTwoWay(mine, theirs);
    expect(result.conflicts.map(conflictKey)).toEqual(['checklist-item:c-f2:done', 'edge:e-7:contract', 'question:q-3']);
    expect(result.conflicts.every((c) => c.reason === 'no-ancestor' && c.base === undefined)).toBe(true);
    expect(formatConflictsText(result.conflicts)).toContain('base:   (unknown: no common ancestor)');
    const settled = resolveConflicts(result, { 'edge:e-7:contract': 'theirs', 'question:q-3': 'theirs' });
    expect(item(settled, 'c-f2')?.done).toBe(true);
    expect(edge(settled, 'e-7')?.contract).toBe('OpenAPI v1');
    expect(settled.questions!.map((q) => q.id)).toEqual(['q-1', 'q-2']);
  });
});

describe('workshop extensions merge by id', () => {
  it('keeps comments made in two offline copies, and a resolve made in one', async () => {
    const { mergePlans } = await import('../../shared/merge/index.js');
    const { addComment, setCommentResolved } = await import('../../shared/ops/index.js');
    const { commentsOf } = await import('../../shared/model/facilitation.js');
    const { loadSample } = await import('./support/sample-plan.js');
    const comment = (id: string, text: string) => ({ id, target: { kind: 'plan' as const }, author: 'Ann', createdAt: '2026-11-29T10:00:00Z', text });
    const base = addComment(loadSample(), comment('cm-base', 'Before the copies'));
    const mine = setCommentResolved(addComment(base, comment('cm-mine', 'Made offline by me')), 'cm-base', true, 'Ann', '2026-11-30T09:00:00Z');
    const theirs = addComment(base, comment('cm-theirs', 'Made in the workshop'));
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    const merged = commentsOf(result.plan);
    expect(merged.map((c) => c.id).sort()).toEqual(['cm-base', 'cm-mine', 'cm-theirs']);
    expect(merged.find((c) => c.id === 'cm-base')!.resolved).toBe(true);
  });
});
