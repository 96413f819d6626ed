// Operations on a multi-selection: one change on many nodes, each node keeping what
// it does not share, the input never mutated, the same plan when nothing changes.
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../shared/model/types.js';
import { setChecklistPhase, setDataClassification, updateNodes } from '../../shared/ops/index.js';
import { loadSample } from './support/sample-plan.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const sample = (): Plan => deepFreeze(loadSample());
const nodeOf = (plan: Plan, id: string): PlanNode => {
  const node = plan.nodes?.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

describe('updateNodes', () => {
  it('sets one field on every named node and leaves the others as they were', () => {
    const plan = sample();
    const next = updateNodes(plan, ['n-train', 'n-batch', 'n-crm'], { operatorTeamId: 'team-ret' });
    expect(['n-train', 'n-batch', 'n-crm'].map((id) => nodeOf(next, id).operatorTeamId)).toEqual(['team-ret', 'team-ret', 'team-ret']);
    expect(nodeOf(next, 'n-features')).toBe(nodeOf(plan, 'n-features'));
    expect(nodeOf(next, 'n-train').ownerTeamId).toBe('team-ds');
  });

  it('clears a field with undefined and returns the same plan when nothing changes', () => {
    const plan = sample();
    const cleared = updateNodes(plan, ['n-features'], { operatorTeamId: undefined });
    expect('operatorTeamId' in nodeOf(cleared, 'n-features')).toBe(false);
    expect(updateNodes(plan, ['n-train', 'n-model'], { ownerTeamId: 'team-ds' })).toBe(plan);
    expect(updateNodes(plan, [], { ownerTeamId: 'team-it' })).toBe(plan);
  });
});

describe('setDataClassification', () => {
  it('keeps each node its other data fields', () => {
    const plan = sample();
    const next = setDataClassification(plan, ['n-billing', 'n-crm', 'n-train'], 'confidential');
    for (const id of ['n-billing', 'n-crm', 'n-train']) expect(nodeOf(next, id).data?.classification).toBe('confidential');
    const { classification: _before, ...billingRest } = nodeOf(plan, 'n-billing').data ?? {};
    const { classification: _after, ...billingKept } = nodeOf(next, 'n-billing').data ?? {};
    expect(billingKept).toEqual(billingRest);
    expect(nodeOf(next, 'n-train').data).toEqual({ classification: 'confidential' });
  });

  it('removes data left empty when the classification is cleared', () => {
    const plan = setDataClassification(sample(), ['n-train'], 'internal');
    const cleared = setDataClassification(plan, ['n-train'], undefined);
    expect('data' in nodeOf(cleared, 'n-train')).toBe(false);
    expect(setDataClassification(cleared, ['n-train'], undefined)).toBe(cleared);
  });
});

describe('setChecklistPhase', () => {
  it('gives every item of the named nodes the phase, and no other item', () => {
    const plan = sample();
    const next = setChecklistPhase(plan, ['n-features', 'n-train', 'n-eval'], 'launch-and-maintenance');
    const phases = (id: string) => (nodeOf(next, id).checklist ?? []).map((item) => item.phase);
    expect(phases('n-features')).toEqual(['launch-and-maintenance', 'launch-and-maintenance']);
    expect(phases('n-train')).toEqual(['launch-and-maintenance']);
    expect(nodeOf(next, 'n-eval')).toBe(nodeOf(plan, 'n-eval'));
    expect(nodeOf(next, 'n-model')).toBe(nodeOf(plan, 'n-model'));
  });

  it('clears the gate with undefined and returns the same plan when nothing changes', () => {
    const plan = sample();
    const cleared = setChecklistPhase(plan, ['n-train'], undefined);
    expect(nodeOf(cleared, 'n-train').checklist?.every((item) => !('phase' in item))).toBe(true);
    expect(setChecklistPhase(plan, ['n-features'], 'model-development')).toBe(plan);
  });
});
