// Sign-offs: what is signed is hashed exactly (a node with its checklist,
// requirements and touching edges; a gate as the plan less positions and meta),
// so a sign-off survives moves and unrelated edits, turns stale on a change to
// what was signed, and the two rules fire and stop firing. Sign-offs round-trip
// through parse and serialise and merge like any other entity.
import { describe, expect, it } from 'vitest';
import { mergePlans, diffPlans } from '../../shared/merge/index.js';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import * as ops from '../../shared/ops/index.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import { signOffStatuses, unsignedHandoffs } from '../../shared/signoff/index.js';
import { loadSample } from './support/sample-plan.js';

const rule = (plan: Plan, id: string) => evaluatePlan(plan).filter((f) => f.ruleId === id);
const states = (plan: Plan) => signOffStatuses(plan).map((s) => [s.signoff.id, s.state, s.current]);

/** The sample with Chen (IT, the operator side) signing the Churn model handoff. */
function signedModel(): Plan {
  return ops.signOff(loadSample(), { id: 's-1', personId: 'p-chen', role: 'operator', date: '2026-11-02T10:00:00Z', nodeId: 'n-model' });
}

describe('a sign-off of a handoff point', () => {
  it('is recorded with a SHA-256 of what was signed and is valid at once', () => {
    const plan = signedModel();
    expect(plan.signoffs).toHaveLength(1);
    expect(plan.signoffs![0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(states(plan)).toEqual([['s-1', 'valid', true]]);
    expect(rule(plan, 'stale-signoff')).toEqual([]);
  });

  it('stays valid through moves, unrelated edits and a save', () => {
    let plan = signedModel();
    plan = ops.moveNodes(plan, { 'n-model': { x: 999, y: -5 } });
    expect(plan.nodes!.find((n) => n.id === 'n-model')!.position).toEqual({ x: 999, y: -5 });
    plan = ops.updateNode(plan, 'n-billing', { title: 'Billing DB (replica)' });
    plan = ops.toggleChecklistItem(plan, 'c-f2');
    plan = ops.setPhase(plan, 'productionization');
    const reread = parsePlan(serializePlan(plan));
    if (!reread.ok) throw new Error('not a plan');
    expect(states(reread.plan)).toEqual([['s-1', 'valid', true]]);
    expect(rule(reread.plan, 'stale-signoff')).toEqual([]);
  });

  it.each([
    ['a field', (p: Plan) => ops.updateNode(p, 'n-model', { tech: 'XGBoost 2.1' })],
    ['its checklist', (p: Plan) => ops.addChecklistItem(p, 'n-model', { id: 'c-new', text: 'Model card', done: false })],
    ['its requirements', (p: Plan) => ops.addRequirement(p, 'n-model', { id: 'r-new', category: 'operations', text: 'Retrain monthly', priority: 'should' })],
    ['an edge that touches it', (p: Plan) => ops.updateEdge(p, p.edges!.find((e) => e.source === 'n-model' || e.target === 'n-model')!.id, { frequency: 'hourly' })],
  ])('turns stale on a change to %s, and the finding names it', (_what, change) => {
    const plan = change(signedModel());
    expect(states(plan)).toEqual([['s-1', 'stale', true]]);
    const findings = rule(plan, 'stale-signoff');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'node', id: 'n-model' } });
    expect(findings[0].message).toContain('Chen Wei (Operator side)');
    expect(findings[0].message).toContain('Churn model');
  });

  it('stops the finding when signed again, keeping the stale one as history', () => {
    const changed = ops.updateNode(signedModel(), 'n-model', { tech: 'XGBoost 2.1' });
    const resigned = ops.signOff(changed, { id: 's-2', personId: 'p-chen', role: 'operator', date: '2026-11-03T09:00:00Z', nodeId: 'n-model' });
    expect(states(resigned)).toEqual([
      ['s-1', 'stale', false],
      ['s-2', 'valid', true],
    ]);
    expect(rule(resigned, 'stale-signoff')).toEqual([]);
  });

  it('counts a handoff as signed only with valid sign-offs of both its sides', () => {
    let plan = signedModel();
    expect(unsignedHandoffs(plan).map((n) => n.id)).toEqual(['n-features', 'n-model']);
    plan = ops.signOff(plan, { id: 's-2', personId: 'p-ana', role: 'owner', date: '2026-11-02T11:00:00Z', nodeId: 'n-model' });
    expect(unsignedHandoffs(plan).map((n) => n.id)).toEqual(['n-features']);
    plan = ops.updateNode(plan, 'n-model', { notes: 'retrained' });
    expect(unsignedHandoffs(plan).map((n) => n.id)).toEqual(['n-features', 'n-model']);
  });
});

describe('gate-signoff', () => {
  it('leaves plans without sign-offs alone (the sample keeps its three findings)', () => {
    expect(rule(loadSample(), 'gate-signoff')).toEqual([]);
    expect(evaluatePlan(loadSample()).map((f) => f.ruleId)).toEqual(['privacy-review', 'integration-contract', 'phase-gate']);
  });

  it('fires for each passed gate lacking owner and operator sign-offs, and stops once both sides signed', () => {
    let plan = signedModel(); // the plan now uses sign-offs; it is past Exploration and Active research
    const findings = rule(plan, 'gate-signoff');
    expect(findings.map((f) => f.target)).toEqual([{ kind: 'plan' }, { kind: 'plan' }]);
    expect(findings[0].message).toContain('Exploration gate');
    expect(findings[0].message).toContain('owner side (Customer Analytics)');
    expect(findings[0].message).toContain('operator side (Platform Engineering)');
    for (const gate of ['exploration', 'active-research'] as const) {
      plan = ops.signOff(plan, { id: `g-${gate}-o`, personId: 'p-ana', role: 'owner', date: '2026-11-02T12:00:00Z', gate });
    }
    expect(rule(plan, 'gate-signoff').map((f) => f.message)).toEqual([
      expect.stringMatching(/Exploration gate.*operator side \(Platform Engineering\)/),
      expect.stringMatching(/Active research gate.*operator side/),
    ]);
    for (const gate of ['exploration', 'active-research'] as const) {
      plan = ops.signOff(plan, { id: `g-${gate}-i`, personId: 'p-chen', role: 'operator', date: '2026-11-02T12:00:00Z', gate });
    }
    expect(rule(plan, 'gate-signoff')).toEqual([]);
  });

  it('does not accept a sign-off from a person of another team as a side', () => {
    let plan = signedModel();
    for (const gate of ['exploration', 'active-research'] as const) {
      plan = ops.signOff(plan, { id: `g-${gate}-o`, personId: 'p-ana', role: 'owner', date: '2026-11-02T12:00:00Z', gate });
      plan = ops.signOff(plan, { id: `g-${gate}-x`, personId: 'p-eli', role: 'operator', date: '2026-11-02T12:00:00Z', gate });
    }
    expect(rule(plan, 'gate-signoff')).toHaveLength(2);
  });

  it('a gate sign-off goes stale on content changes before the gate is passed, not on moves or passing it', () => {
    let plan = ops.signOff(loadSample(), { id: 'g-1', personId: 'p-ana', role: 'owner', date: '2026-11-02T12:00:00Z', gate: 'model-development' });
    plan = ops.moveNodes(plan, { 'n-train': { x: 1, y: 2 } });
    plan = ops.signOff(plan, { id: 'g-2', personId: 'p-chen', role: 'operator', date: '2026-11-02T12:00:00Z', gate: 'model-development' });
    expect(states(plan)).toEqual([
      ['g-1', 'valid', true],
      ['g-2', 'valid', true],
    ]);
    const edited = ops.updatePlanFields(plan, { summary: 'Scores every subscriber nightly.' });
    expect(rule(edited, 'stale-signoff').map((f) => f.message)).toEqual([
      expect.stringContaining('Model development gate'),
      expect.stringContaining('Model development gate'),
    ]);
    const passed = ops.setMilestone(ops.setPhase(plan, 'productionization'), 'model-development', { done: true });
    expect(states(passed)).toEqual([
      ['g-1', 'valid', true],
      ['g-2', 'valid', true],
    ]);
  });
});

describe('sign-offs in the file and in merges', () => {
  it('are written after the questions and read back unchanged', () => {
    const text = serializePlan(signedModel());
    expect(text.indexOf('"signoffs"')).toBeGreaterThan(text.indexOf('"questions"'));
    const reread = parsePlan(text);
    expect(reread.ok && reread.plan.signoffs).toEqual(signedModel().signoffs);
  });

  it('rejects a sign-off that names both a node and a gate, or a duplicate id', () => {
    const bad = { ...signedModel() };
    bad.signoffs = [{ ...bad.signoffs![0], gate: 'exploration' }];
    expect(parsePlan(JSON.stringify(bad)).ok).toBe(false);
    const dup = { ...signedModel() };
    dup.signoffs = [{ ...dup.signoffs![0], id: 'n-model' }];
    const result = parsePlan(JSON.stringify(dup));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['signoffs[0].id']);
  });

  it('merge three-way like other entities: each side’s sign-off is kept', () => {
    const base = loadSample();
    const mine = ops.signOff(base, { id: 's-mine', personId: 'p-ana', role: 'owner', date: '2026-11-02T10:00:00Z', nodeId: 'n-model' });
    const theirs = ops.signOff(base, { id: 's-theirs', personId: 'p-chen', role: 'operator', date: '2026-11-02T10:05:00Z', nodeId: 'n-model' });
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.plan.signoffs!.map((s) => s.id).sort()).toEqual(['s-mine', 's-theirs']);
    expect(signOffStatuses(result.plan).every((s) => s.state === 'valid')).toBe(true);
    expect(diffPlans(base, mine).changes).toEqual([expect.objectContaining({ kind: 'added', entity: 'signoff', id: 's-mine' })]);
  });
});
