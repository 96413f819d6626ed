// What an update touches, read off the update before it is applied: the host's
// basis for refusing edits to locked nodes and to facilitator-only state.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChecklistItem, addNode, moveNodes, removeNodes, toggleChecklistItem, updateNode, updatePlanFields } from '../../shared/ops/index.js';
import type { Plan } from '../../shared/model/types.js';
import { PlanMirror, seedDoc, writePlanChange } from '../../shared/workshop/index.js';
import { touchedByUpdate } from '../../shared/workshop/touched.js';
import { loadSample } from './support/sample-plan.js';

/** A host document and a client in sync; `edit` runs on the client and returns what the host sees touched. */
function setup() {
  const host = new Y.Doc();
  seedDoc(host, loadSample());
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(host));
  const mirror = new PlanMirror(client);
  const touched = (edit: (plan: Plan) => Plan) => {
    const updates: Uint8Array[] = [];
    const listen = (update: Uint8Array) => updates.push(update);
    client.on('update', listen);
    const before = mirror.current().plan!;
    writePlanChange(client, before, edit(before));
    client.off('update', listen);
    const update = Y.mergeUpdates(updates);
    const result = touchedByUpdate(host, update).map((t) => `${t.root}/${t.key}`).sort();
    Y.applyUpdate(host, update);
    return result;
  };
  return { touched, plan: () => mirror.current().plan!, client };
}

describe('touchedByUpdate', () => {
  it('names the node a field edit, a move or a checklist tick belongs to', () => {
    const { touched, plan } = setup();
    const node = plan().nodes!.find((n) => n.checklist?.some((c) => !c.done))!;
    expect(touched((p) => updateNode(p, node.id, { title: 'Renamed' }))).toEqual([`nodes/${node.id}`]);
    expect(touched((p) => moveNodes(p, { [node.id]: { x: 1, y: 2 } }))).toEqual([`nodes/${node.id}`]);
    expect(touched((p) => toggleChecklistItem(p, node.checklist!.find((c) => !c.done)!.id, true))).toEqual([`nodes/${node.id}`]);
    expect(touched((p) => addChecklistItem(p, node.id, { id: 'c-x', text: 'New item', done: false }))).toEqual([`nodes/${node.id}`]);
  });

  it('names a new node and its place in the order, and a removed node with its edges', () => {
    const { touched, plan } = setup();
    expect(touched((p) => addNode(p, { id: 'n-new', type: 'model', title: 'New', position: { x: 0, y: 0 } }))).toEqual(['nodes/n-new', 'order/nodes']);
    const victim = plan().edges![0].source;
    const edges = plan().edges!.filter((e) => e.source === victim || e.target === victim).map((e) => `edges/${e.id}`);
    // Questions about the node lose their link to it: they are touched too.
    const questions = plan().questions!.filter((q) => q.nodeId === victim).map((q) => `questions/${q.id}`);
    expect(touched((p) => removeNodes(p, [victim]))).toEqual([...edges, `nodes/${victim}`, 'order/edges', 'order/nodes', ...questions].sort());
  });

  it('names top-level plan fields and other roots', () => {
    const { touched, client } = setup();
    expect(touched((p) => updatePlanFields(p, { title: 'New title' }))).toEqual(['plan/title']);
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    client.getMap('timer').set('endsAt', 123);
    expect(touchedByUpdate(new Y.Doc(), updates[0])).toEqual([{ root: 'timer', key: 'endsAt' }]);
  });
});
