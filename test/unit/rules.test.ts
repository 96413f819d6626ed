// The readiness rules: each fires when the spec says and only then, names things
// by title, and the sample plan gives exactly the three findings of the brief.
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../shared/model/types.js';
import { RULE_IDS } from '../../shared/model/vocabulary.js';
import {
  crossesTeamBoundary,
  evaluatePlan,
  isHandoffPoint,
  RULES,
  summarizeReadiness,
  type Finding,
} from '../../shared/rules/index.js';
import { loadSample } from './support/sample-plan.js';

/** The sample with its three findings mended: a plan no rule fires on. */
function cleanPlan(): Plan {
  const plan = loadSample();
  node(plan, 'n-features').requirements!.push({ id: 'r-f2', category: 'security', text: 'Masked columns only.', priority: 'must' });
  plan.edges!.find((e) => e.id === 'e-7')!.contract = 'REST /v1/scores, owned by CRM Applications.';
  node(plan, 'n-features').checklist!.find((c) => c.id === 'c-f2')!.done = true;
  return plan;
}

function node(plan: Plan, id: string): PlanNode {
  return plan.nodes!.find((n) => n.id === id)!;
}

function findingsOf(plan: Plan, ruleId: string): Finding[] {
  return evaluatePlan(plan).filter((f) => f.ruleId === ruleId);
}

/** No finding message may show a bare id of an entity that exists (they are named by title). */
function expectNoBareIds(plan: Plan, findings: Finding[]) {
  const ids = [
    ...(plan.nodes ?? []).map((n) => n.id),
    ...(plan.edges ?? []).map((e) => e.id),
    ...(plan.people ?? []).map((p) => p.id),
    ...(plan.teams ?? []).map((t) => t.id),
  ];
  for (const f of findings) for (const id of ids) expect(f.message).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
}

describe('the sample plan', () => {
  it('gives exactly the three findings of the brief, in rule order', () => {
    const findings = evaluatePlan(loadSample());
    expect(findings.map(({ ruleId, severity, target }) => ({ ruleId, severity, target }))).toEqual([
      { ruleId: 'privacy-review', severity: 'error', target: { kind: 'edge', id: 'e-1' } },
      { ruleId: 'integration-contract', severity: 'warning', target: { kind: 'edge', id: 'e-7' } },
      { ruleId: 'phase-gate', severity: 'warning', target: { kind: 'checklist-item', id: 'c-f2' } },
    ]);
  });

  it('says what is wrong with the sample in titles and names', () => {
    const plan = loadSample();
    const [privacy, contract, gate] = evaluatePlan(plan);
    expect(privacy.message).toBe(
      'Restricted personal data flows from Billing database to Churn feature pipeline, but Churn feature pipeline has no privacy or security requirement: add one to Churn feature pipeline that says how the data is protected.',
    );
    expect(contract.message).toContain('Nightly scoring → CRM call list crosses from Platform Engineering to CRM Applications but has no contract');
    expect(gate.message).toContain('"Share the prototype notebook with Platform Engineering" on Churn feature pipeline (assigned to Ben Okafor)');
    expect(gate.message).toContain('Model development');
    expectNoBareIds(plan, [privacy, contract, gate]);
  });

  it('has no findings once they are mended', () => {
    expect(evaluatePlan(cleanPlan())).toEqual([]);
  });
});

describe('RULES', () => {
  it('lists the ten rules of the spec in its order, then the two extensions, with their severities', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual({
      'broken-reference': 'error',
      'business-context': 'warning',
      'missing-owner': 'warning',
      'missing-accountable': 'warning',
      'privacy-review': 'error',
      'integration-contract': 'warning',
      'handoff-terms': 'warning',
      'model-monitoring': 'warning',
      'phase-gate': 'warning',
      'isolated-node': 'info',
      'stale-signoff': 'warning',
      'gate-signoff': 'warning',
    });
    for (const rule of RULES) expect(rule.title.length * rule.description.length).toBeGreaterThan(0);
  });
});

describe('broken-reference', () => {
  it('reports one finding per entity, listing every dangling id it holds', () => {
    const plan = cleanPlan();
    const features = node(plan, 'n-features');
    features.ownerTeamId = 'team-gone';
    features.raci!.consulted = ['p-chen', 'p-gone'];
    features.handoff!.maintainerId = 'p-left';
    const findings = findingsOf(plan, 'broken-reference');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', target: { kind: 'node', id: 'n-features' } });
    expect(findings[0].message).toBe(
      'Churn feature pipeline refers to things that do not exist: owner team "team-gone", consulted person "p-gone", maintainer "p-left". Choose existing teams and people in its inspector, or clear those fields.',
    );
  });

  it('checks every kind of reference the spec names', () => {
    const plan = cleanPlan();
    node(plan, 'n-model').operatorTeamId = 'team-x';
    node(plan, 'n-train').raci!.responsible = ['p-x'];
    node(plan, 'n-eval').raci!.accountable = 'p-x';
    node(plan, 'n-crm').raci!.informed = ['p-x'];
    node(plan, 'n-train').checklist![0].assigneeId = 'p-x';
    plan.edges![2].target = 'n-x';
    plan.edges![3].source = 'n-y';
    plan.questions![0].ownerId = 'p-x';
    plan.questions![1].nodeId = 'n-x';
    plan.people![4].teamId = 'team-x';
    const targets = findingsOf(plan, 'broken-reference').map((f) => `${f.target.kind}:${f.target.id}`);
    expect(targets).toEqual([
      'person:p-eli',
      'node:n-train',
      'checklist-item:c-t1',
      'node:n-model',
      'node:n-eval',
      'node:n-crm',
      'edge:e-3',
      'edge:e-4',
      'question:q-1',
      'question:q-2',
    ]);
    const messages = findingsOf(plan, 'broken-reference').map((f) => f.message);
    expect(messages[0]).toBe('Eli Park refers to something that does not exist: team "team-x". Pick an existing team for them, or clear it.');
    expect(messages[6]).toBe(
      'The flow Churn feature pipeline → missing node "n-x" refers to something that does not exist: target node "n-x". Reconnect it to existing nodes, or delete it.',
    );
    expect(messages[2]).toMatch(/^"Fix random seeds and record data snapshot ids" on Weekly retraining refers to/);
  });

  it('does not count a team id as a person or the other way round', () => {
    const plan = cleanPlan();
    node(plan, 'n-eval').ownerTeamId = 'p-ana';
    expect(findingsOf(plan, 'broken-reference').map((f) => f.target.id)).toEqual(['n-eval']);
  });

  it('leaves notes alone', () => {
    const plan = cleanPlan();
    node(plan, 'n-note').ownerTeamId = 'team-gone';
    expect(findingsOf(plan, 'broken-reference')).toEqual([]);
  });
});

describe('business-context', () => {
  it('fires on the plan when the objective or the customer impact is missing', () => {
    const plan = cleanPlan();
    plan.business!.customerImpact = '  ';
    expect(findingsOf(plan, 'business-context')).toMatchObject([
      {
        ruleId: 'business-context',
        severity: 'warning',
        target: { kind: 'plan' },
        message: expect.stringMatching(/^The plan has no customer impact\. Under Business context/),
      },
    ]);
    delete plan.business;
    expect(findingsOf(plan, 'business-context')[0].message).toMatch(/no business objective and no customer impact/);
  });

  it('stays quiet when both are there', () => {
    expect(findingsOf(cleanPlan(), 'business-context')).toEqual([]);
  });
});

describe('missing-owner and missing-accountable', () => {
  it('fire on a node without an owner team or an accountable person', () => {
    const plan = cleanPlan();
    delete node(plan, 'n-eval').ownerTeamId;
    delete node(plan, 'n-train').raci!.accountable;
    expect(findingsOf(plan, 'missing-owner')).toMatchObject([
      { ruleId: 'missing-owner', severity: 'warning', target: { kind: 'node', id: 'n-eval' }, message: 'Nobody owns Backtest and fairness review: choose the team that builds it as its owner.' },
    ]);
    expect(findingsOf(plan, 'missing-accountable')).toMatchObject([
      {
        ruleId: 'missing-accountable',
        severity: 'warning',
        target: { kind: 'node', id: 'n-train' },
        message: 'Weekly retraining has no accountable person: name the one person in its RACI who answers for it.',
      },
    ]);
  });

  it('do not fire on notes, which have neither', () => {
    const plan = cleanPlan();
    expect(node(plan, 'n-note').ownerTeamId).toBeUndefined();
    expect(findingsOf(plan, 'missing-owner')).toEqual([]);
    expect(findingsOf(plan, 'missing-accountable')).toEqual([]);
  });
});

describe('privacy-review', () => {
  it('fires on a node holding restricted or personal data without a privacy or security requirement', () => {
    const plan = cleanPlan();
    node(plan, 'n-usage').data!.personalData = true;
    const findings = findingsOf(plan, 'privacy-review');
    expect(findings).toMatchObject([
      {
        ruleId: 'privacy-review',
        severity: 'error',
        target: { kind: 'node', id: 'n-usage' },
        message: 'Product usage events holds personal data but has no privacy or security requirement: add one to Product usage events that says how the data is protected.',
      },
    ]);
  });

  it('is satisfied by a security requirement as well as a privacy one', () => {
    const plan = cleanPlan();
    node(plan, 'n-billing').requirements![0].category = 'security';
    expect(findingsOf(plan, 'privacy-review')).toEqual([]);
    node(plan, 'n-billing').requirements![0].category = 'performance';
    expect(findingsOf(plan, 'privacy-review').map((f) => f.target)).toEqual([{ kind: 'node', id: 'n-billing' }]);
  });

  it('covers an edge by its target node only (edges hold no requirements)', () => {
    // e-1 carries restricted data from Billing database (privacy requirement) into the pipeline (none).
    const plan = loadSample();
    expect(findingsOf(plan, 'privacy-review').map((f) => f.target)).toEqual([{ kind: 'edge', id: 'e-1' }]);
    // e-7 carries personal data into the CRM call list, which has a privacy requirement.
    expect(plan.edges!.find((e) => e.id === 'e-7')!.data!.personalData).toBe(true);
  });

  it('ignores data that is neither restricted nor personal', () => {
    const plan = cleanPlan();
    plan.edges![1].data = { classification: 'confidential', personalData: false };
    expect(findingsOf(plan, 'privacy-review')).toEqual([]);
  });

  it('leaves notes and flows into notes alone', () => {
    const plan = cleanPlan();
    node(plan, 'n-note').data = { classification: 'restricted' };
    plan.edges!.push({ id: 'e-9', source: 'n-billing', target: 'n-note', data: { classification: 'restricted' } });
    expect(findingsOf(plan, 'privacy-review')).toEqual([]);
  });
});

describe('integration-contract', () => {
  it('fires on an edge between two owner teams without protocol or contract', () => {
    const plan = cleanPlan();
    delete plan.edges![5].protocol; // e-6: Churn model v3 (Customer Analytics) → Nightly scoring (Platform Engineering)
    delete plan.edges![5].contract;
    const [finding] = findingsOf(plan, 'integration-contract');
    expect(finding.target).toEqual({ kind: 'edge', id: 'e-6' });
    expect(finding.message).toBe(
      'Churn model v3 → Nightly scoring crosses from Customer Analytics to Platform Engineering but has no protocol (say how the data moves) and no contract (record the agreed interface: schema, SLA, who may change it). Agree it with both teams and add it to the flow.',
    );
  });

  it('does not fire inside one team or when an end has no owner', () => {
    const plan = cleanPlan();
    delete plan.edges![7].protocol; // e-8 within Platform Engineering
    delete node(plan, 'n-crm').ownerTeamId;
    delete plan.edges![6].contract; // e-7 into the now unowned CRM call list
    expect(findingsOf(plan, 'integration-contract')).toEqual([]);
  });

  it('agrees with crossesTeamBoundary', () => {
    const plan = cleanPlan();
    const crossing = plan.edges!.filter((e) => crossesTeamBoundary(plan, e)).map((e) => e.id);
    expect(crossing).toEqual(['e-1', 'e-2', 'e-6', 'e-7']);
  });
});

describe('handoff-terms', () => {
  it('fires on a handoff point without deliverable or maintainer', () => {
    const plan = cleanPlan();
    delete node(plan, 'n-model').handoff!.maintainerId;
    expect(findingsOf(plan, 'handoff-terms')).toMatchObject([
      {
        ruleId: 'handoff-terms',
        severity: 'warning',
        target: { kind: 'node', id: 'n-model' },
        message:
          'Churn model v3 is handed from Customer Analytics to Platform Engineering with no maintainer: say what is handed over and who keeps it performing after the handoff.',
      },
    ]);
  });

  it('does not fire where the owner also operates', () => {
    const plan = cleanPlan();
    node(plan, 'n-train').operatorTeamId = 'team-ds';
    expect(isHandoffPoint(node(plan, 'n-train'))).toBe(false);
    expect(isHandoffPoint(node(plan, 'n-features'))).toBe(true);
    expect(findingsOf(plan, 'handoff-terms')).toEqual([]);
  });
});

describe('model-monitoring', () => {
  it('fires on each model node from which no monitoring node can be reached', () => {
    const plan = cleanPlan();
    plan.edges = plan.edges!.filter((e) => e.id !== 'e-8'); // Nightly scoring no longer feeds monitoring
    expect(findingsOf(plan, 'model-monitoring')).toMatchObject([
      {
        ruleId: 'model-monitoring',
        severity: 'warning',
        target: { kind: 'node', id: 'n-model' },
        message: expect.stringMatching(/^Nothing monitors Churn model v3: no monitoring node can be reached from it\./),
      },
    ]);
  });

  it('follows edges from source to target only', () => {
    const plan = cleanPlan();
    const e8 = plan.edges!.find((e) => e.id === 'e-8')!;
    [e8.source, e8.target] = [e8.target, e8.source]; // monitoring now feeds scoring, not the other way
    expect(findingsOf(plan, 'model-monitoring').map((f) => f.target.id)).toEqual(['n-model']);
  });

  it('judges each model separately', () => {
    const plan = cleanPlan();
    plan.nodes!.push({ id: 'n-model-2', type: 'model', title: 'Upsell model', position: { x: 0, y: 500 }, ownerTeamId: 'team-ds', raci: { accountable: 'p-ana' } });
    plan.edges!.push({ id: 'e-9', source: 'n-train', target: 'n-model-2' });
    expect(findingsOf(plan, 'model-monitoring').map((f) => f.target.id)).toEqual(['n-model-2']);
  });

  it('does not fire without model nodes', () => {
    const plan = cleanPlan();
    plan.nodes = plan.nodes!.filter((n) => n.type !== 'monitoring');
    node(plan, 'n-model').type = 'dataset';
    expect(findingsOf(plan, 'model-monitoring')).toEqual([]);
  });

  it('does not count a path through a note', () => {
    const plan = cleanPlan();
    plan.edges = plan.edges!.filter((e) => e.id !== 'e-8');
    plan.edges!.push({ id: 'e-9', source: 'n-batch', target: 'n-note' }, { id: 'e-10', source: 'n-note', target: 'n-monitor' });
    expect(findingsOf(plan, 'model-monitoring').map((f) => f.target.id)).toEqual(['n-model']);
  });
});

describe('phase-gate', () => {
  it('fires on undone items of the current or an earlier phase, not later ones', () => {
    const plan = cleanPlan();
    plan.phase = 'productionization';
    const ids = findingsOf(plan, 'phase-gate').map((f) => f.target);
    expect(ids).toEqual([
      { kind: 'checklist-item', id: 'c-t1' },
      { kind: 'checklist-item', id: 'c-m1' },
      { kind: 'checklist-item', id: 'c-mo1' },
    ]);
    node(plan, 'n-features').checklist![0].done = false; // model-development, an earlier gate
    node(plan, 'n-features').checklist![0].phase = 'exploration';
    expect(findingsOf(plan, 'phase-gate')[0]).toMatchObject({ target: { id: 'c-f1' }, message: expect.stringContaining('an earlier phase gate, Exploration') });
  });

  it('ignores done items and items without a phase', () => {
    const plan = cleanPlan();
    plan.phase = 'launch-and-maintenance';
    for (const n of plan.nodes!) for (const item of n.checklist ?? []) item.done = true;
    node(plan, 'n-train').checklist!.push({ id: 'c-x', text: 'Someday', done: false });
    expect(findingsOf(plan, 'phase-gate')).toEqual([]);
  });
});

describe('isolated-node', () => {
  it('fires as info on a node without edges', () => {
    const plan = cleanPlan();
    plan.nodes!.push({ id: 'n-x', type: 'infrastructure', title: 'GPU cluster', position: { x: 0, y: 0 }, ownerTeamId: 'team-it', raci: { accountable: 'p-chen' } });
    expect(findingsOf(plan, 'isolated-node')).toMatchObject([
      {
        ruleId: 'isolated-node',
        severity: 'info',
        target: { kind: 'node', id: 'n-x' },
        message: 'GPU cluster is not connected to anything: connect it to the flows it takes part in, or remove it.',
      },
    ]);
  });

  it('does not fire on the unconnected note of the sample', () => {
    expect(findingsOf(cleanPlan(), 'isolated-node')).toEqual([]);
  });
});

describe('evaluatePlan', () => {
  it('orders findings by the spec table, then by the entities in the plan', () => {
    const plan = cleanPlan();
    plan.nodes!.push({ id: 'n-z', type: 'dashboard', title: 'Churn report', position: { x: 0, y: 0 } });
    delete node(plan, 'n-eval').ownerTeamId;
    plan.business = {};
    const order = evaluatePlan(plan).map((f) => `${f.ruleId}:${f.target.id ?? 'plan'}`);
    expect(order).toEqual([
      'business-context:plan',
      'missing-owner:n-eval',
      'missing-owner:n-z',
      'missing-accountable:n-z',
      'isolated-node:n-z',
    ]);
  });

  it('handles an empty plan', () => {
    const plan: Plan = { format: 'handoff-plan', version: 1, id: 'p', title: 'Empty', phase: 'exploration' };
    expect(evaluatePlan(plan).map((f) => f.ruleId)).toEqual(['business-context']);
  });

  it('checks a plan of 5,000 nodes quickly', () => {
    const nodes: PlanNode[] = [];
    const edges = [];
    for (let i = 0; i < 5000; i++) {
      nodes.push({ id: `n${i}`, type: i % 50 === 0 ? 'model' : 'pipeline', title: `Step ${i}`, position: { x: i, y: 0 }, ownerTeamId: i % 2 ? 'a' : 'b' });
      if (i > 0) edges.push({ id: `e${i}`, source: `n${i - 1}`, target: `n${i}` });
    }
    const plan: Plan = { format: 'handoff-plan', version: 1, id: 'big', title: 'Big', phase: 'exploration', teams: [{ id: 'a', name: 'A', kind: 'it' }, { id: 'b', name: 'B', kind: 'it' }], nodes, edges };
    const start = performance.now();
    const findings = evaluatePlan(plan);
    expect(performance.now() - start).toBeLessThan(2000); // catches quadratic work (seconds at this size), not jitter
    expect(findings.filter((f) => f.ruleId === 'model-monitoring')).toHaveLength(100);
  });
});

describe('summarizeReadiness', () => {
  it('says the sample is not ready and why', () => {
    const plan = loadSample();
    const findings = evaluatePlan(plan);
    const summary = summarizeReadiness(plan, findings);
    expect(summary.counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(summary.readyForNextPhase).toBe(false);
    expect(summary.nextPhase).toBe('productionization');
    expect(summary.blockers.map((f) => f.target.id)).toEqual(['e-1', 'c-f2']);
    expect(summary.checklistByPhase).toEqual([
      { phase: 'exploration', done: 0, total: 0 },
      { phase: 'active-research', done: 0, total: 0 },
      { phase: 'model-development', done: 1, total: 2 },
      { phase: 'productionization', done: 0, total: 3 },
      { phase: 'launch-and-maintenance', done: 0, total: 0 },
    ]);
  });

  it('is ready with warnings that are not phase-gate warnings', () => {
    const plan = loadSample();
    node(plan, 'n-features').requirements!.push({ id: 'r-x', category: 'privacy', text: 'Masked.', priority: 'must' });
    node(plan, 'n-features').checklist![1].done = true;
    const summary = summarizeReadiness(plan, evaluatePlan(plan));
    expect(summary.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(summary.readyForNextPhase).toBe(true);
    expect(summary.blockers).toEqual([]);
  });

  it('has no next phase in the last phase', () => {
    const plan = cleanPlan();
    plan.phase = 'launch-and-maintenance';
    expect(summarizeReadiness(plan, []).nextPhase).toBeNull();
  });
});
