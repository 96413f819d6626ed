// The plan operations: pure (the input is frozen and never changed), sharing every
// untouched object, returning the same plan when nothing changes, and leaving no
// reference dangling when something is removed.
import { describe, expect, it } from 'vitest';
import { collectIds, createId, freshIdsFor } from '../../shared/model/ids.js';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan, PlanNode } from '../../shared/model/types.js';
import * as ops from '../../shared/ops/index.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import { loadSample } from './support/sample-plan.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The sample, frozen: any operation that mutates its input throws. */
function sample(): Plan {
  return deepFreeze(loadSample());
}

const nodeOf = (plan: Plan, id: string): PlanNode | undefined => plan.nodes?.find((n) => n.id === id);
const itemOf = (plan: Plan, id: string) => plan.nodes?.flatMap((n) => n.checklist ?? []).find((c) => c.id === id);

/** A plan still valid on disk: serialises and parses back to the same text. */
function expectSavable(plan: Plan) {
  const text = serializePlan(plan);
  const result = parsePlan(text);
  expect(result.ok ? [] : result.errors).toEqual([]);
  if (result.ok) expect(serializePlan(result.plan)).toBe(text);
}

describe('ids', () => {
  it('creates random ids with the prefix, avoiding taken ones', () => {
    const a = createId('n');
    expect(a).toMatch(/^n-[0-9a-z]{8}$/);
    expect(createId('n')).not.toBe(a);
    let calls = 0;
    const id = createId('e', () => ++calls < 3);
    expect(calls).toBe(3);
    expect(id).toMatch(/^e-/);
  });

  it('collects every entity id of a plan', () => {
    const ids = collectIds(sample());
    for (const id of ['team-ds', 'p-ana', 'n-billing', 'c-f2', 'r-billing-1', 'e-8', 'q-3']) expect(ids.has(id)).toBe(true);
    expect(ids.size).toBe(4 + 5 + 10 + 5 + 6 + 8 + 3); // teams, people, nodes, checklist items, requirements, edges, questions
  });

  it('hands out fresh ids of the same kind, once per old id', () => {
    const plan = sample();
    const idFor = freshIdsFor(plan);
    const copy = idFor('n-billing');
    expect(copy).toMatch(/^n-/);
    expect(collectIds(plan).has(copy)).toBe(false);
    expect(idFor('n-billing')).toBe(copy);
    expect(idFor('r-billing-1')).toMatch(/^r-/);
  });
});

describe('nodes', () => {
  it('adds a node and shares everything else', () => {
    const plan = sample();
    const next = ops.addNode(plan, { id: 'n-new', type: 'dashboard', title: 'Retention report', position: { x: 10, y: 20 }, tech: undefined });
    expect(next.nodes).toHaveLength(11);
    expect(next.nodes![10]).toEqual({ id: 'n-new', type: 'dashboard', title: 'Retention report', position: { x: 10, y: 20 } });
    expect(next.nodes![0]).toBe(plan.nodes![0]);
    expect(next.edges).toBe(plan.edges);
    expect(ops.addNode(plan, { id: 'c-f1', type: 'dataset', title: 'Clash', position: { x: 0, y: 0 } })).toBe(plan);
    expectSavable(next);
  });

  it('moves nodes to absolute positions, and applies layouts the same way', () => {
    const plan = sample();
    const next = ops.moveNodes(plan, { 'n-billing': { x: 5, y: 6 }, 'n-nowhere': { x: 1, y: 1 } });
    expect(nodeOf(next, 'n-billing')!.position).toEqual({ x: 5, y: 6 });
    expect(next.nodes![1]).toBe(plan.nodes![1]);
    expect(ops.moveNodes(plan, { 'n-billing': { x: 0, y: 0 } })).toBe(plan);
    expect(ops.moveNodes(plan, { 'n-billing': { x: Number.NaN, y: 0 } })).toBe(plan);
    const laidOut = ops.applyLayout(plan, { 'n-usage': { x: 0, y: 200 }, 'n-crm': { x: 1600, y: 80 } });
    expect([nodeOf(laidOut, 'n-usage')!.position, nodeOf(laidOut, 'n-crm')!.position]).toEqual([{ x: 0, y: 200 }, { x: 1600, y: 80 }]);
    expect(ops.applyLayout(plan, {})).toBe(plan);
  });

  it('nudges nodes by a distance', () => {
    const plan = sample();
    const next = ops.nudgeNodes(plan, ['n-train', 'n-model'], { dx: 10, dy: -5 });
    expect(nodeOf(next, 'n-train')!.position).toEqual({ x: 610, y: -5 });
    expect(nodeOf(next, 'n-model')!.position).toEqual({ x: 910, y: -5 });
    expect(ops.nudgeNodes(plan, ['n-train'], { dx: 0, dy: 0 })).toBe(plan);
  });

  it('updates fields, clears a field set to undefined, never changes the id', () => {
    const plan = sample();
    const next = ops.updateNode(plan, 'n-train', { title: 'Monthly retraining', tech: undefined });
    expect(nodeOf(next, 'n-train')!.title).toBe('Monthly retraining');
    expect(nodeOf(next, 'n-train')).not.toHaveProperty('tech');
    expect(ops.updateNode(plan, 'n-train', { title: 'Weekly retraining' })).toBe(plan);
    expect(ops.updateNode(plan, 'n-train', { raci: { responsible: ['p-ben'], accountable: 'p-ana' } })).toBe(plan);
    expect(ops.updateNode(plan, 'n-missing', { title: 'X' })).toBe(plan);
    expect(ops.updateNode(plan, 'n-train', { id: 'n-other' } as never)).toBe(plan);
  });

  it('removes nodes with their edges and unlinks questions about them', () => {
    const plan = sample();
    const next = ops.removeNodes(plan, ['n-crm', 'n-billing']);
    expect(next.nodes!.map((n) => n.id)).not.toContain('n-crm');
    expect(next.edges!.map((e) => e.id)).toEqual(['e-2', 'e-3', 'e-4', 'e-5', 'e-6', 'e-8']);
    expect(next.questions!.find((q) => q.id === 'q-1')).not.toHaveProperty('nodeId');
    expect(next.questions!.find((q) => q.id === 'q-2')).not.toHaveProperty('nodeId');
    expect(next.questions![2]).toBe(plan.questions![2]);
    expect(evaluatePlan(next).filter((f) => f.ruleId === 'broken-reference')).toEqual([]);
    expect(ops.removeNodes(plan, ['n-missing'])).toBe(plan);
    expect(ops.removeNodes(plan, [])).toBe(plan);
    expectSavable(next);
  });
});

describe('edges', () => {
  it('connects two nodes', () => {
    const plan = sample();
    const next = ops.connect(plan, { id: 'e-9', source: 'n-eval', target: 'n-monitor', protocol: 'batch-file' });
    expect(next.edges!.at(-1)).toEqual({ id: 'e-9', source: 'n-eval', target: 'n-monitor', protocol: 'batch-file' });
    expect(next.nodes).toBe(plan.nodes);
  });

  it('refuses self-loops, missing ends, taken ids and a second identical flow', () => {
    const plan = sample();
    expect(ops.connect(plan, { id: 'e-9', source: 'n-eval', target: 'n-eval' })).toBe(plan);
    expect(ops.connect(plan, { id: 'e-9', source: 'n-eval', target: 'n-gone' })).toBe(plan);
    expect(ops.connect(plan, { id: 'n-eval', source: 'n-eval', target: 'n-crm' })).toBe(plan);
    expect(ops.connect(plan, { id: 'e-9', source: 'n-billing', target: 'n-features' })).toBe(plan);
  });

  it('updates and removes edges', () => {
    const plan = sample();
    const next = ops.updateEdge(plan, 'e-7', { contract: 'REST /v1/scores', frequency: undefined });
    expect(next.edges![6]).toEqual({ id: 'e-7', source: 'n-batch', target: 'n-crm', protocol: 'rest', data: { classification: 'confidential', personalData: true }, contract: 'REST /v1/scores' });
    expect(evaluatePlan(next).map((f) => f.ruleId)).toEqual(['privacy-review', 'phase-gate']);
    expect(ops.updateEdge(plan, 'e-7', { protocol: 'rest' })).toBe(plan);
    const removed = ops.removeEdges(plan, ['e-1', 'e-2', 'e-404']);
    expect(removed.edges!.map((e) => e.id)).toEqual(['e-3', 'e-4', 'e-5', 'e-6', 'e-7', 'e-8']);
    expect(ops.disconnect(plan, ['e-404'])).toBe(plan);
    expect(ops.disconnect(plan, ['e-8']).edges).toHaveLength(7);
  });
});

describe('checklist items', () => {
  it('adds, edits, toggles, moves and removes items', () => {
    const plan = sample();
    let next = ops.addChecklistItem(plan, 'n-train', { id: 'c-t2', text: 'Log training data version', done: false, phase: 'model-development' }, 0);
    expect(nodeOf(next, 'n-train')!.checklist!.map((c) => c.id)).toEqual(['c-t2', 'c-t1']);
    expect(next.nodes![0]).toBe(plan.nodes![0]);
    expect(ops.addChecklistItem(plan, 'n-gone', { id: 'c-z', text: 'x', done: false })).toBe(plan);
    expect(ops.addChecklistItem(plan, 'n-train', { id: 'c-f1', text: 'x', done: false })).toBe(plan);

    next = ops.updateChecklistItem(next, 'c-t2', { assigneeId: 'p-ben', phase: undefined });
    expect(itemOf(next, 'c-t2')).toEqual({ id: 'c-t2', text: 'Log training data version', done: false, assigneeId: 'p-ben' });
    expect(ops.updateChecklistItem(plan, 'c-f1', { done: true })).toBe(plan);

    const toggled = ops.toggleChecklistItem(plan, 'c-f2');
    expect(itemOf(toggled, 'c-f2')!.done).toBe(true);
    expect(evaluatePlan(toggled).map((f) => f.ruleId)).not.toContain('phase-gate');
    expect(itemOf(ops.toggleChecklistItem(toggled, 'c-f2'), 'c-f2')!.done).toBe(false);
    expect(ops.toggleChecklistItem(plan, 'c-f1', true)).toBe(plan);
    expect(ops.toggleChecklistItem(plan, 'c-none')).toBe(plan);

    const moved = ops.moveChecklistItem(plan, 'c-f2', 0);
    expect(nodeOf(moved, 'n-features')!.checklist!.map((c) => c.id)).toEqual(['c-f2', 'c-f1']);
    expect(ops.moveChecklistItem(plan, 'c-f1', 0)).toBe(plan);
    expect(nodeOf(ops.moveChecklistItem(plan, 'c-f1', 99), 'n-features')!.checklist!.map((c) => c.id)).toEqual(['c-f2', 'c-f1']);

    const removed = ops.removeChecklistItem(plan, 'c-f2');
    expect(nodeOf(removed, 'n-features')!.checklist!.map((c) => c.id)).toEqual(['c-f1']);
    expect(ops.removeChecklistItem(plan, 'c-none')).toBe(plan);
    expectSavable(next);
  });
});

describe('requirements', () => {
  it('adds, edits, moves and removes requirements', () => {
    const plan = sample();
    const added = ops.addRequirement(plan, 'n-features', { id: 'r-f2', category: 'privacy', text: 'Reads the masked replica only.', priority: 'must' });
    expect(nodeOf(added, 'n-features')!.requirements!.map((r) => r.id)).toEqual(['r-f1', 'r-f2']);
    expect(evaluatePlan(added).map((f) => f.ruleId)).toEqual(['integration-contract', 'phase-gate']);
    const edited = ops.updateRequirement(added, 'r-f2', { priority: 'should', acceptance: 'Access review signed off.' });
    expect(nodeOf(edited, 'n-features')!.requirements![1]).toMatchObject({ priority: 'should', acceptance: 'Access review signed off.' });
    expect(ops.updateRequirement(plan, 'r-b1', { priority: 'must' })).toBe(plan);
    expect(nodeOf(ops.moveRequirement(plan, 'r-b2', 0), 'n-batch')!.requirements!.map((r) => r.id)).toEqual(['r-b2', 'r-b1']);
    expect(nodeOf(ops.removeRequirement(plan, 'r-b1'), 'n-batch')!.requirements!.map((r) => r.id)).toEqual(['r-b2']);
    expect(ops.removeRequirement(plan, 'r-none')).toBe(plan);
  });
});

describe('teams', () => {
  it('adds and edits teams', () => {
    const plan = sample();
    const next = ops.addTeam(plan, { id: 'team-sec', name: 'Security', kind: 'it' });
    expect(next.teams!.at(-1)).toEqual({ id: 'team-sec', name: 'Security', kind: 'it' });
    expect(ops.addTeam(plan, { id: 'team-ds', name: 'Dup', kind: 'it' })).toBe(plan);
    expect(ops.updateTeam(plan, 'team-ds', { name: 'Data Science' }).teams![0].name).toBe('Data Science');
    expect(ops.updateTeam(plan, 'team-ds', { kind: 'data-science' })).toBe(plan);
  });

  it('removing a team clears it as owner, operator and person team', () => {
    const plan = sample();
    const next = ops.removeTeam(plan, 'team-it');
    expect(next.teams!.map((t) => t.id)).toEqual(['team-ds', 'team-crm', 'team-ret']);
    expect(nodeOf(next, 'n-billing')).not.toHaveProperty('ownerTeamId');
    expect(nodeOf(next, 'n-features')).not.toHaveProperty('operatorTeamId');
    expect(nodeOf(next, 'n-features')!.ownerTeamId).toBe('team-ds');
    expect(next.people!.find((p) => p.id === 'p-chen')).not.toHaveProperty('teamId');
    expect(next.people![0]).toBe(plan.people![0]);
    expect(nodeOf(next, 'n-crm')).toBe(nodeOf(plan, 'n-crm'));
    expect(evaluatePlan(next).filter((f) => f.ruleId === 'broken-reference')).toEqual([]);
    expect(ops.removeTeam(plan, 'team-none')).toBe(plan);
  });
});

describe('people', () => {
  it('adds and edits people', () => {
    const plan = sample();
    const next = ops.addPerson(plan, { id: 'p-fay', name: 'Fay Lin', teamId: 'team-it', email: '' });
    expect(next.people!.at(-1)).toEqual({ id: 'p-fay', name: 'Fay Lin', teamId: 'team-it', email: '' });
    expect(ops.addPerson(plan, { id: 'p-ana', name: 'Dup' })).toBe(plan);
    expect(ops.updatePerson(plan, 'p-ana', { role: 'Head of analytics' }).people![0].role).toBe('Head of analytics');
    expect(ops.updatePerson(plan, 'p-ana', { name: 'Ana Ruiz' })).toBe(plan);
  });

  it('removing a person clears every reference: RACI, maintainer, assignee, question owner', () => {
    const plan = sample();
    const chen = ops.removePerson(plan, 'p-chen');
    expect(chen.people!.map((p) => p.id)).toEqual(['p-ana', 'p-ben', 'p-dana', 'p-eli']);
    expect(nodeOf(chen, 'n-billing')!.raci).toEqual({ responsible: [] });
    expect(nodeOf(chen, 'n-features')!.raci).toEqual({ responsible: ['p-ben'], accountable: 'p-ana', consulted: [] });
    expect(nodeOf(chen, 'n-features')!.handoff).toEqual({ deliverable: 'prototype', acceptance: expect.any(String) });
    expect(itemOf(chen, 'c-m1')).not.toHaveProperty('assigneeId');
    expect(chen.questions!.find((q) => q.id === 'q-2')).not.toHaveProperty('ownerId');
    expect(chen.questions![0]).toBe(plan.questions![0]);
    expect(nodeOf(chen, 'n-crm')).toBe(nodeOf(plan, 'n-crm'));
    expect(evaluatePlan(chen).filter((f) => f.ruleId === 'broken-reference')).toEqual([]);

    const eli = ops.removePerson(plan, 'p-eli');
    expect(nodeOf(eli, 'n-model')!.raci).toEqual({ responsible: ['p-ana'], accountable: 'p-ana', informed: [] });
    expect(nodeOf(eli, 'n-eval')!.raci).toEqual({ responsible: ['p-ben'], accountable: 'p-ana', consulted: [] });

    const ben = ops.removePerson(plan, 'p-ben');
    expect(itemOf(ben, 'c-f2')).not.toHaveProperty('assigneeId');
    expect(ops.removePerson(plan, 'p-none')).toBe(plan);

    // what is left is still a valid file; the emptied RACI lists are not written
    expectSavable(chen);
    expect(JSON.parse(serializePlan(chen)).nodes[0].raci).toBeUndefined();
  });
});

describe('questions', () => {
  it('adds, edits and removes questions', () => {
    const plan = sample();
    const next = ops.addQuestion(plan, { id: 'q-4', kind: 'risk', text: 'Scores may leak to agents outside retention.', status: 'open', nodeId: 'n-crm' });
    expect(next.questions!.map((q) => q.id)).toEqual(['q-1', 'q-2', 'q-3', 'q-4']);
    expect(ops.addQuestion(plan, { id: 'q-1', kind: 'risk', text: 'dup', status: 'open' })).toBe(plan);
    const resolved = ops.updateQuestion(plan, 'q-1', { status: 'resolved', resolution: 'Reasons are needed.' });
    expect(resolved.questions![0]).toMatchObject({ status: 'resolved', resolution: 'Reasons are needed.' });
    expect(ops.updateQuestion(plan, 'q-1', { status: 'open' })).toBe(plan);
    expect(ops.removeQuestion(plan, 'q-2').questions!.map((q) => q.id)).toEqual(['q-1', 'q-3']);
    expect(ops.removeQuestion(plan, 'q-9')).toBe(plan);
  });
});

describe('plan fields', () => {
  it('sets the phase', () => {
    const plan = sample();
    const next = ops.setPhase(plan, 'productionization');
    expect(next.phase).toBe('productionization');
    expect(next.nodes).toBe(plan.nodes);
    expect(ops.setPhase(plan, 'model-development')).toBe(plan);
  });

  it('updates title, summary and meta only', () => {
    const plan = sample();
    const next = ops.updatePlanFields(plan, { title: 'Churn scoring v2', summary: undefined });
    expect(next.title).toBe('Churn scoring v2');
    expect(next).not.toHaveProperty('summary');
    expect(ops.updatePlanFields(plan, { title: 'Subscriber churn scoring' })).toBe(plan);
    expect(ops.updatePlanFields(plan, { id: 'other', format: 'x', nodes: [] } as never)).toBe(plan);
  });

  it('updates the business context', () => {
    const plan = sample();
    const next = ops.updateBusiness(plan, { customerImpact: undefined });
    expect(evaluatePlan(next)[0]).toMatchObject({ ruleId: 'business-context', target: { kind: 'plan' } });
    expect(ops.updateBusiness(plan, { problem: plan.business!.problem })).toBe(plan);
    const empty = ops.updateBusiness({ ...plan, business: undefined }, { objective: 'Grow' });
    expect(empty.business).toEqual({ objective: 'Grow' });
    const noBusiness = deepFreeze({ ...plan, business: undefined });
    expect(ops.updateBusiness(noBusiness, { objective: undefined })).toBe(noBusiness);
  });

  it('sets, creates in phase order and removes milestones', () => {
    const plan = sample();
    const done = ops.setMilestone(plan, 'model-development', { done: true });
    expect(done.milestones![2]).toEqual({ phase: 'model-development', targetDate: '2026-12-15', done: true });
    expect(ops.setMilestone(plan, 'exploration', { done: true })).toBe(plan);
    const without = ops.setMilestone(plan, 'active-research', null);
    expect(without.milestones!.map((m) => m.phase)).toEqual(['exploration', 'model-development', 'productionization', 'launch-and-maintenance']);
    const back = ops.setMilestone(without, 'active-research', { targetDate: '2026-10-02' });
    expect(back.milestones!.map((m) => m.phase)).toEqual(['exploration', 'active-research', 'model-development', 'productionization', 'launch-and-maintenance']);
    expect(back.milestones![1]).toEqual({ phase: 'active-research', targetDate: '2026-10-02' });
    expect(ops.setMilestone(without, 'active-research', null)).toBe(without);
  });
});

describe('copy, paste and duplicate', () => {
  it('extracts the chosen nodes and the edges between them', () => {
    const fragment = ops.extractFragment(sample(), ['n-model', 'n-batch', 'n-crm']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['n-model', 'n-batch', 'n-crm']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-6', 'e-7']);
  });

  it('duplicates nodes with new ids for nodes, items, requirements and edges', () => {
    const plan = sample();
    const idFor = freshIdsFor(plan);
    const next = ops.duplicateNodes(plan, ['n-features', 'n-train'], idFor, { x: 40, y: 40 });
    expect(next.nodes).toHaveLength(12);
    const [features, train] = next.nodes!.slice(10);
    expect(features.id).toBe(idFor('n-features'));
    expect(features.title).toBe('Churn feature pipeline');
    expect(features.position).toEqual({ x: 340, y: 120 });
    expect(features.checklist!.map((c) => c.id)).toEqual([idFor('c-f1'), idFor('c-f2')]);
    expect(features.requirements![0].id).toBe(idFor('r-f1'));
    expect(features.raci).toEqual(nodeOf(plan, 'n-features')!.raci); // same plan: people exist
    expect(next.edges!.at(-1)).toEqual({ id: idFor('e-3'), source: features.id, target: train.id, protocol: 'batch-file', frequency: 'weekly' });
    const ids = [...collectIds(next)];
    expect(new Set(ids).size).toBe(ids.length);
    const result = parsePlan(serializePlan(next));
    expect(result.ok).toBe(true);
  });

  it('pastes into another plan, dropping teams and people that plan does not have', () => {
    const source = sample();
    const target: Plan = deepFreeze({
      format: 'handoff-plan',
      version: 1,
      id: 'plan-other',
      title: 'Other plan',
      phase: 'exploration',
      teams: [{ id: 'team-it', name: 'Platform Engineering', kind: 'it' }],
      people: [{ id: 'p-chen', name: 'Chen Wei' }],
    });
    const fragment = ops.fragmentFromText(ops.fragmentToText(ops.extractFragment(source, ['n-features', 'n-model', 'n-train'])));
    expect(fragment).not.toBeNull();
    const next = ops.pasteFragment(target, fragment!, { idFor: freshIdsFor(target), offset: { x: 0, y: 0 } });
    const features = next.nodes![0];
    expect(features).not.toHaveProperty('ownerTeamId');
    expect(features.operatorTeamId).toBe('team-it');
    expect(features.raci).toEqual({ consulted: ['p-chen'], responsible: [] });
    expect(features.handoff).toMatchObject({ maintainerId: 'p-chen', deliverable: 'prototype' });
    expect(next.nodes![2].handoff).not.toHaveProperty('maintainerId');
    expect(features.checklist![0]).not.toHaveProperty('assigneeId');
    expect(next.edges).toHaveLength(2);
    expect(evaluatePlan(next).filter((f) => f.ruleId === 'broken-reference')).toEqual([]);
    expectSavable(next);
  });

  it('maps teams and people by name in another plan, never by an id that means someone else there, and names what it could not map', () => {
    const source = sample();
    const model = source.nodes!.find((n) => n.id === 'n-model')!;
    const teamName = (id: string | undefined) => source.teams!.find((t) => t.id === id)!.name;
    const personName = (id: string | undefined) => source.people!.find((p) => p.id === id)!.name;
    const accountable = model.raci!.accountable!;
    // The other plan's ids say nothing: its 'team-…' ids belong to other teams, and the same names have other ids.
    const target: Plan = deepFreeze({
      format: 'handoff-plan',
      version: 1,
      id: 'plan-other',
      title: 'Other plan',
      phase: 'exploration',
      teams: [
        { id: model.ownerTeamId!, name: 'Somebody else entirely', kind: 'business' },
        { id: 'team-x', name: ` ${teamName(model.ownerTeamId).toUpperCase()} `, kind: 'data-science' },
      ],
      people: [{ id: 'p-someone', name: personName(accountable) }],
    });
    const fragment = ops.fragmentFromText(ops.fragmentToText(ops.extractFragment(source, ['n-model'])))!;
    expect(fragment.teams!.map((t) => t.name)).toContain(teamName(model.ownerTeamId));

    const mapping = ops.fragmentMapping(target, fragment);
    expect(mapping.teams.get(model.ownerTeamId!)).toBe('team-x');
    expect(mapping.people.get(accountable)).toBe('p-someone');
    if (model.operatorTeamId && model.operatorTeamId !== model.ownerTeamId) expect(mapping.unmappedTeams).toContain(teamName(model.operatorTeamId));

    const next = ops.pasteFragment(target, fragment, { idFor: freshIdsFor(target) });
    expect(next.nodes![0].ownerTeamId).toBe('team-x');
    expect(next.nodes![0].raci!.accountable).toBe('p-someone');
    expectSavable(next);
  });

  it('keeps ids where the plan has them for fragments that carry no names (older clipboards)', () => {
    const plan = sample();
    const { nodes, edges } = ops.extractFragment(plan, ['n-model']);
    const next = ops.pasteFragment(plan, { nodes, edges }, { idFor: freshIdsFor(plan) });
    expect(next.nodes!.at(-1)!.ownerTeamId).toBe(nodes[0].ownerTeamId);
  });

  it('can paste the same fragment twice with unique ids', () => {
    const plan = sample();
    const fragment = ops.extractFragment(plan, ['n-batch', 'n-crm']);
    const once = ops.pasteFragment(plan, fragment, { idFor: freshIdsFor(plan) });
    const twice = ops.pasteFragment(once, fragment, { idFor: freshIdsFor(once) });
    expect(twice.nodes).toHaveLength(14);
    const ids = [...collectIds(twice)];
    expect(ids).toHaveLength(new Set(ids).size);
    expectSavable(twice);
  });

  it('changes nothing for an empty fragment or ids that clash', () => {
    const plan = sample();
    expect(ops.pasteFragment(plan, { nodes: [], edges: [] }, { idFor: (id) => `${id}-copy` })).toBe(plan);
    expect(ops.duplicateNodes(plan, ['n-train'], () => 'n-billing')).toBe(plan);
    expect(ops.duplicateNodes(plan, ['n-none'], (id) => `${id}-copy`)).toBe(plan);
  });

  it('reads only fragments from the clipboard', () => {
    expect(ops.fragmentFromText('just some text')).toBeNull();
    expect(ops.fragmentFromText('{"nodes": []}')).toBeNull();
    expect(ops.fragmentFromText(JSON.stringify({ format: 'handoff-fragment', nodes: [{ id: 'n', type: 'modle', title: 'x', position: { x: 0, y: 0 } }] }))).toBeNull();
    expect(ops.fragmentFromText(JSON.stringify({ format: 'handoff-fragment', nodes: [{ id: 'n', type: 'model', title: 'x', position: { x: 0, y: 0 } }] }))).toEqual({
      nodes: [{ id: 'n', type: 'model', title: 'x', position: { x: 0, y: 0 } }],
      edges: [],
    });
  });
});
