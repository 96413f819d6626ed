// The pipeline templates and checklist libraries a workshop starts from: every
// template must be a valid plan that survives a save, with unique ids, a readable
// layout, no readiness errors, and the libraries must be complete.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import { PHASES } from '../../shared/model/vocabulary.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import {
  CHECKLIST_LIBRARIES,
  ML_TEST_SCORE_CHECKLIST,
  ML_TEST_SCORE_SECTIONS,
  PIPELINE_TEMPLATES,
  createEmptyPlan,
  createPlanFromTemplate,
} from '../../shared/templates/index.js';

function allIds(plan: Plan): string[] {
  const ids = [plan.id];
  for (const team of plan.teams ?? []) ids.push(team.id);
  for (const person of plan.people ?? []) ids.push(person.id);
  for (const node of plan.nodes ?? []) {
    ids.push(node.id);
    for (const item of node.checklist ?? []) ids.push(item.id);
    for (const requirement of node.requirements ?? []) ids.push(requirement.id);
  }
  for (const edge of plan.edges ?? []) ids.push(edge.id);
  for (const question of plan.questions ?? []) ids.push(question.id);
  return ids;
}

describe('pipeline templates', () => {
  it('offers the four situations a workshop starts from, with distinct ids and names', () => {
    const ids = PIPELINE_TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['batch-scoring', 'realtime-api', 'notebook-rebuild', 'dashboard-reporting']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(PIPELINE_TEMPLATES.map((t) => t.name)).size).toBe(ids.length);
    for (const t of PIPELINE_TEMPLATES) expect(t.description.length).toBeGreaterThan(20);
  });

  describe.each(PIPELINE_TEMPLATES.map((t) => [t.id]))('%s', (templateId) => {
    const plan = createPlanFromTemplate(templateId);

    it('survives a save and reload byte for byte', () => {
      const text = serializePlan(plan);
      const reread = parsePlan(text);
      expect(reread.ok ? [] : reread.errors).toEqual([]);
      if (reread.ok) expect(serializePlan(reread.plan)).toBe(text);
    });

    it('has unique ids everywhere', () => {
      const ids = allIds(plan);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has data science, IT and business teams, and every person belongs to one of them', () => {
      const kinds = new Set((plan.teams ?? []).map((t) => t.kind));
      expect([...kinds]).toEqual(expect.arrayContaining(['data-science', 'it', 'business']));
      const teamIds = new Set((plan.teams ?? []).map((t) => t.id));
      for (const person of plan.people ?? []) expect(teamIds.has(person.teamId ?? '')).toBe(true);
    });

    it('lays its nodes out left to right on a grid, no two in one place', () => {
      const nodes = plan.nodes ?? [];
      expect(nodes.length).toBeGreaterThanOrEqual(8);
      const cells = nodes.map((n) => `${n.position.x},${n.position.y}`);
      expect(new Set(cells).size).toBe(cells.length);
      for (const n of nodes) {
        expect(n.position.x % 300).toBe(0);
        expect(n.position.y % 80).toBe(0);
      }
      // Data flows rightwards: no edge points back to an earlier column.
      const byId = new Map(nodes.map((n) => [n.id, n]));
      for (const e of plan.edges ?? []) {
        expect(byId.get(e.target)!.position.x).toBeGreaterThanOrEqual(byId.get(e.source)!.position.x);
      }
    });

    it('includes a model, a monitoring node and checklists and requirements on its nodes', () => {
      const types = new Set((plan.nodes ?? []).map((n) => n.type));
      expect(types.has('model')).toBe(true);
      expect(types.has('monitoring')).toBe(true);
      const items = (plan.nodes ?? []).flatMap((n) => n.checklist ?? []);
      expect(items.length).toBeGreaterThanOrEqual(5);
      for (const item of items) {
        expect(PHASES).toContain(item.phase);
        expect(item.done).toBe(false);
      }
      expect((plan.nodes ?? []).flatMap((n) => n.requirements ?? []).length).toBeGreaterThanOrEqual(3);
    });

    it('starts without readiness errors: its warnings are the workshop’s to-do list', () => {
      const findings = evaluatePlan(plan);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.filter((f) => f.ruleId === 'broken-reference')).toEqual([]);
      expect(findings.some((f) => f.ruleId === 'phase-gate')).toBe(true);
    });
  });

  it('gives each new plan a fresh id and the title asked for', () => {
    const a = createPlanFromTemplate('batch-scoring');
    const b = createPlanFromTemplate('batch-scoring');
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^plan-/);
    expect(createPlanFromTemplate('realtime-api', { title: '  Fraud API ', planId: 'plan-x' })).toMatchObject({ id: 'plan-x', title: 'Fraud API' });
    expect(createPlanFromTemplate('realtime-api', { title: '   ' }).title).toBe('Real-time prediction API');
  });

  it('never lets one new plan share objects with another', () => {
    const a = createPlanFromTemplate('notebook-rebuild');
    a.teams![0].name = 'Changed';
    a.nodes![0].position.x = 12345;
    const b = createPlanFromTemplate('notebook-rebuild');
    expect(b.teams![0].name).not.toBe('Changed');
    expect(b.nodes![0].position.x).not.toBe(12345);
  });

  it('refuses an unknown template by naming the ones there are', () => {
    expect(() => createPlanFromTemplate('nope')).toThrow(/batch-scoring/);
  });

  it('creates an empty plan that is valid and titled', () => {
    const plan = createEmptyPlan('Claims triage');
    expect(parsePlan(serializePlan(plan)).ok).toBe(true);
    expect(plan).toMatchObject({ title: 'Claims triage', phase: 'exploration' });
    expect(createEmptyPlan('  ').title).toBe('Untitled plan');
    expect(createEmptyPlan('x').id).not.toBe(createEmptyPlan('x').id);
  });
});

describe('checklist libraries', () => {
  it('has a handoff checklist, the ML Test Score and a privacy & security review', () => {
    expect(CHECKLIST_LIBRARIES.map((l) => l.id)).toEqual(['handoff', 'ml-test-score', 'privacy-security']);
  });

  it('tags every item with a phase gate and a category, without duplicates', () => {
    for (const library of CHECKLIST_LIBRARIES) {
      expect(library.name).not.toBe('');
      for (const item of library.items) {
        expect(PHASES).toContain(item.phase);
        expect(item.category.trim()).not.toBe('');
        expect(item.text.trim().length).toBeGreaterThan(10);
      }
      const texts = library.items.map((i) => i.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('covers every phase in the handoff checklist, in phase order', () => {
    const handoff = CHECKLIST_LIBRARIES.find((l) => l.id === 'handoff')!;
    const phases = handoff.items.map((i) => PHASES.indexOf(i.phase));
    expect(new Set(phases).size).toBe(PHASES.length);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    const text = handoff.items.map((i) => i.text.toLowerCase()).join('\n');
    for (const topic of ['data source', 'privacy', 'notebooks', 'model card', 'input/output contract', 'latency', 'smoke-test', 'qa plan', 'rollback', 'monitoring', 'retraining', 'runbook']) {
      expect(text).toContain(topic);
    }
  });

  it('has the 28 tests of the ML Test Score in four sections of seven', () => {
    expect(ML_TEST_SCORE_CHECKLIST.items).toHaveLength(28);
    expect(ML_TEST_SCORE_SECTIONS).toHaveLength(4);
    for (const section of ML_TEST_SCORE_SECTIONS) {
      expect(ML_TEST_SCORE_CHECKLIST.items.filter((i) => i.category === section)).toHaveLength(7);
    }
    expect(ML_TEST_SCORE_CHECKLIST.description).toMatch(/lowest section/);
  });

  it('reviews privacy and security from the first data request to production', () => {
    const review = CHECKLIST_LIBRARIES.find((l) => l.id === 'privacy-security')!;
    const phases = new Set(review.items.map((i) => i.phase));
    expect(phases.has('exploration')).toBe(true);
    expect(phases.has('productionization')).toBe(true);
    const categories = new Set(review.items.map((i) => i.category));
    expect(categories.has('privacy')).toBe(true);
    expect(categories.has('security')).toBe(true);
  });
});
