// Comparing two copies of a plan: what a person sees from `handoff diff` and the
// editor's "Compare with…", on the sample plan.
import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import { diffPlans, diffToJson, formatDiffText, withBase } from '../../shared/merge/index.js';
import * as ops from '../../shared/ops/index.js';
import { throughDisk } from './merge-support.js';
import { SAMPLE_TEXT, loadSample } from './support/sample-plan.js';

describe('diffPlans', () => {
  it('finds no difference between the sample and its canonical re-save', () => {
    const sample = loadSample();
    const resaved = throughDisk(sample);
    expect(serializePlan(resaved)).toBe(SAMPLE_TEXT);
    const diff = diffPlans(sample, resaved);
    expect(diff.changes).toEqual([]);
    expect(formatDiffText(diff)).toBe('No differences.\n');
    expect(diffToJson(diff)).toEqual({ identical: true, summary: { added: 0, removed: 0, changed: 0, moved: 0 }, changes: [] });
  });

  it('ignores key order, empty optional fields and bookkeeping (meta, the recorded ancestor)', () => {
    const sample = loadSample();
    const shuffled = JSON.parse(SAMPLE_TEXT, function (_key, value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as Plan;
    shuffled.nodes![0].notes = '';
    shuffled.nodes![0].checklist = [];
    const copy = withBase({ ...shuffled, meta: { updatedAt: '2026-12-01T10:00:00Z', app: 'Handoff Studio 0.1.0' } });
    expect(diffPlans(sample, copy).changes).toEqual([]);
  });

  it('lists changes entity by entity and field by field, positions as minor and last', () => {
    const before = loadSample();
    let after = ops.updateRequirement(before, 'r-c1', { text: 'Scores are visible to retention agents and their leads only.' });
    after = ops.toggleChecklistItem(after, 'c-f2', true);
    after = ops.updateEdge(after, 'e-7', { contract: 'OpenAPI spec crm-scores v1; owner: CRM Applications.' });
    after = ops.moveNodes(after, { 'n-note': { x: 1500, y: 400 } });
    after = ops.addNode(after, { id: 'n-store', type: 'dataset', title: 'Feature store', position: { x: 300, y: 300 } });
    after = ops.removeQuestion(after, 'q-3');
    after = ops.updateNode(after, 'n-model', { raci: { responsible: ['p-ana', 'p-ben'], accountable: 'p-ana', informed: ['p-eli'] } });
    after = ops.updateBusiness(after, { objective: 'Cut monthly churn by 12%.' });
    after = ops.setMilestone(after, 'model-development', { done: true });
    after = { ...after, 'x-review': { by: 'p-eli' } } as Plan;

    const diff = diffPlans(before, throughDisk(after));
    const brief = diff.changes.map((c) => `${c.kind} ${c.entity} ${c.id}${c.fields ? ` ${c.fields.map((f) => f.field).join(',')}` : ''}`);
    expect(brief).toEqual([
      'changed plan plan-churn-scoring business.objective,x-review.by',
      'changed milestone model-development done',
      'changed node n-model raci.responsible',
      'added node n-store',
      'changed checklist-item c-f2 done',
      'changed requirement r-c1 text',
      'changed edge e-7 contract',
      'removed question q-3',
      'changed node n-note position',
    ]);
    const moved = diff.changes.at(-1)!;
    expect(moved).toMatchObject({ minor: true, fields: [{ field: 'position', before: { x: 1500, y: 260 }, after: { x: 1500, y: 400 }, minor: true }] });
    expect(diff.changes.find((c) => c.id === 'c-f2')).toMatchObject({ nodeId: 'n-features', fields: [{ field: 'done', before: false, after: true }] });
    expect(diff.changes.find((c) => c.id === 'r-c1')?.label).toBe('Scores are visible to retention agents and their leads only.');

    const text = formatDiffText(diff);
    expect(text.split('\n')[0]).toBe('1 added, 1 removed, 6 changed, 1 moved on the canvas.');
    expect(text).toContain('~ checklist-item c-f2 in node n-features  "Share the prototype notebook with Platform Engineering"\n    done: false → true');
    expect(text).toContain('    contract: (absent) → "OpenAPI spec crm-scores v1; owner: CRM Applications."');
    expect(text).toContain('- question q-3  "Score in batch, not online: retention works from a daily call list."');
    expect(text).toMatch(/Moved on the canvas \(minor\):\n~ node n-note .* position: \(1500, 260\) → \(1500, 400\)\n$/);

    const json = diffToJson(diff);
    expect(json.summary).toEqual({ added: 1, removed: 1, changed: 6, moved: 1 });
    expect(json.changes.find((c) => c.id === 'e-7')).toEqual({
      kind: 'changed',
      entity: 'edge',
      id: 'e-7',
      label: 'Nightly scoring → CRM call list',
      fields: [{ field: 'contract', before: null, after: 'OpenAPI spec crm-scores v1; owner: CRM Applications.' }],
    });
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reports the items and flows that go with a removed node, and an item that moved to another node', () => {
    const before = loadSample();
    let after = ops.removeNodes(before, ['n-monitor']);
    after = {
      ...after,
      nodes: after.nodes!.map((n) =>
        n.id === 'n-train'
          ? { ...n, checklist: [] }
          : n.id === 'n-model'
            ? { ...n, checklist: [...n.checklist!, before.nodes!.find((x) => x.id === 'n-train')!.checklist![0]] }
            : n,
      ),
    };
    const diff = diffPlans(before, after);
    expect(diff.changes.map((c) => `${c.kind} ${c.entity} ${c.id}`)).toEqual([
      'removed node n-monitor',
      'changed checklist-item c-t1',
      'removed checklist-item c-mo1',
      'removed edge e-8',
    ]);
    expect(diff.changes[1]).toMatchObject({ nodeId: 'n-model', fields: [{ field: 'node', before: 'n-train', after: 'n-model' }] });
    expect(diff.changes[2]).toMatchObject({ nodeId: 'n-monitor' });
  });

  it('compares unknown fields too, at any depth', () => {
    const before = { ...loadSample(), 'x-roadmap': { quarter: 'Q1', owners: ['p-ana'] } } as Plan;
    const after = { ...before, 'x-roadmap': { quarter: 'Q2', owners: ['p-ana'] } } as Plan;
    after.nodes = after.nodes!.map((n) => (n.id === 'n-crm' ? { ...n, 'x-sla': { tier: 'gold' } } : n));
    const diff = diffPlans(before, after);
    expect(diff.changes.map((c) => c.fields)).toEqual([
      [{ field: 'x-roadmap.quarter', before: 'Q1', after: 'Q2' }],
      [{ field: 'x-sla.tier', after: 'gold' }],
    ]);
  });
});
