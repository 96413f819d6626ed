// The plan as a shared Yjs document: seeding, writing operations, reading back with
// identity kept, concurrent edits converging, and invalid peer writes kept out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import {
  addChecklistItem,
  addNode,
  connect,
  moveChecklistItem,
  moveNodes,
  removeNodes,
  toggleChecklistItem,
  updateNode,
  updatePlanFields,
} from '../../shared/ops/index.js';
import { PlanMirror, isDocEmpty, listMap, seedDoc, writePlanChange } from '../../shared/workshop/index.js';
import { loadSample } from './support/sample-plan.js';

function seeded(plan: Plan): { doc: Y.Doc; mirror: PlanMirror } {
  const doc = new Y.Doc();
  seedDoc(doc, plan);
  return { doc, mirror: new PlanMirror(doc) };
}

/** Two peers, each with its own document, exchanging every update. */
function pair(plan: Plan) {
  const a = new Y.Doc();
  seedDoc(a, plan);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b, sync: () => { Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))); Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))); } };
}

describe('the plan as a shared document', () => {
  it('reads back exactly the plan it was seeded with, in the same order', () => {
    const plan = loadSample();
    const { doc, mirror } = seeded(plan);
    expect(isDocEmpty(doc)).toBe(false);
    const { plan: read, problems } = mirror.current();
    expect(problems).toEqual([]);
    expect(serializePlan(read!)).toBe(serializePlan(plan));
    // A second peer that only received the updates reads the same plan.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(serializePlan(new PlanMirror(peer).current().plan!)).toBe(serializePlan(plan));
  });

  it('keeps one entity per Y.Map keyed by id, fields in the format\'s JSON shape', () => {
    const plan = loadSample();
    const { doc } = seeded(plan);
    const node = listMap(doc, 'nodes').get(plan.nodes![0].id);
    expect(node).toBeInstanceOf(Y.Map);
    expect((node as Y.Map<unknown>).get('position')).toBeInstanceOf(Y.Map);
    expect((node as Y.Map<unknown>).toJSON()).toEqual(plan.nodes![0]);
  });

  it('writes an operation\'s change and reads it back, keeping every untouched node the same object', () => {
    const plan = loadSample();
    const { doc, mirror } = seeded(plan);
    const before = mirror.current().plan!;
    const moved = before.nodes![2];
    const after = moveNodes(before, { [moved.id]: { x: 999, y: 111 } });
    writePlanChange(doc, before, after);
    const read = mirror.current().plan!;
    expect(serializePlan(read)).toBe(serializePlan(after));
    read.nodes!.forEach((node, i) => {
      if (node.id === moved.id) expect(node).not.toBe(before.nodes![i]);
      else expect(node).toBe(before.nodes![i]);
    });
    expect(read.edges).toBe(before.edges);
    expect(read.teams).toBe(before.teams);
    // Nothing changed since: the very same plan object.
    expect(mirror.current().plan).toBe(read);
  });

  it('round-trips adds, removals, checklist moves and top-level fields', () => {
    const plan = loadSample();
    const { doc, mirror } = seeded(plan);
    let current = mirror.current().plan!;
    const node = { id: 'n-new', type: 'monitoring' as const, title: 'Drift monitor', position: { x: 5, y: 6 } };
    const steps: ((p: Plan) => Plan)[] = [
      (p) => addNode(p, node),
      (p) => connect(p, { id: 'e-new', source: p.nodes![0].id, target: 'n-new' }),
      (p) => addChecklistItem(p, 'n-new', { id: 'c-new-1', text: 'Alert owner named', done: false }),
      (p) => addChecklistItem(p, 'n-new', { id: 'c-new-2', text: 'Thresholds agreed', done: false }),
      (p) => moveChecklistItem(p, 'c-new-2', 0),
      (p) => toggleChecklistItem(p, 'c-new-1', true),
      (p) => updatePlanFields(p, { title: 'Churn scoring (workshop)' }),
      (p) => updateNode(p, 'n-new', { description: 'Weekly PSI per feature' }),
      (p) => removeNodes(p, [p.nodes![1].id]),
    ];
    for (const step of steps) {
      const next = step(current);
      writePlanChange(doc, current, next);
      const read = mirror.current();
      expect(read.problems).toEqual([]);
      expect(serializePlan(read.plan!)).toBe(serializePlan(next));
      current = read.plan!;
    }
  });

  it('keeps both of two concurrent edits to different fields of one node', () => {
    const plan = loadSample();
    const { a, b, sync } = pair(plan);
    const id = plan.nodes![0].id;
    const ma = new PlanMirror(a);
    const mb = new PlanMirror(b);
    const pa = ma.current().plan!;
    const pb = mb.current().plan!;
    writePlanChange(a, pa, updateNode(pa, id, { title: 'Billing DB (replica)' }));
    writePlanChange(b, pb, updateNode(pb, id, { tech: 'PostgreSQL 16' }));
    sync();
    const na = ma.current().plan!.nodes!.find((n) => n.id === id)!;
    expect(na.title).toBe('Billing DB (replica)');
    expect(na.tech).toBe('PostgreSQL 16');
    expect(serializePlan(ma.current().plan!)).toBe(serializePlan(mb.current().plan!));
  });

  it('keeps two ticks of two items of one checklist made at the same moment', () => {
    const plan = loadSample();
    const node = plan.nodes!.find((n) => (n.checklist?.length ?? 0) >= 2)!;
    const { a, b, sync } = pair(plan);
    const ma = new PlanMirror(a);
    const mb = new PlanMirror(b);
    const pa = ma.current().plan!;
    const pb = mb.current().plan!;
    writePlanChange(a, pa, toggleChecklistItem(pa, node.checklist![0].id, true));
    writePlanChange(b, pb, toggleChecklistItem(pb, node.checklist![1].id, true));
    sync();
    const done = ma.current().plan!.nodes!.find((n) => n.id === node.id)!.checklist!.slice(0, 2).map((c) => c.done);
    expect(done).toEqual([true, true]);
  });

  it('keeps what a peer wrote that is not a valid plan out of the plan, as problems', () => {
    const plan = loadSample();
    const { doc, mirror } = seeded(plan);
    const nodes = listMap(doc, 'nodes');
    const firstId = plan.nodes![0].id;
    doc.transact(() => {
      (nodes.get(firstId) as Y.Map<unknown>).set('type', 'modle');
      const minimal = new Y.Map<unknown>();
      minimal.set('id', 'n-min');
      minimal.set('type', 'model');
      minimal.set('title', 'Minimal node');
      const position = new Y.Map<unknown>();
      position.set('x', 1);
      position.set('y', 2);
      minimal.set('position', position);
      nodes.set('n-min', minimal);
      const edge = new Y.Map<unknown>();
      edge.set('id', 'e-dangling');
      edge.set('source', 'n-min');
      edge.set('target', 'n-nowhere');
      listMap(doc, 'edges').set('e-dangling', edge);
    });
    const { plan: read, problems } = mirror.current();
    expect(read!.nodes!.map((n) => n.id)).not.toContain(firstId);
    expect(read!.nodes!.map((n) => n.id)).toContain('n-min');
    expect(read!.edges!.map((e) => e.id)).not.toContain('e-dangling');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ list: 'nodes', key: firstId, path: 'type', message: '"modle" is not a node type' }),
        expect.objectContaining({ list: 'edges', key: 'e-dangling', path: 'target' }),
      ]),
    );
    // Edges of the node that is kept out point to a missing node too, and are kept out with it.
    expect(read!.edges!.every((e) => e.source !== firstId && e.target !== firstId)).toBe(true);
  });

  it('keeps the last valid value of a broken top-level field', () => {
    const plan = loadSample();
    const { doc, mirror } = seeded(plan);
    expect(mirror.current().plan!.phase).toBe(plan.phase);
    doc.getMap('plan').set('phase', 'launched-yesterday');
    const { plan: read, problems } = mirror.current();
    expect(read!.phase).toBe(plan.phase);
    expect(problems).toEqual([expect.objectContaining({ list: 'plan', path: 'phase' })]);
  });

  it('converges: random operations on 2–4 peers end in one plan', () => {
    const base = loadSample();
    const nodeIds = base.nodes!.map((n) => n.id);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('title' as const), node: fc.constantFrom(...nodeIds), text: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.record({ kind: fc.constant('move' as const), node: fc.constantFrom(...nodeIds), x: fc.integer({ min: -500, max: 500 }) }),
      fc.record({ kind: fc.constant('remove' as const), node: fc.constantFrom(...nodeIds) }),
      fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 0, max: 1_000_000 }) }),
      fc.record({ kind: fc.constant('connect' as const), n: fc.integer({ min: 0, max: 1_000_000 }), from: fc.constantFrom(...nodeIds), to: fc.constantFrom(...nodeIds) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.array(fc.tuple(fc.nat(3), op, fc.boolean()), { maxLength: 30 }), (peers, ops) => {
        const docs = [new Y.Doc()];
        seedDoc(docs[0], base);
        for (let i = 1; i < peers; i++) {
          docs.push(new Y.Doc());
          Y.applyUpdate(docs[i], Y.encodeStateAsUpdate(docs[0]));
        }
        const mirrors = docs.map((d) => new PlanMirror(d));
        const syncAll = () => {
          for (const x of docs) for (const y of docs) if (x !== y) Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
        };
        ops.forEach(([who, o, syncNow], step) => {
          const i = who % peers;
          const before = mirrors[i].current().plan!;
          let after = before;
          if (o.kind === 'title' && before.nodes!.some((n) => n.id === o.node)) after = updateNode(before, o.node, { title: o.text.trim() || 'x' });
          if (o.kind === 'move' && before.nodes!.some((n) => n.id === o.node)) after = moveNodes(before, { [o.node]: { x: o.x, y: 0 } });
          if (o.kind === 'remove') after = removeNodes(before, [o.node]);
          if (o.kind === 'add') after = addNode(before, { id: `n-${i}-${step}-${o.n}`, type: 'model', title: 'New', position: { x: 0, y: 0 } });
          if (o.kind === 'connect' && before.nodes!.some((n) => n.id === o.from) && before.nodes!.some((n) => n.id === o.to)) {
            after = connect(before, { id: `e-${i}-${step}-${o.n}`, source: o.from, target: o.to });
          }
          writePlanChange(docs[i], before, after);
          if (syncNow) syncAll();
        });
        syncAll();
        const texts = mirrors.map((m) => serializePlan(m.current().plan!));
        for (const text of texts) expect(text).toBe(texts[0]);
      }),
      { numRuns: 60 },
    );
  });
});
